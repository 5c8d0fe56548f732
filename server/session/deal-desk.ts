/**
 * The deal desk of one game: proposals between nations during the orders phase, stored before anyone is
 * told, and the deals signed this turn (which the engine applies first at resolution, and which the live
 * state used for validation already includes). No rule lives here: coverage is the engine's validateDeal.
 */
import type { DealTerms } from "../../shared/protocol/deals";
import type { DealProposal } from "../../shared/protocol/room-model";
import type { Order } from "../../shared/protocol/orders";
import type { GameState } from "../../shared/engine/state";
import type { GameStore } from "../store/game-store";
import { validateDeal, withSignedDeals } from "../../shared/engine/deals";
import type { Outcome } from "./outcome";
import { DONE, refuse } from "./outcome";

/** Open proposals a nation may have at once (flood guard). */
const MAX_OPEN_PER_NATION = 12;

/** Proposals and signed deals of one game. */
export class DealDesk {
  private cache: { state: GameState; signed: number; live: GameState } | null = null;

  constructor(private readonly code: string, private readonly store: GameStore, readonly proposals: DealProposal[]) {}

  /** Deals signed (accepted) during `turn`, in the order they were signed. */
  signedFor(turn: number): DealTerms[] {
    return this.proposals.filter((p) => p.turn === turn && p.status === "accepted").map((p) => p.terms);
  }

  /** The engine state with this turn's signed deals applied (escrow taken): what orders are checked against. */
  live(state: GameState): GameState {
    const signed = this.signedFor(state.turn);
    if (signed.length === 0) return state;
    if (this.cache && this.cache.state === state && this.cache.signed === signed.length) return this.cache.live;
    const live = withSignedDeals(state, signed);
    this.cache = { state, signed: signed.length, live };
    return live;
  }

  /** Proposals a nation is a party to. */
  forNation(nation: string): DealProposal[] {
    return this.proposals.filter((p) => p.terms.from === nation || p.terms.to === nation);
  }

  /** Record a proposal from `terms.from` (its own side must be covered now). */
  propose(state: GameState, orders: Record<string, Order[]>, terms: DealTerms, byName: string, replyTo?: string, note?: string): { ok: true; proposal: DealProposal } | Exclude<Outcome, { ok: true }> {
    if (!state.nations[terms.to]) return refuse("not_found", `There is no nation "${terms.to}" in this game.`);
    if (terms.to === terms.from) return refuse("forbidden", "A deal needs another nation.");
    const open = this.proposals.filter((p) => p.terms.from === terms.from && p.turn === state.turn && p.status === "proposed").length;
    if (open >= MAX_OPEN_PER_NATION) return refuse("rate_limited", `At most ${MAX_OPEN_PER_NATION} open proposals at once; wait for answers.`);
    let countered: DealProposal | undefined;
    if (replyTo) {
      countered = this.proposals.find((p) => p.id === replyTo);
      if (!countered || countered.terms.to !== terms.from || countered.terms.from !== terms.to) return refuse("forbidden", "You can counter only a proposal made to your nation by that nation.");
      if (countered.status !== "proposed") return refuse("not_in_phase", `That proposal is already ${countered.status}.`);
    }
    const own = ownSide(state, terms, terms.from, orders, this.signedFor(state.turn));
    if (!own.ok) return own;
    if (countered) {
      countered.status = "countered";
      countered.note = `Countered by ${state.nations[terms.from].name}.`;
      this.store.saveDeal(this.code, countered);
    }
    const proposal: DealProposal = { id: `d${state.turn}-${this.proposals.length + 1}`, turn: state.turn, terms, status: "proposed", byName, ...(replyTo ? { replyTo } : {}), ...(note ? { note } : {}) };
    this.store.saveDeal(this.code, proposal);
    this.proposals.push(proposal);
    return { ok: true, proposal };
  }

  /** The addressee accepts (both sides re-checked, then signed) or rejects a proposal. */
  respond(state: GameState, orders: Record<string, Order[]>, nation: string, id: string, accept: boolean, note?: string): Outcome {
    const p = this.proposals.find((x) => x.id === id);
    if (!p || (p.terms.from !== nation && p.terms.to !== nation)) return refuse("not_found", `No proposal "${id}" for your nation.`);
    if (p.terms.to !== nation) return refuse("forbidden", "Only the nation a proposal is addressed to can accept or reject it.");
    if (p.status !== "proposed" || p.turn !== state.turn) return refuse("not_in_phase", `That proposal is ${p.turn !== state.turn ? "expired" : p.status}.`);
    if (accept) {
      const signed = this.signedFor(state.turn);
      const mine = ownSide(state, p.terms, nation, orders, signed);
      if (!mine.ok) return mine;
      const theirs = validateDeal(state, p.terms, orders, signed);
      if (!theirs.ok) return refuse("forbidden", `${state.nations[p.terms.from].name} can no longer cover this deal; ask for a new proposal.`);
    }
    p.status = accept ? "accepted" : "rejected";
    if (note) p.note = note;
    this.store.saveDeal(this.code, p);
    return DONE;
  }

  /** Open proposals of a resolved turn expire. Returns the ones that changed. */
  expire(turn: number): DealProposal[] {
    const changed = this.proposals.filter((p) => p.turn === turn && p.status === "proposed");
    for (const p of changed) {
      p.status = "expired";
      this.store.saveDeal(this.code, p);
    }
    return changed;
  }
}

/** Check only what `nation` gives in a deal (never reveals the other side's private figures). */
function ownSide(state: GameState, terms: DealTerms, nation: string, orders: Record<string, Order[]>, signed: DealTerms[]): Outcome {
  const side = terms.from === nation ? "from" : "to";
  const mine: DealTerms = { ...terms, items: terms.items.filter((it) => !("giver" in it) || it.giver === side) };
  if (mine.items.length === 0) return DONE;
  const r = validateDeal(state, mine, orders, signed);
  return r.ok ? DONE : refuse("forbidden", r.error.message);
}
