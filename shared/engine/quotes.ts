/**
 * Vendor quotes and counter-offers: a pure function of the state, the nation, the request and the
 * counter-offers so far, so a signed quote (the `sign_quote` order) is re-derived and re-checked by the
 * engine at resolution and replays exactly. Quotes last for the quarter they are made in.
 *
 * Price: the catalogue price through the vendor and package (costs.ts) × 1.05 when HBM was sold out last
 * quarter (demand above supply) × 1.03 export compliance for a licence-bound buyer × 0.98 for a returning customer.
 * Floor a vendor accepts: price × (1 − 3% − volume 2% (≥ 500 GPUs) or 4% (≥ 2,000) − 3% with a priority
 * stake + 2% when HBM is sold out). An ask at or above the floor is accepted; within 5% below it the vendor
 * meets halfway; further below it refuses and says why. Lead time: one quarter shorter for +6% when HBM is
 * not sold out and the nation has priority (a memory agreement or a priority stake / trilateral); otherwise
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
import { usdK } from "../describe/money";
import type { QuoteAsk, QuoteRequest } from "../protocol/deals";
import type { GameState, Nation, ServiceTerms } from "./state";
import { MGMT_EXPERTISE, MGMT_IN_COUNTRY_CONTROL, selfRunDowntime } from "./operators";
import { findAccelerator } from "./catalogue";
import { findVendor, gpuLeadQuarters, gpuUnitPrice } from "./costs";
import { hasPriorityWith, trilateralMinGb } from "./partnerships";
import { quarterLabel, addQuarters } from "./quarter";
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

/** A vendor's answer to one counter-offer. */
export interface QuoteAnswer {
  outcome: "accepted" | "halfway" | "refused";
  reason: string;
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
  const stake = vendor.kind === "integrator" && (n.stakes[vendor.v.id] ?? 0) >= 100 ? 0.03 : 0;
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
  const said: string[] = [];
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
        said.push(`${name} agrees that your team runs the cluster: 8% off, but the SLA becomes best effort.`);
      } else {
        worst("refused");
        said.push(`${name} will not hand over a cluster your team cannot yet run (expertise ${n.expertise.toFixed(0)} < 50).`);
      }
    } else {
      next.operator = "vendor";
      next.unitPrice *= 1.1;
      next.floor *= 1.1;
      next.slaUptime = Math.max(next.slaUptime, 99.5);
      next.responseHours = 4;
      said.push(`${name} will run the cluster for you with a 99.5% SLA for 10% more.`);
    }
  }
  if (ask.slaUptime !== undefined && ask.slaUptime !== next.slaUptime) {
    if (next.operator !== "vendor" && q.request.package !== "fullstack") {
      worst("refused");
      said.push(`${name} gives an SLA only on a cluster it runs or supports: ask it to run the cluster first.`);
    } else if (next.slaUptime === 0) {
      worst("refused");
      said.push(`${name} gives no SLA on a cluster your own team runs.`);
    } else {
      const f = 1 + SLA_PRICE_PER_POINT * (ask.slaUptime - next.slaUptime);
      next.unitPrice *= f;
      next.floor *= f;
      said.push(
        ask.slaUptime > next.slaUptime
          ? `${name} commits to ${ask.slaUptime}% uptime for ${((f - 1) * 100).toFixed(1)}% more.`
          : `${name} drops its commitment to ${ask.slaUptime}% uptime for ${((1 - f) * 100).toFixed(1)}% less.`,
      );
      next.slaUptime = ask.slaUptime;
    }
  }
  if (ask.mgmtInCountry && next.mgmtSoftware !== "in-country") {
    next.mgmtSoftware = "in-country";
    next.unitPrice *= 1.04;
    next.floor *= 1.04;
    said.push(`${name} will host the management software and control plane in your country for 4% more.`);
  }
  if (ask.leadQuarters !== undefined && ask.leadQuarters < next.leadQuarters) {
    const committed = quarterLabel(addQuarters(state.quarter, next.leadQuarters - 1));
    if (soldOut(state, q.request.model)) {
      worst("refused");
      said.push(`${name} cannot shorten the lead time: HBM allocation for ${committed} is committed (demand exceeded supply last quarter).`);
    } else if (!priority(state, n, q.request.vendor)) {
      worst("refused");
      said.push(`${name} cannot shorten the lead time without allocation priority: a memory agreement or a strategic stake would give it.`);
    } else {
      next.leadQuarters = Math.max(1, next.leadQuarters - 1);
      next.unitPrice *= 1.06;
      next.floor *= 1.06;
      said.push(`${name} moves you up the allocation queue by one quarter for 6% more.`);
    }
  }
  if (ask.unitPrice !== undefined && ask.unitPrice < next.unitPrice) {
    if (ask.unitPrice >= next.floor) {
      next.unitPrice = ask.unitPrice;
      said.push(`${name} accepts ${usdK(ask.unitPrice)} per GPU.`);
    } else if (ask.unitPrice >= next.floor * 0.95) {
      worst("halfway");
      next.unitPrice = (next.unitPrice + next.floor) / 2;
      said.push(`${name} meets you halfway at ${usdK(next.unitPrice)} per GPU.`);
    } else {
      worst("refused");
      const why = soldOut(state, q.request.model)
        ? "HBM is sold out and its allocation is what everyone wants"
        : q.request.quantity < 500
          ? "the order is too small for a volume discount"
          : "that is below its cost of HBM and integration";
      said.push(`${name} cannot go below ${usdK(next.floor)} per GPU: ${why}.`);
    }
  }
  if (said.length === 0) said.push(`${name} keeps its terms: nothing in the counter-offer changes them.`);
  next.unitPrice = round4(next.unitPrice);
  next.floor = round4(next.floor);
  next.total = round4(next.unitPrice * q.request.quantity);
  return { quote: next, answer: { outcome, reason: said.join(" ") } };
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

/** What each term of a quote does once signed, in sentences with sources (the quote panel shows them). */
export function termEffects(state: GameState, nationId: string, q: Quote): { uptime: string; operator: string; mgmt: string; data: string } {
  const n = state.nations[nationId];
  const a = findAccelerator(state.catalogue, q.request.model);
  const own = selfRunDowntime(n?.expertise ?? 0, a?.rackScale ?? false);
  const uptime =
    q.slaUptime > 0
      ? `Downtime at most ${(100 - q.slaUptime).toFixed(2)} % of the time (SLA with service credits, C19–C22), against ${(own * 100).toFixed(1)} % lost to faults if your team ran it at expertise ${(n?.expertise ?? 0).toFixed(0)} (G13).`
      : `No SLA: your team carries the faults, about ${(own * 100).toFixed(1)} % of the time lost at expertise ${(n?.expertise ?? 0).toFixed(0)} (one interruption every ~3 h at 16k GPUs, G13).`;
  const operator =
    q.operator === "vendor"
      ? "The vendor runs it at its managed utilisation (~85 %, G11) for a managed fee of 2 % of the hardware value a quarter; it counts 0.25–0.5 toward your control share and teaches little."
      : "Your team runs it: utilisation grows with expertise (40 % → 85 %, G12, G11), no managed fee, +0.3 expertise a quarter from learning by doing, full control.";
  const mgmt =
    q.mgmtSoftware === "in-country"
      ? q.operator === "vendor"
        ? `Control plane in the country: +${MGMT_IN_COUNTRY_CONTROL} control weight on this batch and +${MGMT_EXPERTISE} expertise a quarter (local staff run it with the vendor; C24, C25).`
        : "Control plane in the country: you hold the keys."
      : "Control plane in the vendor's cloud: no extra control; under a data-localisation policy the managed fee carries a 50 % compliance premium (estimate).";
  const data = "Data stays in the country: a data-localisation policy costs this batch no foreign revenue beyond the policy's own effect.";
  return { uptime, operator, mgmt, data };
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
