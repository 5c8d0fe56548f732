/**
 * Vendor-specific access to new accelerators: US integrators get a new generation's allocation first, local
 * resellers one quarter later (two for rack-scale systems, which need the integrator's validated design and
 * burn-in first). Seed thesis and facts.md: Dell shipped the first GB300 systems (A12); integrators sell
 * validated full-stack blueprints (C17, C18); the game's delay is an estimate of the first-allocation lag.
 */
import type { Accelerator, GameState, Quarter } from "./state";
import type { Vendor } from "./costs";
import type { ValidationResult } from "./errors";
import { OK, reject } from "./errors";
import { addQuarters, quarterIndex, quarterLabel } from "./quarter";

/** Quarters after launch before a local reseller can order a part. */
export function localAccessDelay(a: Accelerator): number {
  return a.rackScale ? 2 : 1;
}

/** First quarter a vendor can take orders for a part. */
export function vendorAvailableFrom(a: Accelerator, vendor: Vendor): Quarter {
  return vendor.kind === "integrator" ? a.available : addQuarters(a.available, localAccessDelay(a));
}

/** Can this vendor take an order for this part now? (The part itself is on sale; validate.ts checks that first.) */
export function checkVendorAccess(state: GameState, a: Accelerator, vendor: Vendor): ValidationResult {
  const from = vendorAvailableFrom(a, vendor);
  if (quarterIndex(state.quarter) >= quarterIndex(from)) return OK;
  return reject("gpu/not_available", { vendor: vendor.v.name, model: a.name, from: quarterLabel(from), available: quarterLabel(a.available) });
}
