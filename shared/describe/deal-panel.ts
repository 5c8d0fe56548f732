/**
 * The words of the deals panel (client/app/views/deal*.tsx): statuses, hints, the panel's answers to what a
 * player does, the lines of an offer and of a deal in force, the engine projection and the notices of new
 * offers. The client lays them out; the limits it names are the protocol's (shared/protocol/names.ts).
 */
import type { DealValue } from "../ai/deal-judge";
import type { DealProposal } from "../protocol/room-model";
import { DEAL_MAX_ITEMS } from "../protocol/names";
import { num, usd } from "./money";

type Valued = Extract<DealValue, { ok: true }>;
type QuarterLike = { year: number; q: number };

const quarter = (q: QuarterLike): string => `Q${q.q} ${q.year}`;
const sign = (x: number): string => `${x >= 0 ? "+" : "−"}${Math.abs(x).toFixed(1)}`;
const pf = (x: number): string => `${num(Math.round(x))} PF`;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;

/** The word for each status of a proposal. */
export const DEAL_STATUS_WORD: Record<DealProposal["status"], string> = {
  proposed: "proposed",
  countered: "countered",
  accepted: "signed",
  rejected: "rejected",
  expired: "expired",
};

/** Fixed sentences of the panel. */
export const DEAL_PANEL = {
  noOffers: "No offers yet. Build one under “Your offer”: pick items, read the engine's preview, send.",
  addItemsHint: "Add items to see what the deal does to both sides.",
  escrowNote: "Cash is held in escrow at signing and paid each quarter by the engine; a side that could not cover its part is refused.",
  noDealInForce: "No deal in force yet. Signed deals are enforced by the engine from the next resolution.",
  promiseLedgerTitle: "Statements are not binding; the debrief shows who kept their word.",
  noStatements: "No statements yet.",
  fillItemFirst: "Fill in the item first.",
  needOneItem: "Add at least one item to the offer.",
  counterHint: "Change the terms, then send your counter-offer.",
  proposalSent: "Proposal sent.",
  counterSent: "Counter-offer sent.",
  signed: "Signed. The engine enforces it from this resolution.",
  rejected: "Rejected.",
  cannotOffer: "You cannot offer this",
  cannotSign: "You could not sign this",
  nothing: "nothing",
} as const;

/** "An offer holds at most 8 items." */
export function itemsFull(): string {
  return `An offer holds at most ${DEAL_MAX_ITEMS} items.`;
}

/** "Refused: <the server's or engine's reason>". */
export function refused(message: string): string {
  return `Refused: ${message}`;
}

/** "You give: " / "They give: " / "Both: " before an item of your draft. */
export function itemGiver(giver: "from" | "to" | undefined): string {
  return giver === "from" ? "You give: " : giver === "to" ? "They give: " : "Both: ";
}

/** " · 3 quarters · " between an offer's parties and its status. */
export function offerLength(quarters: number): string {
  return ` · ${plural(quarters, "quarter")} · `;
}

/** " by Ana, turn 3" after an offer's status. */
export function offerBy(byName: string, turn: number): string {
  return ` by ${byName}, turn ${turn}`;
}

/** "South Korea gives: US$50M now; …" (or "nothing"). */
export function sideGives(name: string, gives: readonly string[]): string {
  return `${name} gives: ${gives.join("; ") || DEAL_PANEL.nothing}`;
}

/** "Open until Q2 2026 resolves: unanswered, it expires." */
export function offerExpiry(q: QuarterLike): string {
  return `Open until ${quarter(q)} resolves: unanswered, it expires.`;
}

/** " · 2 quarters left · India US$40M in escrow" after a deal in force. */
export function inForceTail(quartersLeft: number, escrow: readonly { name: string; amount: number }[]): string {
  const left = quartersLeft > 0 ? `${plural(quartersLeft, "quarter")} left` : "complete";
  const held = escrow.map((e) => `${e.name} ${usd(e.amount)} in escrow`);
  return ` · ${left}${held.length ? ` · ${held.join(", ")}` : ""}`;
}

/** "T3 India to Japan: “…”", one line of the promise ledger. */
export function promiseLine(turn: number, from: string, to: string, text: string): string {
  return `T${turn} ${from} to ${to}: “${text}”`;
}

/** "Engine projection for you by Q3 2027" (your draft) or "If you sign, by Q3 2027" (an offer to you). */
export function projectionLead(value: DealValue, draft: boolean): string {
  const by = value.ok ? quarter(value.by) : "";
  return draft ? `Engine projection for you by ${by}` : `If you sign, by ${by}`;
}

/** The projection line: "<lead>: score +3.2 points, compute 1,200 PF (vs 1,000 PF without), treasury …". */
export function projectionLine(lead: string, value: Valued): string {
  return `${lead}: score ${sign(value.gain)} points, compute ${pf(value.after.compute)} (vs ${pf(value.before.compute)} without), treasury ${usd(value.after.treasury)} (vs ${usd(value.before.treasury)}).`;
}

/** The projection's explanation, with this offer's values. */
export function projectionWhy(value: Valued): string {
  return (
    `The engine plays your nation forward on your own view ${plural(value.horizon, "quarter")} (to ${quarter(value.by)}) with and without the deal, ` +
    `following the same plan in both (the AI's normal play of your nation); the other side's private figures are unknown to you. ` +
    `Score ${value.after.score.toFixed(1)} with the deal against ${value.before.score.toFixed(1)} without (${sign(value.gain)} points); ` +
    `compute ${pf(value.after.compute)} against ${pf(value.before.compute)}; treasury ${usd(value.after.treasury)} against ${usd(value.before.treasury)}. ` +
    `Money left at the horizon counts at the score's revenue rate.`
  );
}

/** "<why>: <message>" when a deal cannot be offered or signed. */
export function projectionRefusal(lead: string, message: string): string {
  return `${lead}: ${message}`;
}

/** The notice of an offer addressed to you: the proposer's note alone when an AI opens with one, else who proposes or counters. */
export function incomingNotice(fromName: string, byName: string, counter: boolean, note?: string): string {
  return note && !counter
    ? `${note} Open Deals (D) to answer.`
    : `${fromName} ${counter ? "counters" : "proposes a deal"} (${byName}).${note ? ` ${note}` : ""} Open Deals (D) to answer.`;
}

/** The notice of an answer to your proposal: "India: your proposal was rejected. <note>". */
export function answerNotice(toName: string, status: DealProposal["status"], note?: string): string {
  return `${toName}: your proposal was ${DEAL_STATUS_WORD[status]}.${note ? ` ${note}` : ""}`;
}
