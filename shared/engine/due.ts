/**
 * When an order placed now is due: GPUs ordered in turn T with a lead time of L quarters have
 * dueTurn = T + L − 1 (apply-orders.ts) and are delivered and running in that quarter's resolution
 * (supply.ts), so a quote, the order's news line and the delivery all name the same quarter.
 */
import type { Quarter } from "./state";
import { addQuarters, quarterLabel } from "./quarter";

/** The quarter an order placed in `now` with `leadQuarters` of lead time is due. */
export function dueQuarter(now: Quarter, leadQuarters: number): Quarter {
  return addQuarters(now, Math.max(0, leadQuarters - 1));
}

/** "Q2 2026": dueQuarter as a label. */
export function dueLabel(now: Quarter, leadQuarters: number): string {
  return quarterLabel(dueQuarter(now, leadQuarters));
}
