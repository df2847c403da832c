//! The `mentor-insights` command: reads a folder of CSV files or the built-in sample, runs one
//! analysis and prints JSON or a readable table. A translation layer only: all logic is in the
//! library.
//!
//! Exit codes: 0 success, 1 bad input (message on stderr), 2 bad usage.

use crate::text;
use clap::builder::PossibleValuesParser;
use clap::{
    Arg, ArgAction, ArgMatches, Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum,
};
use mentor_insights::document::{html, summary, Summarised};
use mentor_insights::generate::{self, Options};
use mentor_insights::i18n::{Locale, Localize};
use mentor_insights::metrics::matching::SuggestOptions;
use mentor_insights::metrics::options::{Analysis, Call, Flag, Takes};
use mentor_insights::metrics::report::{FindingsOptions, ReportOptions};
use mentor_insights::metrics::risk::RiskConfig;
use mentor_insights::metrics::risk_eval::{self, EvalOptions, Replay, Replayed, Replays};
use mentor_insights::metrics::{analyses, Params, DEFAULT_MIN_GROUP_SIZE};
use mentor_insights::model::date;
use mentor_insights::warning::InLocale;
use mentor_insights::{export, ingest, Dataset, Error};
use serde::Serialize;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "mentor-insights",
    version,
    about = "Mentoring-program analytics: goal completion, engagement trends, retention, at-risk pairs.",
    long_about = "Mentoring-program analytics computed locally: goal completion, engagement trends, \
turnover correlations and at-risk pairs.\n\nEvery analysis reads a folder of CSV files named after \
the tables (people.csv, and optionally pairs.csv, sessions.csv, goals.csv, feedback.csv, \
promotions.csv, requests.csv) with --data DIR (or one file: a workbook of the tables, or a people \
table alone), or the built-in synthetic sample with --sample.\n\nExit codes: 0 \
success; 1 bad input: invalid data (the error names table, row, column and value) or a file or folder \
that cannot be read or written; 2 bad usage (an unknown command, option or value)."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// The commands besides the analyses' (whose commands are made from their options types: see
/// [`analysis_commands`]).
#[derive(Subcommand)]
enum Command {
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
    /// Folder (or file) of the tables to replay (as for every command); default: generated programs.
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
    /// Language of the scorers' names and the text report: en, de, fr, es or nl, or a tag such as
    /// de-CH (another language: English).
    #[arg(long)]
    locale: Option<String>,
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
    /// ...), or named by --map; people is required. Or one file: a workbook of the tables, or a
    /// people table alone.
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
            let text = std::fs::read_to_string(p).map_err(|e| Error::file("read", p, &e))?;
            ingest::Mapping::from_json(&text)
        }
        None => Ok(ingest::Mapping::default()),
    }
}

/// The folder or file `path` read through the mapping of `--map` (which may sit in the folder).
fn load_data(path: &Path, map: Option<&PathBuf>) -> Result<Dataset, Error> {
    ingest::files::load_path(path, &read_mapping(map)?, map.map(PathBuf::as_path))
}

impl Common {
    /// The language of `--locale`.
    fn language(&self) -> Locale {
        Locale::of(self.locale.as_deref())
    }

    fn load(&self) -> Result<Dataset, Error> {
        match &self.data {
            Some(dir) => load_data(dir, self.map.as_ref()),
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
    serde_json::from_value(read_json(&path)?)
        .map_err(|e| Error::Usage(format!("{}: {e}", path.display())))
}

impl Cli {
    /// The language errors are written in.
    fn language(&self) -> Locale {
        match &self.command {
            Command::Sql { common, .. } => common.language(),
            Command::RiskEval(args) => args.language(),
            Command::Generate(_) => Locale::En,
        }
    }
}

fn run(cli: Cli) -> Result<(), Error> {
    match cli.command {
        Command::RiskEval(args) => args.run(),
        Command::Sql { query, common } => sql(&query, &common),
        Command::Generate(args) => args.run(),
    }
}

/// An analysis's command, made from its options type: the common flags and its own
/// ([`Analysis::FLAGS`]), its help ([`Analysis::ABOUT`]), and how it runs.
struct AnalysisCommand {
    name: &'static str,
    command: fn() -> clap::Command,
    run: fn(&Common, &ArgMatches) -> Result<(), Error>,
}

fn analysis_command<A: Analysis>() -> AnalysisCommand
where
    A::Output: Summarised,
{
    AnalysisCommand {
        name: A::NAME,
        command: command::<A>,
        run: run_analysis::<A>,
    }
}

/// The report's analyses' commands ([`analyses`]) between the report's and suggest's.
macro_rules! every_analysis {
    ($($(#[$doc:meta])* $name:ident: $options:ty, $ts_options:literal => $ts_result:literal;)*) => {
        vec![
            analysis_command::<ReportOptions>(),
            analysis_command::<FindingsOptions>(),
            $(analysis_command::<$options>(),)*
            analysis_command::<SuggestOptions>(),
        ]
    };
}

/// The analyses' commands, in the order the help lists them.
fn analysis_commands() -> Vec<AnalysisCommand> {
    analyses!(every_analysis)
}

/// The command of analysis `A`: the common flags, then a flag per option of its own, its default
/// the options type's.
fn command<A: Analysis>() -> clap::Command {
    let defaults = serde_json::to_value(A::default()).unwrap_or_default();
    let own = A::FLAGS.iter().map(|f| arg(f, defaults.get(f.key)));
    Common::augment_args(clap::Command::new(A::NAME).about(A::ABOUT)).args(own)
}

/// The flag of option `f`, showing its `default` (a number or a name).
fn arg(f: &Flag, default: Option<&Value>) -> Arg {
    let shown = default.and_then(|v| match v {
        Value::Number(n) => Some(n.to_string()),
        Value::String(s) => Some(s.clone()),
        _ => None,
    });
    let a = Arg::new(f.key)
        .long(kebab(f.key))
        .help(f.help)
        .value_name(kebab(f.key).replace('-', "_").to_uppercase());
    let a = match shown {
        Some(d) => a.default_value(d),
        None => a,
    };
    match &f.takes {
        Takes::Value | Takes::JsonFile => a,
        Takes::List => a.value_delimiter(',').action(ArgAction::Append),
        Takes::Switch => a.action(ArgAction::SetTrue),
        Takes::Choice { names, bare } => {
            // In any case, as the core reads a named value (`--period WEEK`).
            let a = a
                .value_parser(PossibleValuesParser::new(names()))
                .ignore_case(true);
            match bare {
                Some(v) => a.num_args(0..=1).default_missing_value(*v),
                None => a,
            }
        }
    }
}

/// `stalledDays` as a flag: `stalled-days`.
fn kebab(key: &str) -> String {
    key.chars().fold(String::new(), |mut out, c| {
        if c.is_ascii_uppercase() {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
        out
    })
}

/// What flag `f` was given, as JSON gives the option: a number or a word, a list, `true`, or a
/// JSON file's content (`None`: not given).
fn given(f: &Flag, m: &ArgMatches) -> Result<Option<Value>, Error> {
    let one = || m.get_one::<String>(f.key);
    Ok(match &f.takes {
        Takes::Value | Takes::Choice { .. } => one().map(|s| scalar(s)),
        Takes::List => m
            .get_many::<String>(f.key)
            .map(|v| Value::Array(v.map(|s| Value::String(s.clone())).collect())),
        Takes::Switch => m.get_flag(f.key).then_some(Value::Bool(true)),
        Takes::JsonFile => match one() {
            Some(path) => Some(read_json(&PathBuf::from(path))?),
            None => None,
        },
    })
}

/// A value typed on the command line as JSON would have it: a number or `true`/`false` when it
/// reads as one, else text.
fn scalar(s: &str) -> Value {
    match s.to_ascii_lowercase().as_str() {
        "true" => Value::Bool(true),
        "false" => Value::Bool(false),
        _ => s
            .parse::<i64>()
            .map(Value::from)
            .or_else(|_| s.parse::<f64>().map(Value::from))
            .unwrap_or_else(|_| Value::String(s.to_string())),
    }
}

fn read_json(path: &PathBuf) -> Result<Value, Error> {
    let text = std::fs::read_to_string(path).map_err(|e| Error::file("read", path, &e))?;
    serde_json::from_str(&text).map_err(|e| Error::Usage(format!("{}: {e}", path.display())))
}

/// An error about an option, naming its flag (`stalledDays: …` is `--stalled-days: …`).
fn as_flag(e: Error, flags: &[Flag]) -> Error {
    let Error::Usage(detail) = &e else {
        return e;
    };
    let of_flag = flags.iter().find_map(|f| {
        let rest = detail.strip_prefix(f.key)?.strip_prefix(": ")?;
        Some(format!("--{}: {rest}", kebab(f.key)))
    });
    of_flag.map_or(e, Error::Usage)
}

/// Runs analysis `A` with the options its flags give, read as JSON is ([`Call::from_json`]), on
/// the data of `c`, and prints its result as `c` asks; a text summary of risk lists `--top` pairs
/// instead of ten.
fn run_analysis<A: Analysis>(c: &Common, m: &ArgMatches) -> Result<(), Error>
where
    A::Output: Summarised,
{
    let mut own = serde_json::Map::new();
    for f in A::FLAGS {
        if let Some(v) = given(f, m)? {
            own.insert(f.key.to_string(), v);
        }
    }
    let options = Call::<A>::from_json(A::NAME, Value::Object(own))
        .map_err(|e| as_flag(e, A::FLAGS))?
        .options;
    let top = options.listed();
    emit(c, options.run(&c.load()?, &c.params())?, top)
}

/// The analysis results a query can name, a line each.
fn result_tables_help() -> String {
    let lines: Vec<String> = mentor_insights::metrics::tables::RESULT_TABLES
        .iter()
        .map(|t| format!("  {:<22}{}", t.at.name, t.at.rows))
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
        let language = self.language();
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
                let d = load_data(&dir, self.map.as_ref())?;
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
        let mut runs = Replays { runs };
        runs.localize(language);
        match self.format {
            Format::Text => {
                print(&summary(&runs, language, None).text());
                Ok(())
            }
            format => emit_plain(format, &runs),
        }
    }

    /// The language of `--locale`.
    fn language(&self) -> Locale {
        Locale::of(self.locale.as_deref())
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
                .map_err(|e| Error::file("write", &out.join(name), &e))
        };
        std::fs::create_dir_all(out).map_err(|e| Error::file("create", out, &e))?;
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
    let analyses = analysis_commands();
    let derived = Cli::command();
    let others: Vec<String> = derived
        .get_subcommands()
        .map(|c| c.get_name().to_string())
        .collect();
    // The analyses first, then the others as they are declared.
    let with_analyses = analyses.iter().enumerate().fold(derived, |cli, (i, a)| {
        cli.subcommand((a.command)().display_order(i))
    });
    let cli = others
        .iter()
        .enumerate()
        .fold(with_analyses, |cli, (i, name)| {
            cli.mut_subcommand(name, |c| c.display_order(analyses.len() + i))
        });
    let (locale, outcome) = match parsed(cli, &analyses) {
        Ok(Parsed::Analysis(a, common, m)) => (common.language(), (a.run)(&common, &m)),
        Ok(Parsed::Other(cli)) => (cli.language(), run(cli)),
        Err(e) => {
            // clap prints help/version to stdout (exit 0) and usage errors to stderr (exit 2).
            let _ = e.print();
            return ExitCode::from(if e.use_stderr() { 2 } else { 0 });
        }
    };
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {}", e.localized(locale));
            ExitCode::from(if e.is_usage() { 2 } else { 1 })
        }
    }
}

/// A command line read: an analysis's command with its common flags and matches, or another.
enum Parsed<'a> {
    Analysis(&'a AnalysisCommand, Common, ArgMatches),
    Other(Cli),
}

fn parsed(cli: clap::Command, analyses: &[AnalysisCommand]) -> Result<Parsed<'_>, clap::Error> {
    let matches = cli.try_get_matches()?;
    if let Some((name, m)) = matches.subcommand() {
        if let Some(a) = analyses.iter().find(|a| a.name == name) {
            return Ok(Parsed::Analysis(a, Common::from_arg_matches(m)?, m.clone()));
        }
    }
    Ok(Parsed::Other(Cli::from_arg_matches(&matches)?))
}
