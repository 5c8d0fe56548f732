/**
 * The work budget of a nation: every message that makes the server do costly work (a deal proposal, one the
 * AI must answer, a vendor quote, a US licence offer) spends units from the nation's budget. The budget is
 * full at the start of every turn and refills slowly with time; once spent, the request is refused with
 * `work/budget_spent` and nothing changes, so a script cannot make the server do unbounded work.
 *
 * Figures are game-design estimates, not sourced facts: an honest nation in a 5-minute turn asks for a few
 * quotes (1–6 counter-offers each) and makes a handful of proposals, so 40 units at once plus one every
 * 2 s (190 in a 5-minute turn) is not met in play, while a flood at the message rate limit (20/s) is cut to
 * 5 AI answers at once, then one every 16 s. An AI answer took 1–5 ms on an idle core and 7–280 ms on the
 * loaded 2-core test machine, so a burst of 5 stays bounded for everyone else.
 */
import type { Match } from "./state";
import type { Outcome } from "./refusal";
import { DONE, refuse } from "./refusal";

/** Kinds of costly work a message can trigger. */
export type WorkKind = "deal" | "deal_ai" | "quote" | "licence";

/** Units each kind costs: an AI answer plays the engine forward twice (with and without the deal), so it costs most. */
export const WORK_COST: Readonly<Record<WorkKind, number>> = { deal: 2, deal_ai: 8, quote: 1, licence: 1 };

/** Units a nation has at the start of each turn (also the most it can save up) and the units it gets back a second. */
export const WORK_BUDGET = { perTurn: 40, perSecond: 0.5 } as const;

/** Deal proposals (and counters) a nation may make in one turn, whoever answers them (an AI's instant answer included). */
export const MAX_PROPOSALS_PER_TURN = 30;

/** What is left of a nation's budget: units, when they were last counted, and the turn they belong to. */
export interface WorkBucket {
  units: number;
  last: number;
  turn: number;
}

/** The units a nation has at `now` (a full budget on a new turn), without spending. */
export function workLeft(m: Match, nation: string, now: number): number {
  const b = m.work?.[nation];
  if (!b || b.turn !== m.state.turn) return WORK_BUDGET.perTurn;
  return Math.min(WORK_BUDGET.perTurn, b.units + (Math.max(0, now - b.last) / 1000) * WORK_BUDGET.perSecond);
}

/** Spend the units of `kind` from `nation`'s budget (d is a draft), or refuse with when to retry; nothing is spent on a refusal. */
export function spendWork(d: Match, nation: string, kind: WorkKind, now: number): Outcome {
  const cost = WORK_COST[kind];
  const left = workLeft(d, nation, now);
  if (left < cost) {
    const retryInSeconds = Math.ceil((cost - left) / WORK_BUDGET.perSecond);
    return refuse("rate_limited", "work/budget_spent", { kind, cost, left: Math.floor(left), retryInSeconds });
  }
  d.work = { ...(d.work ?? {}), [nation]: { units: left - cost, last: now, turn: d.state.turn } };
  return DONE;
}

/** Proposals `nation` made this turn (every status), for MAX_PROPOSALS_PER_TURN. */
export function proposalsThisTurn(m: Match, nation: string): number {
  return m.deals.filter((p) => p.turn === m.state.turn && p.terms.from === nation).length;
}
