//! What the pairs, sessions, goals and feedback say about each person: the derived attributes
//! `mentored` (was ever a mentee) and `mentor` (was ever a mentor), when their mentoring started,
//! and the mentoring features used as covariates and correlates.
//!
//! Features are defined only for people who were mentored (`None` otherwise, and analyses leave
//! those people out of that feature's n):
//! - `sessions_per_month`: held sessions as mentee per month of active pair time (30.44 days);
//! - `goal_completion_rate`: completed / all goals of their pairs as mentee;
//! - `mean_rating_received`: mean rating given by their mentors (respondent = mentor);
//! - `months_mentored`: active pair time as mentee, in months of 30.44 days.

use crate::model::date::Day;
use crate::model::{Dataset, GoalStatus, Role, SessionStatus, Values};
use std::borrow::Cow;

/// Days in an average month.
pub const DAYS_PER_MONTH: f64 = 30.44;

/// The derived mentoring features, in the order they are reported.
pub const FEATURES: [&str; 4] = [
    "sessions_per_month",
    "goal_completion_rate",
    "mean_rating_received",
    "months_mentored",
];

/// Per-person facts derived from the mentoring tables. The features are computed when asked for:
/// most analyses read none of them, and four columns of 200,000 people would stay in memory.
#[derive(Debug, Clone)]
pub struct PersonFacts {
    /// Start of the person's first pair as mentee (`None`: never mentored).
    pub first_mentored: Vec<Option<Day>>,
    pub is_mentor: Vec<bool>,
    /// Days of active pair time as mentee.
    days: Vec<f64>,
    /// Held sessions as mentee.
    held: Vec<u32>,
    /// Completed and all goals of their pairs as mentee.
    goals: Vec<(u32, u32)>,
    /// The sum and count of ratings given by their mentors.
    ratings: Vec<(f64, u32)>,
}

impl PersonFacts {
    /// Derives the facts from a data set already viewed as of `as_of`.
    pub fn derive(d: &Dataset, as_of: Day) -> PersonFacts {
        let n = d.people.len();
        let mut first_mentored: Vec<Option<Day>> = vec![None; n];
        let mut is_mentor = vec![false; n];
        let mut days = vec![0.0; n];
        for p in &d.pairs.rows {
            let m = &mut first_mentored[p.mentee];
            *m = Some(m.map_or(p.start, |s| s.min(p.start)));
            is_mentor[p.mentor] = true;
            days[p.mentee] += f64::from((p.end.unwrap_or(as_of).min(as_of) - p.start).max(0));
        }
        let mut held = vec![0; n];
        for s in &d.sessions.rows {
            if s.status == SessionStatus::Held {
                held[d.pairs.rows[s.pair].mentee] += 1;
            }
        }
        let mut goals = vec![(0, 0); n];
        for g in &d.goals.rows {
            let e = &mut goals[d.pairs.rows[g.pair].mentee];
            e.1 += 1;
            if g.status == GoalStatus::Completed {
                e.0 += 1;
            }
        }
        let mut ratings = vec![(0.0, 0); n];
        for f in &d.feedback.rows {
            if f.respondent == Role::Mentor {
                let e = &mut ratings[d.pairs.rows[f.pair].mentee];
                e.0 += f.rating;
                e.1 += 1;
            }
        }
        PersonFacts {
            first_mentored,
            is_mentor,
            days,
            held,
            goals,
            ratings,
        }
    }

    /// The values of a derived feature, by name (of [`FEATURES`]).
    pub fn feature(&self, name: &str) -> Option<Vec<Option<f64>>> {
        let mentored = |i: usize| self.first_mentored[i].is_some();
        let months = |i: usize| self.days[i] / DAYS_PER_MONTH;
        let per_person = |value: &dyn Fn(usize) -> Option<f64>| {
            (0..self.first_mentored.len())
                .map(|i| mentored(i).then(|| value(i)).flatten())
                .collect()
        };
        Some(match name {
            "sessions_per_month" => {
                per_person(&|i| (months(i) > 0.0).then(|| f64::from(self.held[i]) / months(i)))
            }
            "goal_completion_rate" => per_person(&|i| {
                let (done, all) = self.goals[i];
                (all > 0).then(|| f64::from(done) / f64::from(all))
            }),
            "mean_rating_received" => per_person(&|i| {
                let (sum, count) = self.ratings[i];
                (count > 0).then(|| sum / f64::from(count))
            }),
            "months_mentored" => per_person(&|i| Some(months(i))),
            _ => return None,
        })
    }
}

/// Each person's promotion dates, in one flat list in the table's order: 200,000 people hold a
/// number each, not a list each.
pub struct Promotions {
    /// Where each person's dates end in `dates`.
    ends: Vec<u32>,
    dates: Vec<Day>,
}

impl Promotions {
    pub fn of(d: &Dataset) -> Promotions {
        let mut ends = vec![0u32; d.people.len()];
        for p in &d.promotions.rows {
            ends[p.person] += 1;
        }
        let mut total = 0;
        for e in &mut ends {
            total += *e;
            *e = total;
        }
        // Filled from the last row back, each person's dates end up in the table's order.
        let mut next = ends.clone();
        let mut dates = vec![Day::default(); d.promotions.rows.len()];
        for p in d.promotions.rows.iter().rev() {
            next[p.person] -= 1;
            dates[next[p.person] as usize] = p.date;
        }
        Promotions { ends, dates }
    }

    /// Person `i`'s promotion dates.
    pub fn dates(&self, i: usize) -> &[Day] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        &self.dates[start as usize..self.ends[i] as usize]
    }
}

/// A person-level column by name: a derived flag (`mentored`, `mentor`, as 0/1), a derived
/// feature, or a people attribute. Attributes are borrowed, not copied: a model on 200,000 people
/// otherwise held a copy of each of its columns.
pub enum PersonColumn<'a> {
    Numeric(Cow<'a, [Option<f64>]>),
    Text(&'a [Option<crate::model::Text>]),
}

/// Looks a person-level column up; `None` when there is none of that name.
pub fn person_column<'a>(
    d: &'a Dataset,
    facts: &PersonFacts,
    name: &str,
) -> Option<PersonColumn<'a>> {
    let flag = |v: Vec<bool>| {
        PersonColumn::Numeric(Cow::Owned(
            v.into_iter()
                .map(|b| Some(f64::from(u8::from(b))))
                .collect(),
        ))
    };
    match name {
        "mentored" => Some(flag(
            facts.first_mentored.iter().map(Option::is_some).collect(),
        )),
        "mentor" => Some(flag(facts.is_mentor.clone())),
        _ => {
            if let Some(f) = facts.feature(name) {
                return Some(PersonColumn::Numeric(Cow::Owned(f)));
            }
            d.people.column(name).map(|c| match &c.values {
                Values::Numeric(v) => PersonColumn::Numeric(Cow::Borrowed(v)),
                Values::Text(v) => PersonColumn::Text(v),
            })
        }
    }
}

/// The names a person-level column may have, for error messages.
pub fn person_column_names(d: &Dataset) -> String {
    let mut names: Vec<String> = vec!["mentored".into(), "mentor".into()];
    names.extend(FEATURES.iter().map(|s| s.to_string()));
    names.extend(d.people.extra.iter().map(|c| c.name.clone()));
    names.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::{load, Source};

    /// Each person's dates, in the table's order, however the table interleaves people; none for
    /// a person without promotions, first and last people included.
    #[test]
    fn promotions_are_each_persons_dates_in_the_tables_order() {
        let people =
            "person_id,hire_date\nA,2020-01-01\nB,2020-01-01\nC,2020-01-01\nD,2020-01-01\n";
        let promotions = "person_id,date\nD,2021-05-01\nB,2022-03-01\nD,2020-02-01\nB,2021-01-01\nD,2023-07-01\n";
        let d = load([
            ("people", Source::Csv(people.as_bytes())),
            ("promotions", Source::Csv(promotions.as_bytes())),
        ])
        .unwrap();
        let p = Promotions::of(&d);
        let day = |s: &str| crate::model::date::parse(s).unwrap();
        assert_eq!(p.dates(0), &[] as &[Day]);
        assert_eq!(p.dates(1), &[day("2022-03-01"), day("2021-01-01")]);
        assert_eq!(p.dates(2), &[] as &[Day]);
        assert_eq!(
            p.dates(3),
            &[day("2021-05-01"), day("2020-02-01"), day("2023-07-01")]
        );
    }
}
