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
import { requestAddress } from "../http/client-address";
import type { RequestLike } from "../http/client-address";
import { serverSettings } from "../settings";

/** What the static onAuth hands to the reservation: the address the request came from. */
export interface ReservationAuth {
  address: string;
}

let joinLimiter: AddressLimiter | undefined;

/**
 * The static (matchmaking) onAuth: a per-address budget of reservations that claim no seat (no token, no
 * facilitator key; a false claim is checked by the room's onAuth); answers the address. `req` is the HTTP
 * request of the reservation: its socket address, or X-Forwarded-For only under TRUST_PROXY (client-address.ts).
 */
export function checkReservationRate(options: unknown, req: RequestLike | undefined): ReservationAuth {
  const s = serverSettings();
  joinLimiter ??= new AddressLimiter(s.joinsPerSecond, s.joinBurst);
  const address = requestAddress(req);
  const o = (options ?? {}) as { seatToken?: unknown; role?: unknown; facilitatorKey?: unknown };
  const claimsSeat = typeof o.seatToken === "string" || (o.role === "facilitator" && typeof o.facilitatorKey === "string");
  if (!claimsSeat && !joinLimiter.take(address)) {
    throw new ServerError(ErrorCode.MATCHMAKE_UNHANDLED, `Too many joins from this address: try again in ${joinLimiter.retryAfterSeconds()} seconds.`);
  }
  return { address };
}

/** An opaque key of an address for one game (stored in the match log instead of the address). */
export function addressKey(code: string, address: string): string {
  return createHash("sha256").update(`${code}|${address}`).digest("base64url").slice(0, 12);
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
