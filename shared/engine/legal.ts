/**
 * legalOrders: the one enumeration of sensible orders a nation may give now, used by the UI, the AI
 * and the tests. Every order returned passes validateOrder with the given prior orders.
 */
import type { Order } from "../protocol/orders";
import type { GameState, Nation } from "./state";
import { dcInstalledKw, dcPendingKw, findVendor, gpuUnitPrice, isAvailable } from "./costs";
import { moneyAvailable } from "./order-cost";
import { agreementLimits } from "./hbm";
import { validateOrder } from "./validate";
import { baseVolume } from "./licences";

const SIZES_MW = [10, 30, 60];
const POLICIES = ["data_localisation", "power_subsidy", "gpuaas_hub", "us_alignment"] as const;

function buildCandidates(state: GameState, n: Nation): Order[] {
  const out: Order[] = [];
  const turn = state.turn;
  const partners = state.catalogue.localPartners.filter((p) => p.nation === n.id);
  for (const site of n.sites.slice(0, 2)) {
    for (const mw of SIZES_MW) {
      for (const cooling of ["air", "liquid"] as const) {
        for (const i of state.catalogue.integrators) out.push({ type: "build_dc", turn, site: site.id, mw, cooling, builder: "us", integrator: i.id });
        for (const p of partners) out.push({ type: "build_dc", turn, site: site.id, mw, cooling, builder: "local", partner: p.id });
        if (partners[0])
          for (const i of state.catalogue.integrators.slice(0, 2))
            out.push({ type: "build_dc", turn, site: site.id, mw, cooling, builder: "jv", integrator: i.id, partner: partners[0].id });
      }
    }
  }
  for (const dc of n.dataCentres) for (const mw of [10, 30]) out.push({ type: "expand_dc", turn, dcId: dc.id, mw });
  return out;
}

function gpuCandidates(state: GameState, n: Nation, prior: Order[]): Order[] {
  const out: Order[] = [];
  const money = moneyAvailable(state, n, prior);
  const vendors = [...state.catalogue.integrators.map((i) => i.id), ...state.catalogue.localPartners.filter((p) => p.nation === n.id).map((p) => p.id)];
  for (const dc of n.dataCentres) {
    const freeKw = dc.mw * 1000 - dcInstalledKw(state, dc) - dcPendingKw(state, n, dc.id);
    if (freeKw <= 0) continue;
    for (const a of state.catalogue.accelerators) {
      if (!isAvailable(state, a) || (a.liquidOnly && dc.cooling !== "liquid")) continue;
      for (const vendorId of vendors) {
        const vendor = findVendor(state, vendorId)!;
        for (const pkg of ["components", "fullstack"] as const) {
          const unit = gpuUnitPrice(state, n, a, vendor, pkg);
          const fit = Math.min(Math.floor(freeKw / a.kw), Math.floor(money / unit));
          for (const share of [0.25, 0.5, 1]) {
            const quantity = Math.floor(fit * share);
            if (quantity >= 1) out.push({ type: "order_gpus", turn: state.turn, model: a.id, quantity, vendor: vendorId, package: pkg, dcId: dc.id });
          }
        }
      }
    }
  }
  return out;
}

function otherCandidates(state: GameState, n: Nation): Order[] {
  const turn = state.turn;
  const out: Order[] = [{ type: "hold", turn }];
  for (const level of [1, 2, 3]) out.push({ type: "talent", turn, level });
  for (const policy of POLICIES) out.push({ type: "policy", turn, policy, enabled: !n.policies[policy] });
  const perNation = Math.floor(state.market.hbmPoolGb / Math.max(1, state.order.length));
  for (const m of state.catalogue.memoryMakers) {
    for (const share of [0.1, 0.25]) {
      const lim = agreementLimits(state, n, m.id);
      for (const quarters of [2, 4])
        out.push({
          type: "memory_agreement",
          turn,
          maker: m.id,
          gbPerQuarter: Math.min(lim.maxGb, Math.max(lim.minGb, Math.floor(perNation * share))),
          quarters,
        });
    }
  }
  for (const dc of n.dataCentres) out.push({ type: "cxl_upgrade", turn, dcId: dc.id });
  for (const i of state.catalogue.integrators) for (const amount of [100, 200]) out.push({ type: "invest_integrator", turn, integrator: i.id, amount });
  for (const model of ["h100", "b200"]) for (const quarters of [2, 4]) out.push({ type: "cloud_contract", turn, provider: "aws", model, gpus: 512, quarters });
  out.push({ type: "sign_licence", turn, volume: Math.max(1000, baseVolume(n)), years: 1, asks: [] });
  return out;
}

/** Every candidate order that is legal for `nation` now, after `prior` orders of this turn. */
export function legalOrders(state: GameState, nationId: string, prior: Order[] = []): Order[] {
  const n = state.nations[nationId];
  if (!n || state.finished) return [];
  const all = [...otherCandidates(state, n), ...buildCandidates(state, n), ...gpuCandidates(state, n, prior)];
  return all.filter((o) => validateOrder(state, nationId, o, prior).ok);
}
