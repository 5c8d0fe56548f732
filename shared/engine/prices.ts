/**
 * Hardware prices over 2026–2030: a part's street price falls with age and each time its maker ships a
 * newer generation, and moves with the HBM price index only within the sourced bounds.
 *
 * Formulas (sources in facts.md):
 * - reference: catalogue prices are 2026 street prices (facts.md derived table: H100 25–30 k, MI300X
 *   10–15 k in 2026), or launch prices for parts that ship later.
 * - age: × 0.98 per quarter after the reference quarter (estimate: H100 ~35 k at launch to ~27.5 k three
 *   years on, A41; G1 rents fall 40–60 % in two years, prices lag rents).
 * - successors: × 0.90 for every newer generation of the same maker shipped since the reference quarter
 *   (E15: "new tier unlocks; older prices fall"; estimate).
 * - floor: never below 40 % of the reference price (estimate: resale and spares keep a floor).
 * - HBM pass-through: × (1 + HBM share of the BOM (M15) × clamp(HBM index − 1, −30 %, +20 %)): a GPU moves at
 *   most by its HBM share times the sourced HBM price swing (M15: +20 % q/q for 2026 HBM3E allocations;
 *   M16: up to −30 % in 2026), however far the index itself runs.
 */
import type { Accelerator, Catalogue, GameState, Quarter } from "./state";
import { quarterIndex } from "./quarter";
import { powInt } from "./det-math";

/** Quarter the catalogue's prices refer to (facts.md prices are 2026 street prices). */
export const PRICE_REFERENCE: Quarter = { year: 2026, q: 1 };
/** Price kept per quarter of age (estimate, see the file comment). */
export const AGE_KEEP_PER_QUARTER = 0.98;
/** Price kept per newer generation of the same maker shipped (estimate, E15). */
export const SUCCESSOR_KEEP = 0.9;
/** Lowest share of the reference price a part falls to (estimate). */
export const PRICE_FLOOR = 0.4;
/** Sourced HBM price swing a GPU price can pass through: up +20 % (M15), down −30 % (M16). */
export const HBM_SWING = { up: 0.2, down: 0.3 } as const;

/** First quarter from which a part's price declines: its launch, or the reference quarter if it launched before. */
function priceAnchor(a: Accelerator): number {
  return Math.max(quarterIndex(a.available), quarterIndex(PRICE_REFERENCE));
}

/** Newer generations of the same maker shipped after this part's price anchor and by `at`. */
export function successorsShipped(cat: Catalogue, a: Accelerator, at: Quarter): Accelerator[] {
  const anchor = priceAnchor(a);
  const now = quarterIndex(at);
  return cat.accelerators.filter((b) => b.maker === a.maker && b.id !== a.id && quarterIndex(b.available) > anchor && quarterIndex(b.available) <= now);
}

/** Share of the reference price a part keeps at `at` through age and successors (1 before its anchor). */
export function ageFactor(cat: Catalogue, a: Accelerator, at: Quarter): number {
  const quarters = Math.max(0, quarterIndex(at) - priceAnchor(a));
  const f = powInt(AGE_KEEP_PER_QUARTER, quarters) * powInt(SUCCESSOR_KEEP, successorsShipped(cat, a, at).length);
  return Math.max(PRICE_FLOOR, f);
}

/** Price multiplier from the HBM price index, clamped to the part's HBM share × the sourced HBM swing. */
export function hbmPassThrough(a: Accelerator, hbmPriceIndex: number): number {
  const swing = Math.min(HBM_SWING.up, Math.max(-HBM_SWING.down, hbmPriceIndex - 1));
  return 1 + a.hbmShareOfPrice * swing;
}

/** Street price of a part at a quarter and HBM index, US$ thousands (before vendor markup, events and discounts). */
export function streetPriceK(cat: Catalogue, a: Accelerator, at: Quarter, hbmPriceIndex: number): number {
  return a.priceK * ageFactor(cat, a, at) * hbmPassThrough(a, hbmPriceIndex);
}

/** Street price of a part this quarter, US$ thousands. */
export function marketPriceK(state: GameState, a: Accelerator): number {
  return streetPriceK(state.catalogue, a, state.quarter, state.market.hbmPriceIndex);
}
