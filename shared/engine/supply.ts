/**
 * Resolution phase 4: GPU deliveries under HBM and packaging (CoWoS) limits.
 * Every delivered GPU draws its HBM from the quarter's pool (facts.md M14). Order of service:
 * 1. volume reserved by memory supply agreements (each nation's own reservation, maker by maker);
 * 2. then the open pool: nations with an active memory agreement first (priority customers of the makers),
 *    then nations with priority at the order's integrator (strategic stake or trilateral partnership, C1/C3),
 *    then everyone else; oldest order first within each group, ties broken by the seeded PRNG.
 * What cannot be delivered slips one quarter, with the reason. The HBM price index follows demand/supply.
 */
import type { Accelerator, GameEvent, GameState, Nation, PendingGpuOrder } from "./state";
import { findAccelerator } from "./catalogue";
import { hasPriorityWith } from "./partnerships";
import { nextFloat } from "./rng";

/** Product of the active market modifiers of a kind. */
export function modifierFactor(state: GameState, kind: "hbm_supply" | "packaging_cap"): number {
  return state.market.modifiers.filter((m) => m.kind === kind && m.untilTurn >= state.turn).reduce((f, m) => f * m.factor, 1);
}

/** HBM available this quarter, GB. */
export function hbmSupplyGb(state: GameState): number {
  return Math.floor(state.market.hbmPoolGb * modifierFactor(state, "hbm_supply"));
}

/** Accelerator packages available this quarter. */
export function packagingSupply(state: GameState): number {
  return Math.floor(state.market.packagingCapGpus * modifierFactor(state, "packaging_cap"));
}

interface Due { order: PendingGpuOrder; nation: Nation; a: Accelerator; delivered: number; tie: number; limit: "hbm" | "packaging" | null }

/** Run this quarter's deliveries for every nation. */
export function runSupply(state: GameState, events: GameEvent[]): void {
  const due: Due[] = [];
  for (const id of state.order) {
    const n = state.nations[id];
    for (const order of n.pendingGpus) {
      if (order.dueTurn > state.turn) continue;
      const a = findAccelerator(state.catalogue, order.model);
      if (a) due.push({ order, nation: n, a, delivered: 0, tie: nextFloat(state.rng), limit: null });
    }
  }
  const supply = hbmSupplyGb(state);
  let openGb = supply;
  let packs = packagingSupply(state);
  const demandGb = due.reduce((s, d) => s + d.order.quantity * d.a.hbmGb, 0);

  // 1. Reserved volume: each nation's agreements, maker by maker, capped by the maker's share of supply.
  const makerLeft = new Map(state.catalogue.memoryMakers.map((m) => [m.id, Math.floor(supply * m.share)]));
  const reserved = new Map<string, number>();
  for (const id of state.order) {
    for (const ag of state.nations[id].memoryAgreements) {
      if (ag.fromTurn > state.turn || ag.toTurn < state.turn) continue;
      const take = Math.min(ag.gbPerQuarter, makerLeft.get(ag.maker) ?? 0);
      makerLeft.set(ag.maker, (makerLeft.get(ag.maker) ?? 0) - take);
      reserved.set(id, (reserved.get(id) ?? 0) + take);
      openGb -= take;
    }
  }
  const byAge = (x: Due, y: Due): number => x.order.orderedTurn - y.order.orderedTurn || x.tie - y.tie;
  for (const d of [...due].sort(byAge)) {
    const own = reserved.get(d.nation.id) ?? 0;
    const n = Math.min(d.order.quantity, Math.floor(own / d.a.hbmGb), packs);
    if (n <= 0) continue;
    d.delivered += n;
    packs -= n;
    reserved.set(d.nation.id, own - n * d.a.hbmGb);
  }
  for (const left of reserved.values()) openGb += left;

  // 2. Open pool: agreement holders, then partnership priority, then everyone; oldest first, then the seeded tie-break.
  const holder = (n: Nation): boolean => n.memoryAgreements.some((m) => m.gbPerQuarter > 0 && m.fromTurn <= state.turn && m.toTurn >= state.turn);
  const priority = (d: Due): number => (holder(d.nation) ? 0 : hasPriorityWith(d.nation, d.order.vendor, state.turn) ? 1 : 2);
  for (const d of [...due].sort((x, y) => priority(x) - priority(y) || byAge(x, y))) {
    const want = d.order.quantity - d.delivered;
    if (want <= 0) continue;
    const byHbm = Math.floor(openGb / d.a.hbmGb);
    const n = Math.max(0, Math.min(want, byHbm, packs));
    d.delivered += n;
    packs -= n;
    openGb -= n * d.a.hbmGb;
    if (d.delivered < d.order.quantity) d.limit = byHbm <= packs ? "hbm" : "packaging";
  }

  let deliveredGb = 0;
  let deliveredGpus = 0;
  for (const d of due) {
    deliveredGb += d.delivered * d.a.hbmGb;
    deliveredGpus += d.delivered;
    deliver(state, d, events);
  }
  state.market.lastHbmDemandGb = demandGb;
  state.market.lastHbmSupplyGb = supply;
  state.market.lastGpusDelivered = deliveredGpus;
  state.market.lastPackagingCap = packagingSupply(state);
  state.market.lastHbmDeliveredGb = deliveredGb;
  const ratio = supply > 0 ? demandGb / supply : 1;
  const target = Math.min(2.5, Math.max(0.8, 1 + 0.6 * (ratio - 1)));
  state.market.hbmPriceIndex = Math.round((0.6 * state.market.hbmPriceIndex + 0.4 * target) * 1000) / 1000;
  if (ratio > 1) {
    events.push({ turn: state.turn, nation: null, kind: "info", text: `HBM sold out: sovereign buyers wanted ${(demandGb / 1e6).toFixed(2)} M GB this quarter, ${(supply / 1e6).toFixed(2)} M GB were available.`, sources: ["M7", "M9", "M10"] });
  }
}

/** Install what arrived, keep the rest pending one more quarter, and explain. */
function deliver(state: GameState, d: Due, events: GameEvent[]): void {
  const { order, nation, a } = d;
  const dc = nation.dataCentres.find((x) => x.id === order.dcId);
  if (d.delivered > 0 && dc) {
    const fromIntegrator = state.catalogue.integrators.some((i) => i.id === order.vendor);
    const operator = order.operator ?? (order.package === "fullstack" && fromIntegrator ? "integrator" : "nation");
    const value = (order.cost * d.delivered) / order.quantity;
    const batch = dc.gpus.find((g) => g.model === order.model && g.operator === operator && g.vendor === order.vendor);
    if (batch) { batch.count += d.delivered; batch.value += value; }
    else dc.gpus.push({ model: order.model, count: d.delivered, operator, vendor: order.vendor, value });
    order.cost -= value;
    const where = dc.status === "online" ? "" : ` They wait in ${dc.name} until it is online.`;
    events.push({ turn: state.turn, nation: nation.id, kind: "delivery", text: `${d.delivered.toLocaleString("en-US")} ${a.name} delivered to ${dc.name}.${where}` });
  }
  order.quantity -= d.delivered;
  if (order.quantity <= 0) {
    nation.pendingGpus = nation.pendingGpus.filter((p) => p !== order);
    return;
  }
  order.dueTurn = state.turn + 1;
  order.slipped += 1;
  const hasAgreement = nation.memoryAgreements.some((m) => m.gbPerQuarter > 0 && m.fromTurn <= state.turn && m.toTurn >= state.turn);
  const why = d.limit === "packaging"
    ? "CoWoS packaging slots ran out this quarter"
    : hasAgreement ? "HBM was sold out and your memory agreement did not cover the whole order" : "HBM was sold out and you have no memory agreement";
  events.push({ turn: state.turn, nation: nation.id, kind: "slip", text: `Your ${a.name} order slipped one quarter (${order.quantity.toLocaleString("en-US")} still to come): ${why}.` });
}
