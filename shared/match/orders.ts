/** A nation's order set for the current turn: who may change it, engine validation, and ready flags reset on change. */
import { validateOrder } from "../engine/validate";
import type { Order } from "../protocol/orders";
import type { Match, MatchSeat } from "./state";
import { ordersOf } from "./state";
import { liveState } from "./live";
import { checkAllReady } from "./phases";
import type { Outcome, Refusal } from "./refusal";
import { DONE, refuse, refuseRule } from "./refusal";

/** The nation a player acts for on `turn`, or why they cannot act now. */
export function actingNation(m: Match, seat: MatchSeat, turn: number): { ok: true; nation: string } | Refusal {
  if (seat.role !== "player" || !seat.nation) return refuse("no_seat", "seat/none");
  if (m.phase !== "orders") return refuse("not_in_phase", "phase/orders_closed", { phase: m.phase });
  if (turn !== m.state.turn) return refuse("stale_turn", "turn/stale", { turn, current: m.state.turn });
  if (m.forcedAi.includes(seat.nation)) return refuse("forbidden", "nation/ai_plays");
  return { ok: true, nation: seat.nation };
}

function changed(d: Match, nation: string): void {
  d.ready = d.ready.filter((n) => n !== nation);
}

function setOf(d: Match, nation: string): Order[] {
  if (d.orders.turn !== d.state.turn) d.orders = { turn: d.state.turn, sets: {} };
  return (d.orders.sets[nation] ??= []);
}

/** Add an order to the seat's nation (engine-validated against the live state and the orders so far); d is a draft. */
export function addOrder(d: Match, seat: MatchSeat, order: Order): Outcome {
  const who = actingNation(d, seat, order.turn);
  if (!who.ok) return who;
  const verdict = validateOrder(liveState(d), who.nation, order, ordersOf(d, who.nation));
  if (!verdict.ok) return refuseRule("rule", verdict.error);
  const set = setOf(d, who.nation);
  set.push(order);
  changed(d, who.nation);
  return { ok: true, index: set.length - 1 };
}

/** Remove one order of the seat's nation; d is a draft. */
export function removeOrder(d: Match, seat: MatchSeat, turn: number, index: number): Outcome {
  const who = actingNation(d, seat, turn);
  if (!who.ok) return who;
  if (index < 0 || index >= ordersOf(d, who.nation).length) return refuse("not_found", "order/unknown_index", { index });
  setOf(d, who.nation).splice(index, 1);
  changed(d, who.nation);
  return DONE;
}

/** Remove every order of the seat's nation; d is a draft. */
export function clearOrders(d: Match, seat: MatchSeat, turn: number): Outcome {
  const who = actingNation(d, seat, turn);
  if (!who.ok) return who;
  d.orders.sets[who.nation] = [];
  if (d.orders.turn !== d.state.turn) d.orders = { turn: d.state.turn, sets: {} };
  changed(d, who.nation);
  return DONE;
}

/** Mark the seat's nation ready (or not); the phase ends early when every playing nation is ready; d is a draft. */
export function setReady(d: Match, seat: MatchSeat, turn: number, ready: boolean, now: number): Outcome {
  const who = actingNation(d, seat, turn);
  if (!who.ok) return who;
  d.ready = d.state.order.filter((n) => (n === who.nation ? ready : d.ready.includes(n)));
  checkAllReady(d, now);
  return DONE;
}
