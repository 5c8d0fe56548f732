/**
 * validateOrder: is this order legal for this nation now, given the orders it already placed this
 * turn? Returns a typed code and a sentence a student understands. Never throws, never mutates.
 */
import type {
  SignQuoteOrder,
  BuildDcOrder,
  CxlUpgradeOrder,
  ExpandDcOrder,
  InvestIntegratorOrder,
  MemoryAgreementOrder,
  Order,
  OrderGpusOrder,
  PolicyOrder,
} from "../protocol/orders";
import { MAX_ORDERS_PER_TURN } from "../protocol/names";
import type { GameState, Nation } from "./state";
import type { RuleViolation, ValidationResult } from "./errors";
import { OK, reject, RuleError } from "./errors";
import { findAccelerator, findIntegrator, findPartner } from "./catalogue";
import { quarterLabel } from "./quarter";
import { checkPower, gridAfter } from "./power";
import { checkOfftake } from "./offtake";
import { checkAgreementSize } from "./hbm-rules";
import { checkVendorAccess } from "./access";
import { checkCloudContract } from "./cloud";
import { dcGpuCount, dcInstalledKw, dcPendingKw, findDc, findVendor, gpuOrderCost, isAvailable } from "./costs";
import { moneyAvailable, orderCost } from "./order-cost";
import { checkExport, negotiateLicence } from "./licences";

/** Check one order against the rules, counting the money of `prior` orders of the same nation this turn. */
export function validateOrder(state: GameState, nationId: string, order: Order, prior: Order[] = []): ValidationResult {
  if (state.finished) return reject("game/over:game_over_more");
  const nation = state.nations[nationId];
  if (!nation) return reject("order/unknown_nation", { nation: nationId });
  if (order.turn !== state.turn) {
    return reject("order/stale_turn", { turn: order.turn, current: state.turn, quarter: quarterLabel(state.quarter) });
  }
  if (prior.length >= MAX_ORDERS_PER_TURN) return reject("order/too_many", { max: MAX_ORDERS_PER_TURN });
  const specific = checkSpecific(state, nation, order, prior);
  if (!specific.ok) return specific;
  const cost = orderCost(state, nation, order);
  const left = moneyAvailable(state, nation, prior);
  if (cost > left + 1e-9) {
    return reject("money/cannot_afford:costs_but_only", { cost, left: Math.max(0, left) });
  }
  return OK;
}

/** Rules specific to each order type. */
function checkSpecific(state: GameState, nation: Nation, order: Order, prior: Order[]): ValidationResult {
  switch (order.type) {
    case "build_dc": {
      const b = checkBuild(state, nation, order);
      return b.ok ? checkPower(nation, order.mw, order, gridAfter(state, nation, prior)) : b;
    }
    case "expand_dc": {
      const e = checkExpand(nation, order);
      return e.ok ? checkPower(nation, order.mw, { power: findDc(nation, order.dcId)?.power }, gridAfter(state, nation, prior)) : e;
    }
    case "order_gpus":
      return checkGpus(state, nation, order, prior);
    case "memory_agreement":
      return checkMemory(state, nation, order, prior);
    case "cxl_upgrade":
      return checkCxl(nation, order, prior);
    case "talent":
      return prior.some((p) => p.type === "talent") ? reject("order/duplicate:already_fund_talent") : OK;
    case "policy":
      return checkPolicy(nation, order, prior);
    case "invest_integrator":
      return checkInvest(state, order);
    case "sign_quote": {
      const { type: _t, turn: _turn, asks: _asks, ...req } = order;
      const gpus = checkGpus(state, nation, { ...req, type: "order_gpus", turn: order.turn }, prior);
      if (!gpus.ok) return gpus;
      // what a vendor's quote checks (quote-check.ts quoteFor): the request alone, as an order, money aside; asks only move the price
      const alone = validateOrder(state, nation.id, { ...req, type: "order_gpus", turn: state.turn }, []);
      return alone.ok || alone.error.code === RuleError.CannotAfford ? OK : alone;
    }
    case "hold":
      return OK;
    case "offtake":
      return checkOfftake(state, nation, order, prior);
    case "cloud_contract":
      return checkCloudContract(state, nation, order, prior);
    case "sign_licence": {
      if (prior.some((p) => p.type === "sign_licence")) return reject("order/duplicate:already_signed_us");
      const { type: _t, turn: _turn, asks, ...req } = order;
      const r = negotiateLicence(state, nation.id, req, asks);
      return r.ok ? OK : r;
    }
  }
}

function checkBuild(state: GameState, nation: Nation, o: BuildDcOrder): ValidationResult {
  if (!nation.sites.some((s) => s.id === o.site)) {
    return reject("dc/unknown_site", { site: o.site, nation: nation.name, sites: nation.sites.map((s) => s.name).join(", ") });
  }
  if (o.builder !== "local") {
    if (!o.integrator) return reject("dc/builder_missing");
    if (!findIntegrator(state.catalogue, o.integrator)) return reject("vendor/unknown_integrator", { integrator: o.integrator });
  }
  if (o.builder !== "us") {
    if (!o.partner) return reject("dc/builder_missing:choose_which_local");
    const p = findPartner(state.catalogue, o.partner);
    if (!p) return reject("vendor/unknown_partner", { partner: o.partner });
    if (p.nation !== nation.id) return reject("vendor/partner_other_nation", { partner: p.name, nation: nation.name });
  }
  return OK;
}

function checkExpand(nation: Nation, o: ExpandDcOrder): ValidationResult {
  const dc = findDc(nation, o.dcId);
  if (!dc) return reject("dc/unknown", { nation: nation.name, dcId: o.dcId });
  return OK;
}

function checkGpus(state: GameState, nation: Nation, o: OrderGpusOrder, prior: Order[]): ValidationResult {
  const a = findAccelerator(state.catalogue, o.model);
  if (!a) return reject("gpu/unknown_model", { model: o.model });
  if (!isAvailable(state, a)) return reject("gpu/not_available:cannot_ordered_before", { model: a.name, available: quarterLabel(a.available) });
  const vendor = findVendor(state, o.vendor);
  if (!vendor) return reject("vendor/unknown_integrator:neither_us_integrator", { vendor: o.vendor });
  if (vendor.kind === "partner" && vendor.v.nation !== nation.id) {
    return reject("vendor/partner_other_nation:sells_another_nation", { vendor: vendor.v.name, nation: nation.name });
  }
  const access = checkVendorAccess(state, a, vendor);
  if (!access.ok) return access;
  if (a.rackScale && vendor.kind === "partner" && !vendor.v.rackScale) {
    return reject("gpu/vendor_cannot_integrate_racks", { vendor: vendor.v.name, model: a.name });
  }
  const dc = findDc(nation, o.dcId);
  if (!dc) return reject("dc/unknown", { nation: nation.name, dcId: o.dcId });
  if (a.liquidOnly && dc.cooling !== "liquid") {
    return reject("gpu/needs_liquid_cooling", { model: a.name, dc: dc.name });
  }
  const priorKw = prior
    .filter((p): p is OrderGpusOrder | SignQuoteOrder => (p.type === "order_gpus" || p.type === "sign_quote") && p.dcId === o.dcId)
    .reduce((kw, p) => kw + p.quantity * (findAccelerator(state.catalogue, p.model)?.kw ?? 0), 0);
  const usedKw = dcInstalledKw(state, dc) + dcPendingKw(state, nation, dc.id) + priorKw;
  const needKw = o.quantity * a.kw;
  if (usedKw + needKw > dc.mw * 1000 + 1e-6) {
    const fit = Math.max(0, Math.floor((dc.mw * 1000 - usedKw) / a.kw));
    return reject("gpu/dc_power_exceeded", { dc: dc.name, mw: dc.mw, quantity: o.quantity, model: a.name, needMw: needKw / 1000, fit });
  }
  const exportCheck = checkExport(state, nation, a, o.quantity, prior);
  if (!exportCheck.ok) return exportCheck;
  if (gpuOrderCost(state, nation, o) === undefined) return reject("gpu/unknown_model:unknown_model_or");
  return OK;
}

function checkMemory(state: GameState, nation: Nation, o: MemoryAgreementOrder, prior: Order[]): ValidationResult {
  const maker = state.catalogue.memoryMakers.find((m) => m.id === o.maker);
  if (!maker) return reject("vendor/unknown_integrator:not_memory_maker", { maker: o.maker });
  return checkAgreementSize(state, nation, maker.name, o, prior);
}

function checkCxl(nation: Nation, o: CxlUpgradeOrder, prior: Order[]): ValidationResult {
  const dc = findDc(nation, o.dcId);
  if (!dc) return reject("dc/unknown", { nation: nation.name, dcId: o.dcId });
  if (dc.cxl || prior.some((p) => p.type === "cxl_upgrade" && p.dcId === o.dcId)) return reject("cxl/already_fitted", { dc: dc.name });
  if (dcGpuCount(dc) === 0) return reject("cxl/no_gpus", { dc: dc.name });
  return OK;
}

function checkPolicy(nation: Nation, o: PolicyOrder, prior: Order[]): ValidationResult {
  if (prior.some((p) => p.type === "policy" && p.policy === o.policy)) return reject("order/duplicate:already_changed_policy");
  if (Boolean(nation.policies[o.policy]) === o.enabled) {
    return reject("policy/unchanged", { enabled: o.enabled });
  }
  return OK;
}

function checkInvest(state: GameState, o: InvestIntegratorOrder): ValidationResult {
  return findIntegrator(state.catalogue, o.integrator) ? OK : reject("vendor/unknown_integrator", { integrator: o.integrator });
}

/** Validate a whole order set in sequence: the accepted orders and, for each refused one, why. */
export function validateOrderSet(
  state: GameState,
  nationId: string,
  orders: Order[],
): { accepted: Order[]; rejected: { index: number; order: Order; error: RuleViolation }[] } {
  const accepted: Order[] = [];
  const rejected: { index: number; order: Order; error: RuleViolation }[] = [];
  orders.forEach((order, index) => {
    const r = validateOrder(state, nationId, order, accepted);
    if (r.ok) accepted.push(order);
    else rejected.push({ index, order, error: r.error });
  });
  return { accepted, rejected };
}
