// Removes the "name" custom section (function names, for debuggers: ~5 MB in the SQL module) from
// wasm files, so that `make pkg` ships what `wasm-opt` would, without waiting minutes for it.
// Usage: node scripts/strip-names.mjs file.wasm...
import { readFileSync, writeFileSync } from "node:fs";

/** An unsigned LEB128 at `at`: [value, bytes read]. */
function leb(buf, at) {
  let value = 0,
    shift = 0,
    n = 0,
    b;
  do {
    b = buf[at + n++];
    value += (b & 0x7f) * 2 ** shift;
    shift += 7;
  } while (b & 0x80);
  return [value, n];
}

for (const file of process.argv.slice(2)) {
  const buf = readFileSync(file);
  if (buf.readUInt32LE(0) !== 0x6d736100) throw new Error(`${file} is not a wasm module`);
  const kept = [buf.subarray(0, 8)];
  let at = 8,
    removed = 0;
  while (at < buf.length) {
    const id = buf[at];
    const [size, n] = leb(buf, at + 1);
    const end = at + 1 + n + size;
    let drop = false;
    if (id === 0) {
      const [len, m] = leb(buf, at + 1 + n);
      const start = at + 1 + n + m;
      drop = buf.subarray(start, start + len).toString() === "name";
    }
    if (drop) removed += end - at;
    else kept.push(buf.subarray(at, end));
    at = end;
  }
  writeFileSync(file, Buffer.concat(kept));
  console.error(`[strip-names] ${file}: ${removed} bytes of names removed`);
}
