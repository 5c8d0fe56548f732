/**
 * The words of a vendor's quote: what it says to each counter-offer (the engine's QuoteSaid codes, shared/engine/quotes.ts)
 * and what each term of a quote does once signed. The client's quote panel, the server's tests and the AI's logs read them.
 */
import type { GameState } from "../engine/state";
import type { Quote, QuoteAnswer, QuoteSaid, QuoteSaidParams } from "../engine/quotes";
import { MGMT_EXPERTISE, MGMT_IN_COUNTRY_CONTROL, selfRunDowntime } from "../engine/operators";
import { findAccelerator } from "../engine/catalogue";
import { quarterLabel } from "../engine/quarter";
import { usdK } from "./money";

type Say<C extends keyof QuoteSaidParams> = (p: QuoteSaidParams[C]) => string;

const FLOOR_WHY: Record<"sold_out" | "small" | "cost", string> = {
  sold_out: "HBM is sold out and its allocation is what everyone wants",
  small: "the order is too small for a volume discount",
  cost: "that is below its cost of HBM and integration",
};

/** The sentence of every code a vendor answers with. */
export const QUOTE_TEXT: { [C in keyof QuoteSaidParams]: Say<C> } = {
  "operator/nation": (p) => `${p.vendor} agrees that your team runs the cluster: 8% off, but the SLA becomes best effort.`,
  "operator/nation_refused": (p) => `${p.vendor} will not hand over a cluster your team cannot yet run (expertise ${p.expertise.toFixed(0)} < 50).`,
  "operator/vendor": (p) => `${p.vendor} will run the cluster for you with a 99.5% SLA for 10% more.`,
  "sla/needs_vendor": (p) => `${p.vendor} gives an SLA only on a cluster it runs or supports: ask it to run the cluster first.`,
  "sla/self_run": (p) => `${p.vendor} gives no SLA on a cluster your own team runs.`,
  "sla/up": (p) => `${p.vendor} commits to ${p.uptime}% uptime for ${p.pct.toFixed(1)}% more.`,
  "sla/down": (p) => `${p.vendor} drops its commitment to ${p.uptime}% uptime for ${p.pct.toFixed(1)}% less.`,
  "mgmt/in_country": (p) => `${p.vendor} will host the management software and control plane in your country for 4% more.`,
  "lead/sold_out": (p) =>
    `${p.vendor} cannot shorten the lead time: HBM allocation for ${quarterLabel({ year: p.year, q: p.q as 1 | 2 | 3 | 4 })} is committed (demand exceeded supply last quarter).`,
  "lead/no_priority": (p) => `${p.vendor} cannot shorten the lead time without allocation priority: a memory agreement or a strategic stake would give it.`,
  "lead/shorter": (p) => `${p.vendor} moves you up the allocation queue by one quarter for 6% more.`,
  "price/accepted": (p) => `${p.vendor} accepts ${usdK(p.unitPrice)} per GPU.`,
  "price/halfway": (p) => `${p.vendor} meets you halfway at ${usdK(p.unitPrice)} per GPU.`,
  "price/floor": (p) => `${p.vendor} cannot go below ${usdK(p.floor)} per GPU: ${FLOOR_WHY[p.why]}.`,
  keeps: (p) => `${p.vendor} keeps its terms: nothing in the counter-offer changes them.`,
};

/** One thing a vendor said, in words. */
export function describeQuoteSaid(s: QuoteSaid): string {
  return (QUOTE_TEXT[s.code] as (p: QuoteSaid["params"]) => string)(s.params);
}

/** A vendor's answer with its words (what the quote panel shows). */
export type ToldQuoteAnswer = QuoteAnswer & { reason: string };

/** A vendor's answer in words: what it said to each term, in order. */
export function describeQuoteAnswer(a: QuoteAnswer): string {
  return a.said.map(describeQuoteSaid).join(" ");
}

/** A vendor's answer with its words added. */
export function toldQuoteAnswer(a: QuoteAnswer): ToldQuoteAnswer {
  return { ...a, reason: describeQuoteAnswer(a) };
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
