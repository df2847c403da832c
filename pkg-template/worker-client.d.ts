import type {
  Dataset, InputFile, Inspection, LoadProgress, Mapping, Meta, ResultTableInfo, SampleOptions, SqlOptions, SqlRow, TableRecords, TableTexts,
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

/** A `Dataset` method answered by the worker: the same arguments, its result as a promise. */
type Promised<F> = F extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;

/** Every call on the loaded data set (calls.js `CALLS`, `resultTable` and `resultColumns`):
 * `Dataset`'s methods as they are declared, each answered as a promise. */
type Calls = { [K in Exclude<Extract<keyof Dataset, string>, "free">]: Promised<Dataset[K]> };

export interface AnalyticsWorker extends Calls {
  fromFiles(files: InputFile[], options?: LoadOptions): Promise<Meta>;
  /** What files hold, for building a mapping (nothing is loaded). */
  inspectFiles(files: InputFile[], options?: { mapping?: Mapping | string }): Promise<Inspection>;
  fromCsv(tables: TableInputs, options?: LoadOptions): Promise<Meta>;
  fromJson(tables: TableInputs, options?: LoadOptions): Promise<Meta>;
  fromRecords(tables: TableRecords, options?: LoadOptions): Promise<Meta>;
  fromXlsx(bytes: ArrayBuffer | Uint8Array, options?: LoadOptions): Promise<Meta>;
  fromXlsxFiles(files: Record<string, ArrayBuffer | Uint8Array>, options?: LoadOptions): Promise<Meta>;
  sample(options?: SampleOptions): Promise<Meta>;
  sql(query: string, options?: SqlOptions): Promise<SqlRow[]>;
  /** The analysis result tables (`risk`, `goals_by_group`, ...), each with the analysis whose options it takes; needs no data. */
  resultTables(): Promise<ResultTableInfo[]>;
  /** Stops what is running (its promises reject with an Error whose `cancelled` is true); the data stays loaded. */
  cancel(): Promise<void>;
  terminate(): void;
  /** "loading" when a load starts; "progress" (detail: LoadProgress) as a load goes and as each analysis starts; "load" when a load has ended (the data may have changed). */
  addEventListener(type: "loading" | "load" | "progress", listener: (event: Event) => void, options?: boolean | AddEventListenerOptions): void;
  removeEventListener(type: "loading" | "load" | "progress", listener: (event: Event) => void, options?: boolean | EventListenerOptions): void;
}

/** Starts a Web Worker that holds the data and runs every analysis off the UI thread. */
export function createAnalyticsWorker(): AnalyticsWorker;
