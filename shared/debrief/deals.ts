/**
 * Deals in the debrief: every signed deal with what it did to both parties' final scores (the game
 * replayed without that one deal, everything else the same), "the deal that mattered" (the largest such
 * effect), and the promise ledger of non-binding statements. Pure and deterministic.
 */
import type { Scenario } from "../scenario/schema";
import type { GameState } from "../engine/state";
import type { OrderLog } from "../engine/replay";
import { replay } from "../engine/replay";
import { describeDeal } from "../describe/deals";
import { addQuarters, quarterLabel } from "../engine/quarter";

/** A signed deal and its effect on the parties' final scores. */
export interface DealImpact {
  id: string;
  turn: number;
  quarter: string;
  from: string;
  to: string;
  quarters: number;
  text: string;
  /** Final score with the deal minus final score replayed without it, per party. */
  effect: Record<string, number>;
}

/** A statement from the promise ledger, with names. */
export interface LedgerLine {
  turn: number;
  quarter: string;
  from: string;
  to: string;
  text: string;
}

/** Deals with more than this many signed are measured for the largest cash flows only (replay cost). */
const MAX_MEASURED = 16;

/** Every signed deal of a game and its effect on both parties, largest effect first. */
export function dealImpacts(scenario: Scenario, seed: number, log: OrderLog, states: GameState[]): DealImpact[] {
  const start = states[0].quarter;
  const final = states[states.length - 1];
  const signed: { entry: number; index: number }[] = [];
  log.forEach((e, entry) => (e.deals ?? []).forEach((_, index) => signed.push({ entry, index })));
  const active = final.deals ?? [];
  const measured = signed.slice(0, MAX_MEASURED);
  const out: DealImpact[] = [];
  measured.forEach(({ entry, index }) => {
    const terms = log[entry].deals![index];
    const turn = log[entry].turn;
    const record = active.find(
      (d) => d.signedTurn === turn && d.from === terms.from && d.to === terms.to && JSON.stringify(d.items) === JSON.stringify(terms.items),
    );
    if (!record) return; // void at signing: nothing to measure
    const without = replay(
      scenario,
      seed,
      log.map((e, i) => (i === entry ? { ...e, deals: e.deals!.filter((_, j) => j !== index) } : e)),
    );
    const effect = Object.fromEntries([terms.from, terms.to].map((n) => [n, final.nations[n].score - without.nations[n].score]));
    out.push({
      id: record.id,
      turn,
      quarter: quarterLabel(addQuarters(start, turn - 1)),
      from: terms.from,
      to: terms.to,
      quarters: terms.quarters,
      text: describeDeal(final, terms),
      effect,
    });
  });
  const size = (d: DealImpact): number => Math.max(...Object.values(d.effect).map(Math.abs));
  return out.sort((a, b) => size(b) - size(a) || a.turn - b.turn || a.id.localeCompare(b.id));
}

/** The promise ledger with quarters. */
export function promiseLedger(states: GameState[]): LedgerLine[] {
  const start = states[0].quarter;
  const final = states[states.length - 1];
  return (final.promises ?? []).map((p) => ({ turn: p.turn, quarter: quarterLabel(addQuarters(start, p.turn - 1)), from: p.from, to: p.to, text: p.text }));
}

/** One sentence on a deal's effect, e.g. "without it South Korea would have ended 14 points lower and Japan 3 higher". */
export function effectSentence(final: GameState, d: DealImpact): string {
  const part = (n: string): string => {
    const x = d.effect[n];
    const name = final.nations[n]?.name ?? n;
    return x === 0 ? `${name} the same` : `${name} ${Math.abs(x)} point${Math.abs(x) === 1 ? "" : "s"} ${x > 0 ? "lower" : "higher"}`;
  };
  return `without it ${part(d.from)} and ${part(d.to)}`;
}
