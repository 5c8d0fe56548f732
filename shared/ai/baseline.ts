/**
 * The baseline bot: a simple, deterministic nation policy used by the headless runner, absent seats
 * and tests. It only reads the state it is given and only returns orders that validateOrder accepts.
 */
import type { BuildDcOrder, Order } from "../protocol/orders";
import type { Accelerator, GameState, Nation } from "../engine/state";
import { validateOrder } from "../engine/validate";
import { aiLicenceOrder } from "./licence";
import { freeKw } from "./policy";
import { findVendor, gpuUnitPrice, isAvailable } from "../engine/costs";
import { moneyAvailable } from "../engine/order-cost";
import { agreementLimits } from "../engine/hbm";
import { softwarePenalty } from "../engine/operations";
import { bestBuild } from "./build-site";

/** Effective PF per US$ M a nation would get from a model bought from a vendor. */
export function valueForMoney(state: GameState, n: Nation, a: Accelerator, vendorId: string, pkg: "components" | "fullstack"): number {
  const vendor = findVendor(state, vendorId);
  if (!vendor) return 0;
  return (a.pf * (1 - softwarePenalty(a, n.expertise))) / gpuUnitPrice(state, n, a, vendor, pkg);
}

/** Orders the baseline bot gives for `nationId` this turn. */
export function baselineOrders(state: GameState, nationId: string): Order[] {
  const n = state.nations[nationId];
  const orders: Order[] = [];
  if (!n || state.finished) return orders;
  const turn = state.turn;
  const add = (o: Order): boolean => {
    if (!validateOrder(state, nationId, o, orders).ok) return false;
    orders.push(o);
    return true;
  };
  const partner =
    state.catalogue.localPartners.find((p) => p.nation === n.id && n.champions.includes(p.id)) ?? state.catalogue.localPartners.find((p) => p.nation === n.id);
  const integrator = state.catalogue.integrators[0];

  if (n.expertise < 60) add({ type: "talent", turn, level: 1 });
  const licence = aiLicenceOrder(state, n);
  if (licence) add(licence);

  const hasAgreement = n.memoryAgreements.some((m) => m.toTurn >= turn);
  if (!hasAgreement && state.market.hbmPriceIndex > 1.05) {
    const lim = agreementLimits(state, n, "skhynix");
    const gb = Math.min(lim.maxGb, Math.max(lim.minGb, Math.floor((state.market.hbmPoolGb / state.order.length) * 0.15)));
    add({ type: "memory_agreement", turn, maker: "skhynix", gbPerQuarter: gb, quarters: 4 });
  }

  const building = n.dataCentres.some((d) => d.quartersLeft > 0);
  const roomy = n.dataCentres.some((d) => d.mwOnline > 0 && freeKw(state, n, d) > 2000);
  if (!building && !roomy) {
    const local = n.expertise >= 55 && partner;
    const site = n.sites[n.dataCentres.length % n.sites.length];
    for (const mw of [60, 30, 10]) {
      const o: Order = local
        ? { type: "build_dc", turn, site: site.id, mw, cooling: "liquid", builder: "local", partner: partner.id }
        : { type: "build_dc", turn, site: site.id, mw, cooling: "liquid", builder: "us", integrator: integrator.id };
      const best = bestBuild(state, n, o as BuildDcOrder, orders);
      if (best && moneyAvailable(state, n, [...orders, best]) > n.budgetPerQuarter * 0.5) {
        orders.push(best);
        break;
      }
    }
  }

  for (const dc of n.dataCentres) {
    const kw = freeKw(state, n, dc);
    if (kw <= 0 || (dc.mwOnline === 0 && dc.quartersLeft > 2)) continue;
    const pkg = n.expertise < 50 ? "fullstack" : "components";
    const vendors = [integrator.id, ...(partner ? [partner.id] : [])];
    let best: { a: Accelerator; vendor: string; v: number } | null = null;
    for (const a of state.catalogue.accelerators) {
      if (!isAvailable(state, a) || (a.liquidOnly && dc.cooling !== "liquid")) continue;
      for (const vendor of vendors) {
        if (!validateOrder(state, nationId, { type: "order_gpus", turn, model: a.id, quantity: 1, vendor, package: pkg, dcId: dc.id }, orders).ok) continue;
        const v = valueForMoney(state, n, a, vendor, pkg);
        if (!best || v > best.v) best = { a, vendor, v };
      }
    }
    if (!best) continue;
    const unit = gpuUnitPrice(state, n, best.a, findVendor(state, best.vendor)!, pkg);
    const budget = moneyAvailable(state, n, orders) * 0.6;
    let quantity = Math.min(Math.floor(kw / best.a.kw), Math.floor(budget / unit));
    while (quantity >= 8) {
      if (add({ type: "order_gpus", turn, model: best.a.id, quantity, vendor: best.vendor, package: pkg, dcId: dc.id })) break;
      quantity = Math.floor(quantity / 2);
    }
  }
  if (orders.length === 0) orders.push({ type: "hold", turn });
  return orders;
}
