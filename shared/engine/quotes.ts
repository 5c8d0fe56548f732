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
 * US integrator; a local partner already keeps it in the country. All estimates (C8, C17, C25, G11).
 */
import type { QuoteAsk, QuoteRequest } from "../protocol/deals";
import type { GameState, Nation } from "./state";
import type { ValidationResult } from "./errors";
import { RuleError } from "./errors";
import { findAccelerator } from "./catalogue";
import { findVendor, gpuLeadQuarters, gpuUnitPrice } from "./costs";
import { hasPriorityWith } from "./partnerships";
import { validateOrder } from "./validate";
import { quarterLabel, addQuarters } from "./quarter";
import { needsLicence } from "./licences";

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

const round4 = (x: number): number => Math.round(x * 10_000) / 10_000;
const usdK = (m: number): string => `US$${Math.round(m * 1000).toLocaleString("en-US")}k`;

function soldOut(state: GameState): boolean {
  return state.market.lastHbmDemandGb > state.market.lastHbmSupplyGb && state.market.lastHbmSupplyGb > 0;
}

function priority(state: GameState, n: Nation, vendorId: string): boolean {
  return n.memoryAgreements.some((m) => m.gbPerQuarter > 0 && m.toTurn >= state.turn) || hasPriorityWith(n, vendorId, state.turn);
}

/** The vendor's first quote for a request, or why it cannot quote (the same reasons an order would be refused). */
export function quoteFor(state: GameState, nationId: string, req: QuoteRequest): { ok: true; quote: Quote } | Extract<ValidationResult, { ok: false }> {
  const check = validateOrder(state, nationId, { type: "order_gpus", turn: state.turn, ...req }, []);
  if (!check.ok && check.error.code !== RuleError.CannotAfford) return check;
  const n = state.nations[nationId];
  const a = findAccelerator(state.catalogue, req.model)!;
  const vendor = findVendor(state, req.vendor)!;
  const tight = soldOut(state);
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
  return { ok: true, quote };
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
        next.operator = "nation"; next.unitPrice *= 0.92; next.floor *= 0.92; next.slaUptime = 0; next.responseHours = 24;
        said.push(`${name} agrees that your team runs the cluster: 8% off, but the SLA becomes best effort.`);
      } else {
        worst("refused");
        said.push(`${name} will not hand over a cluster your team cannot yet run (expertise ${n.expertise.toFixed(0)} < 50).`);
      }
    } else {
      next.operator = "vendor"; next.unitPrice *= 1.1; next.floor *= 1.1; next.slaUptime = Math.max(next.slaUptime, 99.5); next.responseHours = 4;
      said.push(`${name} will run the cluster for you with a 99.5% SLA for 10% more.`);
    }
  }
  if (ask.mgmtInCountry && next.mgmtSoftware !== "in-country") {
    next.mgmtSoftware = "in-country"; next.unitPrice *= 1.04; next.floor *= 1.04;
    said.push(`${name} will host the management software and control plane in your country for 4% more.`);
  }
  if (ask.leadQuarters !== undefined && ask.leadQuarters < next.leadQuarters) {
    const committed = quarterLabel(addQuarters(state.quarter, next.leadQuarters - 1));
    if (soldOut(state)) {
      worst("refused");
      said.push(`${name} cannot shorten the lead time: HBM allocation for ${committed} is committed (demand exceeded supply last quarter).`);
    } else if (!priority(state, n, q.request.vendor)) {
      worst("refused");
      said.push(`${name} cannot shorten the lead time without allocation priority: a memory agreement or a strategic stake would give it.`);
    } else {
      next.leadQuarters = Math.max(1, next.leadQuarters - 1); next.unitPrice *= 1.06; next.floor *= 1.06;
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
      const why = soldOut(state) ? "HBM is sold out and its allocation is what everyone wants" : q.request.quantity < 500 ? "the order is too small for a volume discount" : "that is below its cost of HBM and integration";
      said.push(`${name} cannot go below ${usdK(next.floor)} per GPU: ${why}.`);
    }
  }
  if (said.length === 0) said.push(`${name} keeps its terms: nothing in the counter-offer changes them.`);
  next.unitPrice = round4(next.unitPrice);
  next.floor = round4(next.floor);
  next.total = round4(next.unitPrice * q.request.quantity);
  return { quote: next, answer: { outcome, reason: said.join(" ") } };
}

/** The quote for a request after every counter-offer, in order (what `sign_quote` signs). */
export function negotiate(state: GameState, nationId: string, req: QuoteRequest, asks: QuoteAsk[]): ({ ok: true } & Negotiation) | Extract<ValidationResult, { ok: false }> {
  const first = quoteFor(state, nationId, req);
  if (!first.ok) return first;
  let quote = first.quote;
  const answers: QuoteAnswer[] = [];
  for (const ask of asks) {
    const r = counterOffer(state, nationId, quote, ask);
    quote = r.quote;
    answers.push(r.answer);
  }
  return { ok: true, quote, answers };
}
