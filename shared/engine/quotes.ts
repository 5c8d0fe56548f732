/**
 * Vendor quotes and counter-offers: a pure function of the state, the nation, the request and the
 * counter-offers so far, so a signed quote (the `sign_quote` order) is re-derived and re-checked by the
 * engine at resolution and replays exactly. Quotes last for the quarter they are made in.
 *
 * Price: the catalogue price through the vendor and package (costs.ts) × 1.05 when HBM was sold out last
 * quarter (demand above supply) × 1.03 export compliance for a licence-bound buyer × 0.98 for a returning customer.
 * Floor a vendor accepts: price × (1 − 3% − volume 2% (≥ 500 GPUs) or 4% (≥ 2,000) − 3% × the nation's share
 * of an integrator it holds a stake in (partnerships.ts) + 2% when HBM is sold out). An ask at or above the floor is accepted; within 5% below it the vendor
 * meets halfway; further below it refuses and says why. Lead time: one quarter shorter for +6% when HBM is
 * not sold out and the nation has priority (a memory agreement, a stake of US$100M or more / trilateral); otherwise
 * refused. Who operates: the nation may run a full-stack factory itself (−8%, SLA becomes best effort) with
 * expertise ≥ 50; components can be run by the vendor (+10%). Management software in the country: +4% from a
 * US integrator; a local partner already keeps it in the country. SLA of a vendor-run cluster: the vendor
 * moves between 99 % and 99.95 % (C19–C21) for ±4 % of the price per point of availability. All estimates
 * (C8, C17, C25, G11).
 *
 * Every term is mechanical once signed (recordServiceTerms; operators.ts reads it): the SLA caps the batch's
 * downtime at the SLA's share (a self-run batch loses 4–12 % to faults, G13); who operates sets utilisation,
 * managed fees, learning by doing and control; management software in the country adds 0.2 to the control
 * weight of a vendor-run batch and transfers expertise; data stays in the country, so a data-localisation
 * policy costs such a batch nothing extra (a vendor-cloud control plane under localisation pays a compliance
 * premium on managed fees).
 */
import type { QuoteAsk, QuoteRequest } from "../protocol/deals";
import type { GameState, Nation, ServiceTerms } from "./state";
import { findAccelerator } from "./catalogue";
import { findVendor, gpuLeadQuarters, gpuUnitPrice } from "./costs";
import { hasPriorityWith, stakeShare, trilateralMinGb } from "./partnerships";
import { STAKE_DISCOUNT } from "./rates";
import { addQuarters } from "./quarter";
import { needsLicence } from "./licences";
import { hbmPoolOf } from "./hbm";

/** The terms a vendor offers. */
export interface Quote {
  request: QuoteRequest;
  vendorName: string;
  /** Price per GPU, US$ M. */
  unitPrice: number;
  total: number;
  leadQuarters: number;
  /** Monthly uptime promised, percent (0 = best effort, no SLA). */
  slaUptime: number;
  /** Hours to respond to a fault. */
  responseHours: number;
  operator: "vendor" | "nation";
  dataLocation: "in-country";
  mgmtSoftware: "in-country" | "vendor-cloud";
  /** Last turn the quote can be signed. */
  expiresTurn: number;
  /** Lowest price per GPU this vendor would accept now (never shown to the player; used by the AI). */
  floor: number;
}

/** The figures of each thing a vendor says about a term of a counter-offer (shared/describe/quotes.ts writes it). */
export interface QuoteSaidParams {
  "operator/nation": { vendor: string };
  "operator/nation_refused": { vendor: string; expertise: number };
  "operator/vendor": { vendor: string };
  "sla/needs_vendor": { vendor: string };
  "sla/self_run": { vendor: string };
  "sla/up": { vendor: string; uptime: number; pct: number };
  "sla/down": { vendor: string; uptime: number; pct: number };
  "mgmt/in_country": { vendor: string };
  "lead/sold_out": { vendor: string; year: number; q: number };
  "lead/no_priority": { vendor: string };
  "lead/shorter": { vendor: string };
  "price/accepted": { vendor: string; unitPrice: number };
  "price/halfway": { vendor: string; unitPrice: number };
  "price/floor": { vendor: string; floor: number; why: "sold_out" | "small" | "cost" };
  keeps: { vendor: string };
}

/** What a vendor says about one term of a counter-offer: a code and its figures. */
export type QuoteSaid = { [C in keyof QuoteSaidParams]: { code: C; params: QuoteSaidParams[C] } }[keyof QuoteSaidParams];

/** A vendor's answer to one counter-offer: the outcome and what it said, term by term (codes and figures). */
export interface QuoteAnswer {
  outcome: "accepted" | "halfway" | "refused";
  said: QuoteSaid[];
}

/** A quote after a series of counter-offers. */
export interface Negotiation {
  quote: Quote;
  answers: QuoteAnswer[];
}

/** Price change per point of SLA availability a vendor asks (estimate: 99 % → 99.9 % costs 3.6 %). */
export const SLA_PRICE_PER_POINT = 0.04;

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;

/** Was the HBM pool this part draws from (HBM3E or HBM4) sold out last quarter? Falls back to the whole pool before the first quarter resolves. */
function soldOut(state: GameState, model: string): boolean {
  const a = findAccelerator(state.catalogue, model);
  const pool = a ? state.market.hbmPools?.[hbmPoolOf(a)] : undefined;
  if (pool) return pool.demandGb > pool.supplyGb && pool.supplyGb > 0;
  return state.market.lastHbmDemandGb > state.market.lastHbmSupplyGb && state.market.lastHbmSupplyGb > 0;
}

function priority(state: GameState, n: Nation, vendorId: string): boolean {
  return n.memoryAgreements.some((m) => m.gbPerQuarter > 0 && m.toTurn >= state.turn) || hasPriorityWith(n, vendorId, state.turn, trilateralMinGb(state));
}

/**
 * The vendor's first quote for a request it can fill (the model and the vendor exist), unchecked: quote-check.ts
 * `quoteFor` checks the request as an order first and says why a vendor cannot quote.
 */
export function priceQuote(state: GameState, nationId: string, req: QuoteRequest): Quote | undefined {
  const n = state.nations[nationId];
  const a = findAccelerator(state.catalogue, req.model);
  const vendor = findVendor(state, req.vendor);
  if (!n || !a || !vendor) return undefined;
  const tight = soldOut(state, req.model);
  const returning = n.dataCentres.some((d) => d.gpus.some((g) => g.vendor === req.vendor)) || n.pendingGpus.some((p) => p.vendor === req.vendor);
  const price = gpuUnitPrice(state, n, a, vendor, req.package) * (tight ? 1.05 : 1) * (needsLicence(n) ? 1.03 : 1) * (returning ? 0.98 : 1);
  const volume = req.quantity >= 2000 ? 0.04 : req.quantity >= 500 ? 0.02 : 0;
  const stake = vendor.kind === "integrator" ? STAKE_DISCOUNT * stakeShare(n, vendor.v.id) : 0;
  const floor = price * (1 - Math.max(0, 0.03 + volume + stake - (tight ? 0.02 : 0)));
  const fullstack = req.package === "fullstack";
  const integrator = vendor.kind === "integrator";
  const quote: Quote = {
    request: req,
    vendorName: vendor.v.name,
    unitPrice: round4(price),
    total: 0,
    leadQuarters: gpuLeadQuarters(a, vendor) + (tight ? 1 : 0),
    slaUptime: fullstack ? (integrator ? vendor.v.slaUptime : 99.5) : 0,
    responseHours: fullstack ? 4 : 24,
    operator: fullstack && integrator ? "vendor" : "nation",
    dataLocation: "in-country",
    mgmtSoftware: integrator && fullstack ? "vendor-cloud" : "in-country",
    expiresTurn: state.turn,
    floor: round4(floor),
  };
  quote.total = round4(quote.unitPrice * req.quantity);
  return quote;
}

/** Apply one counter-offer to a quote: the vendor accepts, meets halfway or refuses, always with a reason. */
export function counterOffer(state: GameState, nationId: string, q: Quote, ask: QuoteAsk): { quote: Quote; answer: QuoteAnswer } {
  const n = state.nations[nationId];
  const name = q.vendorName;
  const next: Quote = { ...q };
  const said: QuoteSaid[] = [];
  const vendor = name;
  let outcome: QuoteAnswer["outcome"] = "accepted";
  const worst = (o: QuoteAnswer["outcome"]): void => {
    const rank = { accepted: 0, halfway: 1, refused: 2 };
    if (rank[o] > rank[outcome]) outcome = o;
  };
  if (ask.operator && ask.operator !== next.operator) {
    if (ask.operator === "nation") {
      if (n.expertise >= 50) {
        next.operator = "nation";
        next.unitPrice *= 0.92;
        next.floor *= 0.92;
        next.slaUptime = 0;
        next.responseHours = 24;
        said.push({ code: "operator/nation", params: { vendor } });
      } else {
        worst("refused");
        said.push({ code: "operator/nation_refused", params: { vendor, expertise: n.expertise } });
      }
    } else {
      next.operator = "vendor";
      next.unitPrice *= 1.1;
      next.floor *= 1.1;
      next.slaUptime = Math.max(next.slaUptime, 99.5);
      next.responseHours = 4;
      said.push({ code: "operator/vendor", params: { vendor } });
    }
  }
  if (ask.slaUptime !== undefined && ask.slaUptime !== next.slaUptime) {
    if (next.operator !== "vendor" && q.request.package !== "fullstack") {
      worst("refused");
      said.push({ code: "sla/needs_vendor", params: { vendor } });
    } else if (next.slaUptime === 0) {
      worst("refused");
      said.push({ code: "sla/self_run", params: { vendor } });
    } else {
      const f = 1 + SLA_PRICE_PER_POINT * (ask.slaUptime - next.slaUptime);
      next.unitPrice *= f;
      next.floor *= f;
      said.push({
        code: ask.slaUptime > next.slaUptime ? "sla/up" : "sla/down",
        params: { vendor, uptime: ask.slaUptime, pct: Math.abs(f - 1) * 100 },
      } as QuoteSaid);
      next.slaUptime = ask.slaUptime;
    }
  }
  if (ask.mgmtInCountry && next.mgmtSoftware !== "in-country") {
    next.mgmtSoftware = "in-country";
    next.unitPrice *= 1.04;
    next.floor *= 1.04;
    said.push({ code: "mgmt/in_country", params: { vendor } });
  }
  if (ask.leadQuarters !== undefined && ask.leadQuarters < next.leadQuarters) {
    const committed = addQuarters(state.quarter, next.leadQuarters - 1);
    if (soldOut(state, q.request.model)) {
      worst("refused");
      said.push({ code: "lead/sold_out", params: { vendor, year: committed.year, q: committed.q } });
    } else if (!priority(state, n, q.request.vendor)) {
      worst("refused");
      said.push({ code: "lead/no_priority", params: { vendor } });
    } else {
      next.leadQuarters = Math.max(1, next.leadQuarters - 1);
      next.unitPrice *= 1.06;
      next.floor *= 1.06;
      said.push({ code: "lead/shorter", params: { vendor } });
    }
  }
  if (ask.unitPrice !== undefined && ask.unitPrice < next.unitPrice) {
    if (ask.unitPrice >= next.floor) {
      next.unitPrice = ask.unitPrice;
      said.push({ code: "price/accepted", params: { vendor, unitPrice: ask.unitPrice } });
    } else if (ask.unitPrice >= next.floor * 0.95) {
      worst("halfway");
      next.unitPrice = (next.unitPrice + next.floor) / 2;
      said.push({ code: "price/halfway", params: { vendor, unitPrice: next.unitPrice } });
    } else {
      worst("refused");
      const why = soldOut(state, q.request.model) ? "sold_out" : q.request.quantity < 500 ? "small" : "cost";
      said.push({ code: "price/floor", params: { vendor, floor: next.floor, why } });
    }
  }
  if (said.length === 0) said.push({ code: "keeps", params: { vendor } });
  next.unitPrice = round4(next.unitPrice);
  next.floor = round4(next.floor);
  next.total = round4(next.unitPrice * q.request.quantity);
  return { quote: next, answer: { outcome, said } };
}

/** A quote after every counter-offer, in order. */
export function haggle(state: GameState, nationId: string, first: Quote, asks: QuoteAsk[]): Negotiation {
  let quote = first;
  const answers: QuoteAnswer[] = [];
  for (const ask of asks) {
    const r = counterOffer(state, nationId, quote, ask);
    quote = r.quote;
    answers.push(r.answer);
  }
  return { quote, answers };
}

/** The price of a request after every counter-offer, unchecked (what a valid `sign_quote` costs: order-cost.ts). */
export function negotiatePrice(state: GameState, nationId: string, req: QuoteRequest, asks: QuoteAsk[]): Quote | undefined {
  const first = priceQuote(state, nationId, req);
  return first && haggle(state, nationId, first, asks).quote;
}

/** Keep the signed quote's service terms for the batch it delivers (operators.ts applies them). */
export function recordServiceTerms(n: Nation, q: Quote): void {
  const t: ServiceTerms = {
    dcId: q.request.dcId,
    model: q.request.model,
    vendor: q.request.vendor,
    operator: q.operator === "vendor" ? "integrator" : "nation",
    slaUptime: q.slaUptime,
    mgmtInCountry: q.mgmtSoftware === "in-country",
  };
  n.serviceTerms = [
    ...(n.serviceTerms ?? []).filter((x) => !(x.dcId === t.dcId && x.model === t.model && x.vendor === t.vendor && x.operator === t.operator)),
    t,
  ];
}

/** The service terms a plain `order_gpus` carries (what the vendor's first quote would say), kept for its batch like a signed quote's. */
export function recordOrderTerms(state: GameState, n: Nation, o: { model: string; vendor: string; package: "components" | "fullstack"; dcId: string }): void {
  const vendor = findVendor(state, o.vendor);
  if (!vendor) return;
  const integrator = vendor.kind === "integrator";
  const fullstack = o.package === "fullstack";
  const t: ServiceTerms = {
    dcId: o.dcId,
    model: o.model,
    vendor: o.vendor,
    operator: fullstack && integrator ? "integrator" : "nation",
    slaUptime: fullstack ? (integrator ? vendor.v.slaUptime : 99.5) : 0,
    mgmtInCountry: !(fullstack && integrator),
  };
  n.serviceTerms = [
    ...(n.serviceTerms ?? []).filter((x) => !(x.dcId === t.dcId && x.model === t.model && x.vendor === t.vendor && x.operator === t.operator)),
    t,
  ];
}
