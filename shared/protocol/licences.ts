/**
 * US export licences (after the Diffusion Rule's rescission, May 2025): what a nation asks the US for
 * and the counter-offers it makes. Shape only; what the US answers is decided by shared/engine/licences.ts.
 */
import { z } from "zod";

/** Conditions a US licence can carry (facts.md N20, N21, E21: security and reporting conditions). */
export const LicenceCondition = z.enum(["reporting", "security_audit", "no_chinese_vendors", "us_investment"]);

/** A licence request: H100-equivalents a year (by FP8 PFLOPS) for a number of years. */
export const LicenceRequest = z.object({
  volume: z.number().int().min(1000).max(2_000_000),
  years: z.number().int().min(1).max(4),
});

/** One counter-offer to the US: more volume, an investment pledge in the US, or stricter conditions. */
export const LicenceAsk = z.object({
  /** H100-equivalents a year asked for. */
  volume: z.number().int().min(1000).max(2_000_000).optional(),
  /** Investment pledged in the US, US$ M a quarter, paid every quarter of the licence. */
  pledgePerQuarter: z.number().min(0).max(5000).optional(),
  /** Accept (true) or ask to drop (false) on-site US security audits. */
  securityAudit: z.boolean().optional(),
  /** Accept that no Chinese vendor supplies the licensed sites (network, power and cooling gear). */
  noChineseVendors: z.boolean().optional(),
});

export type LicenceCondition = z.infer<typeof LicenceCondition>;
export type LicenceRequest = z.infer<typeof LicenceRequest>;
export type LicenceAsk = z.infer<typeof LicenceAsk>;
