//! A small schema-valid program (CSV text for all six tables) built from arbitrary bytes: the
//! fuzz target `report` and the report property test both feed it to the full report. The bytes
//! pick sizes, dates, statuses and links, so odd but valid shapes come up (one person, no held
//! session, every goal overdue, all events on one day, ratings all equal, ...). Everything a
//! loader may still refuse (a pair ending before it starts, a mentor who is their own mentee, a
//! date after an exit) is allowed to happen: the caller skips what does not load.

/// Reads bytes one at a time; zeros once they run out, so every input builds something.
pub struct Bytes<'a> {
    data: &'a [u8],
    at: usize,
}

impl<'a> Bytes<'a> {
    pub fn new(data: &'a [u8]) -> Self {
        Bytes { data, at: 0 }
    }

    fn byte(&mut self) -> u8 {
        let b = self.data.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        b
    }

    fn below(&mut self, n: usize) -> usize {
        (self.byte() as usize) % n.max(1)
    }

    /// A day offset in [0, 7 × 255] from the base date, in weeks plus a weekday.
    fn days(&mut self) -> i64 {
        self.byte() as i64 * 7 + self.below(7) as i64
    }

    fn chance(&mut self, in_four: usize) -> bool {
        self.below(4) < in_four
    }
}

/// 2019-01-01 (day 17,897 since 1970-01-01) plus `offset` days, as YYYY-MM-DD.
fn date(offset: i64) -> String {
    mentor_insights::model::date::format(17_897 + offset as i32)
}

/// The six tables as CSV text, in load order.
pub fn tables(data: &[u8]) -> Vec<(&'static str, String)> {
    let mut b = Bytes::new(data);
    let n_people = 1 + b.below(40);
    let mut people =
        String::from("person_id,hire_date,exit_date,exit_type,department,performance\n");
    let mut hires = Vec::with_capacity(n_people);
    for i in 0..n_people {
        let hire = b.days();
        hires.push(hire);
        let exit = if b.chance(1) {
            date(hire + 1 + b.days())
        } else {
            String::new()
        };
        let exit_type = ["", "voluntary", "involuntary"][b.below(3)];
        let department = ["Sales", "Ops", "R&D", ""][b.below(4)];
        let performance = if b.chance(3) {
            (b.below(5) + 1).to_string()
        } else {
            String::new()
        };
        people.push_str(&format!(
            "P{i},{},{exit},{exit_type},{department},{performance}\n",
            date(hire)
        ));
    }

    let n_pairs = b.below(30);
    let mut pairs = String::from(
        "pair_id,mentor_id,mentee_id,program,start_date,end_date,end_reason,cadence_days\n",
    );
    let mut starts = Vec::with_capacity(n_pairs);
    for i in 0..n_pairs {
        let mentor = b.below(n_people);
        let mentee = b.below(n_people);
        let start = hires[mentee].max(hires[mentor]) + b.days() / 4;
        starts.push(start);
        let end = if b.chance(1) {
            date(start + b.days())
        } else {
            String::new()
        };
        let reason = ["", "completed", "ended_early", "rematched"][b.below(4)];
        let program = ["alpha", "beta", ""][b.below(3)];
        let cadence = ["", "7", "14", "30"][b.below(4)];
        pairs.push_str(&format!(
            "X{i},P{mentor},P{mentee},{program},{},{end},{reason},{cadence}\n",
            date(start)
        ));
    }

    let mut sessions = String::from("pair_id,date,status,duration_minutes,initiated_by\n");
    let mut goals = String::from(
        "goal_id,pair_id,created_date,due_date,completed_date,status,progress,last_update_date\n",
    );
    let mut feedback = String::from("pair_id,date,respondent,rating\n");
    if n_pairs > 0 {
        for _ in 0..b.below(200) {
            let pair = b.below(n_pairs);
            let day = starts[pair] + b.days() / 3;
            let status = ["held", "held", "cancelled", "no_show", ""][b.below(5)];
            let minutes = if b.chance(2) {
                (b.below(120)).to_string()
            } else {
                String::new()
            };
            let by = ["", "mentor", "mentee"][b.below(3)];
            sessions.push_str(&format!("X{pair},{},{status},{minutes},{by}\n", date(day)));
        }
        for g in 0..b.below(60) {
            let pair = b.below(n_pairs);
            let created = starts[pair] + b.days() / 4;
            let due = if b.chance(3) {
                date(created + 1 + b.days() / 2)
            } else {
                String::new()
            };
            let done = b.chance(2);
            let completed = if done {
                date(created + b.days() / 2)
            } else {
                String::new()
            };
            let status = match (done, b.below(3)) {
                (true, 0) => "",
                (true, _) => "completed",
                (false, 0) => "abandoned",
                (false, 1) => "",
                (false, _) => "open",
            };
            let progress = if b.chance(2) {
                b.below(101).to_string()
            } else {
                String::new()
            };
            let update = if b.chance(2) {
                date(created + b.days() / 3)
            } else {
                String::new()
            };
            goals.push_str(&format!(
                "G{g},X{pair},{},{due},{completed},{status},{progress},{update}\n",
                date(created)
            ));
        }
        for _ in 0..b.below(60) {
            let pair = b.below(n_pairs);
            let day = starts[pair] + b.days() / 3;
            let who = ["mentor", "mentee"][b.below(2)];
            let rating = 1.0 + b.below(9) as f64 / 2.0;
            feedback.push_str(&format!("X{pair},{},{who},{rating}\n", date(day)));
        }
    }

    let mut promotions = String::from("person_id,date,from_level,to_level\n");
    for _ in 0..b.below(20) {
        let person = b.below(n_people);
        let day = hires[person] + 1 + b.days() / 2;
        promotions.push_str(&format!(
            "P{person},{},L{},L{}\n",
            date(day),
            b.below(3),
            1 + b.below(4)
        ));
    }

    let texts = [people, pairs, sessions, goals, feedback, promotions];
    mentor_insights::model::Table::ALL
        .map(mentor_insights::model::Table::name)
        .into_iter()
        .zip(texts)
        .collect()
}
