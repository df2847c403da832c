import type {
  CommonOptions, EngagementOptions, FindingsResult, MatchingResult, SuggestOptions, SuggestResult, EngagementResult, GoalsOptions, GoalsResult, Meta, ProgressionOptions,
  ProgressionResult, Report, ResultTableName, ResultTableInfo, ResultColumns, AnalysisOptions, RiskEvaluation, RiskEvaluationOptions, Warning, LoadProgress, RetentionOptions, RetentionResult, RiskOptions, RiskResult, SampleOptions, SqlOptions, SqlRow,
  TableRecords, TableTexts, Mapping, InputFile, Inspection,
} from "./mentor_insights.js";


export interface LoadOptions {
  /** The mapping of an export to the tables (SPEC §2.1), as an object or its JSON text. */
  mapping?: Mapping | string;
  /** The language of a failed load's messages ("de", "fr-CH", ...). */
  locale?: string;
  onProgress?: (p: LoadProgress) => void;
}

/** As `Dataset.fromCsv`: text, `Uint8Array` or `ArrayBuffer` per table (sent to the worker as copies). */
export type TableInputs = TableTexts;

export interface AnalyticsWorker {
  fromFiles(files: InputFile[], options?: LoadOptions): Promise<Meta>;
  /** What files hold, for building a mapping (nothing is loaded). */
  inspectFiles(files: InputFile[], options?: { mapping?: Mapping | string }): Promise<Inspection>;
  fromCsv(tables: TableInputs, options?: LoadOptions): Promise<Meta>;
  fromJson(tables: TableInputs, options?: LoadOptions): Promise<Meta>;
  fromRecords(tables: TableRecords, options?: LoadOptions): Promise<Meta>;
  fromXlsx(bytes: ArrayBuffer | Uint8Array, options?: LoadOptions): Promise<Meta>;
  fromXlsxFiles(files: Record<string, ArrayBuffer | Uint8Array>, options?: LoadOptions): Promise<Meta>;
  sample(options?: SampleOptions): Promise<Meta>;
  meta(options?: CommonOptions): Promise<Meta>;
  warnings(): Promise<Warning[]>;
  goals(options?: GoalsOptions): Promise<GoalsResult>;
  engagement(options?: EngagementOptions): Promise<EngagementResult>;
  retention(options?: RetentionOptions): Promise<RetentionResult>;
  progression(options?: ProgressionOptions): Promise<ProgressionResult>;
  risk(options?: RiskOptions): Promise<RiskResult>;
  riskEvaluation(options?: RiskEvaluationOptions): Promise<RiskEvaluation>;
  report(options?: CommonOptions): Promise<Report>;
  /** The report as one self-contained HTML page to hand on (inline SVG charts, tables, methods; no script). */
  reportHtml(options?: CommonOptions): Promise<string>;
  findings(options?: CommonOptions): Promise<FindingsResult>;
  matching(options?: CommonOptions): Promise<MatchingResult>;
  suggest(options?: SuggestOptions): Promise<SuggestResult>;
  sql(query: string, options?: SqlOptions): Promise<SqlRow[]>;
  /** The analysis result tables (`risk`, `goals_by_group`, ...), each with the analysis whose options it takes; needs no data. */
  resultTables(): Promise<ResultTableInfo[]>;
  /** One result table's rows as SQL reads it, its analysis run with `options`. */
  resultTable(name: ResultTableName, options?: AnalysisOptions): Promise<SqlRow[]>;
  /** The same table as columns: numbers in a `Float64Array`, the rest in arrays (for Arquero's `aq.table`). */
  resultColumns(name: ResultTableName, options?: AnalysisOptions): Promise<ResultColumns>;
  toCsv(): Promise<Record<string, string>>;
  /** Stops what is running (its promises reject with an Error whose `cancelled` is true); the data stays loaded. */
  cancel(): Promise<void>;
  terminate(): void;
  /** "loading" when a load starts; "progress" (detail: LoadProgress) as a load goes and as each analysis starts; "load" when a load has ended (the data may have changed). */
  addEventListener(type: "loading" | "load" | "progress", listener: (event: Event) => void, options?: boolean | AddEventListenerOptions): void;
  removeEventListener(type: "loading" | "load" | "progress", listener: (event: Event) => void, options?: boolean | EventListenerOptions): void;
}

/** Starts a Web Worker that holds the data and runs every analysis off the UI thread. */
export function createAnalyticsWorker(): AnalyticsWorker;
