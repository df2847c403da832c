//! Which header of an export looks like a contract column it does not name (`Termination Date` for
//! `exit_date`, `Meeting Status` for `status`): the words exports use, per column. A column that is
//! absent while such a header is there is said out loud (`column_unused`, or a hint on a missing
//! required column) instead of being read as empty.

use crate::model::Table;
use crate::text::snake_name;

/// Word sets for a column: a header resembles it when, for one of the sets, it holds a word of
/// every group of that set.
type Sets = &'static [&'static [&'static [&'static str]]];

const ID: &[&str] = &[
    "id",
    "number",
    "no",
    "code",
    "key",
    "nr",
    "ref",
    "reference",
];
const DATE: &[&str] = &["date", "day", "dt", "on", "when", "at"];
const LEVEL: &[&str] = &["level", "grade", "band", "title", "position", "rank"];
const PROGRAM: &[&str] = &[
    "program",
    "programme",
    "cohort",
    "track",
    "initiative",
    "scheme",
];

fn sets(table: Table, column: &str) -> Sets {
    match (table, column) {
        (Table::People, "person_id") => &[&[&["employee", "person", "worker", "staff", "emp"], ID]],
        (Table::People, "hire_date") => &[&[
            &[
                "hire",
                "hired",
                "start",
                "joined",
                "join",
                "joining",
                "employment",
                "seniority",
            ],
            DATE,
        ]],
        (Table::People, "exit_date") => &[&[
            &[
                "exit",
                "termination",
                "terminated",
                "term",
                "separation",
                "leave",
                "leaving",
                "left",
                "departure",
                "end",
                "quit",
                "resignation",
                "last",
            ],
            DATE,
        ]],
        (Table::People, "exit_type") => &[
            &[
                &[
                    "exit",
                    "termination",
                    "separation",
                    "leaving",
                    "departure",
                    "attrition",
                    "turnover",
                    "leave",
                ],
                &["type", "reason", "kind", "category", "cause"],
            ],
            &[&["voluntary", "attrition"]],
        ],
        (Table::Pairs, "pair_id") => &[&[
            &[
                "pair",
                "relationship",
                "match",
                "mentorship",
                "connection",
                "mentoring",
            ],
            ID,
        ]],
        (Table::Pairs, "mentor_id") => &[&[&["mentor"]]],
        (Table::Pairs, "mentee_id") => &[&[&["mentee", "protege", "protégé", "learner"]]],
        (Table::Pairs, "program") | (Table::Requests, "program") => &[&[PROGRAM]],
        (Table::Pairs, "start_date") => &[&[
            &[
                "start", "started", "match", "matched", "begin", "created", "since",
            ],
            DATE,
        ]],
        (Table::Pairs, "end_date") => &[&[
            &[
                "end",
                "ended",
                "close",
                "closed",
                "closure",
                "finish",
                "finished",
                "completion",
            ],
            DATE,
        ]],
        (Table::Pairs, "end_reason") => &[
            &[
                &[
                    "end",
                    "ended",
                    "close",
                    "closure",
                    "closing",
                    "termination",
                    "completion",
                ],
                &["reason", "type", "status", "outcome", "cause"],
            ],
            &[&["status", "outcome", "state"]],
        ],
        (Table::Pairs, "cadence_days") => &[&[&["cadence", "frequency", "interval"]]],
        (Table::Sessions, "date") => &[&[&["date", "day", "when", "held", "scheduled"]]],
        (Table::Sessions, "status") => {
            &[&[&["status", "attendance", "outcome", "state", "attended"]]]
        }
        (Table::Sessions, "duration_minutes") => &[&[&["duration", "minutes", "length", "mins"]]],
        (Table::Sessions, "initiated_by") => &[&[&[
            "initiated",
            "initiator",
            "requested",
            "requester",
            "organizer",
            "organiser",
            "booked",
            "scheduler",
        ]]],
        (Table::Goals, "goal_id") => &[&[&["goal", "objective", "okr"], ID]],
        (Table::Goals, "created_date") => &[
            &[&["created", "creation", "set", "opened", "start"], DATE],
            &[&["created", "creation"]],
        ],
        (Table::Goals, "due_date") => &[&[&["due", "deadline", "target"]]],
        (Table::Goals, "completed_date") => &[&[
            &[
                "completed",
                "completion",
                "done",
                "achieved",
                "closed",
                "finished",
            ],
            DATE,
        ]],
        (Table::Goals, "status") => &[&[&["status", "state"]]],
        (Table::Goals, "progress") => &[&[&["progress", "percent", "pct"]]],
        (Table::Goals, "last_update_date") => &[&[&["update", "updated", "modified", "activity"]]],
        (Table::Feedback, "respondent") => {
            &[&[&["respondent", "rater", "role", "author", "reviewer"]]]
        }
        (Table::Feedback, "rating") => &[&[&["rating", "score", "stars", "satisfaction"]]],
        (Table::Feedback, "date") => {
            &[&[&["date", "day", "when", "submitted", "answered", "sent"]]]
        }
        (Table::Promotions, "date") => &[&[&["date", "day", "when", "effective", "promoted"]]],
        (Table::Promotions, "from_level") => &[&[&["from", "previous", "old", "prior"], LEVEL]],
        (Table::Promotions, "to_level") => &[&[&["to", "new"], LEVEL]],
        (Table::Requests, "requested_date") => &[&[&[
            "requested",
            "request",
            "applied",
            "signup",
            "signed",
            "joined",
            "waiting",
        ]]],
        (Table::Sessions | Table::Goals | Table::Feedback, "pair_id") => &[&[
            &["pair", "relationship", "match", "mentorship", "connection"],
            ID,
        ]],
        (Table::Promotions, "person_id") => {
            &[&[&["employee", "person", "worker", "staff", "emp"], ID]]
        }
        (Table::Requests, "mentee_id") => &[&[&["mentee", "employee", "person", "learner"]]],
        _ => &[],
    }
}

/// Whether `header` looks like `table`'s `column`.
pub fn resembles(table: Table, column: &str, header: &str) -> bool {
    let name = snake_name(header);
    let words: Vec<&str> = name.split('_').collect();
    // `Exit Date` itself is matched by the loose header rule; here only other spellings count.
    sets(table, column).iter().any(|groups| {
        groups
            .iter()
            .all(|group| group.iter().any(|w| words.contains(w)))
    })
}

/// The first of `headers` that looks like `table`'s `column`.
pub fn first<'h>(table: Table, column: &str, headers: &[&'h str]) -> Option<&'h str> {
    headers
        .iter()
        .copied()
        .find(|h| resembles(table, column, h))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn export_headers_resemble_their_columns() {
        assert!(resembles(Table::People, "exit_date", "Termination Date"));
        assert!(resembles(Table::People, "exit_type", "Termination Type"));
        assert!(resembles(Table::People, "exit_type", "Voluntary"));
        assert!(resembles(Table::People, "person_id", "EmployeeID"));
        assert!(resembles(Table::Pairs, "end_reason", "Relationship Status"));
        assert!(resembles(Table::Sessions, "status", "Meeting Status"));
        assert!(resembles(Table::Goals, "status", "Goal Status"));
        assert!(!resembles(Table::People, "exit_date", "Hire Date"));
        assert!(!resembles(Table::People, "exit_date", "Department"));
        assert!(!resembles(Table::Sessions, "status", "Duration"));
    }
}
