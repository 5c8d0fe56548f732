/**
 * What an AI buyer expects an order to deliver when memory is sold out. The HBM pools are allocated pro
 * rata each quarter (shared/engine/hbm-allocation.ts) and a sold-out pool lengthens lead times rather than
 * stopping deliveries (M7–M10, M14): an order for a part of a pool that delivered a fifth of its demand
 * last quarter arrives over several quarters. A buyer reads the public pool figures (supply and demand of
 * last quarter, `market.hbmPools`) and its own memory agreements, and values a part by the GPU-quarters of
 * service it can expect before the game ends, not by the catalogue lead time alone.
 */
import type { Accelerator, GameState, GpuPackage, Nation } from "../engine/state";
import { isEvent } from "../engine/event-types";
import { openPoolGroup } from "../engine/hbm-allocation";
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
 * served first). With the order's `terms`, an order that would wait in the last priority group of the open pool
 * (components, or a part no longer leading edge) expects no more than the nation's own orders of that group got
 * last quarter (observedFill): the US path's full-stack orders and the old backlog are served first.
 */
export function expectedFill(
  state: GameState,
  n: Nation,
  a: Accelerator,
  quantity = 0,
  leadQuarters = 0,
  terms?: { package: GpuPackage; vendor: string },
): number {
  const pool = hbmPoolOf(a);
  const figures = state.market.hbmPools?.[pool];
  const demandGb = (figures?.demandGb ?? 0) + Math.max(0, quantity) * a.hbmGb;
  // Last quarter's supply, moved along the public supply path to the quarter the order falls due.
  const last = poolPath(pool, addQuarters(state.quarter, -1));
  const supplyGb = (figures?.supplyGb ?? 0) * (last > 0 ? poolPath(pool, addQuarters(state.quarter, Math.max(0, leadQuarters))) / last : 1);
  const pro = !figures || demandGb <= 0 ? 1 : Math.min(1, supplyGb / demandGb);
  const seen = terms && priorityGroup(state, n, a, terms) === 2 ? observedFill(state, n, pool, 2) : undefined;
  const open = seen === undefined ? pro : Math.min(pro, seen);
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

/** The open-pool priority group a new order on `terms` would join (hbm-allocation.ts openPoolGroup). */
export function priorityGroup(state: GameState, n: Nation, a: Accelerator, terms: { package: GpuPackage; vendor: string }): 0 | 1 | 2 {
  const order = { id: "", nation: n.id, model: a.id, quantity: 1, ...terms, dcId: "", orderedTurn: state.turn, dueTurn: state.turn, slipped: 0, cost: 0 };
  return openPoolGroup(state, order, n, a);
}

/**
 * Share of what was due that the nation's own orders in priority group `group` of `pool` got last quarter, from
 * its own slip notices (the lowest), or undefined when none of them slipped for want of memory.
 */
export function observedFill(state: GameState, n: Nation, pool: HbmPool, group: 0 | 1 | 2): number | undefined {
  let fill: number | undefined;
  for (const e of state.log) {
    if (e.nation !== n.id || e.turn < state.turn - 1 || !isEvent(e, "gpu/slipped") || e.params.reason.why === "packaging") continue;
    const a = findAccelerator(state.catalogue, e.params.model);
    if (!a || hbmPoolOf(a) !== pool) continue;
    if (!n.pendingGpus.some((p) => p.model === a.id && openPoolGroup(state, p, n, a) === group)) continue;
    fill = Math.min(fill ?? 1, e.params.reason.pct / 100);
  }
  return fill;
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
