/**
 * Scripted national paths for the contrasting-strategy tests (paths, levers, cloud): one nation plays a
 * pure path in a preset scenario while every other nation holds, so the path's own effect is measured.
 * - us: US-built halls, full-stack AI factories from a US integrator (managed operations, SLA);
 * - local: halls built by the nation's champion partner, components resold by it, run by the nation;
 * - jv: joint-venture halls (integrator + champion), components from the integrator, run by the nation;
 * - cloud: no halls at all, capacity rented from a hyperscaler's sovereign region.
 */
import type { Order } from "../../shared/protocol/orders";
import type { GameState, Nation } from "../../shared/engine/state";
import { createGame, resolveTurn, validateOrder } from "../../shared/engine";
import { findVendor, gpuUnitPrice } from "../../shared/engine/costs";
import { moneyAvailable } from "../../shared/engine/order-cost";
import { freeKw } from "../../shared/ai/policy";
import { aiLicenceOrder } from "../../shared/ai/licence";
import { cloudFeePerQuarter } from "../../shared/engine/cloud";
import { presetScenario } from "../../shared/scenario/presets";
import type { PresetId } from "../../shared/scenario/presets";

/** A pure path a nation can follow. */
export type PathKind = "us" | "local" | "jv" | "cloud";

/** The integrator the scripted US and JV paths use. */
export const PATH_INTEGRATOR = "dell";

/** The local partner a nation's local path uses: a rack-scale champion first. */
export function champion(s: GameState, n: Nation): string {
  const mine = s.catalogue.localPartners.filter((p) => p.nation === n.id);
  return (mine.find((p) => n.champions.includes(p.id) && p.rackScale) ?? mine.find((p) => n.champions.includes(p.id)) ?? mine[0]).id;
}

/** This quarter's orders for `id` on a pure path (only orders the engine accepts). */
export function pathOrders(s: GameState, id: string, kind: PathKind): Order[] {
  const n = s.nations[id];
  const turn = s.turn;
  const orders: Order[] = [];
  const add = (o: Order): boolean => {
    if (!validateOrder(s, id, o, orders).ok) return false;
    orders.push(o);
    return true;
  };
  // Nations that need a US export licence apply for one first, as the AI does (every path needs GPUs).
  const licence = aiLicenceOrder(s, n);
  if (licence) add(licence);
  const partner = champion(s, n);
  if (kind === "cloud") {
    // Keep a steady fleet: renew 2-quarter contracts, spending up to half of the money left on the first quarter's fee.
    const renting = (n.cloudContracts ?? []).some((c) => c.toTurn > turn);
    const perGpu = cloudFeePerQuarter(s, { provider: "aws", model: "b200", gpus: 1, quarters: 4 });
    const gpus = Math.min(200_000, Math.floor((moneyAvailable(s, n, orders) * 0.5) / perGpu / 8) * 8);
    if (!renting)
      for (let g = gpus; g >= 8; g = Math.floor(g / 16) * 8)
        if (add({ type: "cloud_contract", turn, provider: "aws", model: "b200", gpus: g, quarters: 4 })) break;
    if (orders.length === 0) orders.push({ type: "hold", turn });
    return orders;
  }
  const vendor = kind === "local" ? partner : PATH_INTEGRATOR;
  const pkg = kind === "us" ? "fullstack" : "components";
  const building = n.dataCentres.some((d) => d.quartersLeft > 0);
  const roomy = n.dataCentres.some((d) => freeKw(s, n, d) > 2000);
  if (!building && !roomy && s.maxTurns - turn > 3) {
    const site = n.sites[n.dataCentres.length % n.sites.length].id;
    for (const mw of [40, 20, 10]) {
      const o: Order =
        kind === "local"
          ? { type: "build_dc", turn, site, mw, cooling: "liquid", builder: "local", partner }
          : kind === "jv"
            ? { type: "build_dc", turn, site, mw, cooling: "liquid", builder: "jv", integrator: PATH_INTEGRATOR, partner }
            : { type: "build_dc", turn, site, mw, cooling: "liquid", builder: "us", integrator: PATH_INTEGRATOR };
      if (validateOrder(s, id, o, orders).ok && moneyAvailable(s, n, [...orders, o]) > n.budgetPerQuarter * 0.5 && add(o)) break;
    }
  }
  for (const dc of n.dataCentres) {
    if (dc.mwOnline === 0 && dc.quartersLeft > 2) continue;
    if (dc.builder === "us" && kind !== "us") continue;
    const kw = freeKw(
      s,
      n,
      dc,
      orders.filter((o) => o.type === "order_gpus"),
    );
    if (kw < 1000) continue;
    const v = findVendor(s, vendor)!;
    const picks = s.catalogue.accelerators
      .filter(
        (a) =>
          (!a.liquidOnly || dc.cooling === "liquid") &&
          validateOrder(s, id, { type: "order_gpus", turn, model: a.id, quantity: 8, vendor, package: pkg, dcId: dc.id }, orders).ok,
      )
      .map((a) => ({ a, unit: gpuUnitPrice(s, n, a, v, pkg) }))
      .sort((x, y) => y.a.pf / y.unit - x.a.pf / x.unit || x.a.id.localeCompare(y.a.id));
    const pick = picks[0];
    if (!pick) continue;
    let q = Math.min(Math.floor(kw / pick.a.kw), Math.floor((moneyAvailable(s, n, orders) * 0.8) / pick.unit));
    while (q >= 8 && !add({ type: "order_gpus", turn, model: pick.a.id, quantity: q, vendor, package: pkg, dcId: dc.id })) q = Math.floor(q / 2);
  }
  if (orders.length === 0) orders.push({ type: "hold", turn });
  return orders;
}

/** Play a preset with `id` on a path and every other nation holding; every state, from the start. */
export function playPath(preset: PresetId, seed: number, id: string, kind: PathKind, turns?: number): GameState[] {
  let s = createGame(presetScenario(preset), seed);
  const states = [s];
  const last = turns ?? s.maxTurns;
  for (let t = 0; t < last && !s.finished; t++) {
    const orders: Record<string, Order[]> = {};
    for (const other of s.order) orders[other] = other === id ? pathOrders(s, id, kind) : [{ type: "hold", turn: s.turn }];
    s = resolveTurn(s, orders).state;
    states.push(s);
  }
  return states;
}
