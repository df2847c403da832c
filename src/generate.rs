//! A seeded generator of realistic mentoring programs: the built-in sample and the benchmark data.
//!
//! Same seed and size, same data, on every platform (a SplitMix64 stream, no platform RNG).
//!
//! Planted effects, which the analyses must find (see README "The built-in sample"):
//! - **Retention**: from the day a person's first pair starts, their exit hazard is multiplied by
//!   [`MENTORED_EXIT_HAZARD_RATIO`] (0.6). Before that they exit at the baseline hazard, so an
//!   "ever mentored" comparison suffers immortal-time bias. Mentoring is also more likely for
//!   people with a higher `performance` score, who exit less anyway (selection).
//! - **Engagement → goals**: a pair's latent engagement raises both its share of held sessions and
//!   the chance that its goals are completed.
//! - **Decay**: about a fifth of pairs decay for 5–12 weeks before ending early:
//!   widening gaps, more cancellations and no-shows, mentor-only initiation, falling ratings,
//!   goal updates stopping. These pairs are listed in the ground truth.
//! - **Promotion**: from a person's first pair start their promotion rate is multiplied by
//!   [`MENTORED_PROMOTION_RATE_RATIO`] (1.5).
//! - **Matching**: the chance that a pair decays and ends early is [`BASE_DECAY`] times
//!   [`DECAY_NO_LEVEL_GAP`] when the mentor is not above the mentee (level gap ≤ 0) and
//!   [`DECAY_WIDE_LEVEL_GAP`] when the gap is 3 or more, times [`DECAY_SAME_DEPARTMENT`] when
//!   both work in the same department, times exp([`DECAY_PER_SHARED_INTEREST`] × the Jaccard
//!   overlap of the mentee's `interests` and the mentor's `skills`). People carry
//!   `mentor_capacity`, `interests` and `skills`; `requests` lists mentees waiting at `as_of`.

use crate::model::date::{self, Day};
use crate::model::*;
use crate::stats::math::{cos, exp, ln};
use crate::text::jaccard;

/// Hazard ratio of exit once mentored (time-varying, from the first pair's start).
pub const MENTORED_EXIT_HAZARD_RATIO: f64 = 0.6;
/// Rate ratio of promotion once mentored (time-varying, from the first pair's start).
pub const MENTORED_PROMOTION_RATE_RATIO: f64 = 1.5;
/// Chance that a pair decays before ending early, before the matching effects (about a fifth of
/// pairs decay in all).
pub const BASE_DECAY: f64 = 0.17;
/// Decay is this much more likely when the mentor is not above the mentee.
pub const DECAY_NO_LEVEL_GAP: f64 = 2.0;
/// ... and this much when the mentor is three or more levels above.
pub const DECAY_WIDE_LEVEL_GAP: f64 = 1.4;
/// ... and this much (less) when both work in the same department.
pub const DECAY_SAME_DEPARTMENT: f64 = 0.6;
/// Log-multiplier of decay per unit of shared interests (Jaccard, 0–1).
pub const DECAY_PER_SHARED_INTEREST: f64 = -1.5;

/// Topics of `interests` (mentees) and `skills` (mentors).
const TOPICS: [&str; 10] = [
    "leadership",
    "public speaking",
    "career planning",
    "technical depth",
    "product",
    "data",
    "negotiation",
    "people management",
    "writing",
    "networking",
];

/// The chance that a pair decays, from what it was matched on.
fn decay_chance(level_gap: i64, same_department: bool, shared_interests: f64) -> f64 {
    let gap = if level_gap <= 0 {
        DECAY_NO_LEVEL_GAP
    } else if level_gap >= 3 {
        DECAY_WIDE_LEVEL_GAP
    } else {
        1.0
    };
    let department = if same_department {
        DECAY_SAME_DEPARTMENT
    } else {
        1.0
    };
    (BASE_DECAY * gap * department * exp(DECAY_PER_SHARED_INTEREST * shared_interests)).min(0.8)
}

/// What to generate.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Options {
    pub seed: u64,
    pub people: usize,
    /// The day the data is "exported": nothing after it is written.
    pub as_of: Day,
}

/// The built-in sample's size and date.
pub const SAMPLE_SEED: u64 = 42;
pub const SAMPLE_PEOPLE: usize = 2000;

impl Default for Options {
    fn default() -> Self {
        Options {
            seed: SAMPLE_SEED,
            people: SAMPLE_PEOPLE,
            as_of: date::from_ymd(2025, 6, 30).unwrap_or_default(),
        }
    }
}

/// A generated program and its ground truth.
#[derive(Debug, Clone)]
pub struct Generated {
    pub dataset: Dataset,
    pub truth: Vec<Truth>,
}

/// SplitMix64: tiny, fast, and the same stream everywhere.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    /// Uniform in [0, 1).
    fn f(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
    fn range(&mut self, lo: f64, hi: f64) -> f64 {
        lo + (hi - lo) * self.f()
    }
    fn days(&mut self, lo: i32, hi: i32) -> i32 {
        lo + (self.f() * f64::from(hi - lo + 1)) as i32
    }
    fn chance(&mut self, p: f64) -> bool {
        self.f() < p
    }
    fn exp(&mut self) -> f64 {
        -ln(1.0 - self.f())
    }
    fn normal(&mut self) -> f64 {
        let u = 1.0 - self.f();
        let v = self.f();
        (-2.0 * ln(u)).sqrt() * cos(2.0 * std::f64::consts::PI * v)
    }
    fn pick<'a, T>(&mut self, weighted: &'a [(T, f64)]) -> &'a T {
        let total: f64 = weighted.iter().map(|w| w.1).sum();
        let mut x = self.f() * total;
        for (v, w) in weighted {
            if x < *w {
                return v;
            }
            x -= w;
        }
        &weighted[weighted.len() - 1].0
    }
    fn poisson(&mut self, mean: f64) -> u32 {
        let limit = exp(-mean);
        let mut k = 0;
        let mut p = self.f();
        while p > limit && k < 100 {
            k += 1;
            p *= self.f();
        }
        k
    }
}

const DEPARTMENTS: &[(&str, f64)] = &[
    ("Engineering", 0.30),
    ("Sales", 0.20),
    ("Operations", 0.15),
    ("Support", 0.12),
    ("Marketing", 0.10),
    ("Finance", 0.08),
    ("HR", 0.05),
];
const LOCATIONS: &[(&str, f64)] = &[
    ("Berlin", 0.25),
    ("London", 0.25),
    ("New York", 0.25),
    ("Singapore", 0.1),
    ("Remote", 0.15),
];
const LEVELS: &[(u32, f64)] = &[
    (1, 0.3),
    (2, 0.3),
    (3, 0.2),
    (4, 0.12),
    (5, 0.06),
    (6, 0.02),
];
/// Baseline yearly exit hazard, before department, level and performance effects.
const BASE_EXIT_PER_YEAR: f64 = 0.14;
const BASE_PROMOTION_PER_YEAR: f64 = 0.12;

fn department_hazard(dept: &str) -> f64 {
    match dept {
        "Sales" => 1.4,
        "Support" => 1.3,
        "Engineering" => 0.9,
        _ => 1.0,
    }
}

/// Time of the first event of a piecewise-constant hazard: `rate` before `switch`, `rate * ratio`
/// after it (days from the origin).
fn piecewise_event(rng: &mut Rng, rate: f64, switch: Option<f64>, ratio: f64) -> f64 {
    let e = rng.exp();
    match switch {
        Some(s) if e > rate * s => s + (e - rate * s) / (rate * ratio),
        _ => e / rate,
    }
}

struct Planned {
    hire: Day,
    exit: Option<Day>,
    exit_type: ExitType,
    department: &'static str,
    location: &'static str,
    level: u32,
    performance: f64,
    first_mentoring: Option<Day>,
}

/// Generates a program of `opts.people` people as it stood on `opts.as_of`: people and their
/// exits, promotions, the profiles matching reads, the pairs with their sessions, goals and
/// feedback, and the mentees waiting at the end.
pub fn generate(opts: Options) -> Generated {
    let mut rng = Rng(opts.seed ^ 0x6D65_6E74_6F72);
    let as_of = opts.as_of;
    let planned = plan_people(&mut rng, opts.people, as_of);
    let (promotions, current_level) = promotions(&mut rng, &planned, as_of);
    // What people would mentor and want to learn, from a stream of their own (the rest of the
    // program does not move when these change).
    let mut side = Rng(opts.seed ^ 0x6D61_7463_6821);
    let profiles = Profiles::new(&mut side, &planned);
    let mut b = Builder {
        rng,
        as_of,
        pairs: Vec::new(),
        sessions: Vec::new(),
        goals: Vec::new(),
        feedback: Vec::new(),
        truth: Vec::new(),
    };
    b.programs(&planned, &promotions, &profiles);
    let requests = waiting(&mut side, &planned, &b.pairs, as_of);
    let people = planned
        .iter()
        .enumerate()
        .map(|(i, p)| Person {
            id: format!("E{:05}", i + 1),
            hire: p.hire,
            exit: p.exit,
            exit_type: p.exit.map(|_| p.exit_type),
        })
        .collect();
    let attributes = attributes(&planned, &current_level, profiles);
    let mut d = Dataset {
        people: Rows::new(people, attributes),
        pairs: Rows::new(b.pairs, Vec::new()),
        sessions: Rows::new(b.sessions, Vec::new()),
        goals: Rows::new(b.goals, Vec::new()),
        feedback: Rows::new(b.feedback, Vec::new()),
        promotions: Rows::new(promotions, Vec::new()),
        requests: Rows::new(requests, Vec::new()),
        ..Dataset::default()
    };
    d.sessions.rows.sort_by_key(|s| (s.pair, s.date));
    d.feedback
        .rows
        .sort_by_key(|f| (f.pair, f.date, f.respondent == Role::Mentee));
    Generated {
        dataset: d,
        truth: b.truth,
    }
}

const YEAR: f64 = 365.25;

/// People: hires over 12 years, most in the last 6; exits from a piecewise hazard that drops once
/// mentoring starts. Sorted by hire date so ids read naturally.
fn plan_people(rng: &mut Rng, n: usize, as_of: Day) -> Vec<Planned> {
    let mut planned: Vec<Planned> = (0..n).map(|_| plan_person(rng, as_of)).collect();
    planned.sort_by_key(|p| p.hire);
    planned
}

fn plan_person(rng: &mut Rng, as_of: Day) -> Planned {
    let hire = if rng.chance(0.3) {
        as_of - rng.days((6.0 * YEAR) as i32, (12.0 * YEAR) as i32)
    } else {
        as_of - rng.days(30, (6.0 * YEAR) as i32)
    };
    let department = *rng.pick(DEPARTMENTS);
    let location = *rng.pick(LOCATIONS);
    let level = *rng.pick(LEVELS);
    let performance = (3.0 + 0.8 * rng.normal()).clamp(1.0, 5.0);
    let rate = BASE_EXIT_PER_YEAR / YEAR
        * department_hazard(department)
        * (1.3 - 0.08 * f64::from(level))
        * exp(-0.25 * (performance - 3.0));
    // Juniors and strong performers are picked for mentoring more often.
    let p_mentored = (if level <= 3 { 0.65 } else { 0.35 }) * exp(0.35 * (performance - 3.0));
    let planned_start = rng
        .chance(p_mentored.min(0.95))
        .then(|| 20.0 + rng.exp() * 300.0);
    let t_exit = piecewise_event(rng, rate, planned_start, MENTORED_EXIT_HAZARD_RATIO);
    let exit = (hire + t_exit as i32 <= as_of).then_some(hire + t_exit as Day);
    let first_mentoring = planned_start
        .filter(|s| *s < t_exit)
        .map(|s| hire + s as Day)
        .filter(|d| *d <= as_of - 7);
    let exit_type = if rng.chance(0.75) {
        ExitType::Voluntary
    } else {
        ExitType::Involuntary
    };
    Planned {
        hire,
        exit,
        exit_type,
        department,
        location,
        level,
        performance,
        first_mentoring,
    }
}

/// Promotions: a Poisson process per person whose rate rises once mentoring starts, at least 180
/// days apart, up to level 6. Also each person's level at the end.
fn promotions(rng: &mut Rng, planned: &[Planned], as_of: Day) -> (Vec<Promotion>, Vec<u32>) {
    let mut promotions = Vec::new();
    let mut current_level: Vec<u32> = planned.iter().map(|p| p.level).collect();
    for (i, p) in planned.iter().enumerate() {
        let end = p.exit.unwrap_or(as_of);
        let mut t = p.hire;
        while current_level[i] < 6 {
            let rate = BASE_PROMOTION_PER_YEAR / YEAR * exp(0.3 * (p.performance - 3.0));
            let ratio = MENTORED_PROMOTION_RATE_RATIO;
            let dt = match p.first_mentoring {
                Some(m) if m <= t => rng.exp() / (rate * ratio),
                Some(m) => piecewise_event(rng, rate, Some(f64::from(m - t)), ratio),
                None => piecewise_event(rng, rate, None, 1.0),
            };
            t += (dt.max(180.0)) as Day;
            if t > end {
                break;
            }
            promotions.push(Promotion {
                person: i,
                date: t,
                from_level: Some(format!("L{}", current_level[i])),
                to_level: Some(format!("L{}", current_level[i] + 1)),
            });
            current_level[i] += 1;
        }
    }
    (promotions, current_level)
}

/// What each person would like to learn and can teach (`;`-separated topics) and how many
/// mentees they take.
struct Profiles {
    interests: Vec<String>,
    skills: Vec<String>,
    capacity: Vec<u32>,
}

impl Profiles {
    fn new(rng: &mut Rng, planned: &[Planned]) -> Profiles {
        let topics = |rng: &mut Rng| {
            let mut picked: Vec<&str> = Vec::new();
            let n = 2 + usize::from(rng.chance(0.5));
            while picked.len() < n {
                let t = TOPICS[(rng.f() * TOPICS.len() as f64) as usize];
                if !picked.contains(&t) {
                    picked.push(t);
                }
            }
            picked.join(";")
        };
        let interests = planned.iter().map(|_| topics(rng)).collect();
        let skills = planned.iter().map(|_| topics(rng)).collect();
        let capacity = planned
            .iter()
            .map(|p| match p.level {
                1 => 0,
                2 => *rng.pick(&[(0, 0.7), (1, 0.3)]),
                _ => *rng.pick(&[(0, 0.15), (1, 0.35), (2, 0.35), (3, 0.15)]),
            })
            .collect();
        Profiles {
            interests,
            skills,
            capacity,
        }
    }
}

/// The people table's attributes.
fn attributes(planned: &[Planned], current_level: &[u32], profiles: Profiles) -> Vec<Column> {
    let text = |name: &str, values: Vec<String>| Column {
        name: name.into(),
        values: Values::Text(values.into_iter().map(|v| Some(v.into())).collect()),
    };
    let number = |name: &str, values: Vec<f64>| Column {
        name: name.into(),
        values: Values::Numeric(values.into_iter().map(Some).collect()),
    };
    vec![
        text(
            "department",
            planned.iter().map(|p| p.department.to_string()).collect(),
        ),
        number(
            "job_level",
            current_level.iter().map(|l| f64::from(*l)).collect(),
        ),
        number(
            "level_at_hire",
            planned.iter().map(|p| f64::from(p.level)).collect(),
        ),
        text(
            "location",
            planned.iter().map(|p| p.location.to_string()).collect(),
        ),
        number(
            "performance",
            planned
                .iter()
                .map(|p| (p.performance * 10.0).round() / 10.0)
                .collect(),
        ),
        number(
            "mentor_capacity",
            profiles.capacity.iter().map(|c| f64::from(*c)).collect(),
        ),
        text("interests", profiles.interests),
        text("skills", profiles.skills),
    ]
}

/// A program: its name, planned length in days, and its cadences with their chances.
type Program = (&'static str, i32, &'static [(u32, f64)]);

/// The program a mentee joins: onboarding in the first 120 days, then by level and department.
fn choose_program(rng: &mut Rng, tenure: Day, p: &Planned) -> Program {
    if tenure < 120 {
        ("New Hire Onboarding", 120, &[(7u32, 0.7), (14, 0.3)])
    } else if p.level >= 3 && rng.chance(0.6) {
        (
            "Leadership Accelerator",
            330,
            &[(14, 0.5), (21, 0.2), (28, 0.3)],
        )
    } else if p.department == "Engineering" && rng.chance(0.5) {
        ("Engineering Guild", 270, &[(7, 0.4), (14, 0.5), (28, 0.1)])
    } else {
        ("Career Growth", 270, &[(7, 0.3), (14, 0.5), (28, 0.2)])
    }
}

/// Mentees waiting for a mentor at `as_of`: about one in ten of the employed people without an
/// active pair asked within the last 60 days (new hires for onboarding, others for a program).
fn waiting(rng: &mut Rng, planned: &[Planned], pairs: &[Pair], as_of: Day) -> Vec<Request> {
    let mut paired = vec![false; planned.len()];
    for p in pairs.iter().filter(|p| p.end.is_none()) {
        paired[p.mentee] = true;
    }
    let mut out = Vec::new();
    for (i, p) in planned.iter().enumerate() {
        if paired[i] || p.exit.is_some() || !rng.chance(0.1) {
            continue;
        }
        let tenure = as_of - p.hire;
        let requested = as_of - rng.days(0, 60.min(tenure));
        let program = if tenure < 120 {
            "New Hire Onboarding"
        } else if p.level >= 3 {
            "Leadership Accelerator"
        } else {
            "Career Growth"
        };
        out.push(Request {
            mentee: i,
            requested,
            program: Some(program.to_string()),
        });
    }
    out
}

/// A pair as it is set up: who, which program, from when, how long and how often it is meant to
/// run, its chance to decay, and when the mentee's or someone's employment ends.
#[derive(Clone, Copy)]
struct Plan<'a> {
    mentor: usize,
    mentee: usize,
    program: &'a str,
    start: Day,
    planned_days: i32,
    cadence: u32,
    decay_chance: f64,
    mentee_end: Day,
    someone_leaves: Option<Day>,
}

/// How one pair goes (see [`Builder::course`]).
struct Course {
    start: Day,
    cadence: u32,
    engagement: f64,
    mentee_share: f64,
    decaying: bool,
    decay_start: Option<Day>,
    early_end: Option<Day>,
    /// When it ends (possibly after `as_of`), and the last day it has rows.
    end: Day,
    last: Day,
    recorded_end: Option<Day>,
    reason: EndReason,
}

impl Course {
    /// How far the decay has gone on day `t`: 0 before it starts, 1 at the early end.
    fn decay_at(&self, t: Day) -> f64 {
        match (self.decay_start, self.early_end) {
            (Some(ds), Some(ee)) if t >= ds => {
                (f64::from(t - ds) / f64::from((ee - ds).max(1))).min(1.0)
            }
            _ => 0.0,
        }
    }
}

struct Builder {
    rng: Rng,
    as_of: Day,
    pairs: Vec<Pair>,
    sessions: Vec<Session>,
    goals: Vec<Goal>,
    feedback: Vec<Feedback>,
    truth: Vec<Truth>,
}

impl Builder {
    /// Every mentee's pairs: from their first mentoring on, up to 6 rounds (rematches, later
    /// programs, second tries after an early end), each with a senior mentor employed then.
    fn programs(&mut self, planned: &[Planned], promotions: &[Promotion], profiles: &Profiles) {
        let as_of = self.as_of;
        let mut promoted_on: Vec<Vec<Day>> = vec![Vec::new(); planned.len()];
        for p in promotions {
            promoted_on[p.person].push(p.date);
        }
        let level_at = |i: usize, day: Day| {
            planned[i].level + promoted_on[i].iter().filter(|d| **d <= day).count() as u32
        };
        let mut seniors: Vec<usize> = (0..planned.len())
            .filter(|&i| planned[i].level >= 3)
            .collect();
        if seniors.is_empty() {
            seniors = (0..planned.len()).collect();
        }
        let employed = |i: usize, day: Day| {
            planned[i].hire <= day && planned[i].exit.is_none_or(|x| x > day + 30)
        };
        for (mentee, p) in planned.iter().enumerate() {
            let Some(mut start) = p.first_mentoring else {
                continue;
            };
            let mentee_end = p.exit.unwrap_or(as_of + 10_000);
            for _round in 0..6 {
                if start > as_of || start >= mentee_end {
                    break;
                }
                let mentor = (0..50)
                    .map(|_| seniors[(self.rng.f() * seniors.len() as f64) as usize])
                    .find(|&m| m != mentee && employed(m, start))
                    .or_else(|| (0..planned.len()).find(|&m| m != mentee && employed(m, start)));
                let Some(mentor) = mentor else { break };
                let program = choose_program(&mut self.rng, start - p.hire, p);
                let cadence = *self.rng.pick(program.2);
                let planned_days = program.1 + self.rng.days(-15, 30);
                let decay = decay_chance(
                    i64::from(level_at(mentor, start)) - i64::from(level_at(mentee, start)),
                    planned[mentor].department == p.department,
                    jaccard(&profiles.interests[mentee], &profiles.skills[mentor]),
                );
                let end = self.pair(&Plan {
                    mentor,
                    mentee,
                    program: program.0,
                    start,
                    planned_days,
                    cadence,
                    decay_chance: decay,
                    mentee_end,
                    someone_leaves: [p.exit, planned[mentor].exit].into_iter().flatten().min(),
                });
                // A rematched mentee gets a new mentor within weeks; after a completed pair many
                // join another program later; after an early end some try again.
                match end {
                    Some((end, EndReason::Rematched)) => start = end + self.rng.days(7, 30),
                    Some((end, EndReason::Completed)) if self.rng.chance(0.6) => {
                        start = end + self.rng.days(30, 180)
                    }
                    Some((end, EndReason::EndedEarly)) if self.rng.chance(0.3) => {
                        start = end + self.rng.days(60, 365)
                    }
                    _ => break,
                }
            }
        }
    }

    /// One pair: how it goes (its course), then its sessions, goals and feedback as that course
    /// shapes them. Returns its end day and reason if it ended by `as_of`, so the mentee can be
    /// rematched or join another program later.
    fn pair(&mut self, plan: &Plan<'_>) -> Option<(Day, EndReason)> {
        let course = self.course(plan);
        let index = self.pairs.len();
        let id = format!("M{:05}", index + 1);
        self.truth.push(Truth {
            pair_id: id.clone(),
            decaying: course.decaying,
            decay_start: course.decay_start,
            early_end: course.early_end,
        });
        self.pairs.push(Pair {
            id,
            mentor: plan.mentor,
            mentee: plan.mentee,
            program: plan.program.to_string(),
            start: plan.start,
            end: course.recorded_end,
            end_reason: course.recorded_end.map(|_| course.reason),
            cadence_days: plan.cadence,
        });
        let adherence = self.sessions(index, &course);
        self.goals(index, &course, adherence);
        self.feedback(index, &course);
        course.recorded_end.map(|e| (e, course.reason))
    }

    /// How a pair goes: its engagement, whether and when it decays, how and when it ends.
    fn course(&mut self, plan: &Plan<'_>) -> Course {
        let Plan {
            start,
            planned_days,
            cadence,
            decay_chance,
            mentee_end,
            someone_leaves,
            ..
        } = *plan;
        let rng = &mut self.rng;
        let engagement = rng.range(0.35, 1.0);
        let mentee_share = rng.range(0.25, 0.7);
        let decaying = rng.chance(decay_chance);
        let planned_end = start + planned_days;
        let decay_start =
            decaying.then(|| start + (f64::from(planned_days) * rng.range(0.15, 0.6)) as Day);
        let early_end = decay_start.map(|d| d + rng.days(35, 84));
        let rematched = !decaying && rng.chance(0.04);
        let mut end = early_end.unwrap_or(planned_end);
        let mut reason = if decaying {
            EndReason::EndedEarly
        } else if rematched {
            end = start + (f64::from(planned_days) * rng.range(0.2, 0.6)) as Day;
            EndReason::Rematched
        } else {
            EndReason::Completed
        };
        if let Some(leave) = someone_leaves.filter(|l| *l < end) {
            end = leave.max(start);
            reason = EndReason::EndedEarly;
        }
        let end = end.min(mentee_end);
        Course {
            start,
            cadence,
            engagement,
            mentee_share,
            decaying,
            decay_start,
            early_end,
            end,
            last: end.min(self.as_of),
            recorded_end: (end <= self.as_of).then_some(end),
            reason,
        }
    }

    /// Sessions at the agreed cadence; decay stretches the gaps and lowers attendance. Returns
    /// the share of scheduled sessions held.
    fn sessions(&mut self, pair: usize, c: &Course) -> f64 {
        let rng = &mut self.rng;
        let slow_start = rng.chance(if c.decaying { 0.2 } else { 0.06 });
        let mut t = c.start
            + if slow_start {
                rng.days(22, 45)
            } else {
                rng.days(2, 14)
            };
        let mut held_count = 0u32;
        let mut scheduled = 0u32;
        while t <= c.last {
            let decay = c.decay_at(t);
            let p_held = (0.55 + 0.4 * c.engagement) * (1.0 - 0.8 * decay);
            scheduled += 1;
            let status = if rng.chance(p_held) {
                held_count += 1;
                SessionStatus::Held
            } else if rng.chance(0.7) {
                SessionStatus::Cancelled
            } else {
                SessionStatus::NoShow
            };
            let held = status == SessionStatus::Held;
            let share = c.mentee_share * (1.0 - 0.9 * decay);
            self.sessions.push(Session {
                pair,
                date: t,
                status,
                duration_minutes: held
                    .then(|| ((45.0 + 12.0 * rng.normal()).clamp(15.0, 120.0) / 5.0).round() * 5.0),
                initiated_by: Some(if rng.chance(share) {
                    Role::Mentee
                } else {
                    Role::Mentor
                }),
            });
            let gap = f64::from(c.cadence) * (1.0 + 1.5 * decay) + rng.normal() * 2.0;
            t += gap.max(3.0) as Day;
        }
        if scheduled == 0 {
            0.0
        } else {
            f64::from(held_count) / f64::from(scheduled)
        }
    }

    /// Goals: engagement and attendance drive completion; updates stop when the decay starts.
    fn goals(&mut self, pair: usize, c: &Course, adherence: f64) {
        let rng = &mut self.rng;
        let n_goals = 1 + rng.poisson(2.4).min(5);
        for g in 0..n_goals {
            let created = c.start + rng.days(0, 30);
            if created > c.last {
                continue;
            }
            let due = created + rng.days(60, 150);
            let p_complete = (0.15 + 0.75 * c.engagement * adherence).clamp(0.05, 0.95);
            let will_complete = rng.chance(p_complete);
            let completion = created + rng.days(25, due - created + 45);
            let stop_updates = c.decay_start.unwrap_or(c.end);
            let (status, completed, progress, last_update) = if will_complete
                && completion <= c.end.min(self.as_of)
                && completion <= stop_updates + 14
            {
                (
                    GoalStatus::Completed,
                    Some(completion),
                    Some(100.0),
                    Some(completion),
                )
            } else {
                let until = c.last.min(stop_updates);
                let last_update = if until > created {
                    created + rng.days(0, until - created)
                } else {
                    created
                };
                let frac = f64::from(last_update - created) / f64::from((due - created).max(1));
                let progress = ((frac * 80.0 * c.engagement).clamp(0.0, 95.0) / 5.0).round() * 5.0;
                let p_abandon = if c.reason == EndReason::Completed {
                    0.5
                } else {
                    0.7
                };
                let status = if c.recorded_end.is_some() && rng.chance(p_abandon) {
                    GoalStatus::Abandoned
                } else {
                    GoalStatus::Open
                };
                (status, None, Some(progress), Some(last_update))
            };
            self.goals.push(Goal {
                id: format!("{}-G{}", self.pairs[pair].id, g + 1),
                pair,
                created,
                due: Some(due),
                completed,
                status,
                progress,
                last_update,
            });
        }
    }

    /// Feedback from both sides every ~2 months; ratings fall during decay.
    fn feedback(&mut self, pair: usize, c: &Course) {
        let rng = &mut self.rng;
        let mut t = c.start + rng.days(25, 40);
        while t <= c.last {
            let decay = c.decay_at(t);
            for respondent in [Role::Mentor, Role::Mentee] {
                let day = (t + rng.days(0, 5)).min(c.last);
                if rng.chance(0.85) {
                    let r = 2.6 + 2.2 * c.engagement - 2.2 * decay + 0.6 * rng.normal();
                    self.feedback.push(Feedback {
                        pair,
                        date: day,
                        respondent,
                        rating: r.round().clamp(1.0, 5.0),
                    });
                }
            }
            t += rng.days(50, 70);
        }
    }
}
