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

/// Per-person facts derived from the mentoring tables.
#[derive(Debug, Clone)]
pub struct PersonFacts {
    /// Start of the person's first pair as mentee (`None`: never mentored).
    pub first_mentored: Vec<Option<Day>>,
    pub is_mentor: Vec<bool>,
    /// One column per name in [`FEATURES`].
    pub features: Vec<Vec<Option<f64>>>,
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
        let mut held = vec![0.0; n];
        for s in &d.sessions.rows {
            if s.status == SessionStatus::Held {
                held[d.pairs.rows[s.pair].mentee] += 1.0;
            }
        }
        let mut goals = vec![(0.0, 0.0); n];
        for g in &d.goals.rows {
            let e = &mut goals[d.pairs.rows[g.pair].mentee];
            e.1 += 1.0;
            if g.status == GoalStatus::Completed {
                e.0 += 1.0;
            }
        }
        let mut ratings = vec![(0.0, 0.0); n];
        for f in &d.feedback.rows {
            if f.respondent == Role::Mentor {
                let e = &mut ratings[d.pairs.rows[f.pair].mentee];
                e.0 += f.rating;
                e.1 += 1.0;
            }
        }
        let mentored = |i: usize| first_mentored[i].is_some();
        let months = |i: usize| days[i] / DAYS_PER_MONTH;
        let features = vec![
            (0..n)
                .map(|i| (mentored(i) && months(i) > 0.0).then(|| held[i] / months(i)))
                .collect(),
            (0..n)
                .map(|i| (mentored(i) && goals[i].1 > 0.0).then(|| goals[i].0 / goals[i].1))
                .collect(),
            (0..n)
                .map(|i| (mentored(i) && ratings[i].1 > 0.0).then(|| ratings[i].0 / ratings[i].1))
                .collect(),
            (0..n).map(|i| mentored(i).then(|| months(i))).collect(),
        ];
        PersonFacts {
            first_mentored,
            is_mentor,
            features,
        }
    }

    /// The values of a derived feature, by name.
    pub fn feature(&self, name: &str) -> Option<&Vec<Option<f64>>> {
        FEATURES
            .iter()
            .position(|f| *f == name)
            .map(|i| &self.features[i])
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
/// feature, or a people attribute. Features and attributes are borrowed, not copied: a model on
/// 200,000 people otherwise held a copy of each of its columns.
pub enum PersonColumn<'a> {
    Numeric(Cow<'a, [Option<f64>]>),
    Text(&'a [Option<crate::model::Text>]),
}

/// Looks a person-level column up; `None` when there is none of that name.
pub fn person_column<'a>(
    d: &'a Dataset,
    facts: &'a PersonFacts,
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
                return Some(PersonColumn::Numeric(Cow::Borrowed(f)));
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
