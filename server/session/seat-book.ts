/** The seats of one game: who sits where, by token (secret), seat id (public) and live session id. */
import type { Role } from "../../shared/protocol/room-model";
import type { SeatRecord } from "../store/records";

/** A seat with its live connection. */
export interface LiveSeat extends SeatRecord {
  /** Session id of the connection holding the seat ("" when none ever did since boot). */
  sessionId: string;
  connected: boolean;
}

/** Every seat of a game, indexed three ways. */
export class SeatBook {
  private readonly byTokenMap = new Map<string, LiveSeat>();

  constructor(records: SeatRecord[] = []) {
    for (const r of records) this.byTokenMap.set(r.token, { ...r, sessionId: "", connected: false });
  }

  /** Add a seat. */
  add(seat: LiveSeat): void {
    this.byTokenMap.set(seat.token, seat);
  }

  /** Remove a seat (kick). */
  remove(token: string): void {
    this.byTokenMap.delete(token);
  }

  /** The seat holding this secret token. */
  byToken(token: string): LiveSeat | undefined {
    return this.byTokenMap.get(token);
  }

  /** The seat held (now or last) by this session. */
  bySession(sessionId: string): LiveSeat | undefined {
    if (!sessionId) return undefined;
    for (const s of this.byTokenMap.values()) if (s.sessionId === sessionId) return s;
    return undefined;
  }

  /** Every seat. */
  all(): LiveSeat[] {
    return [...this.byTokenMap.values()];
  }

  /** Player seats of a nation (connected or not). */
  playersOf(nation: string): LiveSeat[] {
    return this.all().filter((s) => s.role === "player" && s.nation === nation);
  }

  /** True when at least one player of the nation is connected. */
  hasConnectedPlayer(nation: string): boolean {
    return this.playersOf(nation).some((s) => s.connected);
  }

  /** Number of seats with this role. */
  count(role: Role): number {
    return this.all().filter((s) => s.role === role).length;
  }
}
