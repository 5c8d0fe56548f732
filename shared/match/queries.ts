/** Questions a seat asks the match without changing it: a vendor quote or a US export licence offer for its nation. */
import { negotiate } from "../engine/quote-check";
import type { Negotiation } from "../engine/quotes";
import type { QuoteAsk, QuoteRequest } from "../protocol/deals";
import type { LicenceAsk, LicenceRequest } from "../protocol/licences";
import type { LicenceAnswer, LicenceOffer } from "../engine/licences";
import { negotiateLicence } from "../engine/licences";
import type { Match } from "./state";
import { seatById } from "./state";
import { liveState } from "./live";
import { actingNation } from "./orders";
import type { Refusal } from "./refusal";
import { refuse, refuseRule } from "./refusal";

/** The nation a seat may ask questions for now (its seat must still be in the game and act for a nation). */
function askingNation(m: Match, actor: string): ReturnType<typeof actingNation> | Refusal {
  const seat = seatById(m, actor);
  if (!seat) return refuse("no_seat", "seat/unknown");
  return actingNation(m, seat, m.state.turn);
}

/** A vendor's quote for the seat's nation after the counter-offers so far (answered to the asker only). */
export function quoteFor(m: Match, actor: string, request: QuoteRequest, asks: QuoteAsk[]): ({ ok: true } & Negotiation) | Refusal {
  const who = askingNation(m, actor);
  if (!who.ok) return who;
  const r = negotiate(liveState(m), who.nation, request, asks);
  return r.ok ? r : refuseRule("forbidden", r.error);
}

/** The US's licence offer for the seat's nation after the counter-offers so far (answered to the asker only). */
export function licenceFor(
  m: Match,
  actor: string,
  request: LicenceRequest,
  asks: LicenceAsk[],
): { ok: true; offer: LicenceOffer; answers: LicenceAnswer[] } | Refusal {
  const who = askingNation(m, actor);
  if (!who.ok) return who;
  const r = negotiateLicence(liveState(m), who.nation, request, asks);
  return r.ok ? r : refuseRule("forbidden", r.error);
}
