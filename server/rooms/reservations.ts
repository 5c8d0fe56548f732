/**
 * Seat reservations that cannot starve a room (the rules are shared/match/admission.ts): a per-address rate
 * limit on the matchmaking request, and the room's own book of pending anonymous reservations, whose oldest
 * gives way to a new one. Colyseus 0.16 internals used here, in this file only: Room._reserveSeat (wrapped),
 * reservedSeats / reservedSeatTimeouts / _decrementClientCount (to cancel a reservation).
 */
import { createHash } from "node:crypto";
import { ServerError, ErrorCode } from "@colyseus/core";
import type { PendingReservation, ReservationLimits } from "../../shared/match/admission";
import { reservationsToEvict } from "../../shared/match/admission";
import { AddressLimiter } from "../http/address-limits";
import { serverSettings } from "../settings";

/** What the static onAuth hands to the reservation: the address the request came from. */
export interface ReservationAuth {
  address: string;
}

let joinLimiter: AddressLimiter | undefined;

/** The static (matchmaking) onAuth: a per-address budget of reservations that claim no seat (no token, no facilitator key; a false claim is checked by the room's onAuth); answers the address. */
export function checkReservationRate(options: unknown, ip: unknown): ReservationAuth {
  const s = serverSettings();
  joinLimiter ??= new AddressLimiter(s.joinsPerSecond, s.joinBurst);
  const address = addressOf(ip);
  const o = (options ?? {}) as { seatToken?: unknown; role?: unknown; facilitatorKey?: unknown };
  const claimsSeat = typeof o.seatToken === "string" || (o.role === "facilitator" && typeof o.facilitatorKey === "string");
  if (!claimsSeat && !joinLimiter.take(address)) {
    throw new ServerError(ErrorCode.MATCHMAKE_UNHANDLED, `Too many joins from this address: try again in ${joinLimiter.retryAfterSeconds()} seconds.`);
  }
  return { address };
}

/** The address of a request (first of x-forwarded-for, as Colyseus reads it). */
export function addressOf(ip: unknown): string {
  const raw = Array.isArray(ip) ? String(ip[0]) : String(ip ?? "unknown");
  return raw.split(",")[0].trim() || "unknown";
}

/** An opaque key of an address for one game (stored in the match log instead of the address). */
export function addressKey(code: string, ip: unknown): string {
  return createHash("sha256")
    .update(`${code}|${addressOf(ip)}`)
    .digest("base64url")
    .slice(0, 12);
}

/** The pending anonymous reservations of one room. */
export class ReservationBook {
  private readonly pending = new Map<string, PendingReservation>();
  constructor(private readonly limits: ReservationLimits) {}

  /** Book a new anonymous reservation; returns the session ids whose reservations must be cancelled to make room. */
  book(sessionId: string, address: string, now: number, stillReserved: (sessionId: string) => boolean): string[] {
    for (const id of this.pending.keys()) if (!stillReserved(id)) this.pending.delete(id);
    const evict = reservationsToEvict([...this.pending.values()], address, this.limits);
    for (const id of evict) this.pending.delete(id);
    this.pending.set(sessionId, { sessionId, address, at: now });
    return evict;
  }

  /** A reservation was used (its client connected) or cancelled. */
  done(sessionId: string): void {
    this.pending.delete(sessionId);
  }

  /** Anonymous reservations pending now. */
  get size(): number {
    return this.pending.size;
  }
}
