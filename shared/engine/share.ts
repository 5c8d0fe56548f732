/**
 * Structural sharing between two states: `shareUnchanged(prev, next)` is `next` with every subtree that deep-equals
 * the same place in `prev` replaced by prev's object (prev itself when all of next equals it). Neither input is
 * changed (new parent objects are made only along the paths that changed), so a state stays read-only. After a
 * resolution (the engine works on a whole copy) this keeps what the turn left alone as the same objects, so the
 * views, their packing and the diff that are memoised by identity skip it (shared/match/view.ts, protocol/view-wire.ts).
 */

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

function shareArray(a: unknown[], b: unknown[]): unknown[] {
  let out: unknown[] | null = null;
  let allPrev = a.length === b.length;
  for (let i = 0; i < b.length; i++) {
    const x = i < a.length ? share(a[i], b[i]) : b[i];
    if (x !== b[i]) (out ??= b.slice())[i] = x;
    if (allPrev && x !== a[i]) allPrev = false;
  }
  return allPrev ? a : (out ?? b);
}

function shareObject(a: Record<string, unknown>, b: Record<string, unknown>): Record<string, unknown> {
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  // prev stands for next only with the same keys in the same order (a state's JSON text must not change).
  let allPrev = ka.length === kb.length;
  let out: Record<string, unknown> | null = null;
  for (let i = 0; i < kb.length; i++) {
    const k = kb[i];
    const x = k in a ? share(a[k], b[k]) : b[k];
    if (x !== b[k]) (out ??= { ...b })[k] = x;
    if (allPrev && (ka[i] !== k || x !== a[k])) allPrev = false;
  }
  return allPrev ? a : (out ?? b);
}

function share(a: unknown, b: unknown): unknown {
  if (a === b || typeof b !== "object" || b === null || typeof a !== "object" || a === null) return b;
  if (Array.isArray(b)) return Array.isArray(a) ? shareArray(a, b) : b;
  return isPlain(a) && isPlain(b) ? shareObject(a, b) : b;
}

/** `next` with the parts that deep-equal `prev` (at the same place) as prev's objects; plain JSON values, inputs unchanged. */
export function shareUnchanged<T>(prev: T, next: T): T {
  return share(prev, next) as T;
}
