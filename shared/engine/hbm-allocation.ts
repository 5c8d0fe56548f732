/**
 * Who gets this quarter's HBM and packaging (facts.md §2): allocation in proportion to contracted volume.
 * 1. Reserved volume: each memory agreement serves its holder first, from its maker's output in the pools
 *    that maker is qualified for (M6); when holders want more of a maker's pool than it makes, they share
 *    it in proportion to what they ask.
 * 2. Open pool (what reservations leave), per pool, in priority groups:
 *    a. orders that have already waited a year (SK hynix and Micron sell out a year ahead, M7–M10; makers
 *       honour old backlog), and orders placed before the game (a scenario's pipeline, e.g. HUMAIN's 2025
 *       GB300 order: 2026 HBM was negotiated and priced with customers during 2025, M8, M9);
 *    b. US integrator full-stack orders for leading-edge parts (allocation priority of the US path),
 *       orders at an integrator the nation is in a trilateral with (beside the US path, not ahead of it),
 *       and the stake part of other orders at an integrator the nation holds a stake in (C1/C3): share ×
 *       the order's due GPUs (partnerships.ts); the rest of the order waits in group c;
 *    c. everyone else.
 *    Within a group each order gets a share in proportion to what it still needs, weighted up to ×2 by
 *    the nation's contracted volume (priority customers of the makers), so a token agreement is a token.
 * 3. Packaging (CoWoS) slots in the same order: reserved deliveries first, then the groups, pro rata.
 * Whole GPUs only: what rounding leaves goes to the oldest orders first (ties: seeded PRNG).
 */
import type { Accelerator, GameState, MemoryMakerId, Nation, PendingGpuOrder } from "./state";
import { stakeShare, trilateralIntegrators, trilateralMinGb } from "./partnerships";
import { HBM_POOLS, isQualified, makerCapacity, poolSupplyGb } from "./hbm";
import type { HbmPool } from "./hbm";

/** A part counts as leading edge for 4 quarters after it first ships (NVIDIA and AMD launch a generation a year, A16, A31). */
export const LEADING_EDGE_QUARTERS = 4;
/** An order that has slipped this many quarters joins the first priority group (M29: large orders waited ~12 months). */
export const BACKLOG_PRIORITY_SLIPS = 4;

/** True while a part is within a year of its first availability. */
export function isLeadingEdge(state: GameState, a: Accelerator): boolean {
  const now = state.quarter.year * 4 + state.quarter.q;
  const from = a.available.year * 4 + a.available.q;
  return now - from < LEADING_EDGE_QUARTERS;
}

/**
 * The US path's allocation priority (#14 part 5): a full-stack order placed with a US integrator for a
 * leading-edge part is served ahead of local resellers' and component orders in the open pool.
 */
export function hasUsPathPriority(state: GameState, order: PendingGpuOrder, a: Accelerator): boolean {
  return order.package === "fullstack" && state.catalogue.integrators.some((i) => i.id === order.vendor) && isLeadingEdge(state, a);
}

/** Priority group of an order in the open pool: 0 first, 2 last (a stake's part of a group-2 order joins group 1: stakePriorityGpus). */
export function openPoolGroup(state: GameState, order: PendingGpuOrder, nation: Nation, a: Accelerator): 0 | 1 | 2 {
  if (order.slipped >= BACKLOG_PRIORITY_SLIPS || order.orderedTurn === 0) return 0;
  return hasUsPathPriority(state, order, a) || trilateralIntegrators(nation, state.turn, trilateralMinGb(state)).includes(order.vendor) ? 1 : 2;
}

/**
 * GPUs of each due order served in group 1 because of a stake: floor(share × the order's due GPUs) for an
 * order at an integrator the nation holds a stake in (share: partnerships.ts stakeShare). Orders already
 * in group 0 need none (orders in group 1 are served there whole).
 */
export function stakePriorityGpus(state: GameState, due: Pick<DueOrder, "order" | "nation" | "a">[]): number[] {
  return due.map((d) => (openPoolGroup(state, d.order, d.nation, d.a) === 0 ? 0 : Math.floor(stakeShare(d.nation, d.order.vendor) * d.order.quantity)));
}

/** One request for whole units of a resource. */
export interface Claim {
  /** Units still wanted. */
  want: number;
  /** Resource per unit (GB per GPU, or 1 for packaging slots). */
  unit: number;
  /** Relative weight (proportional share). */
  weight: number;
  /** Smaller = older = first for the leftovers. */
  age: number;
  tie: number;
}

/**
 * Share `amount` of a resource among claims in proportion to weight, never more than a claim wants
 * (water-filling), in whole units; what rounding leaves goes oldest first. Returns units per claim;
 * Σ units × unit ≤ amount.
 */
export function shareProRata(amount: number, claims: Claim[]): number[] {
  const units = claims.map(() => 0);
  let left = Math.max(0, amount);
  let open = claims.map((c, i) => i).filter((i) => claims[i].want > 0 && claims[i].unit > 0);
  const rest = (i: number): number => (claims[i].want - units[i]) * claims[i].unit;
  // Water-filling: claims whose proportional share covers all they want are served in full; repeat.
  for (let guard = 0; guard < claims.length + 1 && open.length > 0; guard++) {
    const w = open.reduce((s, i) => s + claims[i].weight, 0);
    if (w <= 0) break;
    const full = open.filter((i) => (left * claims[i].weight) / w >= rest(i));
    if (full.length === 0) {
      for (const i of open) units[i] += Math.floor((left * claims[i].weight) / w / claims[i].unit);
      break;
    }
    for (const i of full) {
      left -= rest(i);
      units[i] = claims[i].want;
    }
    open = open.filter((i) => !full.includes(i));
  }
  left = Math.max(0, amount) - units.reduce((s, n, i) => s + n * claims[i].unit, 0);
  // Leftovers: oldest first, whole units.
  const byAge = claims
    .map((c, i) => i)
    .filter((i) => units[i] < claims[i].want)
    .sort((x, y) => claims[x].age - claims[y].age || claims[x].tie - claims[y].tie);
  for (const i of byAge) {
    const n = Math.min(claims[i].want - units[i], Math.floor(left / claims[i].unit));
    if (n <= 0) continue;
    units[i] += n;
    left -= n * claims[i].unit;
  }
  return units;
}

/** A due order during allocation. */
export interface DueOrder {
  order: PendingGpuOrder;
  nation: Nation;
  a: Accelerator;
  pool: HbmPool;
  tie: number;
  /** GPUs whose HBM came from the holder's own reservation. */
  reserved: number;
  /** GPUs whose HBM came from the open pool. */
  open: number;
  /** GPUs that also got a packaging slot (delivered). */
  delivered: number;
  /** What stopped the rest: sold-out HBM or packaging. */
  limit: "hbm" | "packaging" | null;
  /** GB of this order's pool its agreements could serve (qualified makers only). */
  contractedGb: number;
  /** True when the nation holds an agreement only with makers not qualified for this pool. */
  unqualified: MemoryMakerId[];
}

/** Per-pool figures of one quarter's allocation. */
export interface PoolOutcome {
  supplyGb: number;
  demandGb: number;
  reservedGb: number;
  deliveredGb: number;
}

/** Allocate HBM and packaging to the due orders (mutates their reserved/open/delivered/limit). */
export function allocate(state: GameState, due: DueOrder[], packs: number): Record<HbmPool, PoolOutcome> {
  const cap = makerCapacity(state);
  const supply = poolSupplyGb(state);
  const year = state.quarter.year;
  const outcome = {} as Record<HbmPool, PoolOutcome>;
  for (const p of HBM_POOLS) outcome[p] = { supplyGb: supply[p], demandGb: 0, reservedGb: 0, deliveredGb: 0 };
  for (const d of due) outcome[d.pool].demandGb += d.order.quantity * d.a.hbmGb;
  const wantGpus = (d: DueOrder): number => d.order.quantity - d.reserved - d.open;
  const groupOf = new Map(due.map((d) => [d, openPoolGroup(state, d.order, d.nation, d.a)]));
  const stakeCap = new Map(stakePriorityGpus(state, due).map((n, i) => [due[i], n]));
  const stakeOpen = new Map(due.map((d) => [d, 0])); // GPUs granted in group 1 for a stake

  // 1. Reserved volume, maker by maker and pool by pool.
  const active = (n: Nation) => n.memoryAgreements.filter((m) => m.gbPerQuarter > 0 && m.fromTurn <= state.turn && m.toTurn >= state.turn);
  const holders = [...new Set(due.map((d) => d.nation))].filter((n) => active(n).length > 0);
  const byNationPool = new Map<string, DueOrder[]>(); // oldest first
  for (const d of [...due].sort((x, y) => x.order.orderedTurn - y.order.orderedTurn || x.tie - y.tie)) {
    const k = `${d.nation.id}|${d.pool}`;
    byNationPool.set(k, [...(byNationPool.get(k) ?? []), d]);
  }
  const reservationLeft = new Map<string, number>(); // nation|maker → GB
  for (const n of holders)
    for (const m of active(n)) reservationLeft.set(`${n.id}|${m.maker}`, (reservationLeft.get(`${n.id}|${m.maker}`) ?? 0) + m.gbPerQuarter);
  for (const d of due) {
    const makers = [...new Set(active(d.nation).map((m) => m.maker))];
    d.contractedGb = makers.filter((m) => isQualified(m, d.pool, year)).reduce((s, m) => s + (reservationLeft.get(`${d.nation.id}|${m}`) ?? 0), 0);
    d.unqualified = makers.filter((m) => !isQualified(m, d.pool, year));
  }
  for (const maker of reservationLeft.size > 0 ? (["skhynix", "samsung", "micron"] as MemoryMakerId[]) : []) {
    for (const p of HBM_POOLS) {
      if (!isQualified(maker, p, year) || cap[maker][p] <= 0) continue;
      const asks = holders
        .map((n) => {
          const orders = (byNationPool.get(`${n.id}|${p}`) ?? []).filter((d) => wantGpus(d) > 0);
          const need = orders.reduce((s, d) => s + wantGpus(d) * d.a.hbmGb, 0);
          return { n, orders, ask: Math.min(need, reservationLeft.get(`${n.id}|${maker}`) ?? 0) };
        })
        .filter((x) => x.ask > 0);
      if (asks.length === 0) continue;
      const grants = shareProRata(
        cap[maker][p],
        asks.map((x, i) => ({ want: x.ask, unit: 1, weight: x.ask, age: i, tie: 0 })),
      );
      asks.forEach((x, i) => {
        let gb = grants[i];
        let used = 0;
        for (const d of x.orders) {
          const n = Math.min(wantGpus(d), Math.floor(gb / d.a.hbmGb));
          d.reserved += n;
          gb -= n * d.a.hbmGb;
          used += n * d.a.hbmGb;
        }
        cap[maker][p] -= used;
        outcome[p].reservedGb += used;
        reservationLeft.set(`${x.n.id}|${maker}`, (reservationLeft.get(`${x.n.id}|${maker}`) ?? 0) - used);
      });
    }
  }

  // 2. Open pool per pool, group by group, pro rata to need weighted by contracted volume.
  const nations = Math.max(1, state.order.length);
  for (const p of HBM_POOLS) {
    let openGb = (["skhynix", "samsung", "micron"] as MemoryMakerId[]).reduce((s, m) => s + cap[m][p], 0);
    const fair = Math.max(1, supply[p] / nations);
    for (const g of [0, 1, 2] as const) {
      const inGroup = (d: DueOrder): boolean => groupOf.get(d) === g || (g === 1 && groupOf.get(d) === 2 && stakeCap.get(d)! > 0);
      const want = (d: DueOrder): number => (groupOf.get(d) === g ? wantGpus(d) : Math.min(wantGpus(d), stakeCap.get(d)!));
      const group = due.filter((d) => d.pool === p && inGroup(d) && want(d) > 0);
      if (group.length === 0 || openGb <= 0) continue;
      const grants = shareProRata(
        openGb,
        group.map((d) => ({
          want: want(d),
          unit: d.a.hbmGb,
          age: d.order.orderedTurn,
          tie: d.tie,
          weight: want(d) * d.a.hbmGb * (1 + Math.min(1, d.contractedGb / fair)),
        })),
      );
      group.forEach((d, i) => {
        if (groupOf.get(d) !== g) stakeOpen.set(d, grants[i]);
        d.open += grants[i];
        openGb -= grants[i] * d.a.hbmGb;
      });
    }
  }

  // 3. Packaging slots: reserved deliveries first, then the open-pool groups.
  const tiers: { d: DueOrder; units: number }[][] = [
    due.map((d) => ({ d, units: d.reserved })),
    ...([0, 1, 2] as const).map((g) =>
      due.map((d) => ({ d, units: groupOf.get(d) === g ? d.open - stakeOpen.get(d)! : g === 1 ? stakeOpen.get(d)! : 0 })).filter((x) => x.units > 0),
    ),
  ];
  let slots = Math.max(0, packs);
  for (const tier of tiers) {
    const ask = tier.filter((x) => x.units > 0);
    if (ask.length === 0) continue;
    const got = shareProRata(
      slots,
      ask.map((x) => ({ want: x.units, unit: 1, weight: x.units, age: x.d.order.orderedTurn, tie: x.d.tie })),
    );
    ask.forEach((x, i) => {
      x.d.delivered += got[i];
      slots -= got[i];
      if (got[i] < x.units) x.d.limit = "packaging";
    });
  }
  for (const d of due) {
    if (d.delivered < d.order.quantity && d.limit === null) d.limit = "hbm";
    outcome[d.pool].deliveredGb += d.delivered * d.a.hbmGb;
  }
  return outcome;
}
