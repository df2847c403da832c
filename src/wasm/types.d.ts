/** A table's file contents: text, or its UTF-8 bytes (e.g. `await file.arrayBuffer()`). */
export type TableText = string | Uint8Array | ArrayBuffer;

/** Tables as CSV (or JSON) texts, keyed by table name. Only `people` is required. */
export interface TableTexts {
  people: TableText;
  pairs?: TableText;
  sessions?: TableText;
  goals?: TableText;
  feedback?: TableText;
  promotions?: TableText;
  requests?: TableText;
}

/** Tables as arrays of plain objects (dates as "YYYY-MM-DD" strings). */
export interface TableRecords {
  people: Record<string, unknown>[];
  pairs?: Record<string, unknown>[];
  sessions?: Record<string, unknown>[];
  goals?: Record<string, unknown>[];
  feedback?: Record<string, unknown>[];
  promotions?: Record<string, unknown>[];
  requests?: Record<string, unknown>[];
}

/** A file as exports come (`Dataset.fromFiles`): CSV, TSV, JSON or XLSX, told apart by its name's extension. */
export interface InputFile {
  name: string;
  bytes: Uint8Array | ArrayBuffer | string;
}

/** The names of the seven tables. */
export type TableName = "people" | "pairs" | "sessions" | "goals" | "feedback" | "promotions" | "requests";

/** Where one table comes from in an export (SPEC §2.1); every key optional. */
export interface TableMapping {
  /** The file's name (with its extension). */
  file?: string;
  /** A workbook's sheet. */
  sheet?: string;
  /** Contract column (or, on people, an attribute's new name) → the header in the file. */
  columns?: Record<string, string>;
  /** Per column: the file's value → the contract's ("" for empty). */
  values?: Record<string, Record<string, string>>;
  /** E.g. "M/D/YYYY", "DD.MM.YYYY": written with YYYY, MM, M, DD, D and separators. */
  date_format?: string;
  delimiter?: "," | ";" | "\t" | "|";
}

/** The mapping of an export to the tables: the same JSON as the CLI's `--map FILE`. Keys are as in the file (snake_case). */
export interface Mapping {
  date_format?: string;
  delimiter?: "," | ";" | "\t" | "|";
  tables?: Partial<Record<TableName, TableMapping>>;
}

/** What an export holds (`Dataset.inspectFiles`), for building a mapping. */
export interface Inspection {
  files: FileView[];
  /** The contract's columns, per table. */
  tables: Record<TableName, ContractColumn[]>;
  /** A mapping guessed from names: the JSON of a mapping file (snake_case keys). */
  suggested: Mapping;
}

export interface FileView {
  file: string;
  sheet: string | null;
  /** The table it feeds (by its name or the mapping), else the one its headers look like. */
  table: TableName | null;
  headers: string[];
  rows: number;
  preview: string[][];
  columns: ColumnView[];
  /** Why it could not be read. */
  problem: string | null;
}

export interface ColumnView {
  header: string;
  /** Up to 12 distinct values, most frequent first; `more` when there are others. */
  values: string[];
  more: boolean;
  isoDates: boolean;
  /** The other date formats every cell fits. */
  dateFormats: string[];
}

export interface ContractColumn {
  column: string;
  required: boolean;
  kind: "id" | "text" | "date" | "number" | "choice" | "reference";
  choices: string[];
}

/** Options of every load. */
export interface LoadOptions {
  /** The mapping, as an object or as its JSON text. */
  mapping?: Mapping | string;
  onProgress?: (progress: LoadProgress) => void;
  /** The language of a failed load's messages (see `Locale`). */
  locale?: Locale;
}

/**
 * The language of every sentence a result writes (findings, risk reasons, warnings, errors):
 * "en", "de", "fr", "es", "nl" or a BCP 47 tag such as "de-CH". Another language falls back to
 * English with the warning `locale_unsupported`.
 */
export type Locale = "en" | "de" | "fr" | "es" | "nl" | (string & {});

export interface SampleOptions {
  seed?: number;
  people?: number;
}

export interface WarningsOptions {
  /** The language of the warnings' messages. */
  locale?: Locale;
}

/** The stable codes of warnings (see the README's "Warnings"). */
export type WarningCode =
  | "after_as_of"
  | "as_of_after_data"
  | "odd_rows"
  | "groups_suppressed"
  | "no_events"
  | "test_not_computed"
  | "model_not_fitted"
  | "rows_left_out"
  | "immortal_time_bias"
  | "weights_truncated"
  | "defaults_used"
  | "analysis_unavailable"
  | "column_unused"
  | "imbalanced"
  | "locale_unsupported"
  | "numbers_read";

/** A non-fatal oddity of the input or an analysis: a code a program can react to, a sentence a person reads. */
export interface Warning {
  code: WarningCode;
  message: string;
}

/** One problem of a failed load, as data: where it is and what is wrong. */
export interface LoadProblem {
  kind: "invalid_value" | "missing_value" | "missing_column" | "duplicate_id" | "unknown_id" | "end_before_start" | "malformed";
  table: string;
  /** 1-based data row, when the problem has one. */
  row?: number | null;
  column?: string;
  value?: string;
  /** missing_column: a header that looks like the missing column. */
  looksLike?: string | null;
  /** The sentence the Error's message lists. */
  message: string;
}

/** What a failed load throws: an Error whose `problems` list every problem (up to 20). */
export interface LoadError extends Error {
  problems: LoadProblem[];
}

/** A stage of a load: each table as it is read, then the checks across tables. */
export interface LoadProgress {
  stage: "loading" | "reading" | "checking" | "loaded" | "computing";
  table?: string;
  /** With "computing": the analysis the worker has started (worker only). */
  analysis?: string;
}

/** Parameters every analysis takes. */
export interface CommonOptions {
  /** "YYYY-MM-DD"; default: the latest date in the data. */
  asOf?: string;
  /** Privacy threshold; default 5, never below 3. */
  minGroupSize?: number;
  /** Group-by dimension(s): program, department or any attribute, mentor_id, pair_id, week/month/quarter/year. */
  by?: string | string[];
  /** The language of the result's sentences; numbers, ids, codes and keys do not change. */
  locale?: Locale;
}

export interface GoalsOptions extends CommonOptions {
  stalledDays?: number;
}

export interface EngagementOptions extends CommonOptions {
  period?: "week" | "month";
  /** Every pair's per-period counts (large; default false). */
  pairPeriods?: boolean;
  /** The per-period counts of these pairs only (a drill-down). */
  pairs?: string[];
}

export interface RetentionOptions extends CommonOptions {
  covariates?: string[];
  exits?: "all" | "voluntary";
  exposure?: "time-varying" | "ever" | "landmark";
  landmarkDays?: number;
  /** Attributes of a propensity model of being mentored: adds `weighted` and `balance`. */
  adjust?: string[];
}

export interface ProgressionOptions extends CommonOptions {
  covariates?: string[];
}

export interface RiskOptions extends CommonOptions {
  config?: Partial<Omit<RiskConfig, "weights">> & { weights?: Partial<Record<Signal, number>> };
  /** `"auto"` (default): learned weights when a replay of the past year ranks better with them. */
  learn?: boolean | "auto";
  top?: number;
}

export interface RiskEvaluationOptions extends CommonOptions {
  config?: RiskOptions["config"];
  /** Weights learned at each date from the pairs closed by then (default false). */
  learn?: boolean;
}

export interface Estimate {
  value: number;
  n: number;
  ciLow?: number;
  ciHigh?: number;
  level?: number;
  method: string;
}

export interface TestResult {
  statistic: number;
  df?: number;
  pValue: number;
  method: string;
}

export interface SuppressedGroup {
  group: string;
  suppressed: true;
  nBelow: number;
}

export interface RowCounts {
  people: number;
  pairs: number;
  sessions: number;
  goals: number;
  feedback: number;
  promotions: number;
  requests: number;
}

export interface Meta {
  asOf: string;
  minGroupSize: number;
  version: string;
  rows: RowCounts;
  tables: string[];
  /** What the load read: per table its file, sheet, rows and headers; and the files that fed no table. */
  inputs: Inputs;
}

export interface TableInput {
  table: TableName;
  /** null when the table was handed in by name (fromCsv, fromJson, fromRecords). */
  file: string | null;
  sheet: string | null;
  rows: number;
  headersUsed: string[];
  headersUnused: string[];
}

export interface UnusedFile {
  file: string;
  sheet: string | null;
  why: string;
}

export interface Inputs {
  tables: TableInput[];
  unusedFiles: UnusedFile[];
}

export interface KmRow {
  t: number;
  atRisk: number;
  events: number;
  censored: number;
  survival: number;
  ciLow: number;
  ciHigh: number;
}

/** A survival-time quantile; null where the curve (or its bound) never falls that low. */
export interface Quantile {
  value: number | null;
  ciLow: number | null;
  ciHigh: number | null;
}

export interface TimeToComplete {
  km: KmRow[];
  median: Quantile;
  q25: Quantile;
  q75: Quantile;
  /** The share completed within 180 days of being set (1 − the curve there), fair to young goals. */
  completedWithin: Estimate | null;
  method: string;
}

export interface GoalStats {
  goals: number;
  pairs: number;
  completed: number;
  open: number;
  abandoned: number;
  completionRate: Estimate | null;
  onTimeRate: Estimate | null;
  timeToComplete: TimeToComplete | null;
  overdue: string[];
  stalled: string[];
}

export interface GoalGroup extends GoalStats {
  group: string;
}

export interface GoalsResult {
  asOf: string;
  by: string[];
  stalledDays: number;
  overall: GoalStats;
  groups: (GoalGroup | SuppressedGroup)[];
  warnings: Warning[];
}

export interface Counts {
  held: number;
  cancelled: number;
  noShow: number;
  minutes: number;
}

export interface PeriodCounts extends Counts {
  period: string;
}

export interface TheilSen {
  slope: number;
  intercept: number;
  ciLow: number;
  ciHigh: number;
  n: number;
}

export interface MannKendall {
  s: number;
  varS: number;
  z: number;
  pValue: number;
  n: number;
}

export interface Trend {
  months: number;
  theilSen: TheilSen;
  mannKendall: MannKendall;
}

export interface MeanRating {
  mentor: number | null;
  mentee: number | null;
  nMentor: number;
  nMentee: number;
}

export interface PairEngagement {
  pairId: string;
  program: string;
  active: boolean;
  cadenceDays: number;
  daysSinceLastHeld: number | null;
  cadenceAdherence: number | null;
  menteeInitiatedShare: number | null;
  meanRating: MeanRating;
  totals: Counts;
  /** Only with `pairPeriods: true`, or for the pairs named in `pairs`. */
  periods?: PeriodCounts[];
  trend: Trend | null;
  ratingTrend: Trend | null;
}

/** The numbers of a group of pairs: a program, or a `by` group. */
export interface EngagementNumbers {
  pairs: number;
  activePairs: number;
  totals: Counts;
  meanCadenceAdherence: number | null;
  periods: PeriodCounts[];
  trend: Trend | null;
  /** Monthly held sessions per pair active in the month. */
  perPairTrend: Trend | null;
  ratingTrend: Trend | null;
}

export interface ProgramEngagement extends EngagementNumbers {
  program: string;
}

export interface SuppressedProgram {
  program: string;
  suppressed: true;
  nBelow: number;
}

/** With `by`: a group of pairs (dimensions joined by " / ") and the same numbers as a program. */
export interface GroupEngagement extends EngagementNumbers {
  group: string;
}

export interface EngagementResult {
  asOf: string;
  period: "week" | "month";
  programs: (ProgramEngagement | SuppressedProgram)[];
  /** Only when `by` is given. */
  groups?: (GroupEngagement | SuppressedGroup)[];
  pairs: PairEngagement[];
  warnings: Warning[];
}

export interface Km {
  table: KmRow[];
  median: Quantile;
  q25: Quantile;
  q75: Quantile;
  method: string;
}

export interface GroupRetention {
  group: string;
  n: number;
  exits: number;
  rate: Estimate;
  km: Km;
}

/** The groups compared: the test of independence always; with two groups, the 2×2 measures too. */
export interface Comparison {
  groups: string[];
  chiSquare: TestResult;
  riskRatio?: Estimate;
  oddsRatio?: Estimate;
  chiSquareYates?: TestResult;
  fisher?: TestResult;
}

export interface CoxTerm {
  term: string;
  coef: number;
  hazardRatio: number;
  se: number;
  z: number;
  pValue: number;
  ciLow: number;
  ciHigh: number;
}

export interface CoxFit {
  ties: "efron" | "breslow";
  n: number;
  intervals?: number;
  events: number;
  concordance: number | null;
  logLikelihood: number;
  terms: CoxTerm[];
  iterations: number;
  method: string;
}

export interface PointBiserial {
  r: number;
  pValue: number;
}

export interface SpearmanRho {
  rho: number;
  pValue: number;
}

export interface CorrelationRow {
  feature: string;
  n: number;
  pointBiserial: PointBiserial | null;
  spearman: SpearmanRho | null;
}

export interface Landmark {
  landmarkDays: number;
  n: number;
  groups: (GroupRetention | SuppressedGroup)[];
  logrank: TestResult | null;
  cox: CoxFit | null;
}

export interface RetentionResult {
  asOf: string;
  exits: "all" | "voluntary";
  by: string;
  groups: (GroupRetention | SuppressedGroup)[];
  comparison: Comparison | null;
  logrank: TestResult | null;
  exposure: "time-varying" | "ever" | "landmark";
  covariates: string[];
  cox: CoxFit | null;
  naiveCox: CoxFit | null;
  landmark: Landmark | null;
  weighted: Weighted | null;
  balance: Balance[] | null;
  correlations: CorrelationRow[];
  /** Survival by mentoring status counted from each person's first pair (Simon–Makuch), with `mentored` time-varying. */
  exposureCurves: ExposureCurves | null;
  /** Every attribute of people ranked by its association with leaving (smallest adjusted p first). */
  drivers: Driver[];
  warnings: Warning[];
}

export interface LevelShare {
  group: string;
  n: number;
  exits: number;
  share: Estimate;
}

export interface Driver {
  attribute: string;
  kind: "text" | "numeric";
  n: number;
  exits: number;
  /** Numeric: the hazard ratio of leaving per `unit`. */
  hazardRatio: Estimate | null;
  unit: "step" | "year" | "1000" | "sd" | null;
  unitSize: number | null;
  /** Chi-square (text) or the Wald test of the Cox coefficient (numeric). */
  test: TestResult | null;
  /** Benjamini–Hochberg across the attributes tested. */
  pAdjusted: number | null;
  /** Exit share per level, value of a small scale, or quartile band. */
  levels: (LevelShare | SuppressedGroup)[];
}

export interface ExposureCurve {
  group: "true" | "false";
  /** People who spent time in the group, and their exits while in it. */
  people: number;
  exits: number;
  km: Km;
}

export interface ExposureCurves {
  method: "simon-makuch";
  groups: (ExposureCurve | SuppressedGroup)[];
}

export interface LogitFit {
  n: number;
  terms: LogitTerm[];
  logLikelihood: number;
  iterations: number;
}

export interface WeightedGroup {
  group: string;
  n: number;
  weightedExitRate: number;
}

export interface Weighted {
  adjust: string[];
  n: number;
  treated: number;
  trimmed: number;
  propensity: LogitFit;
  groups: WeightedGroup[];
  cox: CoxFit | null;
  method: string;
}

export interface Balance {
  covariate: string;
  smdBefore: number;
  smdAfter: number;
  /** |smdAfter| > 0.1: still imbalanced after weighting. */
  imbalanced: boolean;
}

export interface GroupRate {
  group: string;
  people: number;
  personYears: number;
  promotions: number;
  ratePer100py: Estimate;
}

export interface FirstPromotion {
  group: string;
  n: number;
  promoted: number;
  km: Km;
}

export interface TimeToFirst {
  groups: (FirstPromotion | SuppressedGroup)[];
  logrank: TestResult | null;
}

export interface ProgressionResult {
  asOf: string;
  by: string;
  groups: (GroupRate | SuppressedGroup)[];
  rateRatio: Estimate | null;
  timeToFirst: TimeToFirst;
  exposure: "time-varying" | "ever" | "landmark";
  covariates: string[];
  cox: CoxFit | null;
  naiveCox: CoxFit | null;
  warnings: Warning[];
}

/** Thresholds and weights of the at-risk score (see the README for each default). */
export interface RiskConfig {
  weights: Record<Signal, number>;
  recencyCadences: number;
  trendMonths: number;
  trendSlope: number;
  cancelWindowDays: number;
  cancelShare: number;
  cancelMinSessions: number;
  stalledDays: number;
  ratingWindowDays: number;
  lowRating: number;
  ratingDrop: number;
  oneSidedShare: number;
  oneSidedMinSessions: number;
  drop: number;
  dropMinSessions: number;
  firstSessionDays: number;
  exitRiskRatio: number;
  high: number;
  medium: number;
}

/** The at-risk signals (the keys of `RiskConfig.weights`). */
export type Signal =
  | "recency"
  | "falling_trend"
  | "attendance_drop"
  | "cancellations"
  | "overdue_goals"
  | "stalled_goals"
  | "low_rating"
  | "falling_rating"
  | "one_sided"
  | "initiative_drop"
  | "no_first_session"
  | "mentee_exit_risk";

export interface Reason {
  signal: Signal;
  value: number;
  threshold: number;
  contribution: number;
  text: string;
}

export interface PairRisk {
  pairId: string;
  mentorId: string;
  menteeId: string;
  program: string;
  score: number;
  level: "high" | "medium" | "low";
  reasons: Reason[];
}

export interface LogitTerm {
  term: string;
  coef: number;
  se: number;
  z: number;
  pValue: number;
}

export interface Learned {
  closedPairs: number;
  endedEarly: number;
  /** Every weight is ≥ 0. */
  terms: LogitTerm[];
  /** Signals that would have lowered the risk here, held at weight 0: not predictive here. */
  notPredictive: Signal[];
}

export interface RiskLevels {
  high: number;
  medium: number;
  low: number;
}

/** The replay that decided `learn: "auto"`. */
export interface WeightsReplay {
  dates: number;
  samples: number;
  positives: number;
  defaultAuc: number | null;
  learnedAuc: number | null;
}

/** Which weights scored the pairs, and why. */
export interface RiskWeights {
  learn: boolean | "auto";
  used: "learned" | "default";
  reason: string;
  replay: WeightsReplay | null;
}

export interface RiskResult {
  asOf: string;
  /** The model that scored the pairs: learned (`learn`, when it ranked better) or the defaults. */
  model: "learned logistic regression" | "default weights (noisy-OR)";
  weights: RiskWeights;
  config: RiskConfig;
  learned: Learned | null;
  levels: RiskLevels;
  pairs: PairRisk[];
  warnings: Warning[];
}

export interface Quality {
  name: string;
  auc: number | null;
  precisionAtK: number | null;
  medianLeadDays: number | null;
  flaggedShare: number | null;
}

export interface RiskEvaluation {
  dates: number;
  samples: number;
  positives: number;
  earlyEnds: number;
  detector: Quality;
  baselines: Quality[];
}

/** One level of a pair feature (matching): how its pairs fared. */
export interface MatchingLevel {
  /** "feature=level", e.g. "level_gap=≤0". */
  group: string;
  feature: "same_department" | "same_location" | "level_gap" | "tenure_gap_years" | "mentor_load" | "mentor_experience" | "shared_interests";
  level: string;
  pairs: number;
  earlyEnds: number;
  earlyEndRate: Estimate;
  goalCompletion: Estimate | null;
}

export interface Validation {
  concordance: number | null;
  trainPairs: number;
  testPairs: number;
  testEvents: number;
}

/** What made pairs work (SPEC §4.7). */
export interface MatchingResult {
  asOf: string;
  pairs: number;
  earlyEnds: number;
  features: (MatchingLevel | SuppressedGroup)[];
  model: CoxFit | null;
  validation: Validation | null;
  warnings: Warning[];
}

export interface SuggestOptions extends CommonOptions {
  /** Person ids to match; default: everyone in the requests table. */
  mentees?: string[];
  sameProgram?: boolean;
  differentDepartment?: boolean;
  minLevelGap?: number;
}

export interface Contribution {
  term: string;
  value: number;
  /** The term in words: "same department", "the mentor is 2 levels above". */
  text: string;
  /** On the log-hazard of ending early, against the history's average pair: below 0 helps. */
  contribution: number;
}

export interface Suggestion {
  menteeId: string;
  mentorId: string;
  /** Probability of not ending early within 365 days (model "cox"), or the rule's score. */
  score: number;
  reasons: Contribution[];
  alternatives: Alternative[];
}

export interface Alternative {
  mentorId: string;
  score: number;
}

export interface Unmatched {
  menteeId: string;
  why: string;
}

export interface SuggestResult {
  asOf: string;
  model: "cox" | "rule";
  assignments: Suggestion[];
  unmatched: Unmatched[];
  totalScore: number;
  greedyTotalScore: number;
  /** Mentors with a free slot for at least one waiting mentee. */
  candidates: number;
  warnings: Warning[];
}

/** One statement of what the analyses say (SPEC §4.8); every number in `text` is in `values`. */
export interface Finding {
  /** Stable for the same rule and subject, e.g. "goals.program:Career Growth". */
  id: string;
  analysis: "goals" | "engagement" | "retention" | "risk" | "progression" | "matching";
  severity: "info" | "notice" | "warning";
  text: string;
  values: Record<string, string | number>;
  /** Where the numbers are in the report (snake_case keys), e.g. "retention.cox.terms[0]". */
  path: string;
}

export interface FindingsResult {
  asOf: string;
  findings: Finding[];
  warnings: Warning[];
}

export interface Report {
  meta: Meta;
  warnings: Warning[];
  /** Most urgent first. */
  findings: Finding[];
  goals: GoalsResult | null;
  engagement: EngagementResult | null;
  retention: RetentionResult | null;
  risk: RiskResult | null;
  progression: ProgressionResult | null;
  matching: MatchingResult | null;
}

/** One row of a SQL result, keyed by column name (dates as "YYYY-MM-DD"). */
export type SqlRow = Record<string, string | number | boolean | null>;

/** The analysis results a SQL query can name as tables, joinable with the data's tables. */
export type ResultTableName =
  | "goals_summary" | "goals_by_group" | "goals_overdue" | "goals_stalled"
  | "engagement_pairs" | "engagement_programs" | "engagement_periods"
  | "retention" | "retention_curves" | "retention_cox" | "drivers" | "driver_levels" | "correlations"
  | "risk" | "progression" | "matching" | "matching_terms" | "suggestions" | "unmatched" | "findings";

/** A result table as `Dataset.resultTables()` lists it: its rows, and the analysis whose options it takes. */
export interface ResultTableInfo {
  name: ResultTableName;
  rows: string;
  analysis: "goals" | "engagement" | "retention" | "risk" | "progression" | "matching" | "suggest" | "findings";
}

/** A result table as columns (`Dataset.resultColumns`): numbers in a `Float64Array` (NaN where a
 * row has none); text, true/false and dates ("YYYY-MM-DD") in arrays (null where a row has none). */
export type ResultColumns = Record<string, Float64Array | (string | null)[] | (boolean | null)[]>;

/** The options of any analysis (a result table takes those of its analysis). */
export type AnalysisOptions =
  | GoalsOptions | EngagementOptions | RetentionOptions | ProgressionOptions | RiskOptions | SuggestOptions | CommonOptions;

export interface SqlOptions extends CommonOptions {
  /** Tables given as rows (a notebook cell's output), queried by name before the loaded tables
   * and the results of the same name; a column holds numbers, true/false, dates or text. */
  tables?: Record<string, Record<string, unknown>[]>;
}

export interface Dataset {
  /**
   * Runs a polars SQL query over the loaded tables and the analysis results it names
   * ({@link ResultTableName}: `risk`, `drivers`, `goals_overdue`, ..., computed with the options'
   * `asOf`, `minGroupSize`, `by` and `locale`); rows as objects keyed by column, dates as
   * "YYYY-MM-DD". SQL lives in its own wasm module: in the browser call `await initSql()` (from
   * the package entry) once first; the Node entry loads it by itself.
   */
  sql(query: string, options?: SqlOptions): SqlRow[];
}
