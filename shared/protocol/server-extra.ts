/** Shapes the server sends that messages.ts does not define: HTTP game info and S2C message payloads. */
import type { Order } from "./orders";
import type { Phase, Role } from "./room-model";

/** GET /api/games/:code: what the join page shows before joining. */
export interface GameInfo {
  code: string;
  phase: Phase;
  turn: number;
  locked: boolean;
  scenario: { id: string; name: string; description: string; turns: number };
  teamSize: number;
  nations: { id: string; name: string; flag: string; colour: string; players: number; full: boolean; ai: boolean }[];
}

/** S2C "welcome": sent once per join; keep seatToken to rejoin the same seat later. */
export interface WelcomeMsg {
  code: string;
  sessionId: string;
  seatId: string;
  seatToken: string;
  role: Role;
  nation: string | null;
  name: string;
}

/** S2C "order_ack": the order is stored and in the nation's set at `index`. */
export interface OrderAckMsg {
  turn: number;
  index: number;
  order: Order;
  /** The request id of the add_order answered. */
  rid?: string;
  /** The view revision that first shows the order (the ack goes out before the view patch of its change). */
  rev?: number;
}

/** S2C "results": turn `turn` was resolved; its events are in the view's news (`view.news`, by `turn`), not repeated here. */
export interface ResultsMsg {
  turn: number;
}

/** S2C "facilitator_ack": a facilitator command was carried out. */
export interface FacilitatorAckMsg {
  cmd: string;
}
