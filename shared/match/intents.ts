/**
 * Everything a seat (or the system) can ask of a match. Shapes were already checked by the protocol's zod
 * schemas at the door; the reducer checks the rules. Messages of shared/protocol/messages.ts map 1:1 here.
 */
import type { EventCard } from "../engine/state";
import type { DealItem } from "../protocol/deals";
import type { Order } from "../protocol/orders";
import type { Role } from "../protocol/room-model";

/** Facilitator commands (only the facilitator seat may send them). */
export type FacilitatorIntent =
  | { type: "start" }
  | { type: "pause" }
  | { type: "resume" }
  | { type: "extend"; seconds: number }
  | { type: "force_resolve" }
  | { type: "lock"; locked: boolean }
  | { type: "move_seat"; sessionId: string; nation: string | null }
  | { type: "kick"; sessionId: string }
  /** Let a waiting newcomer in (accept) or turn them away (their seat is removed). */
  | { type: "admit"; sessionId: string; accept: boolean }
  | { type: "ai"; nation: string; on: boolean }
  | { type: "broadcast"; text: string }
  | { type: "end" }
  | { type: "inject"; card: EventCard; turn: number };

/** One intent. */
export type Intent =
  | { type: "join"; name: string; role: Role; address?: string }
  | { type: "connect"; sessionId: string; connected: boolean }
  | { type: "choose_seat"; nation: string | null }
  | { type: "add_order"; order: Order }
  | { type: "remove_order"; turn: number; index: number }
  | { type: "clear_orders"; turn: number }
  | { type: "ready"; turn: number; ready: boolean }
  | { type: "chat"; to: string; text: string }
  | { type: "deal_propose"; to: string; quarters: number; items: DealItem[]; replyTo?: string }
  | { type: "deal_respond"; id: string; accept: boolean }
  | { type: "restore" }
  /** Spend the seat's nation's work budget before the server answers a question (quote, licence): shared/match/budget.ts. */
  | { type: "work"; kind: "quote" | "licence" }
  | FacilitatorIntent
  | { type: "check_answer"; stage: "pre" | "post"; answers: number[] };

/** The actor of intents no seat sends (restore after a restart). */
export const SYSTEM = "system";

/** Types of the facilitator's intents. */
export const FACILITATOR_INTENTS: ReadonlySet<string> = new Set([
  "start",
  "pause",
  "resume",
  "extend",
  "force_resolve",
  "lock",
  "move_seat",
  "kick",
  "ai",
  "broadcast",
  "end",
  "inject",
  "admit",
]);

/** One entry of a match log: who asked what, when. A clock tick is logged as `{ type: "tick" }` from SYSTEM. */
export interface MatchLogEntry {
  actor: string;
  intent: Intent | { type: "tick" };
  now: number;
}
