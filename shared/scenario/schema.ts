/**
 * Scenario files: nations and their starting values, catalogue overrides, event deck, turns, start
 * quarter, scoring weights and objectives. One zod schema; the Scenario type is inferred from it.
 */
import { z } from "zod";

const id = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9_-]+$/, "must be a lower-case id (a-z, 0-9, _ or -)");
const text = (max: number) => z.string().min(1).max(max);
const nationList = z.array(z.string().min(1).max(64)).max(32);

/** A calendar quarter. */
export const QuarterSchema = z.object({ year: z.number().int().min(2020).max(2040), q: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]) });

/** One mechanical effect of an event or inject. */
export const EffectSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("hbm_supply"), factor: z.number().min(0.1).max(3), quarters: z.number().int().min(1).max(8) }),
  z.object({ kind: z.literal("packaging_cap"), factor: z.number().min(0.1).max(3), quarters: z.number().int().min(1).max(8) }),
  z.object({
    kind: z.literal("gpu_price"),
    maker: z.enum(["nvidia", "amd", "all"]),
    factor: z.number().min(0.3).max(3),
    quarters: z.number().int().min(1).max(8),
  }),
  z.object({ kind: z.literal("power_price"), nations: nationList, factor: z.number().min(0.3).max(3) }),
  z.object({ kind: z.literal("support"), nations: nationList, delta: z.number().min(-50).max(50), ifSovereigntyAbove: z.number().min(0).max(1).optional() }),
  z.object({ kind: z.literal("expertise"), nations: nationList, delta: z.number().min(-50).max(50) }),
  z.object({ kind: z.literal("rent_price"), factor: z.number().min(0.3).max(3) }),
  z.object({ kind: z.literal("build_delay"), nations: nationList, quarters: z.number().int().min(1).max(8) }),
  z.object({ kind: z.literal("treasury"), nations: nationList, delta: z.number().min(-100_000).max(100_000) }),
  z.object({ kind: z.literal("licence_volume"), nations: nationList, factor: z.number().min(0.3).max(1.5) }),
  z.object({ kind: z.literal("licence_review"), nations: nationList, quarters: z.number().int().min(1).max(8), unlessAudited: z.boolean().optional() }),
]);

/** An event card: headline, text, effects and its sourced real-world counterpart. */
export const EventCardSchema = z.object({
  id,
  headline: text(120),
  text: text(600),
  effects: z.array(EffectSchema).min(1).max(8),
  realWorld: text(400),
  sources: z.array(z.string().min(1).max(16)).min(1).max(12),
});

/** A public or secret objective. */
export const ObjectiveSchema = z.object({
  id,
  text: text(200),
  metric: z.enum(["compute", "sovereignty", "expertise", "capability", "revenue", "milestone", "support"]),
  target: z.number().min(0).max(1_000_000),
  byTurn: z.number().int().min(1).max(200).optional(),
  points: z.number().min(0).max(1000),
  secret: z.boolean(),
});

/** A GPU order placed before the game starts (already contracted; arrives during the game). */
export const StartingOrderSchema = z.object({
  model: id,
  count: z.number().int().min(1).max(1_000_000),
  vendor: id,
  package: z.enum(["components", "fullstack"]).default("components"),
  operator: z.enum(["integrator", "nation"]).optional(),
  /** Turn the order is due (it may slip like any order). */
  dueTurn: z.number().int().min(1).max(12),
  /** Contracted price per GPU, US$ thousands (the sourced order value ÷ GPUs). */
  priceK: z.number().positive().max(500),
  sources: z.array(z.string().min(1).max(16)).max(12).default([]),
});

/** A data centre that exists when the game starts. */
export const StartingDcSchema = z.object({
  name: text(80),
  site: id,
  mw: z.number().int().min(1).max(2000),
  cooling: z.enum(["air", "liquid"]),
  builder: z.enum(["us", "local", "jv"]),
  integrator: id.optional(),
  partner: id.optional(),
  gpus: z
    .array(
      z.object({
        model: id,
        count: z.number().int().min(0).max(1_000_000),
        operator: z.enum(["integrator", "nation"]),
        vendor: id,
      }),
    )
    .max(8),
  /** Quarters until the site is online (0 = online at the start; more = under construction, its MW taken from the grid headroom). */
  quartersLeft: z.number().int().min(0).max(12).default(0),
  /** GPUs already ordered before the game for this site (paid from the starting treasury at `priceK`, due on `dueTurn`, then HBM and packaging allow). */
  onOrder: z.array(StartingOrderSchema).max(4).default([]),
  /** Comment: where this starting footprint comes from (facts.md ids). */
  sources: z.array(z.string().min(1).max(16)).max(12).default([]),
});

/** A US export licence already in force when the game starts (e.g. the Gulf licences of 19 Nov 2025, N20, N21, E21). */
export const StartingLicenceSchema = z.object({
  /** Volume a year in GB300-equivalents (by FP8 PFLOPS, GB300 = 5 PF, A12). */
  gb300Equivalents: z.number().int().min(1000).max(1_000_000),
  /** Quarters it is in force from turn 1. */
  quarters: z.number().int().min(1).max(16),
  conditions: z.array(z.enum(["reporting", "security_audit", "no_chinese_vendors", "us_investment"])).max(4),
  sources: z.array(z.string().min(1).max(16)).max(12).default([]),
});

/** A nation's power position (shared/engine/power.ts); every field defaults (from gridMw/gridQuarters where it can). */
export const GridSetupSchema = z.object({
  headroomMw: z.number().min(0).max(100_000).optional(),
  growthMwPerYear: z.number().min(0).max(100_000).optional(),
  queuedMw: z.number().min(0).max(100_000).optional(),
  queueQuarters: z.number().int().min(0).max(28).optional(),
  permitQuarters: z.number().int().min(0).max(12).optional(),
  brownfieldMw: z.number().min(0).max(10_000).optional(),
  onsiteMwPerYear: z.number().min(0).max(10_000).optional(),
  onsitePrice: z.number().min(1).max(1000).optional(),
  ppaMwPerYear: z.number().min(0).max(10_000).optional(),
  ppaPrice: z.number().min(1).max(1000).optional(),
  ppaQuarters: z.number().int().min(0).max(16).optional(),
  backupCapexPerMw: z.number().min(0).max(10).optional(),
  /** facts.md source ids behind these figures. */
  sources: z.array(z.string().min(1).max(16)).max(20).optional(),
});

/** A nation's starting position. */
export const NationSetupSchema = z.object({
  id,
  name: text(60),
  flag: z.string().regex(/^[a-z]{2}$/, "must be an ISO 3166 alpha-2 code in lower case"),
  colour: z.string().regex(/^#[0-9A-Fa-f]{6}$/, "must be a colour like #E69F00"),
  profile: text(240),
  language: text(40),
  treasury: z.number().min(0).max(1_000_000),
  treasuryFloor: z.number().min(0).max(1_000_000).default(0),
  budgetPerQuarter: z.number().min(0).max(100_000),
  gridMw: z.number().min(0).max(100_000),
  gridQuarters: z.number().int().min(0).max(28),
  powerPrice: z.number().min(1).max(1000),
  buildCostPerMw: z.number().min(0.5).max(100),
  expertise: z.number().min(0).max(100),
  support: z.number().min(0).max(100),
  /** US export-control status after May 2025: "ally" (licence-free for most volumes) or "licence" (bilateral US licence needed; licences.ts). */
  exportStatus: z.enum(["ally", "licence"]).optional(),
  /** Legacy (Diffusion Rule, rescinded 13 May 2025, E5): 2 or 3 read as "licence"; caps are ignored. */
  exportTier: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
  exportCapH100PerYear: z.number().int().min(0).max(10_000_000).optional(),
  champions: z.array(id).max(12),
  sites: z
    .array(z.object({ id, name: text(60), lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }))
    .min(1)
    .max(12),
  dataCentres: z.array(StartingDcSchema).max(12).default([]),
  objectives: z.array(ObjectiveSchema).max(8).default([]),
  /** facts.md source ids behind the starting values. */
  sources: z.array(z.string().min(1).max(16)).max(40).default([]),
  /** Grid headroom and growth, queue, permits, brownfield shells, on-site and PPA power (defaults from gridMw/gridQuarters). */
  grid: GridSetupSchema.optional(),
  /** A US export licence in force from turn 1 (licence-bound nations). */
  licence: StartingLicenceSchema.optional(),
});

/** Per-accelerator overrides (any subset of the catalogue's numbers; rents follow `rentBand`, shared/engine/market.ts). */
export const AcceleratorOverrideSchema = z.object({
  pf: z.number().positive().max(100).optional(),
  hbmGb: z.number().positive().max(2000).optional(),
  kw: z.number().positive().max(20).optional(),
  priceK: z.number().positive().max(500).optional(),
  available: QuarterSchema.optional(),
  leadQuarters: z.number().int().min(0).max(12).optional(),
  rentPerHour: z.number().positive().max(100).optional(),
  fp4Pf: z.number().positive().max(1000).optional(),
  rentBand: z
    .tuple([z.number().positive().max(200), z.number().positive().max(200)])
    .refine(([lo, hi]) => lo < hi, "trough must be below top")
    .optional(),
});

/**
 * How long a session of a scenario takes, in wall-clock minutes (landing page labels). From GAME.md: the workshop is a
 * 60–90 min class and a solo game 20–40 min. Estimated, not measured: the tutorial (4 guided quarters at the 3–5 min turn
 * timers plus a short debrief: 15–25 min hosted, 10–20 solo) and the full game (20 quarters at 3–5 min plus a debrief:
 * 75–120 min hosted; solo at the workshop's solo pace, 2.5–5 min a quarter: 50–100 min).
 */
export const SessionMinutesSchema = z
  .object({ min: z.number().int().min(1).max(600), max: z.number().int().min(1).max(600) })
  .refine((m) => m.min <= m.max, "min must not exceed max");

/** A whole scenario file. */
export const ScenarioSchema = z.object({
  id,
  name: text(80),
  description: text(1000),
  turns: z.number().int().min(1).max(40),
  /** Minutes a hosted session takes (optional: older saves and test scenarios lack it). */
  sessionMinutes: SessionMinutesSchema.optional(),
  /** Minutes a solo game against AI nations takes. */
  soloMinutes: SessionMinutesSchema.optional(),
  start: QuarterSchema,
  nations: z.array(NationSetupSchema).min(1).max(12),
  market: z.object({
    hbmPoolGb: z.number().int().min(1000).max(10_000_000_000),
    packagingCapGpus: z.number().int().min(100).max(100_000_000),
    eventChance: z.number().min(0).max(1).default(0.5),
  }),
  catalogueOverrides: z.record(id, AcceleratorOverrideSchema).default({}),
  /** Ids of base-deck events to include ("all" = the whole base deck). */
  deck: z.union([z.literal("all"), z.array(id).max(100)]).default("all"),
  /** Extra event cards defined by this scenario. */
  extraEvents: z.array(EventCardSchema).max(50).default([]),
  /** Events that fire on a given turn, by card id (from the deck or extraEvents). */
  scheduled: z
    .array(z.object({ turn: z.number().int().min(1).max(40), event: id }))
    .max(40)
    .default([]),
  scoring: z.object({
    compute: z.number().min(0).max(100),
    sovereignty: z.number().min(0).max(100),
    expertise: z.number().min(0).max(100),
    capability: z.number().min(0).max(100),
    revenue: z.number().min(0).max(100),
    support: z.number().min(0).max(100),
    milestone: z.number().min(0).max(1000),
    /** Weight of cumulative operating profit (log-scaled; shared/engine/money.ts). */
    profit: z.number().min(0).max(100).default(0),
    /** US$ M of cumulative profit where the money term's log bends. */
    profitScale: z.number().min(1).max(100_000).default(250),
  }),
});

/** A validated scenario (defaults filled in). */
export type Scenario = z.output<typeof ScenarioSchema>;
/** A scenario as written in a file (defaults optional). */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
/** A nation's starting position. */
export type NationSetup = z.output<typeof NationSetupSchema>;
