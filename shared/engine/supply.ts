/**
 * Resolution phase 4: GPU deliveries under HBM and packaging (CoWoS) limits.
 * Every delivered GPU draws its HBM from the quarter's pool of its generation (HBM3E or HBM4, facts.md
 * M14), which grows by year (hbm.ts). Allocation is in proportion to contracted volume and need
 * (hbm-allocation.ts): reserved volume serves its holder first, the open pool is shared pro rata within
 * priority groups (integrator priority, the US path for leading-edge parts, everyone else), so a sold-out
 * quarter delivers part of every order and the rest slips one quarter, with the reason and the figures.
 * The HBM price index follows demand/supply inside a sourced band per year (M15, M16).
 */
import type { GameEvent, GameState } from "./state";
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
    events.push({
      turn: state.turn,
      nation: null,
      kind: "info",
      text: `HBM sold out (${POOL_NAME[p]}): sovereign buyers wanted ${(o.demandGb / 1e6).toFixed(2)} M GB this quarter, ${(o.supplyGb / 1e6).toFixed(2)} M GB were available; orders got their pro-rata share and the rest waits a quarter.`,
      sources: ["M7", "M9", "M10", "M14"],
    });
  }
}

const pct = (x: number): string => `${Math.round(x * 100)} %`;

/** Why the rest of an order slipped, with the figures. */
function slipReason(state: GameState, d: DueOrder, pool: PoolOutcome, wanted: number): string {
  if (d.limit === "packaging")
    return `CoWoS packaging slots ran out this quarter (${packagingSupply(state).toLocaleString("en-US")} GPUs for all sovereign buyers)`;
  const p: HbmPool = d.pool;
  const first =
    d.delivered === 0 && openPoolGroup(state, d.order, d.nation, d.a) > 0
      ? "; orders with integrator priority, the US full-stack path and orders waiting a year or more were served first"
      : "";
  const figures = `${POOL_NAME[p]} demand ${(pool.demandGb / 1e6).toFixed(2)} M GB vs ${(pool.supplyGb / 1e6).toFixed(2)} M GB available, so this order got ${pct(d.delivered / Math.max(1, wanted))} of what was due${first}`;
  const makers = state.catalogue.memoryMakers;
  const name = (id: string): string => makers.find((m) => m.id === id)?.name ?? id;
  if (d.contractedGb > 0)
    return `HBM was sold out and your memory agreement did not cover the whole order (${d.reserved.toLocaleString("en-US")} GPUs came from your reserved volume; ${figures})`;
  if (d.unqualified.length > 0)
    return `HBM was sold out and your memory agreement with ${d.unqualified.map(name).join(" and ")} does not cover ${POOL_NAME[p]} parts: not qualified for ${POOL_NAME[p]} in ${state.quarter.year} (M6) (${figures})`;
  return `HBM was sold out and you have no memory agreement (${figures})`;
}

/** Install what arrived, keep the rest pending one more quarter, and explain. */
function deliver(state: GameState, d: DueOrder, pool: PoolOutcome, events: GameEvent[]): void {
  const { order, nation, a } = d;
  const wanted = order.quantity;
  const dc = nation.dataCentres.find((x) => x.id === order.dcId);
  if (d.delivered > 0 && dc) {
    const fromIntegrator = state.catalogue.integrators.some((i) => i.id === order.vendor);
    const operator = order.operator ?? (order.package === "fullstack" && fromIntegrator ? "integrator" : "nation");
    const value = (order.cost * d.delivered) / order.quantity;
    const batch = dc.gpus.find((g) => g.model === order.model && g.operator === operator && g.vendor === order.vendor);
    if (batch) {
      batch.count += d.delivered;
      batch.value += value;
    } else dc.gpus.push({ model: order.model, count: d.delivered, operator, vendor: order.vendor, value });
    order.cost -= value;
    const where = dc.status === "online" ? "" : ` They wait in ${dc.name} until it is online.`;
    events.push({
      turn: state.turn,
      nation: nation.id,
      kind: "delivery",
      text: `${d.delivered.toLocaleString("en-US")} ${a.name} delivered to ${dc.name}.${where}`,
    });
  }
  order.quantity -= d.delivered;
  if (order.quantity <= 0) {
    nation.pendingGpus = nation.pendingGpus.filter((p) => p !== order);
    return;
  }
  order.dueTurn = state.turn + 1;
  order.slipped += 1;
  events.push({
    turn: state.turn,
    nation: nation.id,
    kind: "slip",
    text: `Your ${a.name} order slipped one quarter (${order.quantity.toLocaleString("en-US")} still to come): ${slipReason(state, d, pool, wanted)}.`,
    sources: d.limit === "packaging" ? ["M30"] : ["M7", "M9", "M10", "M14"],
  });
}
