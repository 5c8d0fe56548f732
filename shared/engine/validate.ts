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
import { MAX_ORDERS_PER_TURN } from "../protocol/orders";
import type { GameState, Nation } from "./state";
import type { RuleViolation, ValidationResult } from "./errors";
import { OK, reject, RuleError } from "./errors";
import { findAccelerator, findIntegrator, findPartner } from "./catalogue";
import { quarterLabel } from "./quarter";
import { negotiate } from "./quotes";
import { checkPower, gridAfter } from "./power";
import { checkOfftake } from "./offtake";
import { checkAgreementSize } from "./hbm-rules";
import { checkVendorAccess } from "./access";
import { checkCloudContract } from "./cloud";
import { dcGpuCount, dcInstalledKw, dcPendingKw, findDc, findVendor, gpuOrderCost, isAvailable, moneyAvailable, orderCost } from "./costs";
import { checkExport, negotiateLicence } from "./licences";

const money = (m: number): string => (Math.abs(m) >= 1000 ? `US$${(m / 1000).toFixed(2)}B` : `US$${m.toFixed(0)}M`);

/** Check one order against the rules, counting the money of `prior` orders of the same nation this turn. */
export function validateOrder(state: GameState, nationId: string, order: Order, prior: Order[] = []): ValidationResult {
  if (state.finished) return reject(RuleError.GameOver, "The game is over: no more orders.");
  const nation = state.nations[nationId];
  if (!nation) return reject(RuleError.UnknownNation, `There is no nation "${nationId}" in this game.`);
  if (order.turn !== state.turn) {
    return reject(RuleError.StaleTurn, `This order is for turn ${order.turn}, but the game is on turn ${state.turn} (${quarterLabel(state.quarter)}).`);
  }
  if (prior.length >= MAX_ORDERS_PER_TURN) return reject(RuleError.TooManyOrders, `At most ${MAX_ORDERS_PER_TURN} orders per quarter.`);
  const specific = checkSpecific(state, nation, order, prior);
  if (!specific.ok) return specific;
  const cost = orderCost(state, nation, order);
  const left = moneyAvailable(state, nation, prior);
  if (cost > left + 1e-9) {
    return reject(
      RuleError.CannotAfford,
      `This costs ${money(cost)} but only ${money(Math.max(0, left))} is left in the treasury after your other orders this quarter.`,
    );
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
      return prior.some((p) => p.type === "talent") ? reject(RuleError.DuplicateOrder, "You already fund a talent programme this quarter.") : OK;
    case "policy":
      return checkPolicy(nation, order, prior);
    case "invest_integrator":
      return checkInvest(state, order);
    case "sign_quote": {
      const { type: _t, turn: _turn, asks, ...req } = order;
      const gpus = checkGpus(state, nation, { ...req, type: "order_gpus", turn: order.turn }, prior);
      if (!gpus.ok) return gpus;
      const n = negotiate(state, nation.id, req, asks);
      return n.ok || n.error.code === RuleError.CannotAfford ? OK : n;
    }
    case "hold":
      return OK;
    case "offtake":
      return checkOfftake(state, nation, order, prior);
    case "cloud_contract":
      return checkCloudContract(state, nation, order, prior);
    case "sign_licence": {
      if (prior.some((p) => p.type === "sign_licence")) return reject(RuleError.DuplicateOrder, "You already signed a US export licence this quarter.");
      const { type: _t, turn: _turn, asks, ...req } = order;
      const r = negotiateLicence(state, nation.id, req, asks);
      return r.ok ? OK : r;
    }
  }
}

function checkBuild(state: GameState, nation: Nation, o: BuildDcOrder): ValidationResult {
  if (!nation.sites.some((s) => s.id === o.site)) {
    return reject(RuleError.UnknownSite, `"${o.site}" is not one of ${nation.name}'s sites (${nation.sites.map((s) => s.name).join(", ")}).`);
  }
  if (o.builder !== "local") {
    if (!o.integrator) return reject(RuleError.BuilderMissing, "Choose which US integrator builds it (Penguin, Dell, HPE or Supermicro).");
    if (!findIntegrator(state.catalogue, o.integrator)) return reject(RuleError.UnknownIntegrator, `"${o.integrator}" is not a US integrator in this game.`);
  }
  if (o.builder !== "us") {
    if (!o.partner) return reject(RuleError.BuilderMissing, "Choose which local partner builds it.");
    const p = findPartner(state.catalogue, o.partner);
    if (!p) return reject(RuleError.UnknownPartner, `"${o.partner}" is not a local partner in this game.`);
    if (p.nation !== nation.id) return reject(RuleError.PartnerElsewhere, `${p.name} is a partner in another nation, not in ${nation.name}.`);
  }
  return OK;
}

function checkExpand(nation: Nation, o: ExpandDcOrder): ValidationResult {
  const dc = findDc(nation, o.dcId);
  if (!dc) return reject(RuleError.UnknownDc, `${nation.name} has no data centre "${o.dcId}".`);
  return OK;
}

function checkGpus(state: GameState, nation: Nation, o: OrderGpusOrder, prior: Order[]): ValidationResult {
  const a = findAccelerator(state.catalogue, o.model);
  if (!a) return reject(RuleError.UnknownModel, `"${o.model}" is not in the accelerator catalogue.`);
  if (!isAvailable(state, a)) return reject(RuleError.NotYetAvailable, `${a.name} cannot be ordered before ${quarterLabel(a.available)}.`);
  const vendor = findVendor(state, o.vendor);
  if (!vendor) return reject(RuleError.UnknownIntegrator, `"${o.vendor}" is neither a US integrator nor a local partner.`);
  if (vendor.kind === "partner" && vendor.v.nation !== nation.id) {
    return reject(RuleError.PartnerElsewhere, `${vendor.v.name} sells in another nation, not in ${nation.name}.`);
  }
  const access = checkVendorAccess(state, a, vendor);
  if (!access.ok) return access;
  if (a.rackScale && vendor.kind === "partner" && !vendor.v.rackScale) {
    return reject(
      RuleError.NoRackScale,
      `${vendor.v.name} cannot integrate rack-scale ${a.name} systems; choose a US integrator or a partner with rack-scale experience.`,
    );
  }
  const dc = findDc(nation, o.dcId);
  if (!dc) return reject(RuleError.UnknownDc, `${nation.name} has no data centre "${o.dcId}".`);
  if (a.liquidOnly && dc.cooling !== "liquid") {
    return reject(RuleError.NeedsLiquid, `${a.name} needs direct liquid cooling, but ${dc.name} is air-cooled.`);
  }
  const priorKw = prior
    .filter((p): p is OrderGpusOrder | SignQuoteOrder => (p.type === "order_gpus" || p.type === "sign_quote") && p.dcId === o.dcId)
    .reduce((kw, p) => kw + p.quantity * (findAccelerator(state.catalogue, p.model)?.kw ?? 0), 0);
  const usedKw = dcInstalledKw(state, dc) + dcPendingKw(state, nation, dc.id) + priorKw;
  const needKw = o.quantity * a.kw;
  if (usedKw + needKw > dc.mw * 1000 + 1e-6) {
    const fit = Math.max(0, Math.floor((dc.mw * 1000 - usedKw) / a.kw));
    return reject(
      RuleError.NoPowerInDc,
      `${dc.name} has ${dc.mw} MW; ${o.quantity.toLocaleString("en-US")} ${a.name} need ${(needKw / 1000).toFixed(1)} MW more than is free. At most ${fit.toLocaleString("en-US")} fit: expand the site or pick another.`,
    );
  }
  const exportCheck = checkExport(state, nation, a, o.quantity, prior);
  if (!exportCheck.ok) return exportCheck;
  if (gpuOrderCost(state, nation, o) === undefined) return reject(RuleError.UnknownModel, "Unknown model or vendor.");
  return OK;
}

function checkMemory(state: GameState, nation: Nation, o: MemoryAgreementOrder, prior: Order[]): ValidationResult {
  const maker = state.catalogue.memoryMakers.find((m) => m.id === o.maker);
  if (!maker) return reject(RuleError.UnknownIntegrator, `"${o.maker}" is not a memory maker.`);
  return checkAgreementSize(state, nation, maker.name, o, prior);
}

function checkCxl(nation: Nation, o: CxlUpgradeOrder, prior: Order[]): ValidationResult {
  const dc = findDc(nation, o.dcId);
  if (!dc) return reject(RuleError.UnknownDc, `${nation.name} has no data centre "${o.dcId}".`);
  if (dc.cxl || prior.some((p) => p.type === "cxl_upgrade" && p.dcId === o.dcId))
    return reject(RuleError.AlreadyCxl, `${dc.name} already has CXL memory expansion.`);
  if (dcGpuCount(dc) === 0) return reject(RuleError.NoGpusForCxl, `${dc.name} has no GPUs installed yet: CXL adds memory to installed GPU servers.`);
  return OK;
}

function checkPolicy(nation: Nation, o: PolicyOrder, prior: Order[]): ValidationResult {
  if (prior.some((p) => p.type === "policy" && p.policy === o.policy)) return reject(RuleError.DuplicateOrder, "You already changed this policy this quarter.");
  if (Boolean(nation.policies[o.policy]) === o.enabled) {
    return reject(RuleError.PolicyUnchanged, `This policy is already ${o.enabled ? "on" : "off"}.`);
  }
  return OK;
}

function checkInvest(state: GameState, o: InvestIntegratorOrder): ValidationResult {
  return findIntegrator(state.catalogue, o.integrator) ? OK : reject(RuleError.UnknownIntegrator, `"${o.integrator}" is not a US integrator in this game.`);
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
