//! The `mentor-insights` command: reads a folder of CSV files or the built-in sample, runs one
//! analysis and prints JSON or a readable table. A translation layer only: all logic is in the
//! library.
//!
//! Exit codes: 0 success, 1 bad input (message on stderr), 2 bad usage.

use crate::text;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, Parser, Subcommand, ValueEnum};
use mentor_insights::document::{html, summary, Summarised};
use mentor_insights::generate::{self, Options};
use mentor_insights::i18n::Locale;
use mentor_insights::metrics::engagement::{EngagementOptions, Period};
use mentor_insights::metrics::goals::{self, GoalOptions};
use mentor_insights::metrics::matching::{MatchingOptions, SuggestOptions};
use mentor_insights::metrics::options::Analysis;
use mentor_insights::metrics::progression::ProgressionOptions;
use mentor_insights::metrics::report::{FindingsOptions, ReportOptions};
use mentor_insights::metrics::retention::{self, Exits, Exposure, RetentionOptions};
use mentor_insights::metrics::risk::{Learn, RiskConfig, RiskOptions};
use mentor_insights::metrics::risk_eval::{self, EvalOptions, Replay, Replayed, Replays};
use mentor_insights::metrics::{Params, DEFAULT_MIN_GROUP_SIZE};
use mentor_insights::model::date;
use mentor_insights::model::schema::Choice;
use mentor_insights::warning::InLocale;
use mentor_insights::{export, ingest, Dataset, Error};
use serde::Serialize;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "mentor-insights",
    version,
    about = "Mentoring-program analytics: goal completion, engagement trends, retention, at-risk pairs.",
    long_about = "Mentoring-program analytics computed locally: goal completion, engagement trends, \
turnover correlations and at-risk pairs.\n\nEvery analysis reads a folder of CSV files named after \
the tables (people.csv, and optionally pairs.csv, sessions.csv, goals.csv, feedback.csv, \
promotions.csv, requests.csv) with --data DIR, or the built-in synthetic sample with --sample.\n\nExit codes: 0 \
success; 1 bad input: invalid data (the error names table, row, column and value) or a file or folder \
that cannot be read or written; 2 bad usage (an unknown command, option or value)."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Every analysis in one object: meta (as_of, row counts, version), warnings, findings, and the
    /// analyses. As text: the findings, then a short summary of each analysis.
    Report(Common),
    /// What the analyses say, in sentences with the numbers behind them, most urgent first.
    Findings(Common),
    /// Goal completion: completion and on-time rates (Wilson intervals), time to completion
    /// (Kaplan–Meier), overdue and stalled goals; overall and by --by.
    Goals {
        #[command(flatten)]
        common: Common,
        /// An open goal with no update for more than this many days is stalled.
        #[arg(long, default_value_t = goals::DEFAULT_STALLED_DAYS)]
        stalled_days: u32,
    },
    /// Engagement: sessions held / cancelled / no-show and minutes per pair and program per period,
    /// cadence adherence, recency, initiation, ratings, and trends (Theil–Sen, Mann–Kendall).
    Engagement {
        #[command(flatten)]
        common: Common,
        /// Period of the per-period counts: week (ISO weeks) or month.
        #[arg(long, value_parser = choice::<Period>(), default_value = Period::default().name())]
        period: Period,
        /// Every pair's per-period counts (large: most callers want --pairs).
        #[arg(long)]
        pair_periods: bool,
        /// The per-period counts of these pairs only, comma-separated pair ids (a drill-down).
        #[arg(long, value_delimiter = ',')]
        pairs: Vec<String>,
    },
    /// Retention: exit rates (Wilson), Kaplan–Meier curves, log-rank, risk and odds ratios, chi-square
    /// and Fisher tests by --by (default: mentored), a Cox model (time-varying mentoring exposure
    /// beside the naive "ever mentored" fit), and correlations of exits with attributes and
    /// mentoring features.
    Retention {
        #[command(flatten)]
        common: Common,
        /// Cox covariates, comma-separated: numeric or text attributes of people, mentored, mentor,
        /// sessions_per_month, goal_completion_rate, mean_rating_received, months_mentored.
        /// Default: mentored (when pairs are loaded).
        #[arg(long, value_delimiter = ',')]
        covariates: Option<Vec<String>>,
        /// Which exits are events.
        #[arg(long, value_parser = choice::<Exits>(), default_value = Exits::default().name())]
        exits: Exits,
        /// How being mentored enters the model: time-varying (from the first pair's start), ever
        /// (the naive comparison), or landmark (mentored by --landmark-days after hire).
        #[arg(long, value_parser = choice::<Exposure>(), default_value = Exposure::default().name())]
        exposure: Exposure,
        /// The landmark, in days after hire, for --exposure landmark.
        #[arg(long, default_value_t = retention::DEFAULT_LANDMARK_DAYS)]
        landmark_days: u32,
        /// Propensity weighting on these attributes (adds `weighted` and `balance`).
        #[arg(long, value_delimiter = ',')]
        adjust: Vec<String>,
    },
    /// Career progression: promotions per 100 person-years by --by (default: mentored, person-time
    /// split at each person's mentoring start) with exact intervals and the rate ratio, time to first
    /// promotion (Kaplan–Meier, log-rank), and a Cox model with mentored time-varying.
    Progression {
        #[command(flatten)]
        common: Common,
        /// Cox covariates, comma-separated (as for retention). Default: mentored.
        #[arg(long, value_delimiter = ',')]
        covariates: Option<Vec<String>>,
    },
    /// At-risk pairs: every pair active at --as-of with a score in [0, 1], a level and the reasons
    /// (signal, observed value, threshold, contribution), highest score first.
    Risk {
        #[command(flatten)]
        common: Common,
        /// JSON file overriding thresholds and weights (see README "At-risk pairs").
        #[arg(long)]
        config: Option<PathBuf>,
        /// Weights learned from this organisation's closed pairs (logistic regression): `true`
        /// (`--learn` alone), `false` (the documented defaults) or `auto`, which uses the learned
        /// ones when a replay of the past year ranks the pairs that ended early better with them.
        #[arg(long, value_parser = choice::<Learn>(), num_args = 0..=1, default_value = Learn::default().name(), default_missing_value = Learn::On.name())]
        learn: Learn,
        /// Only the N highest-scoring pairs.
        #[arg(long)]
        top: Option<usize>,
    },
    /// What made pairs work here: per feature of a pair at its start (same department or location,
    /// level gap, tenure gap, mentor load and experience, shared interests) the early-end and
    /// goal-completion rates, a Cox model of ending early, and its validation on the last year.
    Matching(Common),
    /// Who should mentor whom: the assignment of waiting mentees (the requests table, or
    /// --mentees) to mentors with free slots that maximises the total score, with reasons,
    /// alternatives and the first-come-first-served total beside it.
    Suggest {
        #[command(flatten)]
        common: Common,
        /// The mentees to match, comma-separated person ids (default: everyone in requests.csv).
        #[arg(long, value_delimiter = ',')]
        mentees: Vec<String>,
        /// Only mentors who have mentored in the program the mentee asked for.
        #[arg(long)]
        same_program: bool,
        /// Only mentors from another department than the mentee's.
        #[arg(long)]
        different_department: bool,
        /// Only mentors at least this many levels above the mentee.
        #[arg(long)]
        min_level_gap: Option<i64>,
    },
    /// Measure the at-risk detector by replaying history: ROC AUC, precision at k and lead time,
    /// against single-rule baselines. On --data DIR or --sample, or on generated programs
    /// (--seeds, --people) whose ground truth marks the decaying pairs.
    RiskEval(RiskEval),
    /// Run a SQL query (polars SQL) over the loaded tables (people, pairs, sessions, goals,
    /// feedback, promotions, requests) and the analyses' results by name (risk, drivers,
    /// goals_overdue, engagement_pairs, ...; --help lists them), joinable with the tables.
    #[command(after_long_help = result_tables_help())]
    Sql {
        /// The query, e.g. "SELECT program, count(*) AS pairs FROM pairs GROUP BY program".
        query: String,
        #[command(flatten)]
        common: Common,
    },
    /// Write a synthetic program (people, pairs, sessions, goals, feedback, promotions CSV files and
    /// ground_truth.csv with the pairs that decay) into a folder.
    Generate(Generate),
}

/// `risk-eval`'s arguments.
#[derive(Args)]
struct RiskEval {
    /// Folder of the tables to replay (as for every command); default: generated programs.
    #[arg(long, conflicts_with = "sample")]
    data: Option<PathBuf>,
    /// Mapping of the export to the tables (as for every command).
    #[arg(long, requires = "data")]
    map: Option<PathBuf>,
    /// Replay the built-in sample (its generator's ground truth marks the positives).
    #[arg(long)]
    sample: bool,
    /// Replay the history as it stood on this date (YYYY-MM-DD); default: the latest date.
    #[arg(long, value_parser = parse_date)]
    as_of: Option<i32>,
    /// Privacy threshold, as for every command (the evaluation reports no groups).
    #[arg(long, default_value_t = DEFAULT_MIN_GROUP_SIZE)]
    min_group_size: usize,
    /// Seeds of the generated programs.
    #[arg(long, value_delimiter = ',', default_value = "1,2,3,4,5")]
    seeds: Vec<u64>,
    /// People per generated program.
    #[arg(long, default_value_t = 3000)]
    people: usize,
    /// JSON file overriding thresholds and weights.
    #[arg(long)]
    config: Option<PathBuf>,
    /// On --data: a pair is a positive when it ends early within this many days.
    #[arg(long, default_value_t = EvalOptions::default().horizon_days)]
    horizon_days: i32,
    /// Score with weights learned at each date from the pairs closed by then.
    #[arg(long)]
    learn: bool,
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
}

/// `generate`'s arguments.
#[derive(Args)]
struct Generate {
    /// Folder to write into (created if missing).
    #[arg(long)]
    out: PathBuf,
    /// Random seed: the same seed and size give the same files.
    #[arg(long, default_value_t = generate::SAMPLE_SEED)]
    seed: u64,
    /// Number of people.
    #[arg(long, default_value_t = generate::SAMPLE_PEOPLE)]
    people: usize,
    /// The export date of the data (YYYY-MM-DD); nothing later is written.
    #[arg(long, value_parser = parse_date)]
    as_of: Option<i32>,
}

#[derive(Args)]
struct Common {
    /// Folder of the tables: CSV, TSV, JSON or XLSX files named after them (people.csv, pairs.xlsx,
    /// ...), or named by --map; people is required.
    #[arg(long, conflicts_with = "sample", required_unless_present = "sample")]
    data: Option<PathBuf>,
    /// Mapping (JSON) of the export's files, sheets, headers, values and date format to the tables.
    #[arg(long, requires = "data")]
    map: Option<PathBuf>,
    /// Use the built-in synthetic sample instead of --data.
    #[arg(long)]
    sample: bool,
    /// Analyse as of this date (YYYY-MM-DD); default: the latest date in the data.
    #[arg(long, value_parser = parse_date)]
    as_of: Option<i32>,
    /// Privacy threshold: groups smaller than this are suppressed (never below 3).
    #[arg(long, default_value_t = DEFAULT_MIN_GROUP_SIZE)]
    min_group_size: usize,
    /// Group by these dimensions, comma-separated (program, department, any text attribute, ...).
    #[arg(long, value_delimiter = ',')]
    by: Vec<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Json)]
    format: Format,
    /// With --format text: every table in full instead of the summary.
    #[arg(long)]
    full: bool,
    /// Language of every sentence (findings, risk reasons, warnings, errors, the text report):
    /// en, de, fr, es or nl, or a tag such as de-CH; another language falls back to English with a
    /// warning.
    #[arg(long)]
    locale: Option<String>,
}

#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum Format {
    Json,
    Text,
    /// One self-contained page to hand on: the text summary with its charts (inline SVG) and the
    /// methods; no script, no request when opened.
    Html,
    /// The analysis's main table as CSV, cells as the text summary shows them (the findings for
    /// `report` and `findings`).
    Csv,
}

fn parse_date(s: &str) -> Result<i32, String> {
    date::parse(s).ok_or_else(|| format!("\"{s}\" is not a date (expected YYYY-MM-DD)"))
}

/// Reads the mapping file, or the empty mapping.
fn read_mapping(path: Option<&PathBuf>) -> Result<ingest::Mapping, Error> {
    match path {
        Some(p) => {
            let text = std::fs::read_to_string(p).map_err(|e| Error::file("read", p, e))?;
            ingest::Mapping::from_json(&text)
        }
        None => Ok(ingest::Mapping::default()),
    }
}

impl Common {
    /// The language of `--locale` (English when not given or not one of ours).
    fn language(&self) -> Locale {
        self.locale
            .as_deref()
            .map_or(Locale::En, |t| Locale::resolve(t).0)
    }

    fn load(&self) -> Result<Dataset, Error> {
        match &self.data {
            Some(dir) => ingest::files::load_dir(dir, &read_mapping(self.map.as_ref())?),
            None => Ok(generate::generate(Options::default()).dataset),
        }
    }

    fn params(&self) -> Params {
        Params {
            as_of: self.as_of,
            min_group_size: self.min_group_size,
            by: self.by.clone(),
        }
    }
}

fn to_value<T: Serialize>(value: &T) -> Result<serde_json::Value, Error> {
    serde_json::to_value(value).map_err(|e| Error::Usage(e.to_string()))
}

/// Writes to stdout; a closed pipe (`| head`) ends the output quietly.
fn print(text: &str) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes()).and_then(|()| out.flush());
}

fn print_json<T: Serialize>(value: &T) -> Result<(), Error> {
    let text = serde_json::to_string_pretty(value).map_err(|e| Error::Usage(e.to_string()))?;
    print(&text);
    print("\n");
    Ok(())
}

fn emit_plain<T: Serialize>(format: Format, value: &T) -> Result<(), Error> {
    match format {
        Format::Json => print_json(value),
        Format::Text => {
            print(&text::render(&to_value(value)?));
            Ok(())
        }
        Format::Html | Format::Csv => Err(no_page()),
    }
}

/// `--format html` or `csv` where there is no summary to make a page or table of.
fn no_page() -> Error {
    Error::Usage("--format html or csv is for an analysis's summary; use json or text here".into())
}

/// An analysis's result in the language asked for: JSON, its summary as text (listing `top` at-risk
/// pairs instead of ten), a page, a CSV table, or (`--full`) every table as text.
fn emit<T: Serialize + InLocale + Summarised>(
    c: &Common,
    value: T,
    top: Option<usize>,
) -> Result<(), Error> {
    let value = value.in_locale(c.locale.as_deref());
    match (c.format, c.full) {
        (Format::Text, false) => {
            print(&summary(&value, c.language(), top).text());
            Ok(())
        }
        (Format::Html, _) => {
            print(&html::page(&summary(&value, c.language(), top)));
            Ok(())
        }
        (Format::Csv, _) => {
            let doc = summary(&value, c.language(), top);
            print(&doc.csv().ok_or_else(|| {
                Error::Usage("this result has no table to write as CSV (try --by program)".into())
            })?);
            Ok(())
        }
        (format, _) => emit_plain(format, &value),
    }
}

fn read_config(path: Option<PathBuf>) -> Result<RiskConfig, Error> {
    let Some(path) = path else {
        return Ok(RiskConfig::default());
    };
    let text = std::fs::read_to_string(&path).map_err(|e| Error::file("read", &path, e))?;
    serde_json::from_str(&text).map_err(|e| Error::Usage(format!("{}: {e}", path.display())))
}

impl Cli {
    /// The language errors are written in.
    fn language(&self) -> Locale {
        let common = match &self.command {
            Command::Report(c) | Command::Findings(c) | Command::Matching(c) => c,
            Command::Goals { common, .. }
            | Command::Engagement { common, .. }
            | Command::Retention { common, .. }
            | Command::Progression { common, .. }
            | Command::Risk { common, .. }
            | Command::Suggest { common, .. }
            | Command::Sql { common, .. } => common,
            Command::RiskEval(_) | Command::Generate(_) => return Locale::En,
        };
        common.language()
    }
}

fn run(cli: Cli) -> Result<(), Error> {
    match cli.command {
        Command::Report(c) => analysis(&c, ReportOptions {}, None),
        Command::Matching(c) => analysis(&c, MatchingOptions {}, None),
        Command::Suggest {
            common: c,
            mentees,
            same_program,
            different_department,
            min_level_gap,
        } => {
            let opts = SuggestOptions {
                mentees,
                same_program,
                different_department,
                min_level_gap,
            };
            analysis(&c, opts, None)
        }
        Command::Findings(c) => analysis(&c, FindingsOptions {}, None),
        Command::Goals {
            common: c,
            stalled_days,
        } => analysis(&c, GoalOptions { stalled_days }, None),
        Command::Retention {
            common: c,
            covariates,
            exits,
            exposure,
            landmark_days,
            adjust,
        } => {
            let opts = RetentionOptions {
                exits,
                covariates,
                exposure,
                landmark_days,
                adjust,
            };
            analysis(&c, opts, None)
        }
        Command::Progression {
            common: c,
            covariates,
        } => analysis(&c, ProgressionOptions { covariates }, None),
        Command::Risk {
            common: c,
            config,
            learn,
            top,
        } => {
            let config = read_config(config)?;
            analysis(&c, RiskOptions { config, learn, top }, top)
        }
        Command::RiskEval(args) => args.run(),
        Command::Engagement {
            common: c,
            period,
            pair_periods,
            pairs,
        } => {
            let opts = EngagementOptions {
                period,
                pair_periods,
                pairs,
            };
            analysis(&c, opts, None)
        }
        Command::Sql { query, common } => sql(&query, &common),
        Command::Generate(args) => args.run(),
    }
}

/// Runs the analysis of `options` on the data of `c` and prints its result as `c` asks; a text
/// summary of risk lists `top` pairs (`--top`) instead of ten.
fn analysis<A: Analysis>(c: &Common, options: A, top: Option<usize>) -> Result<(), Error>
where
    A::Output: Summarised,
{
    emit(c, options.run(&c.load()?, &c.params())?, top)
}

/// The analysis results a query can name, a line each.
fn result_tables_help() -> String {
    let lines: Vec<String> = mentor_insights::metrics::tables::RESULT_TABLES
        .iter()
        .map(|t| format!("  {:<22}{}", t.name, t.rows))
        .collect();
    format!(
        "Analysis results as tables (computed with --as-of and --min-group-size, the analyses' other options at their defaults; sentences in --locale):\n{}",
        lines.join("\n")
    )
}

/// Runs a SQL query over the loaded tables and prints its rows.
fn sql(query: &str, common: &Common) -> Result<(), Error> {
    let d = common.load()?;
    let r =
        mentor_insights::model::frames::sql(&d, &common.params(), common.locale.as_deref(), query)?;
    match common.format {
        Format::Json => print_json(&r.rows),
        Format::Text => {
            print(&text::table(&r.columns, &r.rows));
            Ok(())
        }
        Format::Html | Format::Csv => Err(no_page()),
    }
}

impl RiskEval {
    /// Replays the history of a folder, the sample, or generated programs, and prints each
    /// evaluation.
    fn run(self) -> Result<(), Error> {
        let config = read_config(self.config)?;
        let opts = EvalOptions {
            horizon_days: self.horizon_days,
            learn: self.learn,
            ..EvalOptions::default()
        };
        let params = Params {
            as_of: self.as_of,
            min_group_size: self.min_group_size,
            by: Vec::new(),
        };
        let generated = |seed: u64, people: usize| -> Result<Replay, Error> {
            let g = generate::generate(Options {
                seed,
                people,
                ..Options::default()
            });
            let e = risk_eval::evaluate(&g.dataset, &params, &config, opts, Some(&g.truth))?;
            Ok(Replay {
                source: Replayed::Generated { seed, people },
                evaluation: e,
            })
        };
        let runs = match self.data {
            Some(dir) => {
                let d = ingest::files::load_dir(&dir, &read_mapping(self.map.as_ref())?)?;
                let e = risk_eval::evaluate(&d, &params, &config, opts, None)?;
                let data = dir.display().to_string();
                vec![Replay {
                    source: Replayed::Folder { data },
                    evaluation: e,
                }]
            }
            None if self.sample => vec![generated(generate::SAMPLE_SEED, generate::SAMPLE_PEOPLE)?],
            None => self
                .seeds
                .iter()
                .map(|&seed| generated(seed, self.people))
                .collect::<Result<Vec<_>, Error>>()?,
        };
        let runs = Replays { runs };
        match self.format {
            Format::Text => {
                print(&summary(&runs, Locale::En, None).text());
                Ok(())
            }
            format => emit_plain(format, &runs),
        }
    }
}

impl Generate {
    /// Writes a generated program's tables and its ground truth as CSV files.
    fn run(self) -> Result<(), Error> {
        let mut opts = Options {
            seed: self.seed,
            people: self.people,
            ..Options::default()
        };
        if let Some(day) = self.as_of {
            opts.as_of = day;
        }
        let g = generate::generate(opts);
        let out = &self.out;
        let write = |name: &str, text: &str| {
            std::fs::write(out.join(name), text)
                .map_err(|e| Error::file("write", &out.join(name), e))
        };
        std::fs::create_dir_all(out).map_err(|e| Error::file("create", out, e))?;
        for (table, text) in export::tables_csv(&g.dataset) {
            write(&format!("{table}.csv"), &text)?;
        }
        write("ground_truth.csv", &export::truth_csv(&g.truth))?;
        let c = g.dataset.row_counts();
        eprintln!(
            "wrote {} people, {} pairs, {} sessions, {} goals, {} feedback, {} promotions, {} requests to {}",
            c.people,
            c.pairs,
            c.sessions,
            c.goals,
            c.feedback,
            c.promotions,
            c.requests,
            out.display()
        );
        Ok(())
    }
}

pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            // clap prints help/version to stdout (exit 0) and usage errors to stderr (exit 2).
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    let locale = cli.language();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {}", e.localized(locale));
            ExitCode::from(if e.is_usage() { 2 } else { 1 })
        }
    }
}

/// A flag's values from the core's [`Choice`]: listed in `--help`, parsed by the core.
fn choice<T: Choice + Clone + Send + Sync>() -> impl TypedValueParser<Value = T> {
    PossibleValuesParser::new(T::ALL.iter().map(|c| c.name()))
        .try_map(|s| T::parse(&s).ok_or_else(|| format!("expected {}", T::one_of())))
}
