/**
 * Resolution phase 6: expertise, AI capability, the local-language model milestone, public support
 * and objectives.
 *
 * - expertise gain a quarter (×(1 − expertise/120), diminishing): local partner sites building or online
 *   +partner gain (≈1), joint ventures +0.6 + integrator transfer, US-built sites +integrator transfer (≈0.2–0.5),
 *   self-run GPU batches +0.3 per site (learning by doing), partnerships (partnerships.ts); talent programmes
 *   are applied with the order. Talent drain: −0.5 % a quarter.
 * - capability += √(domestic effective PF) × (0.3 + 0.7 × expertise/100) × 0.5: compute weighted by
 *   domestic control trains national models (GAME.md claim 6).
 * - milestone: capability ≥ 150 with ≥ 1,000 PF of effective compute the nation runs itself this quarter
 *   (a model trained on a foreign-operated cluster is not a sovereign model), of which at least
 *   MILESTONE_NEW_PF of peak PF is nation-run compute added during the game (built or bought and run by
 *   the nation, beyond its starting footprint): the milestone is a goal, not a given (milestone.ts).
 * - support drifts 10 % toward 50, +2 when compute grows more than 10 %, +6 at the milestone,
 *   −4 when bills went unpaid.
 */
import type { GameState, Nation, Objective } from "./state";
import { gameEvent } from "./event-types";
import type { GameEvent } from "./event-types";
import { findIntegrator, findPartner } from "./catalogue";
import type { OperationsFigures } from "./operations";
import { partnershipExpertise, trilateralMinGb } from "./partnerships";
import { termsExpertise } from "./operators";
import { nationalTrainingShare, policySupport } from "./levers";
import { clamp } from "./events";
import { MILESTONE_NEW_PF, newOwnPf } from "./milestone";
import { MILESTONE_CAPABILITY } from "./score-rates";

/** Nation-run effective compute needed in the milestone quarter, PF. */
export const MILESTONE_DOMESTIC_PF = 1000;

/** Expertise points gained this quarter before diminishing returns. */
export function expertiseGain(state: GameState, n: Nation): number {
  let g = partnershipExpertise(n, state.turn, trilateralMinGb(state)) + termsExpertise(n);
  for (const dc of n.dataCentres) {
    const integ = dc.integrator ? findIntegrator(state.catalogue, dc.integrator) : undefined;
    const partner = dc.partner ? findPartner(state.catalogue, dc.partner) : undefined;
    if (dc.builder === "local") g += partner?.expertiseGain ?? 1;
    else if (dc.builder === "jv") g += 0.6 + (integ?.expertiseTransfer ?? 0.3);
    else g += integ?.expertiseTransfer ?? 0.3;
    if (dc.gpus.some((b) => b.operator === "nation" && b.count > 0)) g += 0.3;
  }
  return g;
}

/** Advance expertise, capability, milestone and support for one nation. */
export function develop(state: GameState, n: Nation, f: OperationsFigures, prevCompute: number, unpaid: boolean, events: GameEvent[]): void {
  n.expertise = clamp(n.expertise * 0.995 + expertiseGain(state, n) * (1 - n.expertise / 120), 0, 100);
  n.capability += Math.sqrt(Math.max(0, f.domesticCompute * nationalTrainingShare(n))) * (0.3 + 0.7 * (n.expertise / 100)) * 0.5;
  if (
    n.milestoneTurn === null &&
    n.capability >= MILESTONE_CAPABILITY &&
    f.sovereignCompute >= MILESTONE_DOMESTIC_PF &&
    newOwnPf(state, n) >= MILESTONE_NEW_PF
  ) {
    n.milestoneTurn = state.turn;
    n.support = clamp(n.support + 6, 0, 100);
    events.push(gameEvent(state.turn, null, "milestone", "milestone/llm", { nation: n.id, language: n.language }));
  }
  n.support += (50 - n.support) * 0.1;
  if (f.compute > prevCompute * 1.1 && f.compute > 0) n.support += 2;
  if (unpaid) n.support -= 4;
  n.support += policySupport(n);
  n.support = clamp(n.support, 0, 100);
}

/** Current value of an objective's metric. */
export function objectiveValue(n: Nation, o: Objective, effectiveCompute: number): number {
  switch (o.metric) {
    case "compute":
      return effectiveCompute;
    case "sovereignty":
      return n.sovereignty;
    case "expertise":
      return n.expertise;
    case "capability":
      return n.capability;
    case "revenue":
      return n.cumulativeRevenue;
    case "milestone":
      return n.milestoneTurn !== null && (o.byTurn === undefined || n.milestoneTurn <= o.byTurn) ? 1 : 0;
    case "support":
      return n.support;
  }
}

/** Mark objectives met this quarter (deadline objectives only until their turn). */
export function checkObjectives(state: GameState, n: Nation, effectiveCompute: number, events: GameEvent[]): void {
  for (const o of n.objectives) {
    if (n.objectivesMet.includes(o.id)) continue;
    if (o.byTurn !== undefined && state.turn > o.byTurn) continue;
    const target = o.metric === "milestone" ? 1 : o.target;
    if (objectiveValue(n, o, effectiveCompute) >= target) {
      n.objectivesMet.push(o.id);
      events.push(
        gameEvent(state.turn, o.secret ? n.id : null, "objective", "objective/met", { nation: n.id, secret: o.secret, objective: o.text, points: o.points }),
      );
    }
  }
}
