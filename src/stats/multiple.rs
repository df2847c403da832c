//! Multiple testing: Benjamini & Hochberg's (1995) false discovery rate adjustment.
//!
//! With m p-values sorted ascending p₍₁₎ ≤ … ≤ p₍ₘ₎, the adjusted value of p₍ᵢ₎ is
//! min over j ≥ i of (m / j) · p₍ⱼ₎, capped at 1 — statsmodels `multipletests(method="fdr_bh")`,
//! R `p.adjust(method = "BH")`. Stating only results with an adjusted p below α keeps the expected
//! share of false statements among those stated at or below α.

/// The Benjamini–Hochberg adjusted p-values, in the order given.
pub fn benjamini_hochberg(p: &[f64]) -> Vec<f64> {
    let m = p.len();
    let mut order: Vec<usize> = (0..m).collect();
    order.sort_by(|&a, &b| p[a].total_cmp(&p[b]));
    let mut adjusted = vec![1.0; m];
    let mut running = 1.0f64;
    for (rank, &i) in order.iter().enumerate().rev() {
        running = running.min(p[i] * m as f64 / (rank + 1) as f64);
        adjusted[i] = running.min(1.0);
    }
    adjusted
}

#[cfg(test)]
mod tests {
    use super::*;

    /// R: p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.2), "BH") = 0.025 0.05 0.05 0.025 0.2
    #[test]
    fn matches_r_p_adjust() {
        let got = benjamini_hochberg(&[0.01, 0.04, 0.03, 0.005, 0.2]);
        let want = [0.025, 0.05, 0.05, 0.025, 0.2];
        for (g, w) in got.iter().zip(want) {
            assert!((g - w).abs() < 1e-12, "{got:?}");
        }
        assert!(benjamini_hochberg(&[]).is_empty());
        assert_eq!(benjamini_hochberg(&[0.9, 0.95]), vec![0.95, 0.95]);
    }
}
