/**
 * Resolution phase 4: GPU deliveries under HBM and packaging (CoWoS) limits.
 * Every delivered GPU draws its HBM from the quarter's pool of its generation (HBM3E or HBM4, facts.md
 * M14), which grows by year (hbm.ts). Allocation is in proportion to contracted volume and need
 * (hbm-allocation.ts): reserved volume serves its holder first, the open pool is shared pro rata within
 * priority groups (integrator priority, the US path for leading-edge parts, everyone else), so a sold-out
 * quarter delivers part of every order and the rest slips one quarter, with the reason and the figures.
 * The HBM price index follows demand/supply inside a sourced band per year (M15, M16).
 */
import type { GameState } from "./state";
import { gameEvent } from "./event-types";
import type { GameEvent, SlipReason } from "./event-types";
import { findAccelerator } from "./catalogue";
import { nextFloat } from "./rng";
import { hbmTotalSupplyGb, modifierFactor, nextHbmPriceIndex, hbmPoolOf, POOL_NAME, HBM_POOLS } from "./hbm";
import type { HbmPool } from "./hbm";
import { allocate, openPoolGroup } from "./hbm-allocation";
import type { DueOrder, PoolOutcome } from "./hbm-allocation";

export { modifierFactor };

/** HBM available this quarter, GB (both pools). */
export function hbmSupplyGb(state: GameState): number {
  return hbmTotalSupplyGb(state);
}

/** Accelerator packages available this quarter. */
export function packagingSupply(state: GameState): number {
  return Math.floor(state.market.packagingCapGpus * modifierFactor(state, "packaging_cap"));
}

/** Run this quarter's deliveries for every nation. */
export function runSupply(state: GameState, events: GameEvent[]): void {
  const due: DueOrder[] = [];
  for (const id of state.order) {
    const n = state.nations[id];
    for (const order of n.pendingGpus) {
      if (order.dueTurn > state.turn) continue;
      const a = findAccelerator(state.catalogue, order.model);
      if (a)
        due.push({
          order,
          nation: n,
          a,
          pool: hbmPoolOf(a),
          tie: nextFloat(state.rng),
          reserved: 0,
          open: 0,
          delivered: 0,
          limit: null,
          contractedGb: 0,
          unqualified: [],
        });
    }
  }
  const pools = allocate(state, due, packagingSupply(state));
  const supply = HBM_POOLS.reduce((s, p) => s + pools[p].supplyGb, 0);
  const demandGb = HBM_POOLS.reduce((s, p) => s + pools[p].demandGb, 0);
  for (const d of due) deliver(state, d, pools[d.pool], events);
  state.market.lastHbmDemandGb = demandGb;
  state.market.lastHbmSupplyGb = supply;
  state.market.lastGpusDelivered = due.reduce((s, d) => s + d.delivered, 0);
  state.market.lastPackagingCap = packagingSupply(state);
  state.market.lastHbmDeliveredGb = HBM_POOLS.reduce((s, p) => s + pools[p].deliveredGb, 0);
  state.market.hbmPools = { hbm3e: pools.hbm3e, hbm4: pools.hbm4 };
  const demand = { hbm3e: pools.hbm3e.demandGb, hbm4: pools.hbm4.demandGb };
  const sup = { hbm3e: pools.hbm3e.supplyGb, hbm4: pools.hbm4.supplyGb };
  state.market.hbmPriceIndex = nextHbmPriceIndex(state.market.hbmPriceIndex, demand, sup, state.quarter.year);
  for (const p of HBM_POOLS) {
    const o = pools[p];
    if (o.demandGb <= o.supplyGb) continue;
    events.push(
      gameEvent(
        state.turn,
        null,
        "info",
        "hbm/sold_out",
        { pool: POOL_NAME[p], demandGb: o.demandGb, supplyGb: o.supplyGb },
        { sources: ["M7", "M9", "M10", "M14"] },
      ),
    );
  }
}

/** Why the rest of an order slipped, with the figures. */
function slipReason(state: GameState, d: DueOrder, pool: PoolOutcome, wanted: number): SlipReason {
  if (d.limit === "packaging") return { why: "packaging", slots: packagingSupply(state) };
  const p: HbmPool = d.pool;
  const figures = {
    pool: POOL_NAME[p],
    demandGb: pool.demandGb,
    supplyGb: pool.supplyGb,
    pct: Math.round((d.delivered / Math.max(1, wanted)) * 100),
    servedFirst: d.delivered === 0 && openPoolGroup(state, d.order, d.nation, d.a) > 0,
  };
  const makers = state.catalogue.memoryMakers;
  const name = (id: string): string => makers.find((m) => m.id === id)?.name ?? id;
  if (d.contractedGb > 0) return { why: "agreement_short", ...figures, reserved: d.reserved };
  if (d.unqualified.length > 0) return { why: "unqualified", ...figures, makers: d.unqualified.map(name), year: state.quarter.year };
  return { why: "no_agreement", ...figures };
}

/** Install what arrived, keep the rest pending one more quarter, and explain. */
function deliver(state: GameState, d: DueOrder, pool: PoolOutcome, events: GameEvent[]): void {
  const { order, nation } = d;
  const wanted = order.quantity;
  const dc = nation.dataCentres.find((x) => x.id === order.dcId);
  if (d.delivered > 0 && dc) {
    const fromIntegrator = state.catalogue.integrators.some((i) => i.id === order.vendor);
    const operator = order.operator ?? (order.package === "fullstack" && fromIntegrator ? "integrator" : "nation");
    const value = (order.cost * d.delivered) / order.quantity;
    const pipeline = order.orderedTurn === 0;
    const batch = dc.gpus.find((g) => g.model === order.model && g.operator === operator && g.vendor === order.vendor && Boolean(g.pipeline) === pipeline);
    if (batch) {
      batch.count += d.delivered;
      batch.value += value;
    } else dc.gpus.push({ model: order.model, count: d.delivered, operator, vendor: order.vendor, value, ...(pipeline ? { pipeline: true } : {}) });
    order.cost -= value;
    events.push(
      gameEvent(state.turn, nation.id, "delivery", "gpu/delivered", { count: d.delivered, model: order.model, dc: dc.name, waiting: dc.status !== "online" }),
    );
  }
  order.quantity -= d.delivered;
  if (order.quantity <= 0) {
    nation.pendingGpus = nation.pendingGpus.filter((p) => p !== order);
    return;
  }
  order.dueTurn = state.turn + 1;
  order.slipped += 1;
  events.push(
    gameEvent(
      state.turn,
      nation.id,
      "slip",
      "gpu/slipped",
      { model: order.model, left: order.quantity, reason: slipReason(state, d, pool, wanted) },
      { sources: d.limit === "packaging" ? ["M30"] : ["M7", "M9", "M10", "M14"] },
    ),
  );
}
