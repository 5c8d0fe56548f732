/**
 * Who gets into a room, as pure rules the server applies (server/rooms/reservations.ts):
 * - a seat reservation (the HTTP step before the WebSocket) never locks anyone out: anonymous reservations
 *   (no valid seat token, no facilitator key) are limited per address and per room, and the oldest one gives
 *   way to a new one instead of the new one being refused, so a burst that never opens a socket only churns
 *   its own reservations; the facilitator and seat holders rejoining with their token are never counted;
 * - new seats are capped: projector/viewer seats separately from players, and players without a nation yet
 *   (newcomers) at a number that leaves every nation's seats free for the expected players.
 * Limits are deployment settings (server/settings.ts), not game figures.
 */
import type { Role } from "../protocol/room-model";
import type { Match } from "./state";
import type { Refusal } from "./refusal";
import { refuse } from "./refusal";

/** An anonymous seat reservation not yet used: its session id, the address key it came from, and when. */
export interface PendingReservation {
  sessionId: string;
  address: string;
  at: number;
}

/** Most anonymous reservations pending at once from one address and in one room. */
export interface ReservationLimits {
  perAddress: number;
  perRoom: number;
}

/** The pending reservations to cancel (oldest first) so a new anonymous one from `address` fits both limits. */
export function reservationsToEvict(pending: readonly PendingReservation[], address: string, limits: ReservationLimits): string[] {
  const byAge = [...pending].sort((a, b) => a.at - b.at);
  const out = new Set<string>();
  const mine = byAge.filter((p) => p.address === address);
  for (let i = 0; i <= mine.length - Math.max(1, limits.perAddress); i++) out.add(mine[i].sessionId);
  const left = byAge.filter((p) => !out.has(p.sessionId));
  for (let i = 0; i <= left.length - Math.max(1, limits.perRoom); i++) out.add(left[i].sessionId);
  return [...out];
}

/** Most projector/viewer seats, and most players without a nation yet, a room holds at once. */
export interface SeatLimits {
  projectors: number;
  newcomers: number;
}

/** Why a new seat with this role cannot be added now (null when it can): the facilitator is never capped. */
export function seatCapRefusal(m: Match, role: Role, limits: SeatLimits): Refusal | null {
  if (role === "projector" && m.seats.filter((s) => s.role === "projector").length >= limits.projectors) {
    return refuse("forbidden", "seat/projectors_full", { max: limits.projectors, projectors: limits.projectors });
  }
  if (role === "player" && m.seats.filter((s) => s.role === "player" && s.nation === null).length >= limits.newcomers) {
    return refuse("forbidden", "seat/newcomers_full", { max: limits.newcomers, newcomers: limits.newcomers });
  }
  return null;
}
