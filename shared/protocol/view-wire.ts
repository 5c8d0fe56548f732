/**
 * The view as it travels: the read model (RoomModel) with the parts a client can derive left out, and a
 * compact patch between two such wire models. Both are exact: unpackModel(packModel(m)) deep-equals m, and
 * applying wirePatch(a, b) to a gives b. Left out (only when the client would derive exactly the same):
 * - a public nation that is one of the seat's own nations: it is publicNation(own) (every nation for the
 *   facilitator, its own for a player), sent as `{ id, $own: 1 }`;
 * - a public nation's compute, sovereignty, capability and score when they equal its last history row;
 * - a news event's kind, and its sources when they are what its code gives (engine/event-meta.ts; an event
 *   without the sources its code would give carries `sources: null`), and its `nation` when it is public (null);
 * - a data centre's and a pending GPU order's nation (the nation holding it), a history row's turn (its index),
 *   and a last-quarter figure's change when it is exactly after − before;
 * - a current order's turn (the view's turn), a last order's turn (the turn before);
 * - a news event's or chat line's turn when it is the previous one's, a chat line's id when it is the previous
 *   one's plus 1, and its `to` when it is "all".
 * A patch operation is a tuple `[code, keep, segments, value?]`: code 0 add, 1 remove, 2 replace; the path
 * is the first `keep` segments of the previous operation's path followed by `segments` (array indices as
 * numbers), so the operations of one nation or one list share their common prefix.
 */
import { publicNation } from "../engine/view";
import type { PublicNation } from "../engine/view";
import type { Nation } from "../engine/state";
import type { GameEvent } from "../engine/event-types";
import { eventKind, eventSources } from "../engine/event-meta";
import type { ChatLine, RoomModel } from "./room-model";
import type { GameView } from "../engine/view";

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

/** The list with `key` put back where it was left out (new items; the input is not changed). */
function putKey<T>(list: T[], key: string, value: (item: Record<string, unknown>, i: number) => unknown): T[] {
  return list.map((x, i) => (key in (x as object) ? x : ({ ...x, [key]: value(x as Record<string, unknown>, i) } as T)));
}

const rowTurn = (_: unknown, i: number): number => i;

/** The list with the keys left out for repeating the previous item (packChat, packView) put back (new items; the input is not changed). */
function putRepeat<T>(list: readonly T[], key: string, step = 0): T[] {
  const out: T[] = [];
  for (const [i, x] of list.entries()) {
    const r = x as Record<string, unknown>;
    out.push(key in r || i === 0 ? x : ({ ...r, [key]: ((out[i - 1] as Record<string, unknown>)[key] as number) + step } as T));
  }
  return out;
}

function unpackPublicLists<T extends { dataCentres: unknown[]; history: unknown[] }>(p: T, nation: string): T {
  return { ...p, dataCentres: putKey(p.dataCentres, "nation", () => nation), history: putKey(p.history, "turn", rowTurn) };
}

function unpackOwn(n: Nation): Nation {
  const out = { ...unpackPublicLists(n, n.id), pendingGpus: putKey(n.pendingGpus, "nation", () => n.id) };
  if (n.lastTurn) out.lastTurn = { ...n.lastTurn, figures: putKey(n.lastTurn.figures, "change", (f) => (f.after as number) - (f.before as number)) };
  return out;
}

/**
 * Packed forms are memoised by the identity of what they pack (a model's parts are shared between seats and
 * changes: shared/match/view.ts), so a part is packed once and every wire model holding it holds the same
 * packed object. Hence: a model's parts must not change once packed, and a wire model is never changed.
 */
const plainMemo = new WeakMap<object, unknown>();

/** A value as plain JSON (undefined fields dropped), one copy per object. */
function plain<T>(v: T): T {
  if (typeof v !== "object" || v === null) return v;
  let out = plainMemo.get(v) as T | undefined;
  if (out === undefined) plainMemo.set(v, (out = json(v)));
  return out;
}

/** Per source object, its packed variants (a list item's packed form depends on the item before it). */
function variant<K extends object>(memo: WeakMap<K, unknown[]>, item: K, index: number, make: () => unknown): unknown {
  let slots = memo.get(item);
  if (!slots) memo.set(item, (slots = []));
  return (slots[index] ??= make());
}

const lineMemo = new WeakMap<ChatLine, unknown[]>();
const chatMemo = new WeakMap<ChatLine[], unknown[]>();

/** A chat list as it travels: a line's turn left out when the previous line's, its id when the previous one's plus 1, its `to` when "all". */
function packChat(chat: ChatLine[]): unknown[] {
  let out = chatMemo.get(chat);
  if (out) return out;
  out = chat.map((l, i) => {
    const prev = chat[i - 1];
    const sameTurn = prev !== undefined && l.turn === prev.turn;
    const nextId = prev !== undefined && l.id === prev.id + 1;
    return variant(lineMemo, l, (sameTurn ? 1 : 0) + (nextId ? 2 : 0), () => {
      const w = json(l) as Partial<ChatLine>;
      if (sameTurn) delete w.turn;
      if (nextId) delete w.id;
      if (w.to === "all") delete w.to;
      return w;
    });
  });
  chatMemo.set(chat, out);
  return out;
}

const orderMemo = new WeakMap<object, unknown[]>();

/** A nation's orders as they travel: an order's turn left out when it is the view's (`turn`). */
function packOrders(list: readonly object[], turn: number | undefined): unknown[] {
  return list.map((o) => {
    const drop = turn !== undefined && (o as { turn?: unknown }).turn === turn;
    return variant(orderMemo, o, drop ? 1 : 0, () => {
      const w = json(o) as Record<string, unknown>;
      if (drop) delete w.turn;
      return w;
    });
  });
}

const orderSetsMemo = new WeakMap<object, { turn: number | undefined; packed: Record<string, unknown[]> }>();

/** The orders of the nations a seat sees, packed once per object and turn. */
function packOrderSets(sets: Record<string, object[]>, turn: number | undefined): Record<string, unknown[]> {
  const hit = orderSetsMemo.get(sets);
  if (hit && hit.turn === turn) return hit.packed;
  const packed = Object.fromEntries(Object.entries(sets).map(([n, list]) => [n, packOrders(list, turn)]));
  orderSetsMemo.set(sets, { turn, packed });
  return packed;
}

const eventMemo = new WeakMap<GameEvent, unknown[]>();
const viewMemo = new WeakMap<GameView, Record<string, unknown>>();
const itemMemo = new WeakMap<object, unknown[]>();
const publicMemo = new WeakMap<PublicNation, Record<string, unknown>>();
const ownMemo = new WeakMap<Nation, { turn: number; packed: Record<string, unknown> }>();

/** A list whose items travel without `key` where it equals `value(item, index)` (a data centre's nation, a history row's turn…), each item packed once per object and variant. */
function packList(list: unknown, key: string, value: (item: Record<string, unknown>, i: number) => unknown): unknown {
  if (!Array.isArray(list)) return plain(list);
  return list.map((x: Record<string, unknown>, i) => {
    const drop = x[key] === value(x, i);
    return variant(itemMemo, x, drop ? 1 : 0, () => {
      const w = json(x);
      if (drop) delete w[key];
      return w;
    });
  });
}

/** An object's fields as plain JSON, each packed once per object (plain), in the object's key order. */
function plainFields(source: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(source)) if (v !== undefined) out[k] = plain(v);
  return out;
}

/** A public nation as it travels (packed once per object): figures that repeat its last history row left out, a data centre without its nation, a history row without its turn (its index). */
function packPublic(p: PublicNation): Record<string, unknown> {
  let slim = publicMemo.get(p);
  if (slim) return slim;
  slim = plainFields(p);
  const last = p.history[p.history.length - 1];
  if (last) for (const f of FROM_HISTORY) if (slim[f] === last[f]) delete slim[f];
  slim.dataCentres = packList(p.dataCentres, "nation", () => p.id);
  slim.history = packList(p.history, "turn", rowTurn);
  publicMemo.set(p, slim);
  return slim;
}

/** An own nation as it travels (packOwn, and its last orders without the turn before the view's), its parts packed once per object. */
function packOwnNation(src: Nation, turn: number): Record<string, unknown> {
  const hit = ownMemo.get(src);
  if (hit && hit.turn === turn) return hit.packed;
  const id = src.id;
  const n = plainFields(src);
  n.dataCentres = packList(src.dataCentres, "nation", () => id);
  n.history = packList(src.history, "turn", rowTurn);
  if ("pendingGpus" in n) n.pendingGpus = packList(src.pendingGpus, "nation", () => id);
  if (src.lastTurn)
    n.lastTurn = { ...(n.lastTurn as object), figures: packList(src.lastTurn.figures, "change", (f) => (f.after as number) - (f.before as number)) };
  if ("lastOrders" in n) n.lastOrders = packList(src.lastOrders, "turn", () => turn - 1);
  ownMemo.set(src, { turn, packed: n });
  return n;
}

/** A game view as it travels (see the file's comment), packed once per view object. */
function packView(source: GameView): Record<string, unknown> {
  const hit = viewMemo.get(source);
  if (hit) return hit;
  const out: Record<string, unknown> = {};
  // Nations, own nations and news are packed below, part by part (a placeholder keeps the key order).
  for (const [k, v] of Object.entries(source)) if (v !== undefined) out[k] = k === "nations" || k === "own" || k === "news" ? null : plain(v);
  const ownSource = new Map(source.own.map((n) => [n.id, n]));
  out.nations = source.nations.map((p) => {
    const o = ownSource.get(p.id);
    if (o) {
      const pub = publicNation(o, source.finished);
      if (pub === p || same(pub, p)) return { id: p.id, $own: 1 };
    }
    return packPublic(p);
  });
  out.own = source.own.map((src) => packOwnNation(src, source.turn));
  out.news = source.news.map((e, i) => {
    const sameTurn = i > 0 && e.turn === source.news[i - 1].turn;
    return variant(eventMemo, e, sameTurn ? 1 : 0, () => {
      const w = packEvent(e);
      if (sameTurn) delete w.turn;
      return w;
    });
  });
  viewMemo.set(source, out);
  return out;
}

/** Wire models by model (matchView returns a seat's last model again when nothing it sees changed). */
const modelMemo = new WeakMap<RoomModel, WireModel>();

/** The wire form of a model: plain JSON, derivable parts left out. Shares packed parts with other wire models (never change either). */
export function packModel(model: RoomModel): WireModel {
  const hit = modelMemo.get(model);
  if (hit) return hit;
  const out: Record<string, unknown> = {};
  const turn = model.view?.turn;
  for (const [k, v] of Object.entries(model)) {
    if (v === undefined) continue;
    if (k === "view") out[k] = v === null ? null : packView(v as GameView);
    else if (k === "chat") out[k] = packChat(v as ChatLine[]);
    else if (k === "orders") out[k] = packOrderSets(v as Record<string, object[]>, turn);
    else out[k] = plain(v);
  }
  modelMemo.set(model, out as WireModel);
  return out as WireModel;
}

/** An event as it travels: what its code gives left out (a new object). */
function packEvent(e: GameEvent): Record<string, unknown> {
  const w = json(e) as unknown as Record<string, unknown>;
  if (e.kind === eventKind(e.code)) delete w.kind;
  const derived = eventSources(e);
  if (derived && e.sources === undefined) w.sources = null;
  else if (derived && same(derived, e.sources)) delete w.sources;
  if (e.nation === null) delete w.nation;
  return w;
}

/** The event a packed event stands for. */
function unpackEvent(w: Record<string, unknown>): GameEvent {
  const e = { ...w } as Record<string, unknown> & GameEvent;
  if (!("nation" in w)) e.nation = null;
  if (!("kind" in w)) e.kind = eventKind(e.code);
  if (w.sources === null) delete e.sources;
  else if (!("sources" in w)) {
    const s = eventSources(e);
    if (s) e.sources = [...s];
  }
  return e;
}

/** The model a wire form stands for (the inverse of packModel; the input is not changed). */
export function unpackModel(wire: WireModel): RoomModel {
  const w = wire as unknown as RoomModel;
  const chat = putKey(putRepeat(putRepeat(w.chat, "turn"), "id", 1), "to", () => "all");
  const m: RoomModel = { ...w, chat };
  const view = m.view;
  if (!view) return m;
  const orders = Object.fromEntries(Object.entries(m.orders).map(([n, list]) => [n, putKey(list, "turn", () => view.turn)]));
  const ownList = view.own.map((n) => ({ ...unpackOwn(n), lastOrders: putKey(n.lastOrders, "turn", () => view.turn - 1) }));
  const own = new Map(ownList.map((n) => [n.id, n]));
  const nations = (view.nations as (PublicNation | { id: string; $own: 1 })[]).map((w): PublicNation => {
    if ("$own" in w) return publicNation(json(own.get(w.id)!), view.finished);
    const p = unpackPublicLists(w, w.id);
    const last = p.history[p.history.length - 1];
    if (!last) return p;
    const full: Record<string, unknown> = { ...p };
    for (const f of FROM_HISTORY) if (!(f in full)) full[f] = last[f];
    return full as unknown as PublicNation;
  });
  const news = putRepeat(view.news as unknown as Record<string, unknown>[], "turn").map(unpackEvent);
  return { ...m, orders, view: { ...view, own: ownList, nations, news } };
}

function isObject(v: unknown): v is Record<string, Json> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Operations with absolute paths, as the diff builds them; `weight` is the operation's share of size() once counted in full. */
type Op = { code: 0 | 1 | 2; path: (string | number)[]; value?: Json; weight?: number };

const lengthMemo = new WeakMap<object, number>();

/**
 * The length of a value's JSON text, counted without writing it, or any figure above `cap` once the count passes it;
 * a complete count is memoised per object (wire models are never changed).
 */
function jsonLength(v: Json, cap = Infinity): number {
  if (v === undefined) return 4; // "null" in a list
  if (typeof v !== "object" || v === null) return JSON.stringify(v).length;
  const hit = lengthMemo.get(v);
  if (hit !== undefined) return hit;
  let n = 2;
  if (Array.isArray(v)) {
    for (const x of v) {
      n += jsonLength(x, cap - n) + 1;
      if (n > cap) return n;
    }
    if (v.length > 0) n -= 1;
  } else {
    let keys = 0;
    // Object.keys, not entries: no [key, value] pair allocated per field (the order is the same, JSON.stringify's).
    for (const k of Object.keys(v)) {
      const x = v[k];
      if (x === undefined) continue;
      n += k.length + 3 + jsonLength(x, cap - n) + 1;
      if (n > cap) return n;
      keys++;
    }
    if (keys > 0) n -= 1;
  }
  lengthMemo.set(v, n);
  return n;
}

/**
 * The size of a patch as the diff weighs it, counted up to `cap` (past it, any figure above `cap`). An operation's
 * weight is kept once counted in full: a nested list's operations are weighed again by every list around it.
 */
function size(ops: Op[], cap = Infinity): number {
  let n = 0;
  for (const o of ops) {
    let w = o.weight;
    if (w === undefined) {
      const base = 4 + o.path.length * 2;
      w = base + (o.value === undefined ? 0 : jsonLength(o.value, cap - n - base));
      if (n + w <= cap) o.weight = w;
    }
    n += w;
    if (n > cap) return n;
  }
  return n;
}

/**
 * Whether two wire values have the same JSON text, compared part by part and stopping at the first difference
 * (writing the texts cost a quarter of a resolution's diff: whole nations, only to find that they differ).
 * Wire values are plain JSON; as in JSON text, a list's missing item counts as null and an object's undefined field
 * as absent, and primitives are compared by their text.
 */
function sameText(a: Json | undefined, b: Json | undefined): boolean {
  if (a === b) return true;
  const objA = typeof a === "object" && a !== null;
  const objB = typeof b === "object" && b !== null;
  if (!objA || !objB) return !objA && !objB && JSON.stringify(a) === JSON.stringify(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameText(a[i] ?? null, b[i] ?? null)) return false;
    return true;
  }
  const ka = Object.keys(a).filter((k) => a[k] !== undefined);
  const kb = Object.keys(b).filter((k) => b[k] !== undefined);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i] || !sameText(a[ka[i]], b[kb[i]])) return false;
  return true;
}

/** The index of `x` in `list` between `from` and `to` (excluded): by reference first, then by JSON text; -1 when absent. */
function findItem(list: Json[], x: Json, from: number, to: number): number {
  const end = Math.min(to, list.length);
  for (let i = from; i < end; i++) if (list[i] === x) return i;
  for (let i = from; i < end; i++) if (sameText(list[i], x)) return i;
  return -1;
}

function diffArray(a: Json[], b: Json[], path: (string | number)[], out: Op[]): void {
  // Element by element: replace what differs, add the tail, remove the extra from the end.
  const direct: Op[] = [];
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) diff(a[i], b[i], [...path, i], direct);
  for (let i = a.length; i < b.length; i++) direct.push({ code: 0, path: [...path, i], value: b[i] });
  for (let i = a.length - 1; i >= b.length; i--) direct.push({ code: 1, path: [...path, i] });
  if (direct.length === 0) return;
  let best = direct;
  let bestSize = size(direct);
  const consider = (c: Op[]): void => {
    const n = size(c, bestSize);
    if (n < bestSize) [best, bestSize] = [c, n];
  };
  // The first k elements dropped (a list that keeps only its latest entries), then element by element.
  if (a.length > 0 && b.length > 0 && a[0] !== b[0] && !sameText(a[0], b[0])) {
    // The new first entry may differ from the one it was (it carries what its predecessor gave), so the second is matched too.
    let k = findItem(a, b[0], 1, 33);
    if (k < 0 && b.length > 1) k = findItem(a, b[1], 2, 34) - 1;
    if (k > 0) {
      const shifted: Op[] = [];
      for (let i = 0; i < k; i++) shifted.push({ code: 1, path: [...path, 0] });
      diffArray(a.slice(k), b, path, shifted);
      consider(shifted);
    }
  }
  consider([{ code: 2, path, value: b }]);
  out.push(...best);
}

function diff(a: Json, b: Json, path: (string | number)[], out: Op[]): void {
  if (a === b) return;
  if (Array.isArray(a) && Array.isArray(b)) return diffArray(a, b, path, out);
  if (isObject(a) && isObject(b)) {
    for (const k of Object.keys(a)) if (!(k in b)) out.push({ code: 1, path: [...path, k] });
    for (const k of Object.keys(b)) {
      if (k in a) {
        if (a[k] !== b[k]) diff(a[k], b[k], [...path, k], out);
      } else out.push({ code: 0, path: [...path, k], value: b[k] });
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
