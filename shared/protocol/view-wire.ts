/**
 * The view as it travels: the read model (RoomModel) with the parts a client can derive left out, and a
 * compact patch between two such wire models. Both are exact: unpackModel(packModel(m)) deep-equals m, and
 * applying wirePatch(a, b) to a gives b. Left out (only when the client would derive exactly the same):
 * - a public nation that is one of the seat's own nations: it is publicNation(own) (every nation for the
 *   facilitator, its own for a player), sent as `{ id, $own: 1 }`;
 * - a public nation's compute, sovereignty, capability and score when they equal its last history row.
 * A patch operation is a tuple `[code, keep, segments, value?]`: code 0 add, 1 remove, 2 replace; the path
 * is the first `keep` segments of the previous operation's path followed by `segments` (array indices as
 * numbers), so the operations of one nation or one list share their common prefix.
 */
import { publicNation } from "../engine/view";
import type { PublicNation } from "../engine/view";
import type { RoomModel } from "./room-model";

/** JSON as it travels. */
type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** A RoomModel with its derivable parts left out (plain JSON). */
export type WireModel = { readonly wire: unique symbol } & Record<string, unknown>;

/** One compact patch operation: [code (0 add, 1 remove, 2 replace), segments kept from the previous path, new segments, value]. */
export type WireOp = [number, number, (string | number)[], ...unknown[]];

/** Public-nation fields that repeat the nation's last history row. */
const FROM_HISTORY = ["compute", "sovereignty", "capability", "score"] as const;

const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The wire form of a model: plain JSON, derivable parts left out. */
export function packModel(model: RoomModel): WireModel {
  const m = json(model);
  const view = m.view;
  if (view) {
    const own = new Map(view.own.map((n) => [n.id, n]));
    const nations: unknown[] = view.nations.map((p) => {
      const o = own.get(p.id);
      if (o && same(publicNation(o, view.finished), p)) return { id: p.id, $own: 1 };
      const last = p.history[p.history.length - 1];
      if (!last) return p;
      const slim: Record<string, unknown> = { ...p };
      for (const f of FROM_HISTORY) if (slim[f] === last[f]) delete slim[f];
      return slim;
    });
    (view as unknown as { nations: unknown[] }).nations = nations;
  }
  return m as unknown as WireModel;
}

/** The model a wire form stands for (the inverse of packModel; the input is not changed). */
export function unpackModel(wire: WireModel): RoomModel {
  const m = wire as unknown as RoomModel;
  const view = m.view;
  if (!view) return m;
  const own = new Map(view.own.map((n) => [n.id, n]));
  const nations = (view.nations as (PublicNation | { id: string; $own: 1 })[]).map((p): PublicNation => {
    if ("$own" in p) return publicNation(json(own.get(p.id)!), view.finished);
    const last = p.history[p.history.length - 1];
    if (!last) return p;
    const full: Record<string, unknown> = { ...p };
    for (const f of FROM_HISTORY) if (!(f in full)) full[f] = last[f];
    return full as unknown as PublicNation;
  });
  return { ...m, view: { ...view, nations } };
}

function isObject(v: unknown): v is Record<string, Json> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Operations with absolute paths, as the diff builds them. */
type Op = { code: 0 | 1 | 2; path: (string | number)[]; value?: Json };

function size(ops: Op[]): number {
  let n = 0;
  for (const o of ops) n += 4 + o.path.length * 2 + (o.value === undefined ? 0 : JSON.stringify(o.value).length);
  return n;
}

function diffArray(a: Json[], b: Json[], path: (string | number)[], out: Op[]): void {
  // Element by element: replace what differs, add the tail, remove the extra from the end.
  const direct: Op[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) diff(a[i], b[i], [...path, i], direct);
  for (let i = a.length; i < b.length; i++) direct.push({ code: 0, path: [...path, i], value: b[i] });
  for (let i = a.length - 1; i >= b.length; i--) direct.push({ code: 1, path: [...path, i] });
  if (direct.length === 0) return;
  const candidates: Op[][] = [direct];
  // The first k elements dropped (a list that keeps only its latest entries), then element by element.
  if (a.length > 0 && b.length > 0 && !same(a[0], b[0])) {
    const first = JSON.stringify(b[0]);
    const k = a.slice(1, 33).findIndex((x) => JSON.stringify(x) === first) + 1;
    if (k > 0) {
      const shifted: Op[] = [];
      for (let i = 0; i < k; i++) shifted.push({ code: 1, path: [...path, 0] });
      diffArray(a.slice(k), b, path, shifted);
      candidates.push(shifted);
    }
  }
  candidates.push([{ code: 2, path, value: b }]);
  let best = candidates[0];
  for (const c of candidates) if (size(c) < size(best)) best = c;
  out.push(...best);
}

function diff(a: Json, b: Json, path: (string | number)[], out: Op[]): void {
  if (a === b) return;
  if (Array.isArray(a) && Array.isArray(b)) return diffArray(a, b, path, out);
  if (isObject(a) && isObject(b)) {
    for (const k of Object.keys(a)) if (!(k in b)) out.push({ code: 1, path: [...path, k] });
    for (const k of Object.keys(b)) {
      if (k in a) diff(a[k], b[k], [...path, k], out);
      else out.push({ code: 0, path: [...path, k], value: b[k] });
    }
    return;
  }
  out.push({ code: 2, path, value: b });
}

/** The compact patch that turns wire model `before` into `after`; empty when nothing changed. */
export function wirePatch(before: WireModel, after: WireModel): WireOp[] {
  const ops: Op[] = [];
  diff(before as unknown as Json, after as unknown as Json, [], ops);
  let prev: (string | number)[] = [];
  return ops.map((o) => {
    let keep = 0;
    while (keep < prev.length && keep < o.path.length && prev[keep] === o.path[keep]) keep++;
    prev = o.path;
    const w: WireOp = [o.code, keep, o.path.slice(keep)];
    if (o.value !== undefined) w.push(o.value);
    return w;
  });
}

/** RFC 6901 escaping of one path segment. */
function escape(seg: string | number): string {
  return String(seg).replace(/~/g, "~0").replace(/\//g, "~1");
}

/** The RFC 6902 operations a compact patch stands for. */
export function rfcOps(ops: readonly WireOp[]): { op: "add" | "remove" | "replace"; path: string; value?: unknown }[] {
  let prev: (string | number)[] = [];
  return ops.map(([code, keep, segs, value]) => {
    prev = [...prev.slice(0, keep), ...segs];
    const path = prev.map((s) => `/${escape(s)}`).join("");
    const op = code === 0 ? "add" : code === 1 ? "remove" : "replace";
    return code === 1 ? { op, path } : { op, path, value };
  });
}
