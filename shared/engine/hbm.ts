/**
 * HBM supply model (facts.md §2a, §2b): how much HBM the sovereign buyers of the game can draw each
 * quarter, split into an HBM3E pool (HBM3 and HBM3E parts) and an HBM4 pool (HBM4 and HBM4E parts), by
 * maker, with supplier qualification for HBM4, the HBM price index inside a band per year, and the price
 * and legal sizes of a memory supply agreement.
 *
 * Supply: the scenario's `market.hbmPoolGb` is the sovereign buyers' slice of the 2026 world supply
 * (world: >30 billion Gb ≈ 3.75 billion GB in 2026, M14; the slice is the scenario's choice). Later years
 * grow that slice with the world's bit supply (HBM_SUPPLY_GROWTH). The split between the pools follows
 * M14 (HBM4 overtakes HBM3E in H2 2026); each maker's output follows its market share (M1–M5) and, in the
 * HBM4 pool, the qualified makers' allocation (M6: NVIDIA Rubin HBM4 ~70 % SK hynix, ~30 % Samsung,
 * Micron ~0 %). Everything after 2026 is an estimate, said so beside each figure.
 */
import type { Accelerator, GameState, MemoryMakerId, Nation, Quarter } from "./state";
import type { Order } from "../protocol/orders";
import { powInt } from "./det-math";

/** HBM generation of an accelerator's memory. */
export type HbmGen = "hbm3" | "hbm3e" | "hbm4" | "hbm4e";
/** HBM supply pool: the HBM3E line (serves HBM3 and HBM3E parts) or the HBM4 line (HBM4 and HBM4E). */
export type HbmPool = "hbm3e" | "hbm4";
/** Both pools, HBM4 first (it is the scarcer, qualification-limited one and is served first). */
export const HBM_POOLS: readonly HbmPool[] = ["hbm4", "hbm3e"];
/** Readable name of a pool. */
export const POOL_NAME: Record<HbmPool, string> = { hbm3e: "HBM3E", hbm4: "HBM4" };
const MAKERS: readonly MemoryMakerId[] = ["skhynix", "samsung", "micron"];

/** HBM generation by model id, for catalogues without an `hbmGen` field (facts.md §1b, HBM column). */
const GEN_BY_MODEL: Record<string, HbmGen> = {
  h100: "hbm3", // A1
  h200: "hbm3e", // A3
  b200: "hbm3e",
  gb200: "hbm3e", // A4, A7
  b300: "hbm3e",
  gb300: "hbm3e", // A12, A14
  rubin: "hbm4", // A16
  rubin_ultra: "hbm4e",
  rubinultra: "hbm4e", // A16, A19: Rubin Ultra uses HBM4E
  mi300x: "hbm3", // A22
  mi325x: "hbm3e",
  mi350x: "hbm3e",
  mi355x: "hbm3e", // A24, A26
  mi455x: "hbm4",
  mi450x: "hbm4",
  helios: "hbm4", // A31, A32
};

/** HBM generation of a part: its `hbmGen` field, else the table by id, else by launch (H2 2026 on ⇒ HBM4, M14). */
export function hbmGenOf(a: Accelerator): HbmGen {
  const own = (a as { hbmGen?: HbmGen }).hbmGen;
  if (own) return own;
  const known = GEN_BY_MODEL[a.id];
  if (known) return known;
  return a.available.year * 4 + a.available.q >= 2026 * 4 + 3 ? "hbm4" : "hbm3e"; // estimate: new generations from H2 2026 carry HBM4 (A16, A31)
}

/** The pool a part draws its HBM from. */
export function hbmPoolOf(a: Accelerator): HbmPool {
  const g = hbmGenOf(a);
  return g === "hbm4" || g === "hbm4e" ? "hbm4" : "hbm3e";
}

/**
 * Growth of HBM bit supply per year (factor on the year before). 2026 is the scenario's base pool.
 * 2027: +45 % (estimate: 2026 bit supply grows +62 % while demand grows +52 %, M16; growth slows as
 * capacity, yields and packaging catch up, M20, M21; the makers' revenue path ~US$35 B (2025) → ~US$100 B
 * (2028), M13, is ~+42 % a year). 2028: +35 %, 2029: +30 %, 2030: +25 % (estimates, no source: the same
 * deceleration continued).
 */
export const HBM_SUPPLY_GROWTH: Record<number, number> = { 2026: 1, 2027: 1.45, 2028: 1.35, 2029: 1.3, 2030: 1.25 };

const clampYear = (year: number): number => Math.min(2030, Math.max(2026, year));

/** Supply of a year relative to 2026 (the product of the yearly growth factors). */
export function hbmSupplyFactor(year: number): number {
  let f = 1;
  for (let y = 2027; y <= clampYear(year); y++) f *= HBM_SUPPLY_GROWTH[y];
  return f;
}

/**
 * Share of HBM bit supply that is HBM4/HBM4E in a quarter. M14: HBM4 overtakes HBM3E in H2 2026.
 * Estimates around that anchor: 30 % in H1 2026 (first HBM4 volume for Rubin), 55 % in H2 2026, then 70 %
 * (2027), 80 % (2028), 85 % (2029), 90 % (2030) as HBM3E lines convert.
 */
export function hbm4ShareOfSupply(q: Quarter): number {
  if (q.year <= 2025) return 0.1; // estimate: HBM4 sampling only before 2026
  if (q.year === 2026) return q.q <= 2 ? 0.3 : 0.55;
  return q.year === 2027 ? 0.7 : q.year === 2028 ? 0.8 : q.year === 2029 ? 0.85 : 0.9;
}

/**
 * Each maker's share of all HBM bits in a year. 2026: SK hynix ~50–62 %, Samsung ~25–40 % (Counterpoint:
 * >30 %), Micron ~5–20 % (M2, M5; the catalogue's 55/30/15 are the midpoints). 2027: 52/32/16 and 2028 on:
 * 50/32/18 (estimates: Samsung's HBM4 qualification (M6, M2) and Micron's growth (M10) erode SK hynix's lead).
 */
export function makerShares(year: number): Record<MemoryMakerId, number> {
  const y = clampYear(year);
  if (y === 2026) return { skhynix: 0.55, samsung: 0.3, micron: 0.15 };
  if (y === 2027) return { skhynix: 0.52, samsung: 0.32, micron: 0.16 };
  return { skhynix: 0.5, samsung: 0.32, micron: 0.18 };
}

/**
 * Share of the HBM4 pool each maker is qualified to supply (0 = not qualified). 2026: ~70 % SK hynix,
 * ~30 % Samsung, Micron ~0 % (M6, NVIDIA Rubin allocation). 2027: 60/30/10 (estimate: Micron qualifies a
 * second-source HBM4 a year later). 2028 on: the makers' overall shares (estimate).
 */
export function hbm4Qualification(year: number): Record<MemoryMakerId, number> {
  const y = clampYear(year);
  if (y === 2026) return { skhynix: 0.7, samsung: 0.3, micron: 0 };
  if (y === 2027) return { skhynix: 0.6, samsung: 0.3, micron: 0.1 };
  return makerShares(y);
}

/** True when this maker's HBM can serve parts of this pool in this year (every maker makes HBM3E). */
export function isQualified(maker: MemoryMakerId, pool: HbmPool, year: number): boolean {
  return pool === "hbm3e" || hbm4Qualification(year)[maker] > 0;
}

/** Product of the active market modifiers of a kind. */
export function modifierFactor(state: GameState, kind: "hbm_supply" | "packaging_cap"): number {
  return state.market.modifiers.filter((m) => m.kind === kind && m.untilTurn >= state.turn).reduce((f, m) => f * m.factor, 1);
}

/** All HBM available to the game's sovereign buyers this quarter, GB (2026 base × yearly growth × events). */
export function hbmTotalSupplyGb(state: GameState): number {
  return Math.floor(state.market.hbmPoolGb * hbmSupplyFactor(state.quarter.year) * modifierFactor(state, "hbm_supply"));
}

/** GB each maker can deliver into each pool this quarter. */
export type MakerCapacity = Record<MemoryMakerId, Record<HbmPool, number>>;

/**
 * Each maker's output this quarter, split by pool: its HBM4 output is its qualified share of the HBM4
 * pool (never more than all its output), the rest of its output is HBM3E. The pools sum to the supply.
 */
export function makerCapacity(state: GameState): MakerCapacity {
  const total = hbmTotalSupplyGb(state);
  const year = state.quarter.year;
  const shares = makerShares(year);
  const qual = hbm4Qualification(year);
  const hbm4 = total * hbm4ShareOfSupply(state.quarter);
  const out = {} as MakerCapacity;
  for (const m of MAKERS) {
    const all = Math.floor(total * shares[m]);
    const four = Math.min(all, Math.floor(hbm4 * qual[m]));
    out[m] = { hbm4: four, hbm3e: all - four };
  }
  return out;
}

/** Supply of each pool this quarter, GB. */
export function poolSupplyGb(state: GameState): Record<HbmPool, number> {
  const cap = makerCapacity(state);
  return { hbm3e: MAKERS.reduce((s, m) => s + cap[m].hbm3e, 0), hbm4: MAKERS.reduce((s, m) => s + cap[m].hbm4, 0) };
}

/**
 * Band of the HBM price index (1 = the 2026 HBM3E base, catalogue `hbmPricePerGb`). 2026: −30 % to +20 %
 * (M16: a broker forecast HBM3E could fall up to 30 % as supply +62 % outruns demand +52 %; M15: 2026
 * contract prices up ~20 %). Later years keep the +20 % ceiling and lower the floor 10 % a year (estimate:
 * supply keeps growing faster than demand, M16, and a maturing generation gets cheaper).
 */
export function hbmPriceBand(year: number): [number, number] {
  const y = clampYear(year);
  return [Math.round(0.7 * powInt(0.9, y - 2026) * 1000) / 1000, 1.2];
}

/**
 * The next HBM price index from last quarter's demand/supply (demand-weighted over the pools): the target
 * moves 0.6 per unit of excess demand, clamped to the year's band, and the index moves 40 % of the way.
 */
export function nextHbmPriceIndex(current: number, demand: Record<HbmPool, number>, supply: Record<HbmPool, number>, year: number): number {
  const totalDemand = demand.hbm3e + demand.hbm4;
  let ratio = 0;
  for (const p of HBM_POOLS) if (demand[p] > 0) ratio += (demand[p] / totalDemand) * (supply[p] > 0 ? demand[p] / supply[p] : 10);
  const [lo, hi] = hbmPriceBand(year);
  const target = Math.min(hi, Math.max(lo, 1 + 0.6 * (ratio - 1)));
  const next = Math.min(hi, Math.max(lo, 0.6 * current + 0.4 * target));
  return Math.round(next * 1000) / 1000;
}

/** HBM price per GB by generation relative to HBM3E: HBM3E ~+20 % over HBM3, HBM4 ≥ +30 % over HBM3E (M14). */
export const GEN_PRICE_FACTOR: Record<HbmPool, number> = { hbm3e: 1, hbm4: 1.3 };

/**
 * Price of reserving one GB for one quarter with a maker, US$: the catalogue's reservation premium
 * (`hbmReservationPerGb`, 25 % of the HBM3E price of US$12/GB, M18/M19: US$8–18/GB; the share is an estimate
 * rounded up from the ~+20 % that locking 2026 allocations cost, M15) × the generation mix of that maker's
 * output this quarter (HBM4 +30 %, M14) × the HBM price index.
 */
export function reservationPricePerGb(state: GameState, maker: MemoryMakerId): number {
  const cap = makerCapacity(state)[maker];
  const all = cap.hbm3e + cap.hbm4;
  const mix = all > 0 ? (cap.hbm3e * GEN_PRICE_FACTOR.hbm3e + cap.hbm4 * GEN_PRICE_FACTOR.hbm4) / all : 1;
  return state.catalogue.hbmReservationPerGb * mix * state.market.hbmPriceIndex;
}

/** Smallest agreement a maker signs: 0.1 % of its quarterly HBM to sovereign buyers (estimate), at least 1,000 GB. */
export const MIN_AGREEMENT_SHARE = 0.001;
/** Largest reservation one buyer holds with one maker: 40 % of its quarterly HBM to sovereign buyers (estimate). */
export const MAX_AGREEMENT_SHARE = 0.4;

/** GB per quarter a maker can deliver this quarter to all sovereign buyers (both pools). */
export function makerSupplyGb(state: GameState, maker: MemoryMakerId): number {
  const c = makerCapacity(state)[maker];
  return c.hbm3e + c.hbm4;
}

/** Legal size of a new agreement with a maker, GB per quarter: minimum, and what this nation may still add. */
export function agreementLimits(state: GameState, nation: Nation, maker: MemoryMakerId, prior: Order[] = []): { minGb: number; maxGb: number; heldGb: number } {
  const supply = makerSupplyGb(state, maker);
  const held =
    nation.memoryAgreements.filter((m) => m.maker === maker && m.toTurn >= state.turn).reduce((s, m) => s + m.gbPerQuarter, 0) +
    prior.reduce((s, o) => s + (o.type === "memory_agreement" && o.maker === maker ? o.gbPerQuarter : 0), 0);
  return { minGb: Math.max(1000, Math.ceil(supply * MIN_AGREEMENT_SHARE)), maxGb: Math.max(0, Math.floor(supply * MAX_AGREEMENT_SHARE) - held), heldGb: held };
}

/** A memory agreement as the form shows it before it is signed (engine-computed). */
export interface AgreementPreview {
  /** Pools this maker can serve this year (HBM4 only if qualified, M6). */
  pools: { pool: HbmPool; qualified: boolean; makerGb: number }[];
  /** US$ per GB per quarter. */
  pricePerGb: number;
  /** Share of the maker's quarterly HBM to sovereign buyers this volume reserves. */
  shareOfMaker: number;
  /** Share of the whole quarterly pool. */
  shareOfSupply: number;
  /** B200-equivalents (192 GB, A4) a quarter the reserved volume serves first. */
  b200Equivalents: number;
  /** Extra weight of this nation's orders in the open pool (0..1, relative to demand). */
  openPoolBonus: number;
  minGb: number;
  maxGb: number;
}

/** What an agreement of this size with this maker buys now (for the order form). */
export function previewAgreement(state: GameState, nation: Nation, maker: MemoryMakerId, gbPerQuarter: number, prior: Order[] = []): AgreementPreview {
  const cap = makerCapacity(state)[maker];
  const total = hbmTotalSupplyGb(state);
  const makerGb = cap.hbm3e + cap.hbm4;
  const lim = agreementLimits(state, nation, maker, prior);
  const supply = poolSupplyGb(state);
  const fair = Math.max(1, (supply.hbm3e + supply.hbm4) / Math.max(1, state.order.length));
  return {
    pools: (["hbm3e", "hbm4"] as HbmPool[]).map((pool) => ({ pool, qualified: isQualified(maker, pool, state.quarter.year), makerGb: cap[pool] })),
    pricePerGb: reservationPricePerGb(state, maker),
    shareOfMaker: makerGb > 0 ? gbPerQuarter / makerGb : 0,
    shareOfSupply: total > 0 ? gbPerQuarter / total : 0,
    b200Equivalents: Math.floor(gbPerQuarter / 192),
    openPoolBonus: Math.min(1, gbPerQuarter / fair),
    minGb: lim.minGb,
    maxGb: lim.maxGb,
  };
}

/** What an agreement with this maker serves this year: its qualified pools, and whether HBM4 is among them (for the order's news line). */
export function agreementServes(state: GameState, maker: MemoryMakerId): { pools: string[]; year: number; hbm4: boolean } {
  const year = state.quarter.year;
  const pools = (["hbm3e", "hbm4"] as HbmPool[]).filter((p) => isQualified(maker, p, year)).map((p) => POOL_NAME[p]);
  return { pools, year, hbm4: isQualified(maker, "hbm4", year) };
}
