/**
 * What a seat sees of the match: the client's whole read model (RoomModel), declared once. Built on the
 * engine's viewFor (through the live state, with the deals signed this turn applied): a player sees its own
 * nation's secrets, the facilitator every nation's, a projector (or a player without a nation) only the public.
 */
import type { GameView, Seat } from "../engine/view";
import { viewFor } from "../engine/view";
import type { ChatLine, DealProposal, RoomModel, SeatInfo } from "../protocol/room-model";
import type { Order } from "../protocol/orders";
import type { Match, MatchSeat } from "./state";
import { ordersOf, seatById } from "./state";
import { aiNations } from "./control";
import { liveState } from "./live";
import { recentProposals } from "./deals";
import { hideUnsettledSecrets, seatFinal } from "./secrecy";
import { checkStatus, seatChecks } from "./check";
import type { SeatCheck } from "./check";
import type { GameState } from "../engine/state";
import { fullNations } from "./seats";
import type { SignedDeal } from "./highlights";
import { SIGNED_DEALS_KEEP_TURNS } from "./highlights";

/** Public chat lines a seat receives (the latest). */
export const PUBLIC_CHAT_KEEP = 200;
/** Private chat lines a seat receives per nation it may see (the latest). */
export const PRIVATE_CHAT_KEEP = 100;

/** The engine seat of a match seat. */
export function engineSeat(seat: Pick<MatchSeat, "role" | "nation"> | undefined): Seat {
  if (seat?.role === "facilitator") return { kind: "facilitator" };
  if (seat?.role === "player" && seat.nation) return { kind: "nation", nation: seat.nation };
  return { kind: "public" };
}

/** Nations whose secrets a seat may see: its own nation, every nation for the facilitator, none for a projector. */
export function visibleNations(m: Match, seat: MatchSeat | undefined): string[] {
  if (seat?.role === "facilitator") return m.state.order;
  if (seat?.role === "player" && seat.nation) return [seat.nation];
  return [];
}

function chatFor(m: Match, nations: string[]): ChatLine[] {
  const byId = new Map<number, ChatLine>();
  for (const l of m.chat.filter((x) => x.to === "all").slice(-PUBLIC_CHAT_KEEP)) byId.set(l.id, l);
  for (const n of nations) for (const l of m.chat.filter((x) => x.to !== "all" && (x.to === n || x.from === n)).slice(-PRIVATE_CHAT_KEEP)) byId.set(l.id, l);
  return [...byId.values()].sort((a, b) => a.id - b.id);
}

function proposalsFor(m: Match, nations: string[]): DealProposal[] {
  return recentProposals(
    m.deals.filter((p) => nations.includes(p.terms.from) || nations.includes(p.terms.to)),
    m.state.turn,
  );
}

/** Deals signed in the last turns as everyone may know them (parties and turn; the terms stay with the parties). */
function signedDeals(m: Match): SignedDeal[] {
  return m.deals
    .filter((p) => p.status === "accepted" && p.turn >= m.state.turn - SIGNED_DEALS_KEEP_TURNS)
    .map((p) => ({ turn: p.turn, from: p.terms.from, to: p.terms.to }));
}

/** Views shared by every seat of one kind, per live state (a WeakMap: they go with the state). */
const gameViews = new WeakMap<GameState, Map<string, GameView>>();

/** The game view of a seat: one object per live state and seat kind (the nation it plays, facilitator, public), shared by the seats of that kind; read-only. */
function gameViewFor(m: Match, seat: MatchSeat | undefined): GameView {
  const state = liveState(m);
  const engine = engineSeat(seat);
  const reveal = m.phase === "ended";
  // hideUnsettledSecrets hides a player's own secrets while the seat is not final: a kind of its own.
  const hide = seat?.role === "player" && !seatFinal(m);
  const key = `${engine.kind === "nation" ? `n:${engine.nation}` : engine.kind}|${reveal ? 1 : 0}|${hide ? 1 : 0}`;
  let views = gameViews.get(state);
  if (!views) gameViews.set(state, (views = new Map<string, GameView>()));
  let view = views.get(key);
  if (!view) {
    // Once the match has ended (however it ended: last turn or the facilitator's "End game") secrets are revealed to all.
    view = hideUnsettledSecrets(viewFor(state, engine, { copy: false, reveal }), m, seat);
    views.set(key, view);
  }
  return view;
}

/** What every seat of a match sees alike, and what seats that see the same nations see alike, computed once per match. */
/** What seats that see the same nations see alike. */
interface ByNations {
  orders: Record<string, Order[]>;
  chat: ChatLine[];
  deals: DealProposal[];
}

interface Shared {
  seats: SeatInfo[];
  facilitatorSeats?: SeatInfo[];
  fullNations: string[];
  readyNations: string[];
  aiNations: string[];
  signedDeals: SignedDeal[];
  byNations: Map<string, ByNations>;
  /** This match's chat list (to tell whether the next match's chat is the same lines). */
  chatSource: ChatLine[];
  /** The last model built per seat id, carried from match to match (one Map a game): an unchanged model is returned again. */
  models: Map<string, RoomModel>;
  /** The shared parts of the match before (only one back: sharedOf drops that one's own). */
  last?: Shared;
}

/** Per match (matches are never changed: a change is a new match object). */
const shared = new WeakMap<Match, Shared>();

/** The last match's shared parts, by its settings object (the same object across a match's changes). */
const previous = new WeakMap<object, Shared>();

const sameItems = (a: readonly unknown[], b: readonly unknown[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
const sameFields = (a: object, b: object): boolean => {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
};
const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** True when two matches' chat lists hold the same lines: the chat only appends lines and drops the oldest, so the same length and ends say it. */
const sameChat = (a: readonly ChatLine[], b: readonly ChatLine[]): boolean => a.length === b.length && a[0] === b[0] && a[a.length - 1] === b[b.length - 1];

/** `next`, or the last match's equal part in its place: what a change leaves alone stays the same object, so packing and the diff skip it. */
function keep<T>(prev: T | undefined, next: T, same: (a: T, b: T) => boolean): T {
  return prev !== undefined && same(prev, next) ? prev : next;
}

function seatInfos(m: Match, checks?: Map<string, SeatCheck>): SeatInfo[] {
  return m.seats.map((s) => ({
    sessionId: s.sessionId,
    name: s.name,
    role: s.role,
    nation: s.nation,
    connected: s.connected,
    ...(s.waiting ? { waiting: true, ...(s.since ? { since: s.since } : {}), ...(s.wants ? { wants: s.wants } : {}) } : {}),
    ...(checks?.has(s.seatId) ? { check: checks.get(s.seatId)! } : {}),
  }));
}

function sharedOf(m: Match): Shared {
  let s = shared.get(m);
  if (!s) {
    const last = previous.get(m.settings);
    s = {
      seats: keep(last?.seats, seatInfos(m), sameJson),
      fullNations: keep(last?.fullNations, fullNations(m), sameItems),
      readyNations: keep(
        last?.readyNations,
        m.state.order.filter((n) => m.ready.includes(n)),
        sameItems,
      ),
      aiNations: keep(last?.aiNations, aiNations(m), sameItems),
      signedDeals: keep(last?.signedDeals, signedDeals(m), sameJson),
      byNations: new Map(),
      chatSource: m.chat,
      models: last?.models ?? new Map<string, RoomModel>(),
      last,
    };
    shared.set(m, s);
    previous.set(m.settings, s);
    // One match back only: the match before keeps no chain of older ones alive.
    if (last) delete last.last;
  }
  return s;
}

/** Orders, chat and deals of the seats that see `nations`, the last match's where they are unchanged. */
function byNations(m: Match, common: Shared, nations: string[]): ByNations {
  const key = nations.join(",");
  let mine = common.byNations.get(key);
  if (!mine) {
    const last = common.last?.byNations.get(key);
    const orders: Record<string, Order[]> = Object.fromEntries(nations.map((n) => [n, ordersOf(m, n)]));
    mine = {
      orders: keep(last?.orders, orders, (a, b) => Object.keys(b).every((n) => a[n] !== undefined && sameItems(a[n], b[n]))),
      chat: last && sameChat(common.last!.chatSource, m.chat) ? last.chat : keep(last?.chat, chatFor(m, nations), sameItems),
      deals: keep(last?.deals, proposalsFor(m, nations), (a, b) => a.length === b.length && a.every((x, i) => sameFields(x, b[i]))),
    };
    common.byNations.set(key, mine);
  }
  return mine;
}

/**
 * The read model of the seat `seatId` (a seat not in the match sees what a projector sees). Parts are shared
 * between seats of the same kind and calls on the same match (the game view, the seat list, chat, orders): read-only.
 */
export function matchView(m: Match, seatId: string): RoomModel {
  const seat = seatById(m, seatId);
  const nations = visibleNations(m, seat);
  const common = sharedOf(m);
  const mine = byNations(m, common, nations);
  // Who answered the check, per player: the facilitator's console only (players see only their own status, never answers).
  const seats =
    seat?.role === "facilitator" ? (common.facilitatorSeats ??= keep(common.last?.facilitatorSeats, seatInfos(m, seatChecks(m)), sameJson)) : common.seats;
  const prev = common.models.get(seatId);
  const you = { sessionId: seat?.sessionId ?? "", role: seat?.role ?? "projector", nation: seat?.nation ?? null, name: seat?.name ?? "" };
  const check = checkStatus(m, seat);
  const next: RoomModel = {
    code: m.code,
    scenarioName: m.scenarioName,
    phase: m.phase,
    paused: m.clock.paused,
    locked: m.locked,
    deadline: m.clock.paused ? 0 : m.clock.deadline,
    // What is left is the client's to count while the clock runs (deadline); the figure is news only when paused.
    remainingMs: m.clock.paused ? m.clock.remainingMs : 0,
    turnSeconds: m.settings.turnSeconds,
    teamSize: m.settings.teamSize,
    fullNations: common.fullNations,
    seats,
    readyNations: common.readyNations,
    aiNations: common.aiNations,
    you: keep(prev?.you, you, sameFields),
    view: gameViewFor(m, seat),
    orders: mine.orders,
    chat: mine.chat,
    deals: mine.deals,
    check: keep(prev?.check, check, sameJson),
    signedDeals: common.signedDeals,
  };
  // Nothing this seat sees changed: the same model again, so its packing and its diff are skipped whole.
  if (prev && sameFields(prev, next)) return prev;
  common.models.set(seatId, next);
  return next;
}
