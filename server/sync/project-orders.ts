/** Projects a nation's current order set into its secret entry (teammates see it live). */
import type { RoomState } from "../schema/room-state";
import type { Match } from "../../shared/match";
import { ordersOf } from "../../shared/match";
import { assign } from "./assign";

/** Copy one nation's current order set into its secret entry. */
export function projectOrders(rs: RoomState, m: Match, nation: string): void {
  const sec = rs.secrets.get(nation);
  if (!sec) return;
  assign(sec, "ordersTurn", m.state.turn);
  assign(sec, "ordersJson", JSON.stringify(ordersOf(m, nation)));
}
