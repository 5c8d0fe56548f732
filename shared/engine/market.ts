/**
 * The GPU-compute market over 2026–2030: what a part is worth to training and to inference customers,
 * the demand mix between them, and the rent each part fetches inside its sourced band for the year.
 *
 * Formulas (sources in facts.md):
 * - training value = FP8 PF × scale-up efficiency × (1 − AMD training penalty, 30 % → 10 % with expertise, A37). Scale-up efficiency for
 *   large-model training: 8-GPU nodes 0.6, a 72-GPU NVLink rack 1.0, 144+ GPUs 1.05 (log-linear between);
 *   AMD's racks × 0.85 for Helios (UALink over Ethernet, first AMD rack, A36 "UALoE72") and × 0.9 for UAL256
 *   generations (estimates). Estimate: A27 (world size 8 vs 72),
 *   A35/A36 (MI355X "not a rack-scale rival to GB200 NVL72"; Helios the first true AMD rack). 0.6 is an
 *   estimate (range 0.55–0.7): vendor MoE-training claims of ~4× H100 for GB200 NVL72 against a 2.5× FP8 ratio.
 * - inference value = FP4 PF × memory factor × (1 − 0.4 × AMD penalty) × CXL. Memory factor
 *   = clamp(√(GB of HBM per FP4 PF ÷ 20), 0.75, 1.25): capacity per FLOP sets batch and context (M27,
 *   estimate). AMD's gap is smaller for inference (§1c: start 25 % training, 10 % inference, A37).
 *   A CXL site serves +cxlInferenceUplift (facts.md §2c, estimate +20–40 %).
 * - demand mix: training share of rented GPU-hours 70 % in Q1 2026 falling to 30 % by Q4 2026 and
 *   staying there (G14: ~70/30, "expected to invert by end-2026").
 * - rent band of a year = the part's sourced band in its reference year × 0.75 per later year (G1: rental
 *   falls ~40–60 % over two years). Never outside that band.
 * - revenue of a batch: rented share × market rent (× 0.85 with data localisation) + national share × 60 % of
 *   the market rent paid by domestic users (subsidised access, N28, N30, N32), × CXL uplift; offtake at its locked rent.
 * - position in the band = 0.5 + 0.3 × clamp(HBM demand ÷ supply − 1, −1, 1) (sold-out hardware firms rents,
 *   G5) + 0.5 × (rent index − 1) (events) + 0.15 × demand fit (training customers pay for rack-scale,
 *   inference customers for memory), clamped to 0..1.
 */
import type { Accelerator, DataCentre, GameState, InstalledGpus, Nation, Quarter } from "./state";
import { quarterIndex } from "./quarter";
import { softwarePenalty } from "./software";
import { offtakeOf } from "./offtake-book";
import { ln, powInt } from "./det-math";
import { LOCALISATION_REVENUE_LOSS } from "./policy-rates";

/** Rent kept per calendar year after a part's reference year (G1: −40–60 % over two years). */
export const RENT_KEEP_PER_YEAR = 0.75;
/** First year of the sourced rent bands (facts.md §4 figures are 2026). */
export const RENT_REFERENCE_YEAR = 2026;

/** Share of rented GPU-hours bought by training customers this quarter (G14). */
export function trainingShare(q: Quarter): number {
  const i = quarterIndex(q) - quarterIndex({ year: 2026, q: 1 });
  return Math.max(0.3, Math.min(0.7, 0.7 - (0.4 * i) / 3));
}

/** Large-model training efficiency of a part's scale-up domain (0.6 for 8-GPU nodes … 1.05 for 144+). */
export function scaleUpEfficiency(a: Accelerator): number {
  const span = ln(Math.max(8, a.scaleUp) / 8) / ln(9);
  const e = 0.6 + 0.4 * Math.min(1, span) + (span > 1 ? 0.05 : 0);
  if (a.maker !== "amd" || a.scaleUp <= 8) return e;
  return e * (a.scaleUp <= 72 ? 0.85 : 0.9);
}

/** HBM capacity per FP4 PF turned into an inference factor (0.75..1.25). */
export function memoryFactor(a: Accelerator): number {
  return Math.min(1.25, Math.max(0.75, Math.sqrt(a.hbmGb / a.fp4Pf / 20)));
}

/** AMD's realised training gap at cluster scale for a nation's expertise: 30 % for a new team down to 10 % (A37: ~10–30 % behind; A34: the gap grows with GPU count). 0 for NVIDIA. */
export function trainingPenalty(a: Accelerator, expertise: number): number {
  return a.maker === "amd" ? Math.max(0.1, 0.3 - 0.2 * (expertise / 100)) : 0;
}

/** Realised training PF of one GPU for a nation's expertise. */
export function trainingValue(a: Accelerator, expertise: number): number {
  return a.pf * scaleUpEfficiency(a) * (1 - trainingPenalty(a, expertise));
}

/** Realised inference capacity of one GPU (FP4 PF-equivalents) for a nation's expertise, with or without CXL. */
export function inferenceValue(a: Accelerator, expertise: number, cxlUplift = 0): number {
  return a.fp4Pf * memoryFactor(a) * (1 - 0.4 * softwarePenalty(a, expertise)) * (1 + cxlUplift);
}

/** How well a part fits this quarter's customers, −1..1 (training customers want rack-scale, inference customers memory). */
export function demandFit(a: Accelerator, q: Quarter): number {
  const ts = trainingShare(q);
  const train = Math.max(-1, Math.min(1, (scaleUpEfficiency(a) - 0.85) / 0.2));
  const infer = Math.max(-1, Math.min(1, (memoryFactor(a) - 1) / 0.25));
  return ts * train + (1 - ts) * infer;
}

/** A part's rent band in a year, US$ per GPU-hour: the sourced band of its reference year, 25 % lower per later year. */
export function rentBandAt(a: Accelerator, q: Quarter): [number, number] {
  const ref = Math.max(RENT_REFERENCE_YEAR, a.available.year);
  const keep = powInt(RENT_KEEP_PER_YEAR, Math.max(0, q.year - ref));
  return [a.rentBand[0] * keep, a.rentBand[1] * keep];
}

/** How tight the market is this quarter, 0..1 (0.5 neutral): hardware demand against supply, and rent events. */
export function marketTightness(state: Pick<GameState, "market">): number {
  const m = state.market;
  const ratio = m.lastHbmSupplyGb > 0 && m.lastHbmDemandGb > 0 ? m.lastHbmDemandGb / m.lastHbmSupplyGb : 1;
  return 0.5 + 0.3 * Math.max(-1, Math.min(1, ratio - 1)) + 0.5 * (m.rentIndex - 1);
}

/** Rental price of a GPU model this quarter, US$ per hour, always inside the year's sourced band. */
export function marketRent(state: Pick<GameState, "market" | "quarter">, a: Accelerator): number {
  const [lo, hi] = rentBandAt(a, state.quarter);
  const p = Math.max(0, Math.min(1, marketTightness(state) + 0.15 * demandFit(a, state.quarter)));
  return lo + (hi - lo) * p;
}

/**
 * Share of the market rent domestic users pay for the GPU-hours a nation keeps for national work (its labs,
 * universities and start-ups training national models): IndiaAI sells its pool at ~Rs 100–150 (US$1.2–1.8)
 * a GPU-hour with up to 40 % subsidy and a guaranteed price to the provider (facts.md §4, N28, N30, N32), so
 * the national share earns 60 % of the market rent instead of nothing. Without it a sovereign fleet could
 * never cover its power, facility and financing from the rented share alone (0.3 of the hours: payback
 * ~27 quarters against the ~8 of §4's derived revenue anchor), and every plan ran at an operating loss.
 */
export const DOMESTIC_ACCESS_SHARE = 0.6;

/** Revenue of one installed batch this quarter, US$ M: offtaken capacity at the locked rent, the rest rented on the open market. */
export function batchRevenue(
  state: GameState,
  n: Nation,
  dc: DataCentre,
  g: InstalledGpus,
  a: Accelerator,
  count: number,
  utilisation: number,
  rentShare: number,
): number {
  const hours = state.catalogue.hoursPerQuarter;
  const ts = trainingShare(state.quarter);
  const cxl = dc.cxl ? 1 + state.catalogue.cxlInferenceUplift * (1 - ts) : 1;
  const local = n.policies.data_localisation ? 1 - LOCALISATION_REVENUE_LOSS : 1;
  const off = offtakeOf(n, dc.id, state.turn);
  const share = off?.share ?? 0;
  const locked = off ? (off.rents[g.model] ?? marketRent(state, a) * 0.9) : 0;
  const open = (1 - share) * marketRent(state, a) * cxl * (rentShare * local + (1 - rentShare) * DOMESTIC_ACCESS_SHARE);
  return (count * hours * utilisation * (share * locked + open)) / 1e6;
}
