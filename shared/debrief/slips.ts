/**
 * Delivery slips summed for the debrief: one GPU order that slips makes one event a quarter, so a nation with
 * thirty orders waiting for HBM makes thirty near-identical events. The debrief counts them per nation, quarter
 * and cause (packaging, or the HBM reason and pool) instead: orders, GPUs still to come by model, and the range
 * of what the orders received. The words are shared/describe/slips.ts's.
 */
import type { EventOf, GameEvent, SlipReason } from "../engine/event-types";

/** The slips of one nation in one quarter for one cause. */
export interface SlipSum {
  turn: number;
  nation: string;
  /** "packaging", or the HBM reason and pool: "no_agreement/HBM3E". */
  cause: string;
  /** Orders that slipped. */
  orders: number;
  /** GPUs still to come, all models. */
  left: number;
  /** GPUs still to come by accelerator id, in the order the models first slipped. */
  models: [string, number][];
  /** The first order's reason (the quarter's pool figures are the same for every order of a cause). */
  reason: SlipReason;
  /** Lowest and highest per cent of what was due that the orders received (HBM causes; 0–0 for packaging). */
  pct: [number, number];
  /** Some order got nothing because priority orders were served first. */
  servedFirst: boolean;
  /** GPUs that came from reserved volume, over the orders (agreement_short). */
  reserved: number;
}

/** The cause key of a slip: packaging, or the HBM reason with its pool. */
export function slipCause(r: SlipReason): string {
  return r.why === "packaging" ? "packaging" : `${r.why}/${r.pool}`;
}

const isSlip = (e: GameEvent): e is EventOf<"gpu/slipped"> => e.code === "gpu/slipped";

/** Sum the delivery slips among `events` per nation, quarter and cause, in the order each group first appears. */
export function sumSlips(events: readonly GameEvent[]): SlipSum[] {
  const groups = new Map<string, SlipSum>();
  for (const e of events) {
    if (!isSlip(e) || e.nation === null) continue;
    const r = e.params.reason;
    const cause = slipCause(r);
    const key = `${e.turn}|${e.nation}|${cause}`;
    const pct = r.why === "packaging" ? 0 : r.pct;
    let g = groups.get(key);
    if (!g) {
      g = { turn: e.turn, nation: e.nation, cause, orders: 0, left: 0, models: [], reason: r, pct: [pct, pct], servedFirst: false, reserved: 0 };
      groups.set(key, g);
    }
    g.orders += 1;
    g.left += e.params.left;
    const m = g.models.find(([id]) => id === e.params.model);
    if (m) m[1] += e.params.left;
    else g.models.push([e.params.model, e.params.left]);
    g.pct = [Math.min(g.pct[0], pct), Math.max(g.pct[1], pct)];
    if (r.why !== "packaging") {
      g.servedFirst ||= r.servedFirst;
      g.reserved += r.reserved ?? 0;
    }
  }
  return [...groups.values()];
}
