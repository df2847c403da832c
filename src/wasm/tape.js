// Rebuilds a result from its tape (src/wasm/tape.rs): values in postfix order, so each array or
// object takes the values just before it off a stack. Gives what `JSON.parse` gives for the same
// result's JSON text: plain objects with their keys in order, `__proto__` an own property.

const NULL = 0;
const TRUE = 1;
const FALSE = 2;
const NUMBER = 3;
const STRING = 4;
const ARRAY = 5;
const OBJECT = 6;

function joined(chunks, Type) {
  if (chunks.length === 1) return chunks[0];
  let n = 0;
  for (const c of chunks) n += c.length;
  const out = new Type(n);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The keys of each shape: shape 0 has none, shape s ≥ 1 its parent's and one more. */
function shapeKeys(keys, shapes) {
  const out = [[]];
  for (let i = 0; i < shapes.length; i += 2) out.push([...out[shapes[i]], keys[shapes[i + 1]]]);
  return out;
}

/**
 * A constructor per shape whose objects are plain: their prototype is `Object.prototype`, as an
 * object literal's. The engine sizes a constructor's objects to the properties they get (in-object
 * slack tracking), where `{}` keeps four in the object and the rest in a separate array, grown as
 * keys are added: a result's objects then take less memory and less of the collector's time.
 */
function plainConstructor() {
  function Plain() {}
  Plain.prototype = Object.prototype;
  return Plain;
}

/**
 * Makes the fields of `Plain`'s objects with `keys` plain tagged fields: an object of that shape
 * is made once with every field given `null`, then `0`. The engine otherwise types a field that
 * has only held numbers as a double and, with no unboxed doubles, copies each such number into a
 * box of its own as it is stored; a tagged field keeps the number the stack already holds, and a
 * result's hundreds of thousands of fractions are made once, not twice.
 */
function primeTagged(Plain, keys) {
  const o = new Plain();
  for (const k of keys) o[k] = null;
  for (const k of keys) o[k] = 0;
}

function own(o, key, value) {
  Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
}

export function rebuild(streams, keys, shapes) {
  const tags = joined(streams[0], Uint8Array);
  const numbers = joined(streams[1], Float64Array);
  const counts = joined(streams[2], Uint32Array);
  const text = streams[3].join("");
  const names = shapeKeys(keys, shapes);
  const plain = names.map((k) => !k.includes("__proto__"));
  const make = names.map(plainConstructor);
  for (let shape = 0; shape < names.length; shape++) {
    if (plain[shape]) primeTagged(make[shape], names[shape]);
  }
  const stack = [];
  let top = 0;
  let n = 0;
  let c = 0;
  let at = 0;
  for (let t = 0; t < tags.length; t++) {
    switch (tags[t]) {
      case NUMBER: {
        // A whole number as a small integer, as JSON.parse makes it (else the engine boxes each
        // one read from a Float64Array: a result's counts took a fifth of its memory); -0 stays.
        const v = numbers[n++];
        const i = v | 0;
        stack[top++] = i === v && (i !== 0 || 1 / v > 0) ? i : v;
        break;
      }
      case STRING: {
        const end = at + counts[c++];
        stack[top++] = text.slice(at, end);
        at = end;
        break;
      }
      case NULL:
        stack[top++] = null;
        break;
      case TRUE:
        stack[top++] = true;
        break;
      case FALSE:
        stack[top++] = false;
        break;
      case ARRAY: {
        const from = top - counts[c++];
        const a = stack.slice(from, top);
        top = from;
        stack[top++] = a;
        break;
      }
      case OBJECT: {
        const shape = counts[c++];
        const k = names[shape];
        const from = top - k.length;
        const o = new make[shape]();
        if (plain[shape]) for (let i = 0; i < k.length; i++) o[k[i]] = stack[from + i];
        else for (let i = 0; i < k.length; i++) own(o, k[i], stack[from + i]);
        top = from;
        stack[top++] = o;
        break;
      }
      default:
        throw new Error(`mentor-insights: unknown tag ${tags[t]} in a result's tape`);
    }
  }
  return stack[0];
}
