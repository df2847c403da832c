//! Which header of an export looks like a contract column it does not name (`Termination Date` for
//! `exit_date`, `Meeting Status` for `status`): the words exports use, per column. A column that is
//! absent while such a header is there is said out loud (`column_unused`, or a hint on a missing
//! required column) instead of being read as empty.

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

fn sets(table: &str, column: &str) -> Sets {
    match (table, column) {
        ("people", "person_id") => &[&[&["employee", "person", "worker", "staff", "emp"], ID]],
        ("people", "hire_date") => &[&[
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
        ("people", "exit_date") => &[&[
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
        ("people", "exit_type") => &[
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
        ("pairs", "pair_id") => &[&[
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
        ("pairs", "mentor_id") => &[&[&["mentor"]]],
        ("pairs", "mentee_id") => &[&[&["mentee", "protege", "protégé", "learner"]]],
        ("pairs", "program") | ("requests", "program") => &[&[PROGRAM]],
        ("pairs", "start_date") => &[&[
            &[
                "start", "started", "match", "matched", "begin", "created", "since",
            ],
            DATE,
        ]],
        ("pairs", "end_date") => &[&[
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
        ("pairs", "end_reason") => &[
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
        ("pairs", "cadence_days") => &[&[&["cadence", "frequency", "interval"]]],
        ("sessions", "date") => &[&[&["date", "day", "when", "held", "scheduled"]]],
        ("sessions", "status") => &[&[&["status", "attendance", "outcome", "state", "attended"]]],
        ("sessions", "duration_minutes") => &[&[&["duration", "minutes", "length", "mins"]]],
        ("sessions", "initiated_by") => &[&[&[
            "initiated",
            "initiator",
            "requested",
            "requester",
            "organizer",
            "organiser",
            "booked",
            "scheduler",
        ]]],
        ("goals", "goal_id") => &[&[&["goal", "objective", "okr"], ID]],
        ("goals", "created_date") => &[
            &[&["created", "creation", "set", "opened", "start"], DATE],
            &[&["created", "creation"]],
        ],
        ("goals", "due_date") => &[&[&["due", "deadline", "target"]]],
        ("goals", "completed_date") => &[&[
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
        ("goals", "status") => &[&[&["status", "state"]]],
        ("goals", "progress") => &[&[&["progress", "percent", "pct"]]],
        ("goals", "last_update_date") => &[&[&["update", "updated", "modified", "activity"]]],
        ("feedback", "respondent") => &[&[&["respondent", "rater", "role", "author", "reviewer"]]],
        ("feedback", "rating") => &[&[&["rating", "score", "stars", "satisfaction"]]],
        ("feedback", "date") => &[&[&["date", "day", "when", "submitted", "answered", "sent"]]],
        ("promotions", "date") => &[&[&["date", "day", "when", "effective", "promoted"]]],
        ("promotions", "from_level") => &[&[&["from", "previous", "old", "prior"], LEVEL]],
        ("promotions", "to_level") => &[&[&["to", "new"], LEVEL]],
        ("requests", "requested_date") => &[&[&[
            "requested",
            "request",
            "applied",
            "signup",
            "signed",
            "joined",
            "waiting",
        ]]],
        ("sessions" | "goals" | "feedback", "pair_id") => &[&[
            &["pair", "relationship", "match", "mentorship", "connection"],
            ID,
        ]],
        ("promotions", "person_id") => &[&[&["employee", "person", "worker", "staff", "emp"], ID]],
        ("requests", "mentee_id") => &[&[&["mentee", "employee", "person", "learner"]]],
        _ => &[],
    }
}

/// Whether `header` looks like `table`'s `column`.
pub fn resembles(table: &str, column: &str, header: &str) -> bool {
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
pub fn first<'h>(table: &str, column: &str, headers: &[&'h str]) -> Option<&'h str> {
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
        assert!(resembles("people", "exit_date", "Termination Date"));
        assert!(resembles("people", "exit_type", "Termination Type"));
        assert!(resembles("people", "exit_type", "Voluntary"));
        assert!(resembles("people", "person_id", "EmployeeID"));
        assert!(resembles("pairs", "end_reason", "Relationship Status"));
        assert!(resembles("sessions", "status", "Meeting Status"));
        assert!(resembles("goals", "status", "Goal Status"));
        assert!(!resembles("people", "exit_date", "Hire Date"));
        assert!(!resembles("people", "exit_date", "Department"));
        assert!(!resembles("sessions", "status", "Duration"));
    }
}
