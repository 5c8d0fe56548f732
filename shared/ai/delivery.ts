/**
 * What an AI buyer expects an order to deliver when memory is sold out. The HBM pools are allocated pro
 * rata each quarter (shared/engine/hbm-allocation.ts) and a sold-out pool lengthens lead times rather than
 * stopping deliveries (M7–M10, M14): an order for a part of a pool that delivered a fifth of its demand
 * last quarter arrives over several quarters. A buyer reads the public pool figures (supply and demand of
 * last quarter, `market.hbmPools`) and its own memory agreements, and values a part by the GPU-quarters of
 * service it can expect before the game ends, not by the catalogue lead time alone.
 */
import type { Accelerator, GameState, Nation } from "../engine/state";
import { findAccelerator } from "../engine/catalogue";
import type { HbmPool } from "../engine/hbm";
import { hbm4ShareOfSupply, hbmPoolOf, hbmSupplyFactor, isQualified } from "../engine/hbm";
import { addQuarters } from "../engine/quarter";
import type { Quarter } from "../engine/state";

/** A pool's supply in quarter `q` relative to the 2026 total (the public supply path: yearly growth and the HBM4 share, M14, M16). */
function poolPath(pool: HbmPool, q: Quarter): number {
  const four = hbm4ShareOfSupply(q);
  return hbmSupplyFactor(q.year) * (pool === "hbm4" ? four : 1 - four);
}

/**
 * Share of what is still owed on an order of part `a` that its HBM pool can be expected to deliver each
 * quarter (0..1): last quarter's supply, moved along the public supply path to the quarter the order falls due
 * (`leadQuarters` ahead), ÷ (its demand + the `quantity` GPUs about to be ordered) of the pool (1
 * when it was not sold out, or before the first quarter resolves and the order fits), or, when higher, the share
 * of the nation's own demand in that pool its memory agreements with qualified makers cover (reserved volume is
 * served first).
 */
export function expectedFill(state: GameState, n: Nation, a: Accelerator, quantity = 0, leadQuarters = 0): number {
  const pool = hbmPoolOf(a);
  const figures = state.market.hbmPools?.[pool];
  const demandGb = (figures?.demandGb ?? 0) + Math.max(0, quantity) * a.hbmGb;
  // Last quarter's supply, moved along the public supply path to the quarter the order falls due.
  const last = poolPath(pool, addQuarters(state.quarter, -1));
  const supplyGb = (figures?.supplyGb ?? 0) * (last > 0 ? poolPath(pool, addQuarters(state.quarter, Math.max(0, leadQuarters))) / last : 1);
  const open = !figures || demandGb <= 0 ? 1 : Math.min(1, supplyGb / demandGb);
  const reservedGb = n.memoryAgreements
    .filter((m) => m.gbPerQuarter > 0 && m.fromTurn <= state.turn + 1 && m.toTurn >= state.turn + 1 && isQualified(m.maker, pool, state.quarter.year))
    .reduce((s, m) => s + m.gbPerQuarter, 0);
  if (reservedGb <= 0) return open;
  const ownGb =
    n.pendingGpus.reduce((s, p) => {
      const b = findAccelerator(state.catalogue, p.model);
      return b && hbmPoolOf(b) === pool ? s + p.quantity * b.hbmGb : s;
    }, 0) +
    Math.max(1, quantity) * a.hbmGb;
  return Math.max(open, Math.min(1, reservedGb / ownGb));
}

/**
 * Expected quarters of service of a GPU that would serve `quarters` quarters if delivered on time, when each
 * quarter delivers `fill` of what is still owed: Σ_k (1 − (1 − fill)^k) for k = 1..quarters (`quarters` when fill is 1).
 */
export function expectedServiceQuarters(quarters: number, fill: number): number {
  const f = Math.min(1, Math.max(0, fill));
  let owed = 1,
    served = 0;
  for (let k = 0; k < Math.floor(quarters); k++) {
    owed *= 1 - f;
    served += 1 - owed;
  }
  return served;
}
