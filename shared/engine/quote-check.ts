/** Quotes checked as orders: a vendor quotes only a request it could take as an order (quotes.ts prices it). */
import type { QuoteAsk, QuoteRequest } from "../protocol/deals";
import type { GameState } from "./state";
import type { ValidationResult } from "./errors";
import { RuleError } from "./errors";
import type { Negotiation, Quote } from "./quotes";
import { haggle, priceQuote } from "./quotes";
import { validateOrder } from "./validate";

/** The vendor's first quote for a request, or why it cannot quote (the same reasons an order would be refused, money aside). */
export function quoteFor(state: GameState, nationId: string, req: QuoteRequest): { ok: true; quote: Quote } | Extract<ValidationResult, { ok: false }> {
  const check = validateOrder(state, nationId, { type: "order_gpus", turn: state.turn, ...req }, []);
  if (!check.ok && check.error.code !== RuleError.CannotAfford) return check;
  return { ok: true, quote: priceQuote(state, nationId, req)! };
}

/** The quote for a request after every counter-offer, in order (what `sign_quote` signs). */
export function negotiate(
  state: GameState,
  nationId: string,
  req: QuoteRequest,
  asks: QuoteAsk[],
): ({ ok: true } & Negotiation) | Extract<ValidationResult, { ok: false }> {
  const first = quoteFor(state, nationId, req);
  return first.ok ? { ok: true, ...haggle(state, nationId, first.quote, asks) } : first;
}
