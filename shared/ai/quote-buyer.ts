/**
 * How an AI nation buys GPUs as a human can: it asks the vendor for a quote, counters on price with a
 * ladder of asks (8 % → 2 % below the quote, the first the vendor accepts or meets halfway wins; it never
 * reads the vendor's hidden floor), asks one quarter off the lead time when it has allocation priority,
 * and signs the quote (`sign_quote`) when that is cheaper than a plain `order_gpus` and no slower.
 */
import type { Order, OrderGpusOrder } from "../protocol/orders";
import type { QuoteAsk } from "../protocol/deals";
import type { GameState } from "../engine/state";
import { counterOffer } from "../engine/quotes";
import { quoteFor } from "../engine/quote-check";
import { findAccelerator } from "../engine/catalogue";
import { findVendor, gpuLeadQuarters, gpuOrderCost } from "../engine/costs";

/** Discounts the AI asks for, largest first. */
const ASK_LADDER = [0.08, 0.06, 0.045, 0.03, 0.02];

/** The counter-offers the AI would make on a request this quarter (empty when it would sign nothing). */
export function aiAsks(state: GameState, nationId: string, o: OrderGpusOrder): QuoteAsk[] | null {
  const { type: _t, turn: _turn, ...req } = o;
  const first = quoteFor(state, nationId, req);
  if (!first.ok) return null;
  let best: { asks: QuoteAsk[]; total: number; lead: number } = { asks: [], total: first.quote.total, lead: first.quote.leadQuarters };
  for (const d of ASK_LADDER) {
    const ask: QuoteAsk = { unitPrice: Math.round(first.quote.unitPrice * (1 - d) * 10_000) / 10_000 };
    const r = counterOffer(state, nationId, first.quote, ask);
    if (r.answer.outcome === "refused") continue;
    if (r.quote.total < best.total) best = { asks: [ask], total: r.quote.total, lead: r.quote.leadQuarters };
    break;
  }
  // A quarter off the lead time is worth 6 % to a nation racing for compute only when it is early in the game.
  if (state.turn <= state.maxTurns / 2) {
    let q = first.quote;
    for (const ask of best.asks) q = counterOffer(state, nationId, q, ask).quote;
    const faster = counterOffer(state, nationId, q, { leadQuarters: q.leadQuarters - 1 });
    if (faster.answer.outcome === "accepted" && faster.quote.leadQuarters < q.leadQuarters)
      best = { asks: [...best.asks, { leadQuarters: q.leadQuarters - 1 }], total: faster.quote.total, lead: faster.quote.leadQuarters };
  }
  const a = findAccelerator(state.catalogue, o.model);
  const v = findVendor(state, o.vendor);
  const plain = gpuOrderCost(state, state.nations[nationId], o);
  if (!a || !v || plain === undefined) return null;
  const plainLead = gpuLeadQuarters(a, v);
  const cheaper = best.total < plain - 1e-9 && best.lead <= plainLead;
  const faster = best.lead < plainLead && best.total <= plain * 1.07;
  return cheaper || faster ? best.asks : null;
}

/** The order the AI gives for a GPU purchase: the signed quote when it beats the list price, else the plain order. */
export function aiPurchase(state: GameState, nationId: string, o: OrderGpusOrder): Order {
  const asks = aiAsks(state, nationId, o);
  if (!asks) return o;
  const { type: _t, ...rest } = o;
  return { ...rest, type: "sign_quote", asks };
}
