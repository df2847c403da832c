//! The transcendental functions and the distribution functions every method uses, computed the
//! same way on every target. `f64::ln`, `exp`, ... call the platform's libm natively (glibc) and a
//! different port in wasm, and their last bits differ; so do libraries built on them. Everything
//! here goes through the `libm` crate (a port of musl's libm, the same code on every target), so
//! the CLI and the browser give byte-identical results.

pub fn ln(x: f64) -> f64 {
    libm::log(x)
}

pub fn exp(x: f64) -> f64 {
    libm::exp(x)
}

/// Σ ln xᵢ over positive xᵢ, taken as one logarithm of their product: the product's binary
/// exponent is kept apart as an integer after every factor (so it neither overflows nor
/// underflows), and its mantissa stays in [1, 2). A likelihood with thousands of terms per
/// evaluation (Efron's, one per tied event) then takes one logarithm where it took thousands; the
/// sum differs from the term-by-term one by rounding (each factor adds at most half an ulp of
/// relative error, a logarithm's absolute error of about 1.1e-16). A factor that is not a normal
/// number, or whose product would not be, is added by its own logarithm.
pub struct LnSum {
    mantissa: f64,
    exponent: i64,
    apart: f64,
}

impl Default for LnSum {
    fn default() -> LnSum {
        LnSum {
            mantissa: 1.0,
            exponent: 0,
            apart: 0.0,
        }
    }
}

impl LnSum {
    #[inline(always)]
    pub fn add(&mut self, x: f64) {
        const EXPONENT_BIAS: i64 = 1023;
        const MANTISSA_BITS: u32 = 52;
        const MANTISSA_MASK: u64 = (1 << MANTISSA_BITS) - 1;
        let product = self.mantissa * x;
        if !x.is_normal() || !product.is_normal() {
            self.apart += ln(x);
            return;
        }
        let bits = product.to_bits();
        self.exponent += (bits >> MANTISSA_BITS) as i64 - EXPONENT_BIAS;
        self.mantissa =
            f64::from_bits((bits & MANTISSA_MASK) | ((EXPONENT_BIAS as u64) << MANTISSA_BITS));
    }

    pub fn value(&self) -> f64 {
        ln(self.mantissa) + self.exponent as f64 * std::f64::consts::LN_2 + self.apart
    }
}

/// ln(1 + x), accurate for small x.
pub fn ln_1p(x: f64) -> f64 {
    libm::log1p(x)
}

pub fn cos(x: f64) -> f64 {
    libm::cos(x)
}

/// ln Γ(x) for x > 0.
pub fn ln_gamma(x: f64) -> f64 {
    libm::lgamma_r(x).0
}

/// ln n!.
pub fn ln_factorial(n: u64) -> f64 {
    ln_gamma(n as f64 + 1.0)
}

/// The standard normal distribution function Φ(x).
pub fn normal_cdf(x: f64) -> f64 {
    0.5 * libm::erfc(-x / std::f64::consts::SQRT_2)
}

/// Φ⁻¹(p) for 0 < p < 1: Acklam's rational approximation (relative error below 1.2e-9), then one
/// Halley step on Φ, which brings it to full double precision.
pub fn normal_quantile(p: f64) -> f64 {
    if p.is_nan() || p <= 0.0 || p >= 1.0 {
        return match p {
            0.0 => f64::NEG_INFINITY,
            1.0 => f64::INFINITY,
            _ => f64::NAN,
        };
    }
    const A: [f64; 6] = [
        -3.969683028665376e1,
        2.209460984245205e2,
        -2.759285104469687e2,
        1.383_577_518_672_69e2,
        -3.066479806614716e1,
        2.506628277459239,
    ];
    const B: [f64; 5] = [
        -5.447609879822406e1,
        1.615858368580409e2,
        -1.556989798598866e2,
        6.680131188771972e1,
        -1.328068155288572e1,
    ];
    const C: [f64; 6] = [
        -7.784894002430293e-3,
        -3.223964580411365e-1,
        -2.400758277161838,
        -2.549732539343734,
        4.374664141464968,
        2.938163982698783,
    ];
    const D: [f64; 4] = [
        7.784695709041462e-3,
        3.224671290700398e-1,
        2.445134137142996,
        3.754408661907416,
    ];
    let tail = |q: f64| {
        (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5])
            / ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1.0)
    };
    let x = if p < 0.02425 {
        tail((-2.0 * ln(p)).sqrt())
    } else if p > 1.0 - 0.02425 {
        -tail((-2.0 * ln(1.0 - p)).sqrt())
    } else {
        let q = p - 0.5;
        let r = q * q;
        (((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q
            / (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1.0)
    };
    // Halley: f(x) = Φ(x) − p, f' = φ(x), f'' = −x φ(x). In the upper tail the error is taken
    // from the complement, which keeps its relative precision.
    let e = if p > 0.5 {
        (1.0 - p) - normal_cdf(-x)
    } else {
        normal_cdf(x) - p
    };
    let u = e * (2.0 * std::f64::consts::PI).sqrt() * exp(x * x / 2.0);
    x - u / (1.0 + x * u / 2.0)
}

use super::prec::{SERIES_EPSILON as EPS, SERIES_MAX_TERMS as MAX_TERMS};

/// The regularised lower incomplete gamma function P(a, x) and its complement Q(a, x), each
/// computed where it keeps its relative precision: the series below a + 1, Legendre's continued
/// fraction (modified Lentz) above.
pub fn gamma_pq(a: f64, x: f64) -> (f64, f64) {
    if x.is_nan() || a.is_nan() || a <= 0.0 {
        return (f64::NAN, f64::NAN);
    }
    if x <= 0.0 {
        return (0.0, 1.0);
    }
    if x.is_infinite() {
        return (1.0, 0.0);
    }
    let front = exp(a * ln(x) - x - ln_gamma(a));
    if x < a + 1.0 {
        let (mut term, mut sum, mut ap) = (1.0 / a, 1.0 / a, a);
        for _ in 0..MAX_TERMS {
            ap += 1.0;
            term *= x / ap;
            sum += term;
            if term.abs() < sum.abs() * EPS {
                break;
            }
        }
        let p = (sum * front).min(1.0);
        (p, 1.0 - p)
    } else {
        let tiny = f64::MIN_POSITIVE / EPS;
        let mut b = x + 1.0 - a;
        let mut c = 1.0 / tiny;
        let mut d = 1.0 / b;
        let mut h = d;
        for i in 1..MAX_TERMS {
            let an = -(i as f64) * (i as f64 - a);
            b += 2.0;
            d = an * d + b;
            if d.abs() < tiny {
                d = tiny;
            }
            c = b + an / c;
            if c.abs() < tiny {
                c = tiny;
            }
            d = 1.0 / d;
            let delta = d * c;
            h *= delta;
            if (delta - 1.0).abs() < EPS {
                break;
            }
        }
        let q = (front * h).min(1.0);
        (1.0 - q, q)
    }
}

/// Upper tail of the chi-square distribution with `df` degrees of freedom.
pub fn chi2_sf(x: f64, df: f64) -> f64 {
    gamma_pq(df / 2.0, x / 2.0).1
}

/// The `p` quantile of the chi-square distribution with `df` degrees of freedom: Newton's method
/// on P(df/2, x/2), kept inside a bracket that bisection narrows whenever a step leaves it.
pub fn chi2_quantile(p: f64, df: f64) -> f64 {
    if p.is_nan() || df.is_nan() || !(0.0..=1.0).contains(&p) || df <= 0.0 {
        return f64::NAN;
    }
    if p == 0.0 {
        return 0.0;
    }
    if p == 1.0 {
        return f64::INFINITY;
    }
    let a = df / 2.0;
    let (mut lo, mut hi) = (0.0, df.max(1.0));
    while gamma_pq(a, hi / 2.0).0 < p {
        lo = hi;
        hi *= 2.0;
    }
    let mut x = (lo + hi) / 2.0;
    for _ in 0..200 {
        let (cdf, _) = gamma_pq(a, x / 2.0);
        if cdf < p {
            lo = x;
        } else {
            hi = x;
        }
        let density = exp((a - 1.0) * ln(x / 2.0) - x / 2.0 - ln_gamma(a)) / 2.0;
        let newton = x - (cdf - p) / density;
        let next = if newton > lo && newton < hi && newton.is_finite() {
            newton
        } else {
            (lo + hi) / 2.0
        };
        if (next - x).abs() <= 4.0 * f64::EPSILON * x {
            return next;
        }
        x = next;
    }
    x
}

/// The regularised incomplete beta function I_x(a, b): the continued fraction (modified Lentz)
/// on whichever side of the mean converges fast.
pub fn beta_inc(a: f64, b: f64, x: f64) -> f64 {
    if x.is_nan() || a.is_nan() || b.is_nan() || a <= 0.0 || b <= 0.0 {
        return f64::NAN;
    }
    if x <= 0.0 {
        return 0.0;
    }
    if x >= 1.0 {
        return 1.0;
    }
    let front = exp(ln_gamma(a + b) - ln_gamma(a) - ln_gamma(b) + a * ln(x) + b * ln_1p(-x));
    if x < (a + 1.0) / (a + b + 2.0) {
        front * beta_fraction(a, b, x) / a
    } else {
        1.0 - front * beta_fraction(b, a, 1.0 - x) / b
    }
}

fn beta_fraction(a: f64, b: f64, x: f64) -> f64 {
    let tiny = f64::MIN_POSITIVE / EPS;
    let (qab, qap, qam) = (a + b, a + 1.0, a - 1.0);
    let mut c = 1.0;
    let mut d = 1.0 - qab * x / qap;
    if d.abs() < tiny {
        d = tiny;
    }
    d = 1.0 / d;
    let mut h = d;
    for m in 1..MAX_TERMS {
        let m = m as f64;
        let m2 = 2.0 * m;
        for aa in [
            m * (b - m) * x / ((qam + m2) * (a + m2)),
            -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2)),
        ] {
            d = 1.0 + aa * d;
            if d.abs() < tiny {
                d = tiny;
            }
            c = 1.0 + aa / c;
            if c.abs() < tiny {
                c = tiny;
            }
            d = 1.0 / d;
            h *= d * c;
        }
        if (d * c - 1.0).abs() < EPS {
            break;
        }
    }
    h
}

/// Upper tail P(T > t) of Student's t distribution with `df` degrees of freedom, t ≥ 0.
pub fn t_sf(t: f64, df: f64) -> f64 {
    if t.is_nan() || df.is_nan() || df <= 0.0 {
        return f64::NAN;
    }
    let tail = 0.5 * beta_inc(df / 2.0, 0.5, df / (df + t * t));
    if t >= 0.0 {
        tail
    } else {
        1.0 - tail
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, rel: f64) {
        assert!(
            (a - b).abs() <= rel * b.abs().max(1e-300),
            "{a} vs {b} (relative {})",
            ((a - b) / b).abs()
        );
    }

    // Reference values: scipy.stats 1.17.1 (the reference venv), printed with repr.
    #[test]
    fn normal_quantile_and_cdf_match_scipy() {
        close(normal_quantile(0.975), 1.959963984540054, 1e-15);
        close(normal_quantile(0.5 + 1e-9), 2.5066282037387115e-9, 1e-7);
        close(normal_quantile(1e-10), -6.361340902404056, 1e-14);
        close(normal_quantile(1.0 - 1e-12), 7.0344869100478356, 1e-10);
        close(normal_cdf(-8.0), 6.22096057427174e-16, 1e-13);
        close(normal_cdf(1.0), 0.8413447460685429, 1e-15);
        for p in [1e-300, 1e-20, 0.01, 0.3, 0.7, 0.99] {
            close(normal_cdf(normal_quantile(p)), p, 1e-13);
        }
    }

    /// The product's logarithm equals the terms' sum up to rounding, across magnitudes that would
    /// overflow or underflow a plain product, and with factors that are not normal numbers.
    #[test]
    fn a_sum_of_logarithms_is_the_logarithm_of_the_product() {
        let factors: Vec<f64> = (1..=5000)
            .map(|i| {
                let i = f64::from(i);
                (i * 0.618_033_988_749_895).fract() * 10f64.powf(i % 37.0 - 18.0) + 1e-3
            })
            .chain([1e300, 1e300, 1e-300, 1e-310, f64::MAX, f64::INFINITY])
            .collect();
        let mut sum = LnSum::default();
        factors.iter().for_each(|&x| sum.add(x));
        let finite: f64 = factors[..factors.len() - 1].iter().map(|&x| ln(x)).sum();
        assert_eq!(LnSum::default().value(), 0.0);
        let mut finite_sum = LnSum::default();
        factors[..factors.len() - 1]
            .iter()
            .for_each(|&x| finite_sum.add(x));
        close(finite_sum.value(), finite, 1e-13);
        assert_eq!(sum.value(), f64::INFINITY);
    }

    #[test]
    fn chi_square_tail_and_quantile_match_scipy() {
        close(chi2_sf(3.841458820694124, 1.0), 0.04999999999999989, 1e-13);
        close(chi2_sf(100.0, 3.0), 1.5541594313896026e-21, 1e-11);
        close(chi2_sf(0.5, 10.0), 0.999993388289439, 1e-15);
        close(chi2_quantile(0.025, 2.0), 0.05063561596857975, 1e-13);
        close(chi2_quantile(0.975, 42.0), 61.7767558053492, 1e-13);
        close(chi2_quantile(0.5, 0.5), 0.0873476047057468, 1e-12);
    }

    #[test]
    fn student_t_tail_matches_scipy() {
        close(t_sf(2.0, 5.0), 0.050969739414929174, 1e-13);
        close(t_sf(0.0, 3.0), 0.5, 1e-15);
        close(t_sf(12.0, 30.0), 2.7900927075996303e-13, 1e-10);
        close(t_sf(-1.0, 1.0), 0.75, 1e-15);
    }
}
