//! Who should mentor whom, all at once: the assignment of waiting mentees to mentors that
//! maximises the total score within every mentor's spare capacity (a maximum-weight b-matching),
//! solved exactly as a min-cost flow by successive shortest paths with potentials (Dijkstra), and
//! the first-come-first-served greedy assignment it is compared with.
//!
//! Network: source → each mentee (capacity 1) → each candidate mentor (capacity 1, cost −score)
//! → sink (capacity: the mentor's spare slots). A path is augmented only while it raises the
//! total, so a mentee stays unmatched rather than lowering it (scores are never negative here,
//! so in practice every mentee with a free candidate is matched).
//!
//! Only each mentee's best `m` candidates with a free slot (m = the number of mentees) enter the
//! network: some
//! optimum uses no other edge, since among a mentee's best m mentors the other m − 1 mentees
//! fill at most m − 1, so a free one scores at least as much as any mentor further down.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

/// Scores are compared as integers in units of 1e-9, so the flow is exact.
const SCALE: f64 = 1e9;

/// The candidates of one mentee: `(mentor, score)`, mentors indexed into the capacities.
pub type Candidates = Vec<(usize, f64)>;

struct Edge {
    to: usize,
    cap: i64,
    cost: i64,
    rev: usize,
}

struct Network {
    edges: Vec<Vec<Edge>>,
}

impl Network {
    fn new(nodes: usize) -> Network {
        Network {
            edges: (0..nodes).map(|_| Vec::new()).collect(),
        }
    }

    fn add(&mut self, from: usize, to: usize, cap: i64, cost: i64) {
        let (rf, rt) = (self.edges[to].len(), self.edges[from].len());
        self.edges[from].push(Edge {
            to,
            cap,
            cost,
            rev: rf,
        });
        self.edges[to].push(Edge {
            to: from,
            cap: 0,
            cost: -cost,
            rev: rt,
        });
    }

    /// Dijkstra on reduced costs from `s`, until `t` is settled (none if it cannot be reached).
    fn shortest(&self, s: usize, t: usize, pot: &[i64]) -> Option<Paths> {
        let n = self.edges.len();
        let mut dist = vec![i64::MAX; n];
        let mut prev = vec![(usize::MAX, usize::MAX); n];
        let mut done = vec![false; n];
        let mut heap = BinaryHeap::new();
        dist[s] = 0;
        heap.push(Reverse((0i64, s)));
        while let Some(Reverse((d, u))) = heap.pop() {
            if done[u] {
                continue;
            }
            done[u] = true;
            if u == t {
                break;
            }
            for (k, e) in self.edges[u].iter().enumerate() {
                if e.cap == 0 || done[e.to] {
                    continue;
                }
                let nd = d + e.cost + pot[u] - pot[e.to];
                if nd < dist[e.to] {
                    dist[e.to] = nd;
                    prev[e.to] = (u, k);
                    heap.push(Reverse((nd, e.to)));
                }
            }
        }
        done[t].then_some(Paths { dist, prev, done })
    }
}

/// Shortest paths from the source: reduced distances, the edge `(node, index)` into each node,
/// and which nodes were settled.
struct Paths {
    dist: Vec<i64>,
    prev: Vec<(usize, usize)>,
    done: Vec<bool>,
}

/// The best `keep` candidates of a mentee, best first (ties: lower mentor index first).
fn best(c: &Candidates, keep: usize) -> Candidates {
    let mut c = c.clone();
    c.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
    c.truncate(keep);
    c
}

/// The assignment maximising the total score: for each mentee, its mentor (or none).
/// `capacity[j]` is mentor j's number of spare slots.
pub fn optimal(candidates: &[Candidates], capacity: &[usize]) -> Vec<Option<usize>> {
    let (m, k) = (candidates.len(), capacity.len());
    let (s, t) = (0, m + k + 1);
    let mentor = |j: usize| 1 + m + j;
    let mut net = Network::new(m + k + 2);
    let mut pot = vec![0i64; m + k + 2];
    for (i, c) in candidates.iter().enumerate() {
        net.add(s, 1 + i, 1, 0);
        let open: Candidates = c
            .iter()
            .copied()
            .filter(|(j, _)| capacity.get(*j).is_some_and(|c| *c > 0))
            .collect();
        for (j, score) in best(&open, m) {
            let cost = -(score.max(0.0) * SCALE).round() as i64;
            net.add(1 + i, mentor(j), 1, cost);
            // Potentials: shortest distances from the source in the initial (acyclic) network.
            pot[mentor(j)] = pot[mentor(j)].min(cost);
        }
    }
    for (j, &c) in capacity.iter().enumerate() {
        if c > 0 {
            net.add(mentor(j), t, c as i64, 0);
            pot[t] = pot[t].min(pot[mentor(j)]);
        }
    }
    while let Some(Paths { dist, prev, done }) = net.shortest(s, t, &pot) {
        // The path's cost in real terms: augment only while it raises the total score.
        if dist[t] + pot[t] - pot[s] >= 0 {
            break;
        }
        for v in 0..pot.len() {
            pot[v] += if done[v] { dist[v] } else { dist[t] };
        }
        let mut v = t;
        while v != s {
            let (u, k) = prev[v];
            let rev = net.edges[u][k].rev;
            net.edges[u][k].cap -= 1;
            net.edges[v][rev].cap += 1;
            v = u;
        }
    }
    (0..m)
        .map(|i| {
            net.edges[1 + i]
                .iter()
                .find(|e| e.to > m && e.to < t && e.cap == 0)
                .map(|e| e.to - 1 - m)
        })
        .collect()
}

/// First come, first served: in `order`, each mentee takes its best candidate with a free slot.
pub fn greedy(
    candidates: &[Candidates],
    capacity: &[usize],
    order: &[usize],
) -> Vec<Option<usize>> {
    let mut left = capacity.to_vec();
    let mut out = vec![None; candidates.len()];
    for &i in order {
        let choice = best(&candidates[i], usize::MAX)
            .into_iter()
            .find(|(j, _)| left.get(*j).is_some_and(|l| *l > 0));
        if let Some((j, _)) = choice {
            left[j] -= 1;
            out[i] = Some(j);
        }
    }
    out
}

/// The total score of an assignment.
pub fn total(candidates: &[Candidates], assigned: &[Option<usize>]) -> f64 {
    assigned
        .iter()
        .enumerate()
        .filter_map(|(i, a)| {
            let j = (*a)?;
            candidates[i].iter().find(|(c, _)| *c == j).map(|(_, s)| *s)
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_optimum_is_not_first_come_first_served() {
        // Mentee 0 comes first and takes mentor 0, which mentee 1 needs far more.
        let c = vec![vec![(0, 0.9), (1, 0.8)], vec![(0, 0.9), (1, 0.1)]];
        let cap = [1, 1];
        let g = greedy(&c, &cap, &[0, 1]);
        assert_eq!(g, vec![Some(0), Some(1)]);
        let o = optimal(&c, &cap);
        assert_eq!(o, vec![Some(1), Some(0)]);
        assert!((total(&c, &o) - 1.7).abs() < 1e-12);
        assert!((total(&c, &g) - 1.0).abs() < 1e-12);
    }

    #[test]
    fn capacity_is_respected_and_no_candidate_means_unmatched() {
        let c = vec![vec![(0, 0.5)], vec![(0, 0.6)], vec![(0, 0.7)], vec![]];
        let o = optimal(&c, &[2]);
        assert_eq!(o, vec![None, Some(0), Some(0), None]);
    }
}
