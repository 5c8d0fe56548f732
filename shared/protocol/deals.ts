/**
 * Deals between nations and quotes from vendors: one zod schema per shape, types inferred from them.
 * Shape only; whether a deal can be covered, and what a vendor answers, is decided by the engine
 * (shared/engine/deals.ts, shared/engine/quotes.ts).
 */
import { z } from "zod";
import { DEAL_MAX_ITEMS, DEAL_MAX_QUARTERS, DEAL_STATEMENT_MAX_CHARS } from "./names";

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9_-]+$/, "must be a lower-case id (a-z, 0-9, _ or -)");
/** Which party gives an item: the proposer ("from") or the one it is addressed to ("to"). */
export const DealSide = z.enum(["from", "to"]);

/** Cash: a sum now and/or a sum every quarter of the deal, US$ M (all of it held in escrow at signing). */
export const CashItem = z
  .object({ kind: z.literal("cash"), giver: DealSide, now: z.number().min(0).max(100_000), perQuarter: z.number().min(0).max(10_000) })
  .refine((c) => c.now > 0 || c.perQuarter > 0, "a cash item needs an amount now or per quarter");
/** GPU capacity lease: GPUs of one model the giver has installed, run for the other side every quarter of the deal. */
export const GpuLeaseItem = z.object({ kind: z.literal("gpu_lease"), giver: DealSide, model: id, count: z.number().int().min(1).max(1_000_000) });
/** Co-investment: the giver grants a share of one of its data centres' capacity to the other side for the deal. */
export const CoInvestItem = z.object({ kind: z.literal("co_invest"), giver: DealSide, dcId: id, share: z.number().min(0.05).max(0.5) });
/** HBM allocation transfer: GB a quarter moved from the giver's memory agreements to the other side. */
export const HbmTransferItem = z.object({ kind: z.literal("hbm_transfer"), giver: DealSide, gbPerQuarter: z.number().int().min(100).max(10_000_000) });
/** Joint model training: both sides pool researchers every quarter of the deal. */
export const JointTrainingItem = z.object({ kind: z.literal("joint_training") });
/** A non-binding statement (goes into the promise ledger the debrief shows). */
export const StatementItem = z.object({ kind: z.literal("statement"), giver: DealSide, text: z.string().trim().min(1).max(DEAL_STATEMENT_MAX_CHARS) });

/** Any item of a deal. */
export const DealItem = z.union([CashItem, GpuLeaseItem, CoInvestItem, HbmTransferItem, JointTrainingItem, StatementItem]);

/** What two nations agree: who proposes, to whom, for how many quarters, and the items. */
export const DealTerms = z.object({
  from: id,
  to: id,
  quarters: z.number().int().min(1).max(DEAL_MAX_QUARTERS),
  items: z.array(DealItem).min(1).max(DEAL_MAX_ITEMS),
});

/** A request for a vendor quote: GPUs of one model for one data centre, as components or a full-stack AI factory. */
export const QuoteRequest = z.object({
  vendor: id,
  model: id,
  quantity: z.number().int().min(1).max(1_000_000),
  package: z.enum(["components", "fullstack"]),
  dcId: id,
});

/** One counter-offer to a vendor: a price, a lead time, who operates, or where the management software lives. */
export const QuoteAsk = z.object({
  /** Price per GPU, US$ M. */
  unitPrice: z.number().positive().max(10).optional(),
  leadQuarters: z.number().int().min(1).max(12).optional(),
  operator: z.enum(["vendor", "nation"]).optional(),
  /** Management software and control plane hosted in the country. */
  mgmtInCountry: z.boolean().optional(),
  /** Monthly availability asked of a vendor-run cluster, percent (99–99.95, facts.md C19–C21). */
  slaUptime: z.number().min(99).max(99.95).optional(),
});

export type DealSide = z.infer<typeof DealSide>;
export type DealItem = z.infer<typeof DealItem>;
export type DealTerms = z.infer<typeof DealTerms>;
export type QuoteRequest = z.infer<typeof QuoteRequest>;
export type QuoteAsk = z.infer<typeof QuoteAsk>;
