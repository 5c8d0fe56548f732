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
import { hideUnsettledSecrets } from "./secrecy";
import { checkStatus, seatChecks } from "./check";
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

/** The read model of the seat `seatId` (a seat not in the match sees what a projector sees). */
export function matchView(m: Match, seatId: string): RoomModel {
  const seat = seatById(m, seatId);
  const nations = visibleNations(m, seat);
  // Once the match has ended (however it ended: last turn or the facilitator's "End game") secrets are revealed to all.
  const view: GameView = hideUnsettledSecrets(viewFor(liveState(m), engineSeat(seat), { copy: false, reveal: m.phase === "ended" }), m, seat);
  const orders: Record<string, Order[]> = Object.fromEntries(nations.map((n) => [n, ordersOf(m, n)]));
  // Who answered the check, per player: the facilitator's console only (players see only their own status, never answers).
  const checks = seat?.role === "facilitator" ? seatChecks(m) : undefined;
  const seats: SeatInfo[] = m.seats.map((s) => ({
    sessionId: s.sessionId,
    name: s.name,
    role: s.role,
    nation: s.nation,
    connected: s.connected,
    ...(s.waiting ? { waiting: true, ...(s.since ? { since: s.since } : {}), ...(s.wants ? { wants: s.wants } : {}) } : {}),
    ...(checks?.has(s.seatId) ? { check: checks.get(s.seatId)! } : {}),
  }));
  return {
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
    fullNations: fullNations(m),
    seats,
    readyNations: m.state.order.filter((n) => m.ready.includes(n)),
    aiNations: aiNations(m),
    you: { sessionId: seat?.sessionId ?? "", role: seat?.role ?? "projector", nation: seat?.nation ?? null, name: seat?.name ?? "" },
    view,
    orders,
    chat: chatFor(m, nations),
    deals: proposalsFor(m, nations),
    check: checkStatus(m, seat),
    signedDeals: signedDeals(m),
  };
}
