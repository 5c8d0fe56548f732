/** Rule-violation codes returned by validateOrder: stable strings for the UI, the server and the tests. */
export const RuleError = {
  GameOver: "game/over",
  StaleTurn: "order/stale_turn",
  UnknownNation: "order/unknown_nation",
  TooManyOrders: "order/too_many",
  UnknownSite: "dc/unknown_site",
  UnknownDc: "dc/unknown",
  NoGridPower: "dc/no_grid_power",
  BuilderMissing: "dc/builder_missing",
  UnknownIntegrator: "vendor/unknown_integrator",
  UnknownPartner: "vendor/unknown_partner",
  PartnerElsewhere: "vendor/partner_other_nation",
  UnknownModel: "gpu/unknown_model",
  NotYetAvailable: "gpu/not_available",
  NeedsLiquid: "gpu/needs_liquid_cooling",
  NoRackScale: "gpu/vendor_cannot_integrate_racks",
  NoPowerInDc: "gpu/dc_power_exceeded",
  ExportRestricted: "export/restricted",
  ExportCapReached: "export/cap_reached",
  CannotAfford: "money/cannot_afford",
  AlreadyCxl: "cxl/already_fitted",
  NoGpusForCxl: "cxl/no_gpus",
  DuplicateOrder: "order/duplicate",
  PolicyUnchanged: "policy/unchanged",
  InvalidQuantity: "order/invalid_quantity",
  DealSelf: "deal/self",
  DealUncovered: "deal/uncovered",
  GridQueueFull: "power/grid_queue_too_long",
  NoBrownfield: "power/no_brownfield_left",
  NoOnsitePower: "power/onsite_exhausted",
  NoPpaPower: "power/ppa_exhausted",
  OfftakeBlocked: "offtake/blocked",
  DealJointLimit: "deal/joint_training_limit",
} as const;

/** One of the rule-violation codes. */
export type RuleErrorCode = (typeof RuleError)[keyof typeof RuleError];

/** Figures of a refusal or an event: names, ids and numbers, never a sentence (shared/describe makes the sentence). */
export type Params = Record<string, string | number | boolean>;

/** Which sentence describes a violation: its code, or the code and a variant ("order/duplicate:already_fund_talent"). */
export type ViolationKey = RuleErrorCode | `${RuleErrorCode}:${string}`;

/** A rule violation: a stable code, the key of its sentence and the figures in it (`describeViolation` in shared/describe writes it). */
export interface RuleViolation {
  code: RuleErrorCode;
  key: ViolationKey;
  params: Params;
}

/** Result of validating an order. */
export type ValidationResult = { ok: true } | { ok: false; error: RuleViolation };

/** Build a failed validation result from the key of its sentence and its figures. */
export function reject(key: ViolationKey, params: Params = {}): { ok: false; error: RuleViolation } {
  return { ok: false, error: { code: key.split(":")[0] as RuleErrorCode, key, params } };
}

/** The passing validation result. */
export const OK: ValidationResult = { ok: true };
