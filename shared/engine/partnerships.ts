/**
 * Strategic and trilateral partnerships (facts.md §7: SKT's US$200M stake in Penguin, C1/C3; seed
 * trilaterals such as SKT + Penguin + SK hynix). A stake's benefits are in proportion to its share of
 * the integrator (stake ÷ US$2 B valuation, at most 49 %; SKT's US$200 M bought ~10 % of Penguin, C1/C2):
 * share × each of the holder's due orders at that integrator is served beside the US path in the open HBM
 * pool (group 1, hbm-allocation.ts; the rest waits in its own group), and the stake discount (3 %) applies to that share of the price only
 * (US$200 M: 10 % of the order first, 0.3 % off). A stake of
 * US$100M or more also counts as priority for a quote's shorter lead time. A trilateral is a joint-venture site (integrator + local partner) while a memory agreement of real volume
 * is active: at least TRILATERAL_MIN_SHARE of the nation's fair share of the quarter's HBM pool (a token
 * 1,000 GB agreement made any JV a trilateral). A trilateral puts them beside the US full-stack path (second), not
 * ahead of it (hbm-allocation.ts).
 *
 * A stake is equity, not a bond: it earns its share of the integrator's quarterly profit or loss. Share =
 * stake ÷ US$2 B valuation (SKT paid US$200 M for ~10 % of Penguin, C1/C2), at most 49 %; the integrator's
 * revenue is ~US$330 M a quarter (Penguin ~US$1.2–1.44 B a year, C1/C2) plus its sales to the other
 * nations in the game this quarter; its net margin is drawn each quarter from the game's seeded PRNG,
 * uniform in −6 % … +10 % (estimate: a thin-margin hardware integrator with loss quarters). Expected return
 * ≈ 1.3 % a year on a US$200 M stake before game sales; it can be negative. The stake's value is in the
 * priority, discount and expertise it brings; expertise too is in proportion to the share: 2 × share a
 * quarter, at most +2 over all stakes (estimate; US$200 M ⇒ 0.2 a quarter, was 0.6 from 0.3 per US$100 M).
 */
import type { GameState, Nation } from "./state";
import { PRIORITY_STAKE } from "./rates";
import { nextFloat, seedRng } from "./rng";

/** Integrator valuation a stake buys into, US$ M (C1/C2: US$200 M ≈ 10 %). */
export const INTEGRATOR_VALUATION = 2000;
/** Integrator revenue a quarter outside the game, US$ M (C1/C2: ~US$1.2–1.44 B a year). */
export const INTEGRATOR_QUARTER_REVENUE = 330;
/** Range of an integrator's quarterly net margin (estimate). */
export const MARGIN_RANGE: [number, number] = [-0.06, 0.1];

/**
 * Every integrator's net margin this quarter, from a stream of its own derived from the game's PRNG state
 * and the turn: it does not advance the game's PRNG, so buying a stake never changes which events the
 * quarter draws (a stake could otherwise re-roll the news deck).
 */
export function drawIntegratorMargins(state: GameState): Record<string, number> {
  const out: Record<string, number> = {};
  const stream = seedRng((state.rng[0] ^ Math.imul(state.turn + 1, 0x9e3779b1) ^ MARGIN_STREAM) >>> 0);
  for (const i of state.catalogue.integrators) out[i.id] = MARGIN_RANGE[0] + (MARGIN_RANGE[1] - MARGIN_RANGE[0]) * nextFloat(stream);
  return out;
}

/** Salt of the margins' own PRNG stream. */
const MARGIN_STREAM = 0x5bd1e995;

/** Largest share of an integrator a stake can buy (a minority partner, not control). */
export const MAX_STAKE_SHARE = 0.49;

/** Share of the integrator a stake of `stake` US$ M owns (0 … MAX_STAKE_SHARE). */
export function shareOfStake(stake: number): number {
  return Math.max(0, Math.min(MAX_STAKE_SHARE, stake / INTEGRATOR_VALUATION));
}

/** The nation's share of this integrator (0 when it holds no stake). */
export function stakeShare(n: Nation, integratorId: string): number {
  return shareOfStake(n.stakes[integratorId] ?? 0);
}

/** A stake's share of its integrator's profit or loss this quarter, US$ M. */
export function stakeReturn(stake: number, salesToOthers: number, margin: number): number {
  return shareOfStake(stake) * (INTEGRATOR_QUARTER_REVENUE + salesToOthers) * margin;
}

/** Price factor of hardware from an integrator: the stake discount on the stake's share of the volume only (1 − discount × share). */
export function stakePriceFactor(n: Nation, integratorId: string, discount: number): number {
  return 1 - discount * stakeShare(n, integratorId);
}

/** Share of a nation's fair share of the HBM pool a memory agreement must reserve to make a JV a trilateral (estimate: the memory maker is a partner that commits real volume, as SK hynix beside SKT and Penguin, C1/C3). */
export const TRILATERAL_MIN_SHARE = 0.1;

/** GB a quarter a memory agreement must reserve for a trilateral: TRILATERAL_MIN_SHARE of the nation's fair share of the pool. */
export function trilateralMinGb(state: Pick<GameState, "market" | "order">): number {
  return (TRILATERAL_MIN_SHARE * state.market.hbmPoolGb) / Math.max(1, state.order.length);
}

/** Integrator ids this nation is in a trilateral partnership with this turn (memory agreements of at least `minGb` a quarter count). */
export function trilateralIntegrators(n: Nation, turn: number, minGb = 1): string[] {
  const memory = n.memoryAgreements.some((m) => m.gbPerQuarter >= Math.max(1, minGb) && m.fromTurn <= turn && m.toTurn >= turn);
  if (!memory) return [];
  return [...new Set(n.dataCentres.filter((d) => d.builder === "jv" && d.integrator).map((d) => d.integrator!))];
}

/** True when the nation holds a stake of US$100M or more in this integrator (priority for a quote's shorter lead time). */
export function hasStakePriority(n: Nation, integratorId: string): boolean {
  return (n.stakes[integratorId] ?? 0) >= PRIORITY_STAKE;
}

/** True when the nation gets priority from this integrator (priority stake or trilateral partnership; `minGb` as trilateralIntegrators). */
export function hasPriorityWith(n: Nation, integratorId: string, turn: number, minGb = 1): boolean {
  return hasStakePriority(n, integratorId) || trilateralIntegrators(n, turn, minGb).includes(integratorId);
}

/** Stake returns and partnership export revenue this quarter, US$ M, given every integrator's sales this turn and its margin (mean margin when not drawn). */
export function partnershipRevenue(state: GameState, n: Nation, salesByIntegrator: Record<string, number>, margins: Record<string, number> = {}): number {
  let r = 0;
  const mean = (MARGIN_RANGE[0] + MARGIN_RANGE[1]) / 2;
  for (const [id, stake] of Object.entries(n.stakes)) r += stakeReturn(stake, salesByIntegrator[id] ?? 0, margins[id] ?? mean);
  for (const id of trilateralIntegrators(n, state.turn, trilateralMinGb(state))) {
    const jvCapex = n.dataCentres.filter((d) => d.builder === "jv" && d.integrator === id).reduce((s, d) => s + d.capexSpent, 0);
    r += jvCapex * 0.006; // the partnership sells its design and services abroad (estimate; tuned by npm run balance)
  }
  return r;
}

/** Expertise points a quarter per unit of stake share (estimate: the transfer is sourced, C1/C3/C8/C19, its size is not; 10 % of Penguin ⇒ 0.2 a quarter). */
export const STAKE_EXPERTISE_PER_SHARE = 2;
/** Most expertise points a quarter all of a nation's stakes transfer together (estimate). */
export const STAKE_EXPERTISE_CAP = 2;

/** Expertise a quarter a nation's stakes transfer: 2 × its share of each integrator, summed, at most +2 (shareOfStake; US$200 M in Penguin ⇒ 0.2). */
export function stakeExpertise(n: Nation): number {
  const shares = Object.values(n.stakes).reduce((s, v) => s + shareOfStake(v), 0);
  return Math.min(STAKE_EXPERTISE_CAP, STAKE_EXPERTISE_PER_SHARE * shares);
}

/** Expertise transferred by partnerships this quarter (points; `minGb` as trilateralIntegrators). */
export function partnershipExpertise(n: Nation, turn: number, minGb = 1): number {
  return stakeExpertise(n) + trilateralIntegrators(n, turn, minGb).length * 1.0;
}
