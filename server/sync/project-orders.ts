/** Projects a nation's current order set into its secret entry (teammates see it live). */
import type { RoomState } from "../schema/room-state";
import type { GameSession } from "../session/game-session";
import { assign } from "./assign";

/** Copy one nation's current order set into its secret entry. */
export function projectOrders(rs: RoomState, s: GameSession, nation: string): void {
  const sec = rs.secrets.get(nation);
  if (!sec) return;
  assign(sec, "ordersTurn", s.orders.turn);
  assign(sec, "ordersJson", JSON.stringify(s.orders.of(nation)));
}
