/**
 * Orders a nation can give in one quarter: one zod schema per order type, types inferred from them.
 * Shape only; the rules (budget, power, US export licences, availability) live in shared/engine/validate.ts.
 */
import { z } from "zod";
import { QuoteAsk, QuoteRequest } from "./deals";
import { LicenceAsk, LicenceRequest } from "./licences";
import { MAX_ORDERS_PER_TURN, POLICY_IDS } from "./names";

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9_-]+$/, "must be a lower-case id (a-z, 0-9, _ or -)");
const turn = z.number().int().min(1).max(200);

/** Found a new data centre: site, IT megawatts, cooling and who builds it. */
export const BuildDcOrder = z.object({
  type: z.literal("build_dc"),
  turn,
  site: id,
  mw: z.number().int().min(1).max(2000),
  cooling: z.enum(["air", "liquid"]),
  builder: z.enum(["us", "local", "jv"]),
  /** US integrator id for "us" and "jv"; ignored for "local". */
  integrator: id.optional(),
  /** Local partner id for "local" and "jv"; ignored for "us". */
  partner: id.optional(),
  /** Bare land (permits, grid queue) or an existing powered shell (fast, scarce); default greenfield. */
  siteKind: z.enum(["greenfield", "brownfield"]).optional(),
  /** Grid connection, on-site generation or a power-purchase agreement; default grid (brownfield: its own connection). */
  power: z.enum(["grid", "onsite", "ppa"]).optional(),
});

/** Add IT megawatts to an existing data centre of the nation. */
export const ExpandDcOrder = z.object({
  type: z.literal("expand_dc"),
  turn,
  dcId: id,
  mw: z.number().int().min(1).max(2000),
});

/** Buy accelerators from a vendor for one of the nation's data centres. */
export const OrderGpusOrder = z.object({
  type: z.literal("order_gpus"),
  turn,
  model: id,
  quantity: z.number().int().min(1).max(1_000_000),
  /** Integrator id (Penguin, Dell, HPE, Supermicro) or a local partner id. */
  vendor: id,
  package: z.enum(["components", "fullstack"]),
  dcId: id,
});

/** Reserve HBM with one memory maker: GB per quarter for a number of quarters. */
export const MemoryAgreementOrder = z.object({
  type: z.literal("memory_agreement"),
  turn,
  maker: z.enum(["skhynix", "samsung", "micron"]),
  gbPerQuarter: z.number().int().min(1000).max(50_000_000),
  quarters: z.number().int().min(1).max(12),
});

/** Fit CXL memory expansion to every installed GPU server of a data centre. */
export const CxlUpgradeOrder = z.object({
  type: z.literal("cxl_upgrade"),
  turn,
  dcId: id,
});

/** Fund a talent programme this quarter (1 = scholarships, 2 = national AI institute, 3 = talent visas + labs). */
export const TalentOrder = z.object({
  type: z.literal("talent"),
  turn,
  level: z.number().int().min(1).max(3),
});

/** The policy levers a government can switch on or off. */
export const PolicyId = z.enum(POLICY_IDS);

/** Switch a national policy on or off. */
export const PolicyOrder = z.object({
  type: z.literal("policy"),
  turn,
  policy: PolicyId,
  enabled: z.boolean(),
});

/** Buy a strategic stake in a US integrator (as SK Telecom's US$200M in Penguin Solutions). */
export const InvestIntegratorOrder = z.object({
  type: z.literal("invest_integrator"),
  turn,
  integrator: id,
  amount: z.number().int().min(10).max(5000),
});

/** Sign a vendor quote as negotiated: the request and the counter-offers, re-checked by the engine (quotes last one quarter). */
export const SignQuoteOrder = QuoteRequest.extend({
  type: z.literal("sign_quote"),
  turn,
  asks: z.array(QuoteAsk).max(6),
});

/** Sign a share of a data centre's GPUs to an anchor tenant (an AI lab, as the xAI and OpenAI offtakes of facts.md §5) at a fixed rent. */
export const OfftakeOrder = z.object({
  type: z.literal("offtake"),
  turn,
  dcId: id,
  /** Share of the site's GPUs the tenant takes (0.1–0.9). */
  share: z.number().min(0.1).max(0.9),
  /** Contract length, quarters. */
  quarters: z.number().int().min(4).max(12),
});

/** The hyperscalers offering sovereign regions / "AI for countries" capacity (facts.md §5). */
export const CloudProvider = z.enum(["aws", "azure", "google", "oracle"]);

/** Rent GPUs in a hyperscaler's sovereign region for a number of quarters: fast, no capex, low sovereignty (shared/engine/cloud.ts). */
export const CloudContractOrder = z.object({
  type: z.literal("cloud_contract"),
  turn,
  provider: CloudProvider,
  model: id,
  gpus: z.number().int().min(8).max(200_000),
  quarters: z.number().int().min(1).max(12),
});

/** Sign a US export licence as negotiated: the request and the counter-offers, re-checked by the engine (shared/engine/licences.ts). */
export const SignLicenceOrder = LicenceRequest.extend({
  type: z.literal("sign_licence"),
  turn,
  asks: z.array(LicenceAsk).max(6),
});

/** Do nothing new this quarter. */
export const HoldOrder = z.object({ type: z.literal("hold"), turn });

/** Any order (discriminated on `type`). */
export const Order = z.discriminatedUnion("type", [
  BuildDcOrder,
  ExpandDcOrder,
  OrderGpusOrder,
  MemoryAgreementOrder,
  CxlUpgradeOrder,
  TalentOrder,
  PolicyOrder,
  InvestIntegratorOrder,
  SignQuoteOrder,
  HoldOrder,
  OfftakeOrder,
  CloudContractOrder,
  SignLicenceOrder,
]);

/** At most this many orders per nation per quarter (names.ts, zod-free). */
export { MAX_ORDERS_PER_TURN };

/** A nation's whole order set for one quarter. */
export const OrderSet = z.array(Order).max(MAX_ORDERS_PER_TURN);

export type Order = z.infer<typeof Order>;
export type OrderType = Order["type"];
export type PolicyId = z.infer<typeof PolicyId>;
export type BuildDcOrder = z.infer<typeof BuildDcOrder>;
export type ExpandDcOrder = z.infer<typeof ExpandDcOrder>;
export type OrderGpusOrder = z.infer<typeof OrderGpusOrder>;
export type MemoryAgreementOrder = z.infer<typeof MemoryAgreementOrder>;
export type CxlUpgradeOrder = z.infer<typeof CxlUpgradeOrder>;
export type TalentOrder = z.infer<typeof TalentOrder>;
export type PolicyOrder = z.infer<typeof PolicyOrder>;
export type InvestIntegratorOrder = z.infer<typeof InvestIntegratorOrder>;
export type SignQuoteOrder = z.infer<typeof SignQuoteOrder>;
export type OfftakeOrder = z.infer<typeof OfftakeOrder>;
export type CloudContractOrder = z.infer<typeof CloudContractOrder>;
export type CloudProvider = z.infer<typeof CloudProvider>;
export type SignLicenceOrder = z.infer<typeof SignLicenceOrder>;
