/** The words of the US's answers to a licence counter-offer (the engine's LicenceSaid codes, shared/engine/licences.ts). */
import type { LicenceAnswer, LicenceSaid, LicenceSaidParams } from "../engine/licences";
import { H100_PF, MAX_MULTIPLE, PLEDGE_PER_10K } from "../engine/licences";
import { usd } from "./money";

/** A licence volume in words: H100-equivalents a year and about how many GB300 that is. */
export function licenceEquivalents(v: number): string {
  return `${Math.round(v).toLocaleString("en-US")} H100-equivalents a year (≈${Math.round((v * H100_PF) / 5).toLocaleString("en-US")} GB300)`;
}

/** The sentence of every code the US answers with. */
export const LICENCE_TEXT: { [C in keyof LicenceSaidParams]: (p: LicenceSaidParams[C]) => string } = {
  "audit/required": () => "Washington requires on-site security audits for every licence of this kind (the G42 and HUMAIN licences carry them, N20, E21).",
  "audit/dropped": () => "Washington drops the audits, and with them the extra volume they earned.",
  "audit/added": () => "Washington welcomes on-site security audits: +25 % of the base volume.",
  "vendors/no_chinese": () => "No Chinese vendor in the licensed sites: +25 % of the base volume.",
  "pledge/set": (p) => `A pledge of ${usd(p.pledge)} a quarter invested in the US, paid every quarter of the licence (a missed payment suspends it).`,
  "pledge/none": () => "No investment pledge.",
  "volume/granted": (p) => `Washington grants ${licenceEquivalents(p.volume)}.`,
  "volume/ceiling": (p) =>
    `Washington goes to ${licenceEquivalents(p.volume)}: more needs a larger pledge (${usd(PLEDGE_PER_10K)} a quarter per 10,000 a year) or stricter conditions, up to ${MAX_MULTIPLE}× its base offer.`,
  "volume/refused": (p) => `Washington will not go above ${licenceEquivalents(p.volume)} on these terms.`,
  keeps: () => "Washington keeps its terms: nothing in the counter-offer changes them.",
};

/** One thing the US said, in words. */
export function describeLicenceSaid(s: LicenceSaid): string {
  return (LICENCE_TEXT[s.code] as (p: LicenceSaid["params"]) => string)(s.params);
}

/** The US's answer with its words (what the licence panel shows). */
export type ToldLicenceAnswer = LicenceAnswer & { reason: string };

/** The US's answer in words: what it said to each term, in order. */
export function describeLicenceAnswer(a: LicenceAnswer): string {
  return a.said.map(describeLicenceSaid).join(" ");
}

/** The US's answer with its words added. */
export function toldLicenceAnswer(a: LicenceAnswer): ToldLicenceAnswer {
  return { ...a, reason: describeLicenceAnswer(a) };
}
