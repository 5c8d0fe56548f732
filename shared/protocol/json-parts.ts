/**
 * JSON split into parts so that a synchronised map re-sends only what changed: each top-level key of an
 * object is one part, and arrays (which mostly grow by appending: news, history, chat) are cut into chunks
 * of CHUNK elements (`key#0`, `key#1`…; a root array is `#0`, `#1`…). Joining the parts gives the value back.
 */

/** Elements per array chunk. */
export const CHUNK = 1;

function chunks(prefix: string, arr: unknown[], out: Map<string, string>): void {
  if (arr.length === 0) out.set(`${prefix}#0`, "[]");
  for (let i = 0; i * CHUNK < arr.length; i++) out.set(`${prefix}#${i}`, JSON.stringify(arr.slice(i * CHUNK, (i + 1) * CHUNK)));
}

/** Split a JSON value (object or array) into parts keyed as described above. */
export function splitJson(value: unknown): Map<string, string> {
  const out = new Map<string, string>();
  if (Array.isArray(value)) {
    chunks("", value, out);
    return out;
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (v === undefined) continue;
    if (Array.isArray(v)) chunks(k, v, out);
    else out.set(k, JSON.stringify(v));
  }
  return out;
}

/** Join parts (key → already parsed value) back into the value; `root` says whether it was an array. */
export function joinJson(parts: Iterable<[string, unknown]>, root: "object" | "array"): unknown {
  const arrays = new Map<string, [number, unknown[]][]>();
  const obj: Record<string, unknown> = {};
  for (const [key, value] of parts) {
    const hash = key.lastIndexOf("#");
    if (hash < 0) {
      obj[key] = value;
      continue;
    }
    const name = key.slice(0, hash);
    let list = arrays.get(name);
    if (!list) arrays.set(name, (list = []));
    list.push([Number(key.slice(hash + 1)), Array.isArray(value) ? value : []]);
  }
  const flat = (name: string): unknown[] => (arrays.get(name) ?? []).sort((a, b) => a[0] - b[0]).flatMap(([, v]) => v);
  if (root === "array") return flat("");
  for (const name of arrays.keys()) obj[name] = flat(name);
  return obj;
}
