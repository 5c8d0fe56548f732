/** Rates that costs, operations and partnerships all read (a leaf with no imports). */

/** Strategic stake (US$ M) from which an integrator counts the nation as a priority customer for a quote's shorter lead time. */
export const PRIORITY_STAKE = 100;
/** Discount on hardware from an integrator the nation holds a stake in, on the stake's share of the volume only (partnerships.ts). */
export const STAKE_DISCOUNT = 0.03;
/** Fixed staff and maintenance cost per MW online per quarter, US$ M (estimate). */
export const FACILITY_OPEX_PER_MW = 0.05;
/** Managed-operations fee per quarter as a share of the hardware value an integrator runs (estimate). */
export const MANAGED_FEE_RATE = 0.02;
