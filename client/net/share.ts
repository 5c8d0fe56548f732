/**
 * Structural sharing between two read models: every part of `next` that deep-equals the same part of
 * `prev` is replaced by `prev`'s object, so a patch that changes the chat leaves `model.view` (and each
 * unchanged nation, deal, order list) the same object as before. The panels then skip what did not change
 * (memo, useMemo on identity) and the map skips a redraw. Plain JSON only.
 */

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** `next` with each subtree deep-equal to `prev`'s at the same place replaced by `prev`'s (the result deep-equals `next`). */
export function shareUnchanged<T>(prev: T, next: T): T {
  return share(prev as Json, next as Json) as T;
}

function share(a: Json, b: Json): Json {
  if (a === b) return a;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return b;
  if (Array.isArray(a)) {
    if (!Array.isArray(b)) return b;
    let same = a.length === b.length;
    const out = new Array<Json>(b.length);
    for (let i = 0; i < b.length; i++) {
      out[i] = i < a.length ? share(a[i], b[i]) : b[i];
      if (same && out[i] !== a[i]) same = false;
    }
    return same ? a : out;
  }
  if (Array.isArray(b)) return b;
  const keys = Object.keys(b);
  let same = keys.length === Object.keys(a).length;
  const out: { [k: string]: Json } = {};
  for (const k of keys) {
    const v = k in a ? share(a[k], b[k]) : b[k];
    out[k] = v;
    if (same && (!(k in a) || v !== a[k])) same = false;
  }
  return same ? a : out;
}
