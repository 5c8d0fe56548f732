/** What an intent or a tick did that the server must act on outside the match (store, send, disconnect). */
import type { EventCard, GameEvent } from "../engine/state";
import type { DealTerms } from "../protocol/deals";
import type { Order } from "../protocol/orders";
import type { ChatLine } from "../protocol/room-model";

/** One effect. */
export type MatchEffect =
  /** A turn was resolved with these order sets, injects and deals (the replay log entry) and produced these events. */
  | { kind: "resolved"; turn: number; orders: Record<string, Order[]>; injects: EventCard[]; deals: DealTerms[]; events: GameEvent[] }
  /** A chat line was added. */
  | { kind: "chat"; line: ChatLine }
  /** A seat was added or changed (name, role or nation). */
  | { kind: "seat"; seatId: string }
  /** A seat was removed for good (its connection must be closed, telling why: kicked, turned away at the door, or gone). */
  | { kind: "seat_removed"; seatId: string; why: SeatRemoval };

/** Why a seat was removed. */
export type SeatRemoval = "kicked" | "turned_away" | "departed";
