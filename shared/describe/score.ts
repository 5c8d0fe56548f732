/** How the score and the sovereignty index are counted, in words built from the scenario's scoring weights and the engine's fixed figures (shared/engine/score-rates.ts). */
import type { ScoringWeights } from "../engine/state";
import { PROFIT_SCALE } from "../engine/money";
import { MILESTONE_CAPABILITY, SCORE_COMPUTE_PF, SOVEREIGNTY_WEIGHTS as W } from "../engine/score-rates";
import { sovereigntyPolicyTerm } from "./policies";
import { num, usd } from "./money";

const w2 = (x: number): string => x.toFixed(2);

/** "100 × log2(1 + effective PF/5,000) + 4 per 0.01 sovereignty + …": the score formula of a game, terms with weight 0 left out. */
export function scoreFormula(w: ScoringWeights): string {
  const terms: string[] = [];
  if (w.compute) terms.push(`${num(100 * w.compute)} × log2(1 + effective PF/${num(SCORE_COMPUTE_PF)})`);
  if (w.sovereignty) terms.push(`${num(w.sovereignty)} per 0.01 sovereignty`);
  if (w.expertise) terms.push(`${num(w.expertise)} per expertise`);
  if (w.capability) terms.push(`${num(100 * w.capability)} × log2(1 + capability/${num(MILESTONE_CAPABILITY)})`);
  if (w.profit)
    terms.push(
      `the money term (${num(100 * w.profit)} × log2(1 + operating profit / ${usd(w.profitScale ?? PROFIT_SCALE)}), negative for a loss; unspent cash scores nothing)`,
    );
  if (w.revenue) terms.push(`${num(w.revenue)} per US$10M of revenue`);
  if (w.support) terms.push(w.support === 1 ? "support" : `${num(w.support)} × support`);
  if (w.milestone) terms.push(`${num(w.milestone)} for the language milestone`);
  terms.push("objectives");
  return `${terms.join(" + ")}.`;
}

/** "0.55 × share of compute under domestic control + …": the sovereignty index formula. */
export function sovereigntyFormula(short = false): string {
  const control = short ? "control share" : "share of compute under domestic control";
  const policy = short ? "± policies" : sovereigntyPolicyTerm();
  return `${w2(W.control)} × ${control} + ${w2(W.expertise)} × expertise/100 + ${w2(W.exposure)} × (1 − export exposure), ${policy}.`;
}

/** This quarter's sovereignty index with its inputs filled in: "0.55 × 0.412 control + … = 0.463". */
export function sovereigntyComputation(inputs: { controlShare: number; expertise: number; exposure: number; policy?: number }, after: number): string {
  const { controlShare, expertise, exposure, policy } = inputs;
  const pol = policy ? ` ${policy > 0 ? "+" : "−"} ${Math.abs(policy).toFixed(2)} policies` : "";
  return `${w2(W.control)} × ${controlShare.toFixed(3)} control + ${w2(W.expertise)} × ${expertise}/100 expertise + ${w2(W.exposure)} × (1 − ${exposure}) exposure${pol} = ${after.toFixed(3)}`;
}
