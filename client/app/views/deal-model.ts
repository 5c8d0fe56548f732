/**
 * What the deals panel reads from the room model, as pure functions: a nation's negotiation threads,
 * the proposals waiting for its answer, the notices a model change deserves, and what the Phaser table
 * shows for the open thread and the draft. No DOM: the components and the page call these.
 */
import type { DealItem, DealTerms } from "../../../shared/protocol/deals";
import type { DealProposal, RoomModel } from "../../../shared/protocol/room-model";
import type { GameView } from "../../../shared/engine/view";
import { dealCards } from "../deal-lines";
import { answerNotice, incomingNotice } from "../../../shared/describe/deal-panel";
import { describeDealSaid } from "../../../shared/describe/deal-reasons";
import type { TableState } from "../negotiation-table";

/** The offer being written: to whom, for how long, its items, and the proposal it counters. */
export interface Draft {
  to: string;
  quarters: number;
  items: DealItem[];
  replyTo?: string;
}

/** What was said with a proposal, in the describer's words (undefined when nothing was). */
export function saidOf(p: DealProposal): string | undefined {
  return p.said ? describeDealSaid(p.said) : undefined;
}

/** The other nation of a proposal, seen from `nation`. */
export function counterpartOf(p: DealProposal, nation: string): string {
  return p.terms.from === nation ? p.terms.to : p.terms.from;
}

/** The proposals between `nation` and `other`, oldest first. */
export function threadOf(deals: readonly DealProposal[], nation: string, other: string): DealProposal[] {
  return deals.filter((p) => counterpartOf(p, nation) === other);
}

/** Proposals addressed to `nation` still waiting for its answer. */
export function waitingFor(deals: readonly DealProposal[], nation: string, other?: string): number {
  return deals.filter((p) => p.terms.to === nation && p.status === "proposed" && (other === undefined || p.terms.from === other)).length;
}

/** True when `nation` may answer `p` now: addressed to it, still open, made this quarter (an offer expires with its quarter). */
export function answerable(p: DealProposal, nation: string, turn: number): boolean {
  return p.terms.to === nation && p.status === "proposed" && p.turn === turn;
}

/** The draft's terms as the engine reads them. */
export function draftTerms(nation: string, d: Draft): DealTerms {
  return { from: nation, to: d.to, quarters: d.quarters, items: d.items };
}

/**
 * The notices a new model deserves, given the statuses seen before (updated in place): an incoming
 * proposal or counter, and an answer to one of ours. The first model seen only records the statuses.
 */
export function dealNotices(known: Map<string, DealProposal["status"]>, m: RoomModel, nation: string, first: boolean): string[] {
  const out: string[] = [];
  const name = (id: string): string => m.view?.nations.find((n) => n.id === id)?.name ?? id;
  for (const p of m.deals) {
    const before = known.get(p.id);
    known.set(p.id, p.status);
    if (first || before === p.status) continue;
    if (before === undefined && p.terms.to === nation && p.status === "proposed")
      out.push(incomingNotice(name(p.terms.from), p.byName, Boolean(p.replyTo), saidOf(p)));
    else if (p.terms.from === nation && before === "proposed" && p.status !== "proposed") out.push(answerNotice(name(p.terms.to), p.status, saidOf(p)));
  }
  return out;
}

/** What the negotiation table shows for the open thread: the draft while one is written for it, else the thread's latest offer. */
export function tableState(v: GameView, nation: string, thread: string, draft: Draft, deals: readonly DealProposal[]): TableState | null {
  const them = v.nations.find((n) => n.id === thread);
  const me = v.nations.find((n) => n.id === nation);
  if (!them || !me) return null;
  const party = (n: typeof me) => ({ name: n.name, flag: n.flag.toUpperCase(), colour: n.colour });
  const last = threadOf(deals, nation, thread).at(-1);
  const drafting = draft.items.length > 0 && draft.to === thread && (!last || last.status !== "accepted" || draft.replyTo !== undefined);
  if (drafting)
    return {
      left: party(me),
      right: party(them),
      fromSide: "left",
      cards: dealCards(v, draftTerms(nation, draft)),
      status: last && last.status === "proposed" && draft.replyTo ? "countered" : "empty",
      caption: draft.replyTo ? "your counter-offer (draft)" : "your draft",
    };
  if (last)
    return {
      left: party(me),
      right: party(them),
      fromSide: last.terms.from === nation ? "left" : "right",
      cards: dealCards(v, last.terms),
      status: last.status,
      caption: `${last.terms.quarters} quarter${last.terms.quarters > 1 ? "s" : ""}, by ${last.byName}`,
    };
  return { left: party(me), right: party(them), fromSide: "left", cards: [], status: "empty", caption: "" };
}
