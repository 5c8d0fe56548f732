/**
 * Outcomes each nation sees every turn: sovereignty index, score and the history row for charts.
 *
 * Sovereignty index (0..1) = 0.55 × control share (effective compute weighted by who builds and runs it:
 * local & self-run 1.0, joint venture 0.8, US-built self-run 0.6, integrator-run in a local site 0.5,
 * integrator-run 0.25) + 0.30 × expertise/100 (dependence on foreign software and operators falls as
 * expertise grows) + 0.15 × (1 − export exposure: 0.125 for every nation, all GPUs being US silicon; 0.375 for a
 * licence-bound buyer; + 0.05 per condition of the licence in force; 0.75 while it is suspended; licences.ts,
 * facts.md E5, E21), ± 0.05 for data localisation (+) and US alignment (−).
 *
 * Score = compute w × 100 × log2(1 + effective PF / 5,000) (diminishing: the tenth cluster matters less
 * than the first) + sovereignty w × index × 100 + expertise w × expertise
 * + capability w × 100 × log2(1 + capability / 150) (diminishing too: capability accumulates every quarter)
 * + profit w × 100 × sign(P) × log2(1 + |P| / profitScale) with P = cumulative operating profit, US$ M
 *   (revenue − running costs − talent − financing; shared/engine/money.ts: capped by the log so money
 *   matters without swamping compute and sovereignty; losses lower the score; unspent cash scores nothing)
 * + revenue w × cumulative gross revenue / 10 (legacy; the presets set it to 0) + support w × support
 * + milestone w (once the local-language model milestone is reached) + points of objectives met.
 */
import type { GameState, Nation, NationStats } from "./state";
import { exportExposure } from "./licences";
import type { OperationsFigures } from "./operations";
import { measureNation } from "./operations";
import { MILESTONE_CAPABILITY, SCORE_COMPUTE_PF, SOVEREIGNTY_WEIGHTS as W } from "./score-rates";
import { profitPoints } from "./money";
import { log2 } from "./det-math";
import { ALIGNMENT_SOVEREIGNTY, LOCALISATION_SOVEREIGNTY } from "./policy-rates";

/** Sovereignty index of a nation given its control share. */
export function sovereigntyIndex(n: Nation, controlShare: number): number {
  let s = W.control * controlShare + W.expertise * (n.expertise / 100) + W.exposure * (1 - exportExposure(n, n.history.length)); // history holds one row per resolved turn: its length is the turn being resolved
  if (n.policies.data_localisation) s += LOCALISATION_SOVEREIGNTY;
  if (n.policies.us_alignment) s -= ALIGNMENT_SOVEREIGNTY;
  return Math.round(Math.min(1, Math.max(0, s)) * 1000) / 1000;
}

/** Points for each part of the score (the tooltip shows these). */
export function scoreParts(state: GameState, n: Nation, effectiveCompute: number): Record<string, number> {
  const w = state.scoring;
  const objectives = n.objectives.filter((o) => n.objectivesMet.includes(o.id)).reduce((s, o) => s + o.points, 0);
  return {
    compute: w.compute * 100 * log2(1 + effectiveCompute / SCORE_COMPUTE_PF),
    sovereignty: w.sovereignty * n.sovereignty * 100,
    expertise: w.expertise * n.expertise,
    capability: w.capability * 100 * log2(1 + n.capability / MILESTONE_CAPABILITY),
    revenue: (w.revenue * n.cumulativeRevenue) / 10,
    profit: profitPoints(w.profit ?? 0, n.cumulativeProfit, w.profitScale),
    support: w.support * n.support,
    milestone: n.milestoneTurn !== null ? w.milestone : 0,
    objectives,
  };
}

/** Recompute sovereignty and score and append the history row for `flows.turn`. */
export function computeOutcomes(
  state: GameState,
  n: Nation,
  flows: { revenue: number; opex: number; turn: number; profit?: number; financing?: number },
  figures?: OperationsFigures,
): NationStats {
  const f = figures ?? measureNation(state, n);
  n.sovereignty = sovereigntyIndex(n, f.controlShare);
  const parts = scoreParts(state, n, f.effectiveCompute);
  n.score = Math.round(Object.values(parts).reduce((a, b) => a + b, 0));
  const row: NationStats = {
    turn: flows.turn,
    compute: round1(f.compute),
    effectiveCompute: round1(f.effectiveCompute),
    utilisation: Math.round(f.utilisation * 1000) / 1000,
    revenue: round1(flows.revenue),
    opex: round1(flows.opex),
    sovereignty: n.sovereignty,
    expertise: round1(n.expertise),
    capability: round1(n.capability),
    treasury: round1(n.treasury),
    support: round1(n.support),
    score: n.score,
    profit: round1(flows.profit ?? 0),
    financing: round1(flows.financing ?? 0),
    cumulativeProfit: round1(n.cumulativeProfit),
  };
  n.history.push(row);
  return row;
}

/** Round to one decimal. */
export function round1(x: number): number {
  return Math.round(x * 10) / 10 + 0; // + 0 turns −0 into 0 (a state must survive JSON unchanged)
}
