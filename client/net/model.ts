/** Builds the RoomModel (the UI's read model) from the synchronised room state, parsing each JSON field once. */
import type { ActiveDeal, PromiseEntry } from "../../shared/engine/deals";
import type { RoomState } from "../../server/schema/room-state";
import type { ChatLine, DealProposal, Phase, Role, RoomModel, SeatInfo } from "../../shared/protocol/room-model";
import type { GameView, PublicNation, Seat } from "../../shared/engine/view";
import type { GameEvent, Market, Nation } from "../../shared/engine/state";
import type { Order } from "../../shared/protocol/orders";
import { joinJson } from "../../shared/protocol/json-parts";

/** Static world data (see server/sync/project-world.ts). */
interface WorldJson {
  scenarioId: string;
  maxTurns: number;
  nationOrder: string[];
  catalogue: GameView["catalogue"];
  scoring: GameView["scoring"];
}

type SeqEvent = GameEvent & { seq: number };

/** Parses JSON strings, reusing the last result while the string is unchanged. */
export class JsonCache {
  private readonly cache = new Map<string, { text: string; value: unknown }>();

  /** The parsed value of `text` (kept under `key`), or `fallback` when it cannot be parsed. */
  parse<T>(key: string, text: string | undefined, fallback: T): T {
    if (!text) return fallback;
    const hit = this.cache.get(key);
    if (hit && hit.text === text) return hit.value as T;
    try {
      const value = JSON.parse(text) as T;
      this.cache.set(key, { text, value });
      return value;
    } catch {
      return fallback;
    }
  }

  /** The value joined from a map of JSON parts (shared/protocol/json-parts.ts), reused while no part changed. */
  parts<T>(key: string, map: { forEach(cb: (value: string, key: string) => void): void } | [string, string][] | undefined, root: "object" | "array", fallback: T): T {
    if (!map) return fallback;
    const entries: [string, string][] = [];
    if (Array.isArray(map)) entries.push(...map);
    else map.forEach((v, k) => entries.push([k, v]));
    if (entries.length === 0) return fallback;
    entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const sig = entries.map(([k, v]) => `${k}\u0000${v}`).join("\u0001");
    const hit = this.cache.get(key);
    if (hit && hit.text === sig) return hit.value as T;
    const value = joinJson(entries.map(([k, v]) => [k, this.parse<unknown>(`${key}|${k}`, v, null)]), root) as T;
    this.cache.set(key, { text: sig, value });
    return value;
  }
}

/** Who this connection is. */
export interface Identity {
  sessionId: string;
  role: Role;
  name: string;
}

/** An empty model for before the first state arrives. */
export function emptyModel(code: string, me: Identity): RoomModel {
  return {
    code, scenarioName: "", phase: "lobby", paused: false, locked: false, deadline: 0, remainingMs: 0, turnSeconds: 0,
    seats: [], readyNations: [], aiNations: [], you: { ...me, nation: null }, view: null, orders: {}, chat: [], deals: [],
  };
}

function stripSeq(e: SeqEvent): GameEvent {
  const { seq: _seq, ...rest } = e;
  return rest;
}

/** Build the model from the decoded state. */
export function buildModel(state: RoomState | undefined, me: Identity, json: JsonCache): RoomModel | null {
  if (!state || !state.code) return null;
  const seats: SeatInfo[] = [];
  state.seats?.forEach((s) => seats.push({ sessionId: s.sessionId, name: s.name, role: s.role as Role, nation: s.nation || null, connected: s.connected }));
  const mine = seats.find((s) => s.sessionId === me.sessionId);
  const you = { sessionId: me.sessionId, role: mine?.role ?? me.role, nation: mine?.nation ?? null, name: mine?.name ?? me.name };

  const world = json.parse<WorldJson | null>("world", state.worldJson, null);
  const order = world?.nationOrder ?? [...(state.nations?.keys() ?? [])];
  const own: Nation[] = [];
  const orders: Record<string, Order[]> = {};
  const news: SeqEvent[] = [...json.parts<SeqEvent[]>("news", state.news, "array", [])];
  const chatById = new Map<number, ChatLine>();
  state.chat?.forEach((c) => chatById.set(c.id, { id: c.id, turn: c.turn, from: c.from, fromName: c.fromName, to: c.to, text: c.text }));
  const dealsById = new Map<string, DealProposal>();
  const activeById = new Map<string, ActiveDeal>();
  const promises = new Map<string, PromiseEntry>();
  const secretParts = new Map<string, [string, string][]>();
  state.secretParts?.forEach((p) => {
    if (p.json === "") return;
    const k = `${p.nation}/${p.field}`;
    let list = secretParts.get(k);
    if (!list) secretParts.set(k, (list = []));
    list.push([p.key, p.json]);
  });
  const partsOf = (nation: string, field: string): [string, string][] => secretParts.get(`${nation}/${field}`) ?? [];
  for (const id of order) {
    const sec = state.secrets?.get(id);
    if (!sec) continue;
    const nation = json.parts<Nation | null>(`own:${id}`, partsOf(id, "own"), "object", null);
    if (nation && nation.id) own.push(nation);
    orders[id] = sec.ordersTurn === state.turn ? json.parse<Order[]>(`orders:${id}`, sec.ordersJson, []) : [];
    news.push(...json.parts<SeqEvent[]>(`news:${id}`, partsOf(id, "news"), "array", []));
    for (const line of json.parts<ChatLine[]>(`chat:${id}`, partsOf(id, "chat"), "array", [])) chatById.set(line.id, line);
    for (const d of json.parts<DealProposal[]>(`deals:${id}`, partsOf(id, "deals"), "array", [])) dealsById.set(d.id, d);
    for (const d of json.parts<ActiveDeal[]>(`active:${id}`, partsOf(id, "active"), "array", [])) activeById.set(d.id, d);
    for (const p of json.parts<PromiseEntry[]>(`promises:${id}`, partsOf(id, "promises"), "array", [])) promises.set(`${p.dealId}/${p.text}`, p);
  }
  const seenSeq = new Set<number>();
  const newsSorted = news.filter((e) => !seenSeq.has(e.seq) && seenSeq.add(e.seq)).sort((a, b) => a.seq - b.seq).map(stripSeq);

  const seat: Seat = you.role === "facilitator" ? { kind: "facilitator" } : you.role === "player" && you.nation ? { kind: "nation", nation: you.nation } : { kind: "public" };
  const nations = order.map((id) => json.parts<PublicNation | null>(`pub:${id}`, state.nations?.get(id)?.pub, "object", null)).filter((n): n is PublicNation => n !== null);
  const view: GameView | null = world
    ? {
        seat, scenarioId: world.scenarioId, turn: state.turn, maxTurns: world.maxTurns,
        quarter: { year: state.year, q: state.quarter as 1 | 2 | 3 | 4 }, finished: state.finished,
        catalogue: world.catalogue, scoring: world.scoring, market: json.parse<Market>("market", state.marketJson, {} as Market),
        nations, own, news: newsSorted, deals: [...activeById.values()], promises: [...promises.values()],
      }
    : null;

  return {
    code: state.code, scenarioName: state.scenarioName, phase: state.phase as Phase, paused: state.paused, locked: state.locked,
    deadline: state.deadline, remainingMs: state.remainingMs, turnSeconds: state.turnSeconds, seats,
    readyNations: json.parse<string[]>("ready", state.readyJson, []), aiNations: json.parse<string[]>("ai", state.aiJson, []),
    you, view, orders, chat: [...chatById.values()].sort((a, b) => a.id - b.id),
    deals: [...dealsById.values()],
  };
}
