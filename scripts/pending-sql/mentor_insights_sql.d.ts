export default function init(module_or_path?: unknown): Promise<void>;
export function initSync(module: unknown): void;
export class SqlTables {
  static fromBytes(bytes: Uint8Array): SqlTables;
  query(query: string, results: Uint8Array, given: unknown): unknown;
}
