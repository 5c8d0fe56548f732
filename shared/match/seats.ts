/** Seat rules: joining, connecting, choosing a nation, the facilitator moving or removing people, team size. */
import type { Role } from "../protocol/room-model";
import type { MatchEffect, SeatRemoval } from "./effects";
import type { Match, MatchSeat } from "./state";
import { playersOf } from "./state";
import type { Outcome, Refusal } from "./refusal";
import { DONE, refuse } from "./refusal";

/** Names that are the default of a nameless seat ("Player 3"): never kept out, a later newcomer may get the same. */
const DEFAULT_NAME = /^player \d+$/;

/** The key a name is kept out by. */
function nameKey(name: string): string {
  return name.trim().toLowerCase();
}

/** Whether a new connection with this role (and name) may join: players are refused while seating is locked, and a name the facilitator removed stays out. */
export function canJoin(m: Match, role: Role, name?: string): Refusal | null {
  if (role === "player" && m.locked) return refuse("forbidden", "seat/locked");
  if (role === "player" && name !== undefined && m.keptOut?.names.includes(nameKey(name))) return refuse("forbidden", "seat/kept_out");
  return null;
}

/** True when a new player seat must wait for the facilitator: the game has started, or it comes from a removed player's address. */
export function needsApproval(m: Match, role: Role, address?: string): boolean {
  return role === "player" && (m.phase !== "lobby" || (address !== undefined && (m.keptOut?.addresses.includes(address) ?? false)));
}

/** The name a new seat gets when it gives none. */
export function defaultSeatName(m: Match, role: Role): string {
  return role === "projector" ? "Projector" : role === "facilitator" ? "Facilitator" : `Player ${m.seats.filter((s) => s.role === "player").length + 1}`;
}

/** The seat a connection's session id holds (now or last). */
export function seatBySession(m: Match, sessionId: string): MatchSeat | undefined {
  return sessionId ? m.seats.find((s) => s.sessionId === sessionId) : undefined;
}

/** Add a new seat (d is a draft); a newcomer to a started game waits for the facilitator's approval (since `now`). */
export function join(d: Match, seatId: string, name: string, role: Role, fx: MatchEffect[], address: string | undefined, now: number): Outcome {
  if (d.seats.some((s) => s.seatId === seatId)) return refuse("forbidden", "seat/exists", { seatId });
  const gate = canJoin(d, role, name);
  if (gate) return gate;
  const waiting = needsApproval(d, role, address);
  d.seats.push({
    seatId,
    name,
    role,
    nation: null,
    sessionId: "",
    connected: false,
    ...(waiting ? { waiting, since: now } : {}),
    ...(address ? { address } : {}),
  });
  fx.push({ kind: "seat", seatId });
  return DONE;
}

/** True when `nation`'s team is at the match's team limit (settings.teamSize): the server seats nobody else there and the client shows it "(full)". */
export function teamFull(m: Match, nation: string): boolean {
  return playersOf(m, nation).length >= m.settings.teamSize;
}

/** The nations whose team is at its limit, in the match's nation order. */
export function fullNations(m: Match): string[] {
  return m.state.order.filter((n) => teamFull(m, n));
}

/** Put `seat` in `nation` (or out of any) if the team has room. */
export function seatIn(d: Match, seat: MatchSeat, nation: string | null, fx: MatchEffect[]): Outcome {
  if (nation !== null && !d.state.nations[nation]) return refuse("not_found", "nation/unknown", { nation });
  if (nation !== null && nation !== seat.nation && teamFull(d, nation)) {
    return refuse("forbidden", "seat/team_full", { nation, teamSize: d.settings.teamSize, nationName: d.state.nations[nation].name });
  }
  // A player who comes from no nation after the first check closed (turn 1 resolved) is a late joiner: their first check opens on arrival (check.ts).
  if (nation !== null && seat.nation === null && seat.seatedTurn === undefined && !preWindow(d)) seat.seatedTurn = d.state.turn;
  seat.nation = nation;
  fx.push({ kind: "seat", seatId: seat.seatId });
  return DONE;
}

/** True while the room's first check is open: the lobby, and turn 1 until it resolves. */
function preWindow(d: Match): boolean {
  return d.phase === "lobby" || (d.state.turn === 1 && (d.phase === "briefing" || d.phase === "orders"));
}

/** A player takes a seat in a nation (lobby only once seated), or leaves it with null; a newcomer waiting at the door only says which nation they would like. */
export function chooseSeat(d: Match, seat: MatchSeat, nation: string | null, fx: MatchEffect[]): Outcome {
  if (seat.role !== "player") return refuse("forbidden", "seat/not_player");
  if (d.phase === "ended") return refuse("not_in_phase", "phase/ended");
  if (d.locked) return refuse("forbidden", "seat/locked");
  if (seat.waiting) {
    if (nation !== null && !d.state.nations[nation]) return refuse("not_found", "nation/unknown", { nation });
    if (nation === null) delete seat.wants;
    else seat.wants = nation;
    fx.push({ kind: "seat", seatId: seat.seatId });
    return DONE;
  }
  if (d.phase !== "lobby" && seat.nation !== null) return refuse("not_in_phase", "seat/change_outside_lobby");
  return seatIn(d, seat, nation, fx);
}

/** Facilitator: move a player (by session id) to a nation, or out of any. */
export function moveSeat(d: Match, sessionId: string, nation: string | null, fx: MatchEffect[]): Outcome {
  const seat = seatBySession(d, sessionId);
  if (!seat) return refuse("not_found", "seat/unknown_session", { sessionId });
  if (seat.role !== "player") return refuse("forbidden", "seat/not_player");
  const r = seatIn(d, seat, nation, fx);
  if (r.ok) letIn(seat);
  return r;
}

/** A waiting newcomer is in: the waiting marks go. */
function letIn(seat: MatchSeat): void {
  delete seat.waiting;
  delete seat.since;
  delete seat.wants;
}

function removeSeat(d: Match, seat: MatchSeat, fx: MatchEffect[], why: SeatRemoval): void {
  d.seats = d.seats.filter((s) => s !== seat);
  delete d.chatBuckets[seat.seatId];
  fx.push({ kind: "seat_removed", seatId: seat.seatId, why });
}

/** Facilitator: remove a seat for good, and keep its name (unless a default one) and its address out (an address only to the waiting list). */
export function kick(d: Match, sessionId: string, fx: MatchEffect[]): Outcome {
  const seat = seatBySession(d, sessionId);
  if (!seat) return refuse("not_found", "seat/unknown_session", { sessionId });
  if (seat.role === "facilitator") return refuse("forbidden", "seat/kick_facilitator");
  removeSeat(d, seat, fx, "kicked");
  const out = d.keptOut ?? { names: [], addresses: [] };
  const name = nameKey(seat.name);
  d.keptOut = {
    names: DEFAULT_NAME.test(name) || out.names.includes(name) ? out.names : [...out.names, name],
    addresses: !seat.address || out.addresses.includes(seat.address) ? out.addresses : [...out.addresses, seat.address],
  };
  return { ok: true, id: seat.seatId };
}

/** Facilitator: let a waiting newcomer in (into the nation they asked for when it has room), or turn them away (the seat is removed, nothing kept out). */
export function admit(d: Match, sessionId: string, accept: boolean, fx: MatchEffect[]): Outcome {
  const seat = seatBySession(d, sessionId);
  if (!seat) return refuse("not_found", "seat/unknown_session", { sessionId });
  if (!seat.waiting) return refuse("not_in_phase", "seat/not_waiting", { seat: seat.name });
  if (!accept) {
    removeSeat(d, seat, fx, "turned_away");
    return DONE;
  }
  const wants = seat.wants;
  letIn(seat);
  if (wants && d.phase !== "ended" && seat.role === "player" && !teamFull(d, wants)) seatIn(d, seat, wants, fx);
  else fx.push({ kind: "seat", seatId: seat.seatId });
  return DONE;
}

/** A connection closed for good: a seat holding no nation (a projector, a newcomer, a player who never chose) is pruned; a nation's player keeps theirs. */
export function departed(d: Match, seat: MatchSeat, fx: MatchEffect[]): void {
  if (seat.role === "facilitator" || (seat.role === "player" && seat.nation !== null)) return;
  removeSeat(d, seat, fx, "departed");
}
