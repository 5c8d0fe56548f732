/**
 * The figures of the four national policies, in one leaf with no imports: the engine applies them
 * (levers.ts, operations.ts, market.ts, operators.ts, outcomes.ts, licences.ts, apply-orders.ts) and the
 * describer states them (shared/describe/policies.ts), so a player reads the figure the engine uses.
 */

/** Share of GPU-hours rented out as GPUaaS without the hub (the rest trains national models). */
export const BASE_RENT_SHARE = 0.3;
/** Share of GPU-hours rented out as GPUaaS with the GPUaaS hub on. */
export const HUB_RENT_SHARE = 0.6;
/** Share of rental revenue the GPUaaS hub costs: selling and serving tenants (15 %, estimate) + the extra hours' down-market discount (15 %, G3–G5). */
export const HUB_COST_SHARE = 0.3;
/** Fixed cost of running the hub programme, US$ M a quarter (estimate). */
export const HUB_FIXED_COST = 5;
/** Power-price cut of the power subsidy for the nation's own data centres. */
export const POWER_SUBSIDY = 0.25;
/** Treasury cost of the subsidy per US$ of the nation's own saving (private data centres take it too; estimate). */
export const SUBSIDY_SPILLOVER = 2;
/** Support the power subsidy adds every quarter (cheaper power is popular; estimate). */
export const SUBSIDY_SUPPORT = 1;
/** Sovereignty-index bonus of data localisation. */
export const LOCALISATION_SOVEREIGNTY = 0.05;
/** Support gained once, when data localisation is enacted. */
export const LOCALISATION_SUPPORT = 3;
/** Share of open-market GPUaaS revenue data localisation loses (foreign clients stay away). */
export const LOCALISATION_REVENUE_LOSS = 0.15;
/** Compliance premium on the managed fee of a vendor-cloud control plane under data localisation (estimate). */
export const LOCALISATION_MANAGED_PREMIUM = 0.5;
/** Volume bonus of US alignment on US licences and the licence-free allowance (estimate). */
export const ALIGNMENT_BONUS = 0.5;
/** Sovereignty-index cost of US alignment. */
export const ALIGNMENT_SOVEREIGNTY = 0.05;
