/**
 * Prices, lead times and build times: the one place that turns an order into money and quarters.
 * Used by validation, resolution, the legal-order enumeration, AI and the client preview.
 */
import type { BuildDcOrder, MemoryAgreementOrder, OrderGpusOrder } from "../protocol/orders";
import type { Accelerator, Builder, Cooling, DataCentre, GameState, Integrator, LocalPartner, Nation } from "./state";
import { findAccelerator, findIntegrator, findPartner } from "./catalogue";
import { quarterIndex } from "./quarter";
import type { PowerChoice } from "./power";
import { buildPlan, permitQuarters, powerChoice, constructionQuarters, powerWaitQuarters } from "./power";
import { marketPriceK } from "./prices";
import { reservationPricePerGb } from "./hbm";
import { h100Eq } from "./licences";

export { FACILITY_OPEX_PER_MW, MANAGED_FEE_RATE, PRIORITY_STAKE, STAKE_DISCOUNT } from "./rates";
import { STAKE_DISCOUNT } from "./rates";
import { stakePriceFactor } from "./partnerships";

/** A vendor of GPUs: a US integrator or a local partner. */
export type Vendor = { kind: "integrator"; v: Integrator } | { kind: "partner"; v: LocalPartner };

/** Look up a vendor id among integrators and local partners. */
export function findVendor(state: GameState, id: string): Vendor | undefined {
  const i = findIntegrator(state.catalogue, id);
  if (i) return { kind: "integrator", v: i };
  const p = findPartner(state.catalogue, id);
  return p ? { kind: "partner", v: p } : undefined;
}

/** A nation's data centre by id. */
export function findDc(nation: Nation, dcId: string): DataCentre | undefined {
  return nation.dataCentres.find((d) => d.id === dcId);
}

/** True when the accelerator can be ordered in the state's current quarter. */
export function isAvailable(state: GameState, a: Accelerator): boolean {
  return quarterIndex(state.quarter) >= quarterIndex(a.available);
}

/** Product of the active GPU price modifiers for a maker. */
export function gpuPriceFactor(state: GameState, maker: Accelerator["maker"]): number {
  return state.market.modifiers
    .filter((m) => m.kind === "gpu_price" && (m.maker === "all" || m.maker === maker) && m.untilTurn >= state.turn)
    .reduce((f, m) => f * m.factor, 1);
}

/** Price per GPU in US$ M from a vendor and package: street price (age, successors, bounded HBM moves: prices.ts), events and stake discounts. */
export function gpuUnitPrice(state: GameState, nation: Nation, a: Accelerator, vendor: Vendor, pkg: OrderGpusOrder["package"]): number {
  const markup =
    vendor.kind === "integrator"
      ? pkg === "fullstack"
        ? vendor.v.fullstackMarkup
        : vendor.v.componentMarkup
      : vendor.v.markup * (pkg === "fullstack" ? 1.1 : 1);
  const stake = vendor.kind === "integrator" ? stakePriceFactor(nation, vendor.v.id, STAKE_DISCOUNT) : 1;
  return (marketPriceK(state, a) / 1000) * markup * gpuPriceFactor(state, a.maker) * stake;
}

/** Quarters from order to due delivery (before any slip). */
export function gpuLeadQuarters(a: Accelerator, vendor: Vendor): number {
  const delta = vendor.kind === "integrator" ? vendor.v.leadDelta : 1;
  return Math.max(1, a.leadQuarters + delta);
}

/** Total price of a GPU order, US$ M (undefined when the model or vendor is unknown). */
export function gpuOrderCost(state: GameState, nation: Nation, o: OrderGpusOrder): number | undefined {
  const a = findAccelerator(state.catalogue, o.model);
  const v = findVendor(state, o.vendor);
  return a && v ? gpuUnitPrice(state, nation, a, v, o.package) * o.quantity : undefined;
}

/** Construction price multiplier of a builder choice. */
function builderMarkup(builder: Builder, integrator?: Integrator): number {
  if (builder === "local") return 1;
  const m = integrator?.buildMarkup ?? 1.15;
  return builder === "us" ? m : (1 + m) / 2;
}

/** Capex of building `mw` of IT capacity, US$ M (site kind and power source per shared/engine/power.ts). */
export function dcCapex(
  state: GameState,
  nation: Nation,
  mw: number,
  cooling: Cooling,
  builder: Builder,
  integrator?: Integrator,
  choice: PowerChoice & { expansion?: boolean } = {},
): number {
  const perMw = nation.buildCostPerMw + (cooling === "liquid" ? state.catalogue.liquidCapexPerMw : 0);
  const plan = buildPlan(nation, mw, builder, choice, integrator, undefined, { expansion: choice.expansion });
  return mw * (perMw * builderMarkup(builder, integrator) * plan.capexFactor + plan.extraCapexPerMw);
}

/** Quarters before `mw` by a builder is built (permits + sub-linear construction + event delays; shared/engine/power.ts). */
export function dcBuildQuarters(
  nation: Nation,
  mw: number,
  builder: Builder,
  integrator?: Integrator,
  partner?: LocalPartner,
  choice: PowerChoice = {},
): number {
  const { siteKind } = powerChoice(choice);
  return permitQuarters(nation, siteKind) + constructionQuarters(nation, mw, builder, integrator, partner, siteKind) + nation.buildDelay;
}

/** Quarters waiting for power: none while the free grid covers the site, else the MW queue (shared/engine/power.ts). */
export function gridWaitQuarters(nation: Nation, mw: number, choice: PowerChoice = {}): number {
  return powerWaitQuarters(nation, mw, choice);
}

/** Capex of a build order, US$ M. */
export function buildOrderCost(state: GameState, nation: Nation, o: BuildDcOrder): number {
  const integ = o.integrator ? findIntegrator(state.catalogue, o.integrator) : undefined;
  return dcCapex(state, nation, o.mw, o.cooling, o.builder, integ, o);
}

/** Price of an HBM supply agreement, US$ M (reservation premium for every quarter, paid up front; hbm.ts). */
export function memoryAgreementCost(state: GameState, o: MemoryAgreementOrder): number {
  return (o.gbPerQuarter * o.quarters * reservationPricePerGb(state, o.maker)) / 1e6;
}

/** Installed GPUs in a data centre. */
export function dcGpuCount(dc: DataCentre): number {
  return dc.gpus.reduce((n, g) => n + g.count, 0);
}

/** IT power drawn by the GPUs installed in a data centre, kW. */
export function dcInstalledKw(state: GameState, dc: DataCentre): number {
  return dc.gpus.reduce((kw, g) => kw + g.count * (findAccelerator(state.catalogue, g.model)?.kw ?? 0), 0);
}

/** IT power of GPUs on order for a data centre, kW. */
export function dcPendingKw(state: GameState, nation: Nation, dcId: string): number {
  return nation.pendingGpus.filter((p) => p.dcId === dcId).reduce((kw, p) => kw + p.quantity * (findAccelerator(state.catalogue, p.model)?.kw ?? 0), 0);
}

/** Price of a CXL upgrade of a data centre, US$ M. */
export function cxlCost(state: GameState, dc: DataCentre): number {
  return (dcGpuCount(dc) * state.catalogue.cxlPerGpuK) / 1000;
}

/** H100-equivalents of an accelerator count, for US export licences (by FP8 PFLOPS, H100 = 1.98 PF; licences.ts). */
export function h100Equivalents(a: Accelerator, quantity: number): number {
  return h100Eq(a, quantity);
}
