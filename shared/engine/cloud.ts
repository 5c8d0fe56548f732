/**
 * The third path: capacity rented from a hyperscaler's sovereign region ("AI for countries" offers;
 * facts.md §5: Microsoft US$30 B in the UK, N62; AWS ¥2.2 tn in Japan by 2027 and Microsoft US$2.9 B, N60;
 * Delos on Azure and an AWS sovereign region in Germany, N40; Stargate UAE with Oracle, N16, N17; Google
 * US$5 B in the UK, N63). Fast and capex-free, but foreign-run: low sovereignty and never the nation's own
 * compute for the local-language milestone. The rented GPU-hours do national work: the nation passes them to
 * its labs, universities and start-ups at the domestic-access rent (60 % of the market rent of the part),
 * as IndiaAI buys GPU-hours from private cloud providers and sells them subsidised (N28, N30, N32; market.ts).
 *
 * - Price per GPU-hour = the part's 2026 specialist rent (catalogue rentPerHour, G1–G9) × the market rent
 *   index × 2.0 hyperscaler on-demand premium (G3, G4, G6–G8: H100 US$3.50–5.00 against US$2.50–3.50
 *   specialist; B200 US$8–14 against US$3.75–6; estimate of the ratio) × the provider's factor (Azure
 *   dearer, G3's ~US$6.98 H100; others estimates) × 1.05 sovereign-region premium (estimate) × a commitment
 *   discount of 3.5 % per quarter beyond the first, at most 35 % (G8: reserved B200/H200 contracts break even
 *   with on-demand at ~65 % utilisation, i.e. reserved ≈ 0.65 × on-demand). Hyperscalers do
 *   not discount old parts the way the specialist market does (G3: H100 on-demand still US$3.50–5.00 in 2026).
 *   AWS on demand: H100 ≈ US$4.9, H200 ≈ US$7.4, B200 ≈ US$7.9 an hour.
 *   The price is fixed at signing; the fee is opex every quarter of the term (operations.ts).
 * - Capacity is online from the next quarter: peak PF × 0.80 utilisation (hyperscaler fleets 70–85 %,
 *   G14; ~80 % operating time, G10) × 99.9 % SLA (C19); control weight 0.15 (data stays in the country,
 *   but the provider runs the stack and holds the keys; estimate, below an integrator-run 0.25).
 */
import type { CloudContractOrder, CloudProvider, Order } from "../protocol/orders";
import type { CloudContract, GameState, Nation } from "./state";
import { gameEvent, money } from "./event-types";
import type { GameEvent } from "./event-types";
import type { OperationsFigures } from "./operations";
import type { ValidationResult } from "./errors";
import { OK, reject } from "./errors";
import { findAccelerator } from "./catalogue";
import { isAvailable } from "./costs";
import { moneyAvailable } from "./order-cost";
import { checkExport } from "./licences";
import { quarterLabel } from "./quarter";
import { DOMESTIC_ACCESS_SHARE, marketRent } from "./market";

/** A hyperscaler's sovereign-cloud offer. */
export interface CloudOffer {
  name: string;
  /** Price factor on the hyperscaler tier. */
  priceFactor: number;
  /** The real offer behind it. */
  offer: string;
  sources: string[];
}

/** The four providers (factors: Azure from G3's dearer H100; the others estimates). */
export const CLOUD_PROVIDERS: Record<CloudProvider, CloudOffer> = {
  aws: {
    name: "AWS sovereign region",
    priceFactor: 1.0,
    offer: "AWS ¥2.2 tn in Japan by 2027; AWS European Sovereign Cloud in Germany",
    sources: ["N60", "N40", "G3"],
  },
  azure: {
    name: "Microsoft Azure (sovereign)",
    priceFactor: 1.25,
    offer: "Microsoft US$30 B in the UK; Delos Cloud (SAP) on Azure for Germany",
    sources: ["N62", "N40", "G3"],
  },
  google: { name: "Google Cloud (sovereign)", priceFactor: 1.05, offer: "Google US$5 B in the UK", sources: ["N63", "G4"] },
  oracle: { name: "Oracle Cloud (Stargate)", priceFactor: 0.95, offer: "Oracle in Stargate UAE (1 GW) with OpenAI and G42", sources: ["N16", "N17"] },
};

/** Hyperscaler on-demand premium over the specialist rent (G3, G4, G6–G8; estimate of the ratio). */
export const HYPERSCALER_PREMIUM = 2.0;
/** Sovereign-region premium (estimate). */
export const SOVEREIGN_PREMIUM = 1.05;
/** Utilisation of rented capacity × SLA (G14, G10, C19). */
export const CLOUD_UTILISATION = 0.8 * 0.999;
/** Control weight of rented capacity: foreign-run (estimate). */
export const CLOUD_CONTROL = 0.15;

/** Largest commitment discount: reserved ≈ 0.65 × on-demand (G8: break-even at ~65 % utilisation). */
export const MAX_COMMITMENT_DISCOUNT = 0.35;

/** Commitment discount for a term of `quarters` (G8). */
export function commitmentDiscount(quarters: number): number {
  return Math.min(MAX_COMMITMENT_DISCOUNT, 0.035 * Math.max(0, quarters - 1));
}

/** Revenue a quarter of rented capacity doing national work: its GPU-hours at the domestic-access rent, US$ M (N28, N30, N32). */
export function cloudNationalRevenue(state: GameState, c: CloudContract): number {
  const a = findAccelerator(state.catalogue, c.model);
  if (!a) return 0;
  return (c.gpus * state.catalogue.hoursPerQuarter * CLOUD_UTILISATION * marketRent(state, a) * DOMESTIC_ACCESS_SHARE) / 1e6;
}

/** Price per GPU-hour of a contract signed now, US$ (undefined for an unknown model). */
export function cloudPricePerHour(state: GameState, provider: CloudProvider, model: string, quarters: number): number | undefined {
  const a = findAccelerator(state.catalogue, model);
  if (!a) return undefined;
  return (
    a.rentPerHour *
    state.market.rentIndex *
    HYPERSCALER_PREMIUM *
    CLOUD_PROVIDERS[provider].priceFactor *
    SOVEREIGN_PREMIUM *
    (1 - commitmentDiscount(quarters))
  );
}

/** Fee per quarter of a contract signed now, US$ M. */
export function cloudFeePerQuarter(state: GameState, o: Pick<CloudContractOrder, "provider" | "model" | "gpus" | "quarters">): number {
  const p = cloudPricePerHour(state, o.provider, o.model, o.quarters) ?? 0;
  return (o.gpus * p * state.catalogue.hoursPerQuarter) / 1e6;
}

/** Is the contract legal now? The first quarter's fee must be covered after the nation's other orders and contracts this quarter. */
export function checkCloudContract(state: GameState, n: Nation, o: CloudContractOrder, prior: Order[]): ValidationResult {
  const a = findAccelerator(state.catalogue, o.model);
  if (!a) return reject("gpu/unknown_model", { model: o.model });
  if (!isAvailable(state, a)) return reject("gpu/not_available:not_any_cloud", { model: a.name, available: quarterLabel(a.available) });
  // A sovereign region in the country deploys the GPUs there: US export licences cover them as any import (facts.md N20, E21).
  const exported = checkExport(state, n, a, o.gpus, prior);
  if (!exported.ok) return exported;
  const fee = cloudFeePerQuarter(state, o);
  const earlier = prior.reduce((s, p) => s + (p.type === "cloud_contract" ? cloudFeePerQuarter(state, p) : 0), 0);
  const left = moneyAvailable(state, n, prior) - earlier;
  if (fee > left + 1e-9) {
    return reject("money/cannot_afford", { fee, left: Math.max(0, left) });
  }
  return OK;
}

/** Sign the contract: capacity from next quarter for `quarters` quarters, at today's price. */
export function applyCloudContract(state: GameState, n: Nation, o: CloudContractOrder, events: GameEvent[]): void {
  const fee = cloudFeePerQuarter(state, o);
  const c: CloudContract = {
    id: `${n.id}-cloud${state.nextId++}`,
    provider: o.provider,
    model: o.model,
    gpus: o.gpus,
    fromTurn: state.turn + 1,
    toTurn: state.turn + o.quarters,
    feePerQuarter: fee,
  };
  n.cloudContracts = [...(n.cloudContracts ?? []), c];
  events.push(
    gameEvent(
      state.turn,
      n.id,
      "order",
      "cloud/rented",
      { provider: CLOUD_PROVIDERS[o.provider].name, count: o.gpus, model: o.model, quarters: o.quarters, fee: money(fee) },
      { sources: CLOUD_PROVIDERS[o.provider].sources },
    ),
  );
}

/** Contracts of a nation online this turn. */
export function activeCloud(state: GameState, n: Nation): CloudContract[] {
  return (n.cloudContracts ?? []).filter((c) => c.fromTurn <= state.turn && state.turn <= c.toTurn);
}

/** Add this quarter's rented capacity and fees to a nation's operations figures. */
export function addCloudCapacity(state: GameState, n: Nation, f: OperationsFigures): void {
  for (const c of activeCloud(state, n)) {
    const a = findAccelerator(state.catalogue, c.model);
    if (!a) continue;
    const peak = c.gpus * a.pf;
    f.compute += peak;
    f.effectiveCompute += peak * CLOUD_UTILISATION;
    f.domesticCompute += peak * CLOUD_UTILISATION * CLOUD_CONTROL;
    f.opex += c.feePerQuarter;
    f.revenue += cloudNationalRevenue(state, c);
  }
}
