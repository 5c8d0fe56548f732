/**
 * Deal proposals between nations during the orders phase: propose (or counter), accept or reject, expire
 * at resolution, and the AI's answers and opening offers. Coverage is the engine's validateDeal.
 */
import type { DealSaid } from "../ai/deal-said";
import type { GameState } from "../engine/state";
import type { DealTerms } from "../protocol/deals";
import type { DealProposal } from "../protocol/room-model";
import type { Order } from "../protocol/orders";
import { validateDeal } from "../engine/deals";
import type { Match } from "./state";
import { aiDifficultyOf, ordersOf } from "./state";
import { liveState, signedFor } from "./live";
import { aiDealAnswer, aiDealOffer, aiNations, controllerOf } from "./control";
import type { Outcome, Refusal } from "./refusal";
import { DONE, refuse, refuseRule } from "./refusal";
import { MAX_PROPOSALS_PER_TURN, proposalsThisTurn, spendWork, workLeft, WORK_COST } from "./budget";

/** Open proposals a nation may have at once (flood guard). */
export const MAX_OPEN_PER_NATION = 12;

function orderSets(m: Match): Record<string, Order[]> {
  return Object.fromEntries(m.state.order.map((n) => [n, ordersOf(m, n)]));
}

/** Check only what `nation` gives in a deal (never reveals the other side's private figures). */
function ownSide(state: GameState, terms: DealTerms, nation: string, orders: Record<string, Order[]>, signed: DealTerms[]): Outcome {
  const side = terms.from === nation ? "from" : "to";
  const mine: DealTerms = { ...terms, items: terms.items.filter((it) => !("giver" in it) || it.giver === side) };
  if (mine.items.length === 0) return DONE;
  const r = validateDeal(state, mine, orders, signed);
  return r.ok ? DONE : refuseRule("forbidden", r.error);
}

/** Proposals of earlier turns a seat still receives (the latest); the current turn's are always sent. */
export const OLD_PROPOSALS_KEEP = 20;

/** What is synced of a list of proposals: all of this turn's, and only the latest OLD_PROPOSALS_KEEP of earlier turns. */
export function recentProposals(list: DealProposal[], turn: number): DealProposal[] {
  const old = list.filter((p) => p.turn !== turn);
  if (old.length <= OLD_PROPOSALS_KEEP) return list;
  const keep = new Set(old.slice(-OLD_PROPOSALS_KEEP));
  return list.filter((p) => p.turn === turn || keep.has(p));
}

/** Deal proposals a nation is a party to. */
export function dealsOf(m: Match, nation: string): DealProposal[] {
  return m.deals.filter((p) => p.terms.from === nation || p.terms.to === nation);
}

/** Record a proposal from `terms.from` (its own side must be covered now); d is a draft. */
export function propose(d: Match, terms: DealTerms, byName: string, replyTo?: string, said?: DealSaid): { ok: true; proposal: DealProposal } | Refusal {
  const state = d.state;
  if (!state.nations[terms.to]) return refuse("not_found", "nation/unknown", { nation: terms.to, to: terms.to });
  if (terms.to === terms.from) return refuse("forbidden", "deal/self");
  const open = d.deals.filter((p) => p.terms.from === terms.from && p.turn === state.turn && p.status === "proposed").length;
  if (open >= MAX_OPEN_PER_NATION) return refuse("rate_limited", "deal/too_many_open", { max: MAX_OPEN_PER_NATION });
  let countered: DealProposal | undefined;
  if (replyTo) {
    countered = d.deals.find((p) => p.id === replyTo);
    if (!countered || countered.terms.to !== terms.from || countered.terms.from !== terms.to) return refuse("forbidden", "deal/counter_not_yours");
    if (countered.status !== "proposed") return refuse("not_in_phase", "deal/closed", { status: countered.status });
  }
  const own = ownSide(state, terms, terms.from, orderSets(d), signedFor(d, state.turn));
  if (!own.ok) return own;
  if (countered) {
    countered.status = "countered";
    countered.said = { code: "deal/countered", params: { nation: state.nations[terms.from].name } };
  }
  const proposal: DealProposal = {
    id: `d${state.turn}-${d.deals.length + 1}`,
    turn: state.turn,
    terms,
    status: "proposed",
    byName,
    ...(replyTo ? { replyTo } : {}),
    ...(said ? { said } : {}),
  };
  d.deals.push(proposal);
  return { ok: true, proposal };
}

/** The addressee accepts (both sides re-checked, then signed) or rejects a proposal; d is a draft. */
export function respond(d: Match, nation: string, id: string, accept: boolean, said?: DealSaid): Outcome {
  const state = d.state;
  const p = d.deals.find((x) => x.id === id);
  if (!p || (p.terms.from !== nation && p.terms.to !== nation)) return refuse("not_found", "deal/unknown", { id });
  if (p.terms.to !== nation) return refuse("forbidden", "deal/not_addressee");
  if (p.status !== "proposed" || p.turn !== state.turn) {
    const status = p.turn !== state.turn ? "expired" : p.status;
    return refuse("not_in_phase", "deal/closed", { status });
  }
  if (accept) {
    const signed = signedFor(d, state.turn);
    const orders = orderSets(d);
    const mine = ownSide(state, p.terms, nation, orders, signed);
    if (!mine.ok) return mine;
    const theirs = validateDeal(state, p.terms, orders, signed);
    if (!theirs.ok) return refuse("forbidden", "deal/proposer_cannot_cover", { nation: p.terms.from, from: state.nations[p.terms.from].name });
  }
  p.status = accept ? "accepted" : "rejected";
  if (said) p.said = said;
  return DONE;
}

/** Open proposals of a resolved turn expire. */
export function expire(d: Match, turn: number): void {
  for (const p of d.deals) if (p.turn === turn && p.status === "proposed") p.status = "expired";
}

/** An AI nation answers a proposal at once: accept, counter with the cash it asks, or refuse, each with a sentence. */
export function aiAnswers(d: Match, id: string, terms: DealTerms): void {
  const verdict = aiDealAnswer(liveState(d), terms.to, terms, aiDifficultyOf(d.settings));
  if (verdict.answer === "counter" && verdict.counter) {
    const c = propose(d, verdict.counter, "AI", id, verdict.said);
    if (c.ok) return;
  }
  const accept = verdict.answer === "accept";
  const r = respond(d, terms.to, id, accept, verdict.said);
  if (!r.ok && accept) {
    const refusal = { reason: r.reason, params: r.params, ...(r.key ? { key: r.key } : {}) };
    respond(d, terms.to, id, false, { code: "deal/not_signed", params: { nation: d.state.nations[terms.to].name, refusal } });
  }
}

/** A player's proposal (or counter) from their nation, within the turn's cap and the nation's work budget; an AI addressee answers at once. */
export function playerProposes(
  d: Match,
  nation: string,
  byName: string,
  msg: { to: string; quarters: number; items: DealTerms["items"]; replyTo?: string },
  now: number,
): Outcome {
  const terms: DealTerms = { from: nation, to: msg.to, quarters: msg.quarters, items: msg.items };
  if (proposalsThisTurn(d, nation) >= MAX_PROPOSALS_PER_TURN) {
    return refuse("rate_limited", "deal/turn_cap", { max: MAX_PROPOSALS_PER_TURN });
  }
  const kind = aiNations(d).includes(terms.to) ? "deal_ai" : "deal";
  if (workLeft(d, nation, now) < WORK_COST[kind]) return spendWork(d, nation, kind, now);
  const r = propose(d, terms, byName, msg.replyTo);
  if (!r.ok) return r;
  spendWork(d, nation, kind, now);
  if (kind === "deal_ai") aiAnswers(d, r.proposal.id, terms);
  return { ok: true, id: r.proposal.id };
}

/** AI nations open negotiations with players' nations (once a quarter at most). */
export function aiOffers(d: Match): void {
  const players = d.state.order.filter((n) => controllerOf(d, n) === "human");
  if (players.length === 0) return;
  for (const nation of aiNations(d)) {
    if (d.deals.some((p) => p.turn === d.state.turn && p.terms.from === nation && p.byName === "AI" && !p.replyTo)) continue;
    const offer = aiDealOffer(liveState(d), nation, players, aiDifficultyOf(d.settings));
    if (offer) propose(d, offer.terms, "AI", undefined, offer.said);
  }
}
