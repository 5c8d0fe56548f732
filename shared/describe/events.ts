/**
 * The sentences of events: one per event code (shared/engine/event-types.ts). The engine gives codes and figures;
 * this file writes the English the client's news, the results screen, the projector and the debrief show.
 * Money and counts go through the one formatter (./money.ts).
 */
import type { Catalogue } from "../engine/state";
import type { EventCode, EventParams, EventQuarter, GameEvent, SlipReason, SuspensionReason } from "../engine/event-types";
import { describeDeal } from "./deals";
import { BASE_DECK } from "../engine/deck";
import { H100_PF } from "../engine/licences";
import { conditionLabel } from "./licences";
import { num, usd, usdK, usdPer } from "./money";
import { planSentence } from "./plan";
import { describeViolation } from "./refusals";

/** What describing an event needs: nation names and the catalogue (for model names). */
export interface EventContext {
  catalogue: Catalogue;
  nations: Record<string, { name: string }>;
}

/** The context from a game state or a seat's view (whose nations are a list). */
export function eventContext(x: { catalogue: Catalogue; nations: Record<string, { name: string }> | readonly { id: string; name: string }[] }): EventContext {
  const nations = Array.isArray(x.nations)
    ? Object.fromEntries((x.nations as readonly { id: string; name: string }[]).map((n) => [n.id, n]))
    : (x.nations as Record<string, { name: string }>);
  return { catalogue: x.catalogue, nations };
}

/** A sentence made from an event's figures. */
type EventSentence<C extends EventCode> = (p: EventParams[C], ctx: EventContext) => string;

const quarter = (q: EventQuarter): string => `Q${q.q} ${q.year}`;
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
const millionGb = (gb: number): string => `${(gb / 1e6).toFixed(2)} M GB`;
const nation = (ctx: EventContext, id: string): string => ctx.nations[id]?.name ?? id;
const model = (ctx: EventContext, id: string): string => ctx.catalogue.accelerators.find((a) => a.id === id)?.name ?? id;
/** A licence volume: "12,000 H100-equivalents a year (≈4,752 GB300)". */
export const licenceVolume = (v: number): string => `${num(Math.round(v))} H100-equivalents a year (≈${num(Math.round((v * H100_PF) / 5))} GB300)`;

/** Why the rest of an order slipped; `got` names who got how much ("this order got 4 %", the debrief's "these 3 orders got 4–12 %"). */
export function slipText(r: SlipReason, got = `this order got ${r.why === "packaging" ? 0 : r.pct} %`): string {
  if (r.why === "packaging") return `CoWoS packaging slots ran out this quarter (${num(r.slots)} GPUs for all sovereign buyers)`;
  const first = r.servedFirst ? "; orders with integrator priority, the US full-stack path and orders waiting a year or more were served first" : "";
  const figures = `${r.pool} demand ${millionGb(r.demandGb)} vs ${millionGb(r.supplyGb)} available, so ${got} of what was due${first}`;
  if (r.why === "agreement_short")
    return `HBM was sold out and your memory agreement did not cover the whole order (${num(r.reserved ?? 0)} GPUs came from your reserved volume; ${figures})`;
  if (r.why === "unqualified")
    return `HBM was sold out and your memory agreement with ${(r.makers ?? []).join(" and ")} does not cover ${r.pool} parts: not qualified for ${r.pool} in ${r.year} (M6) (${figures})`;
  return `HBM was sold out and you have no memory agreement (${figures})`;
}

/** Why the US suspended a licence. */
function suspensionText(r: SuspensionReason, name: string): string {
  switch (r.why) {
    case "missed_pledge":
      return `${name} missed its ${usd(r.pledge)} investment pledge, a condition of the licence.`;
    case "no_audit":
      return "its licensed sites had no US security audits when the review came.";
    case "breach":
      return "a review found a breach of its conditions.";
  }
}

/** The sentence of each event code. */
export const EVENT_TEXT: { [C in EventCode]: EventSentence<C> } = {
  "order/rejected": (p) => `Order not carried out: ${describeViolation(p.violation)}`,
  "dc/build": (p) =>
    `${p.builder} will build ${p.mw} MW (${p.cooling} cooling) in ${p.site} for ${usd(p.cost)}; online in ${quarter(p.online)}.${planSentence(p.plan)}`,
  "dc/expand": (p) => `${p.dc} grows by ${p.mw} MW for ${usd(p.cost)}; the new capacity is online in ${quarter(p.online)}.${planSentence(p.plan)}`,
  "dc/online": (p) => `${p.dc} is online: ${p.mw} MW of ${p.cooling}-cooled capacity ready for GPUs.`,
  "dc/online_public": (p, c) => `${nation(c, p.nation)} brings ${p.mw} MW online in ${p.place}.`,
  "dc/cxl": (p) => `${p.dc} gets CXL memory expansion for ${usd(p.cost)}: +${Math.round(p.uplift * 100)} % inference capacity.`,
  "gpu/ordered": (p, c) =>
    `Ordered ${num(p.count)} ${model(c, p.model)} from ${p.vendor} as ${p.fullstack ? "a full-stack AI factory (managed operations, SLA)" : "components (you integrate and run them)"} for ${usd(p.cost)}; due ${quarter(p.due)} if HBM allows.`,
  "gpu/quote_signed": (p, c) =>
    `Signed ${p.vendor}'s quote: ${num(p.count)} ${model(c, p.model)} at ${usdK(p.unitPrice)} each (${usd(p.cost)}), ${p.vendorRuns ? `run by ${p.vendor}` : "run by your team"}, management software ${p.inCountry ? "in the country" : "in the vendor's cloud"}; due ${quarter(p.due)} if HBM allows.`,
  "gpu/delivered": (p, c) => `${num(p.count)} ${model(c, p.model)} delivered to ${p.dc}.${p.waiting ? ` They wait in ${p.dc} until it is online.` : ""}`,
  "gpu/slipped": (p, c) => `Your ${model(c, p.model)} order slipped one quarter (${num(p.left)} still to come): ${slipText(p.reason)}.`,
  "hbm/sold_out": (p) =>
    `HBM sold out (${p.pool}): sovereign buyers wanted ${millionGb(p.demandGb)} this quarter, ${millionGb(p.supplyGb)} were available; orders got their pro-rata share and the rest waits a quarter.`,
  "hbm/agreement": (p) =>
    `${p.maker} reserves ${num(p.gb / 1000)} TB of HBM a quarter for you for ${p.quarters} quarters (${usd(p.cost)}): this volume serves your ${p.pools.join(" and ")} parts first when HBM is short${p.hbm4 ? "" : ` (not qualified for HBM4 in ${p.year}, M6: it does not serve HBM4 parts such as Rubin or MI455X)`}, and weights your share of the open pool.`,
  "policy/talent": (p) => `Talent programme level ${p.level} funded (${usd(p.cost)}): expertise grows.`,
  "policy/set": (p) => `Policy "${p.policy.replace("_", " ")}" is now ${p.on ? "on" : "off"}.`,
  "finance/invested": (p) =>
    `You invested ${usd(p.amount)} in ${p.integrator} (stake now ${usd(p.stake)}): priority in its allocation, a 3 % discount, expertise transfer and its share of the integrator's profit or loss each quarter.`,
  "finance/unpaid": (p) => `Running costs of ${usd(p.opex)} exceeded what the treasury held (${usd(p.held)}): bills went unpaid and public support fell.`,
  "finance/quarter": (p, c) =>
    `${quarter(p.quarter)}: compute ${p.compute >= 0 ? "+" : "−"}${num(Math.abs(p.compute))} PF, revenue ${usd(p.revenue)}, running costs ${usd(p.opex)}, budget +${usd(p.budget)} for next quarter.${p.pending > 0 ? ` Still on order: ${num(p.pending)} GPUs (${p.models.map((m) => model(c, m)).join(", ")}).` : ""}`,
  "offtake/signed": (p, c) =>
    `An anchor tenant takes ${Math.round(p.share * 100)} % of ${p.dc} for ${p.quarters} quarters at a fixed rent (${Object.entries(p.rents)
      .map(([m, r]) => `${model(c, m)} ${usdPer(r, "h")}`)
      .join(", ")}); that capacity trains its models, not yours.`,
  "cloud/rented": (p, c) =>
    `${p.provider} rents you ${num(p.count)} ${model(c, p.model)} for ${plural(p.quarters, "quarter")} at ${usd(p.fee)} a quarter, online next quarter: no capex, but the provider runs it (low sovereignty).`,
  "licence/granted": (p, c) =>
    `The US grants ${nation(c, p.nation)} an export licence for ${licenceVolume(p.volume)} until turn ${p.toTurn}, from ${p.now ? "now" : "next quarter"}, with conditions: ${p.conditions.map(conditionLabel).join(", ")}${p.pledge > 0 ? ` (${usd(p.pledge)} a quarter invested in the US)` : ""}.`,
  "licence/suspended": (p, c) =>
    `The US suspends ${nation(c, p.nation)}'s export licence until after turn ${p.until}: ${suspensionText(p.reason, nation(c, p.nation))}`,
  "licence/pledge_paid": (p) => `${usd(p.pledge)} invested in the US under your export licence's pledge.`,
  "milestone/llm": (p, c) => `${nation(c, p.nation)} trains its own ${p.language} large language model on domestic compute: the local-language milestone.`,
  "objective/met": (p, c) => `${nation(c, p.nation)} met ${p.secret ? "its secret" : "an"} objective: ${p.objective} (+${p.points} points).`,
  "event/card": (p) => {
    const c = { ...BASE_DECK.find((x) => x.id === p.card), ...p };
    return `${c.headline} ${c.text} (Real world: ${c.realWorld})`;
  },
  "deal/void": (p, c) => `A deal between ${nation(c, p.from)} and ${nation(c, p.to)} is void: ${describeViolation(p.violation)}`,
  "deal/signed": (p, c) =>
    `Deal signed between ${nation(c, p.deal.from)} and ${nation(c, p.deal.to)} for ${plural(p.deal.quarters, "quarter")}: ${describeDeal(c, p.deal)}.`,
  "deal/complete": (p, c) => `The deal between ${nation(c, p.from)} and ${nation(c, p.to)} is complete: every transfer was made.`,
  "game/ended": (p) => `The game ends after ${quarter(p.quarter)}.`,
};

/** The sentence of one event (an event saved before codes, with its own `text`, reads as that text). */
export function describeEvent(e: GameEvent, ctx: EventContext): string {
  const legacy = (e as { text?: unknown }).text;
  if (typeof legacy === "string") return legacy;
  const say = EVENT_TEXT[e.code] as EventSentence<EventCode> | undefined;
  return say ? say(e.params as never, ctx) : e.code;
}

/** Headlines that are not simply the first sentence (the projector's highlight cards). */
const HEADLINE: { [C in EventCode]?: EventSentence<C> } = {
  "hbm/sold_out": (p) =>
    `HBM sold out: sovereign buyers wanted ${millionGb(p.demandGb)} this quarter, ${millionGb(p.supplyGb)} were available; orders got their pro-rata share and the rest waits a quarter.`,
  "milestone/llm": (p, c) => `${nation(c, p.nation)} trains its own ${p.language} large language model on domestic compute.`,
  "objective/met": (p, c) => `${nation(c, p.nation)} met ${p.secret ? "its secret" : "an"} objective: ${p.objective}.`,
};

/** An event as a headline: its own headline where it has one, else its first sentence (up to a full stop, question or exclamation mark). */
export function eventHeadline(e: GameEvent, ctx: EventContext): string {
  const own = HEADLINE[e.code] as EventSentence<EventCode> | undefined;
  if (own && typeof (e as { text?: unknown }).text !== "string") return own(e.params as never, ctx);
  const t = describeEvent(e, ctx);
  const m = /^(.+?[.!?])(\s|$)/.exec(t);
  return (m ? m[1] : t).trim();
}
