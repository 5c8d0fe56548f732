/** Seat rules: joining, connecting, choosing a nation, the facilitator moving or removing people, team size. */
import type { Role } from "../protocol/room-model";
import type { MatchEffect } from "./effects";
import type { Match, MatchSeat } from "./state";
import { playersOf } from "./state";
import type { Outcome, Refusal } from "./refusal";
import { DONE, refuse } from "./refusal";

/** Whether a new connection with this role may join (players are refused while seating is locked). */
export function canJoin(m: Match, role: Role): Refusal | null {
  return role === "player" && m.locked ? refuse("forbidden", "seat/locked", "The facilitator has locked this game: no new players.") : null;
}

/** The name a new seat gets when it gives none. */
export function defaultSeatName(m: Match, role: Role): string {
  return role === "projector" ? "Projector" : role === "facilitator" ? "Facilitator" : `Player ${m.seats.filter((s) => s.role === "player").length + 1}`;
}

/** The seat a connection's session id holds (now or last). */
export function seatBySession(m: Match, sessionId: string): MatchSeat | undefined {
  return sessionId ? m.seats.find((s) => s.sessionId === sessionId) : undefined;
}

/** Add a new seat (d is a draft). */
export function join(d: Match, seatId: string, name: string, role: Role, fx: MatchEffect[]): Outcome {
  if (d.seats.some((s) => s.seatId === seatId)) return refuse("forbidden", "seat/exists", `Seat "${seatId}" already exists.`, { seatId });
  const gate = canJoin(d, role);
  if (gate) return gate;
  d.seats.push({ seatId, name, role, nation: null, sessionId: "", connected: false });
  fx.push({ kind: "seat", seatId });
  return DONE;
}

/** Put `seat` in `nation` (or out of any) if the team has room. */
export function seatIn(d: Match, seat: MatchSeat, nation: string | null, fx: MatchEffect[]): Outcome {
  if (nation !== null && !d.state.nations[nation]) return refuse("not_found", "nation/unknown", `There is no nation "${nation}" in this game.`, { nation });
  if (nation !== null && nation !== seat.nation && playersOf(d, nation).length >= d.settings.teamSize) {
    return refuse("forbidden", "seat/team_full", `${d.state.nations[nation].name} already has ${d.settings.teamSize} player(s).`, { nation, teamSize: d.settings.teamSize });
  }
  seat.nation = nation;
  fx.push({ kind: "seat", seatId: seat.seatId });
  return DONE;
}

/** A player takes a seat in a nation (lobby only once seated), or leaves it with null. */
export function chooseSeat(d: Match, seat: MatchSeat, nation: string | null, fx: MatchEffect[]): Outcome {
  if (seat.role !== "player") return refuse("forbidden", "seat/not_player", "Only players sit in a nation.");
  if (d.phase === "ended") return refuse("not_in_phase", "phase/ended", "The game has ended.");
  if (d.locked) return refuse("forbidden", "seat/locked", "The facilitator has locked the seating.");
  if (d.phase !== "lobby" && seat.nation !== null) return refuse("not_in_phase", "seat/change_outside_lobby", "You can change nation only in the lobby; ask the facilitator.");
  return seatIn(d, seat, nation, fx);
}

/** Facilitator: move a player (by session id) to a nation, or out of any. */
export function moveSeat(d: Match, sessionId: string, nation: string | null, fx: MatchEffect[]): Outcome {
  const seat = seatBySession(d, sessionId);
  if (!seat) return refuse("not_found", "seat/unknown_session", `No seat has session "${sessionId}".`, { sessionId });
  if (seat.role !== "player") return refuse("forbidden", "seat/not_player", "Only players sit in a nation.");
  return seatIn(d, seat, nation, fx);
}

/** Facilitator: remove a seat for good. */
export function kick(d: Match, sessionId: string, fx: MatchEffect[]): Outcome {
  const seat = seatBySession(d, sessionId);
  if (!seat) return refuse("not_found", "seat/unknown_session", `No seat has session "${sessionId}".`, { sessionId });
  if (seat.role === "facilitator") return refuse("forbidden", "seat/kick_facilitator", "A facilitator cannot be kicked.");
  d.seats = d.seats.filter((s) => s !== seat);
  delete d.chatBuckets[seat.seatId];
  fx.push({ kind: "seat_removed", seatId: seat.seatId });
  return { ok: true, id: seat.seatId };
}
