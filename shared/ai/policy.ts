/**
 * The AI policy: turns a play style into one quarter's orders for one nation. It reads only the state
 * it is given (for AI seats, a belief built from the nation's view) and only returns orders that
 * validateOrder accepts, each checked after the ones before it.
 */
import type { BuildDcOrder, Order, OrderGpusOrder, SignQuoteOrder } from "../protocol/orders";
import { aiPurchase } from "./quote-buyer";
import type { Accelerator, DataCentre, GameState, Nation } from "../engine/state";
import type { RngState } from "../engine/rng";
import type { Style } from "./personality";
import { nextFloat, nextInt } from "../engine/rng";
import { validateOrder } from "../engine/validate";
import { agreementLimits, hbmPoolOf, isQualified } from "../engine/hbm";
import { findAccelerator } from "../engine/catalogue";
import { bestBuild } from "./build-site";
import { dcInstalledKw, dcPendingKw, findVendor, gpuLeadQuarters, gpuUnitPrice, isAvailable } from "../engine/costs";
import { moneyAvailable } from "../engine/order-cost";
import { inferenceValue, marketRent, trainingValue } from "../engine/market";
import { marketPriceK } from "../engine/prices";
import { measureNation } from "../engine/operations";
import { policyProfitDelta } from "../engine/levers";
import { aiLicenceOrder } from "./licence";
import { expectedFill, expectedServiceQuarters } from "./delivery";

/** Power still free in a data centre after installed and ordered GPUs, kW. */
export function freeKw(state: GameState, n: Nation, dc: DataCentre, prior: Order[] = []): number {
  const priorKw = prior
    .filter((o): o is OrderGpusOrder | SignQuoteOrder => (o.type === "order_gpus" || o.type === "sign_quote") && o.dcId === dc.id)
    .reduce((s, o) => s + o.quantity * (state.catalogue.accelerators.find((a) => a.id === o.model)?.kw ?? 0), 0);
  return dc.mw * 1000 - dcInstalledKw(state, dc) - dcPendingKw(state, n, dc.id) - priorKw;
}

/** Share of a quarter's GPU money a site's free power must be able to take before the AI counts it as room enough not to build (estimate). */
export const ROOM_MONEY_SHARE = 0.5;

/**
 * True when a data centre's free power is worth filling instead of building: more than 2 MW free, and room
 * for at least ROOM_MONEY_SHARE of `money` (what the nation means to spend on GPUs this quarter) at the
 * cheapest price per kW on sale. A 2 MW gap in a small starting hall no longer stops a nation with billions
 * to spend from founding its first real site (the Gulf's first two quarters, seed-1 trace of issue 14).
 */
export function hasRoom(state: GameState, n: Nation, dc: DataCentre, money: number, prior: Order[] = []): boolean {
  const kw = freeKw(state, n, dc, prior);
  if (kw <= 2000) return false;
  const perKw = Math.min(...state.catalogue.accelerators.filter((a) => isAvailable(state, a)).map((a) => marketPriceK(state, a) / 1000 / a.kw));
  return !Number.isFinite(perKw) || kw * perKw >= ROOM_MONEY_SHARE * money;
}

/** Share of a style's GPU value that is training (the rest inference): GPUaaS hubs and memory plays serve inference. */
export function planTrainingWeight(style: Style): number {
  return style.policies.includes("gpuaas_hub") || style.cxl ? 0.3 : 0.85;
}

/** What one GPU is worth to a plan, in FP8 PF-equivalents: training value and inference value (FP4 halved), weighted by the plan. */
export function planValue(state: GameState, a: Accelerator, expertise: number, style: Style, cxl: boolean): number {
  const w = planTrainingWeight(style);
  return w * trainingValue(a, expertise) + ((1 - w) * inferenceValue(a, expertise, cxl ? state.catalogue.cxlInferenceUplift : 0)) / 2;
}

/**
 * Weight of rent earned in the AI's value of a part, against its PF value: every GPU-hour earns (the rented
 * share at market rent, the national share the domestic-access rent, market.ts), and the score counts that
 * profit beside compute. Estimate: 0.3 (0.5 cost the hard AI a tenth of its wins over easy: ai.test), so a part whose rent holds while its price falls (H200, MI300X in
 * 2026–27, G1–G9 against the price path of prices.ts) is worth buying when PF per dollar alone would not say so.
 */
export const RENT_VALUE_WEIGHT = 0.3;
/** A second part gets a share of a site's money and power when its value is at least this share of the best part's (estimate). */
export const MIX_THRESHOLD = 0.8;
/** Share of a site's money and power the second part gets in a mix (estimate). */
export const MIX_SECOND_SHARE = 0.35;

/** A part the AI may order for a site, with its PF value, its rent value and its maker/newness bonus. */
export interface PartChoice {
  a: Accelerator;
  vendor: string;
  pfv: number;
  rentv: number;
  bonus: number;
}

/**
 * The parts the AI orders for one site this quarter and the share of the site's money and power each gets:
 * value = (1 − RENT_VALUE_WEIGHT) × PF value ÷ best PF value + RENT_VALUE_WEIGHT × rent value ÷ best rent
 * value, × bonus. The best part alone, or with the runner-up when it is worth MIX_THRESHOLD of the best and
 * draws from another HBM pool or is made by the other maker or is another part (buyers spread orders
 * across parts and memory pools to hedge allocation, M7–M10, M14). `forced` ≥ 0 puts that choice first (a slip).
 */
export function pickMix<T extends PartChoice>(choices: T[], forced = -1): (T & { share: number; v: number })[] {
  const maxPf = Math.max(1e-12, ...choices.map((c) => c.pfv));
  const maxRent = Math.max(1e-12, ...choices.map((c) => c.rentv));
  const scored = choices.map((c) => ({ ...c, share: 1, v: ((1 - RENT_VALUE_WEIGHT) * (c.pfv / maxPf) + RENT_VALUE_WEIGHT * (c.rentv / maxRent)) * c.bonus }));
  scored.sort((x, y) => y.v - x.v || x.a.id.localeCompare(y.a.id));
  if (forced >= 0 && forced < choices.length) {
    const f = scored.find((c) => c.a.id === choices[forced].a.id && c.vendor === choices[forced].vendor)!;
    return [{ ...f, share: 1 }];
  }
  const best = scored[0];
  const second = scored.find((c) => c.a.id !== best.a.id && c.v >= MIX_THRESHOLD * best.v);
  if (!second) return [best];
  return [
    { ...best, share: 1 - MIX_SECOND_SHARE },
    { ...second, share: 1 },
  ];
}

/** True when a part goes on sale next quarter (it is on the public roadmap, not yet orderable). */
export function comesNextQuarter(state: GameState, a: Accelerator): boolean {
  const now = state.quarter.year * 4 + state.quarter.q;
  return a.available.year * 4 + a.available.q === now + 1;
}

/** Quarters since a generation became available (newest = 0). */
function age(state: GameState, a: Accelerator): number {
  return (state.quarter.year - a.available.year) * 4 + (state.quarter.q - a.available.q);
}

/** The orders a style gives for `nationId` this quarter. `rng` drives only the style's slips; with `negotiate` it buys through vendor quotes (the real decision; projections use list prices, which are close and much cheaper to compute). */
export function playStyle(state: GameState, nationId: string, style: Style, rng: RngState, negotiate = false): Order[] {
  const n = state.nations[nationId];
  const orders: Order[] = [];
  if (!n || state.finished) return orders;
  const turn = state.turn;
  const slip = (): boolean => style.slips > 0 && nextFloat(rng) < style.slips;
  const add = (o: Order): boolean => {
    if (!validateOrder(state, nationId, o, orders).ok) return false;
    orders.push(o);
    return true;
  };
  const reserve = n.budgetPerQuarter * style.reserve;
  const spare = (): number => moneyAvailable(state, n, orders) - reserve;
  const partners = state.catalogue.localPartners.filter((p) => p.nation === n.id);
  const partner = partners.find((p) => n.champions.includes(p.id) && p.rackScale) ?? partners.find((p) => n.champions.includes(p.id)) ?? partners[0];
  const integrator = [...state.catalogue.integrators].sort((a, b) => (n.stakes[b.id] ?? 0) - (n.stakes[a.id] ?? 0))[0];

  for (const policy of style.policies) {
    // Levers have costs (levers.ts): the hub only while it earns more than it costs (once there is compute
    // to rent), the power subsidy only while support needs it; the others stay the style's choice.
    let want = true;
    const hasCompute = n.dataCentres.some((d) => d.gpus.length > 0);
    if (policy === "gpuaas_hub" && hasCompute) want = policyProfitDelta(state, n, "gpuaas_hub", measureNation) > 0;
    if (policy === "power_subsidy") want = n.support < 60;
    if (Boolean(n.policies[policy]) !== want && !slip()) add({ type: "policy", turn, policy, enabled: want });
  }
  const licence = aiLicenceOrder(state, n);
  if (licence) add(licence);
  const rich = style.slips === 0 && spare() > n.budgetPerQuarter * 4;
  // A rich nation steps its talent programme up to level 3, unless the style runs none (the hard AI's
  // look-ahead tries a no-talent variant: level 3 costs US$90M a quarter, which the money term counts).
  if ((style.talent > 0 && n.expertise < style.talentUntil) || (rich && style.talent > 0 && n.expertise < 90)) {
    for (let level = rich ? 3 : style.talent; level >= 1; level--) if (add({ type: "talent", turn, level })) break;
  }
  if (style.stake > 0 && Object.keys(n.stakes).length === 0 && spare() > style.stake * 2) {
    add({ type: "invest_integrator", turn, integrator: integrator.id, amount: style.stake });
  }
  const expectingGpus = n.pendingGpus.length > 0 || n.dataCentres.length > 0;
  if (style.memory > 0 && expectingGpus && !n.memoryAgreements.some((m) => m.toTurn >= turn + 1)) {
    const preferred = state.catalogue.memoryMakers.find((m) => m.id === style.memoryMaker) ?? state.catalogue.memoryMakers[0];
    // HBM4 parts on order need a maker qualified for HBM4 (M6): switch to the first one that is.
    const wantsHbm4 = n.pendingGpus.some((p) => {
      const a = findAccelerator(state.catalogue, p.model);
      return a !== undefined && hbmPoolOf(a) === "hbm4";
    });
    const maker =
      wantsHbm4 && !isQualified(preferred.id, "hbm4", state.quarter.year)
        ? (state.catalogue.memoryMakers.find((m) => isQualified(m.id, "hbm4", state.quarter.year)) ?? preferred)
        : preferred;
    const fair = state.market.hbmPoolGb / Math.max(1, state.order.length);
    const lim = agreementLimits(state, n, maker.id, orders);
    const gb = Math.max(lim.minGb, Math.min(Math.floor(fair * style.memory), lim.maxGb));
    const o: Order = { type: "memory_agreement", turn, maker: maker.id, gbPerQuarter: gb, quarters: 4 };
    if (!slip() && validateOrder(state, nationId, o, orders).ok && spare() > n.budgetPerQuarter) orders.push(o);
  }

  buildIfFull(state, n, style, orders, add, partner?.id, integrator.id, slip, rich);

  for (const dc of n.dataCentres) {
    if (dc.mwOnline === 0 && dc.quartersLeft > 2) continue;
    const kw = freeKw(state, n, dc, orders);
    if (kw <= 0 || slip()) continue;
    const pkg = style.pkg === "auto" ? (n.expertise < 50 ? "fullstack" : "components") : style.pkg;
    const vendors = style.builder === "local" && partner ? [partner.id, integrator.id] : [integrator.id, ...(partner ? [partner.id] : [])];
    const choices: { a: Accelerator; vendor: string; pfv: number; rentv: number; bonus: number }[] = [];
    for (const a of state.catalogue.accelerators) {
      if (!isAvailable(state, a) || (a.liquidOnly && dc.cooling !== "liquid")) continue;
      for (const vendor of vendors) {
        if (!validateOrder(state, nationId, { type: "order_gpus", turn, model: a.id, quantity: 1, vendor, package: pkg, dcId: dc.id }, orders).ok) continue;
        const unit = gpuUnitPrice(state, n, a, findVendor(state, vendor)!, pkg);
        const makerBonus = style.maker === "any" || style.maker === a.maker ? 1 : 0.7;
        // Value of what this quarter's money and the site's free power can buy: per dollar when money binds, per kW when power binds.
        // A part that arrives later serves fewer quarters before the game ends, and a part of a sold-out HBM pool
        // arrives over several quarters (delivery.ts: the public pool figures and the nation's own agreements).
        const fits = Math.min(kw / a.kw, (spare() * style.spend) / unit);
        const lead = gpuLeadQuarters(a, findVendor(state, vendor)!);
        const onTime = Math.max(0, state.maxTurns - turn + 2 - lead);
        const use = expectedServiceQuarters(onTime, expectedFill(state, n, a, fits, lead));
        const bonus = makerBonus * (1 + style.newest * Math.max(0, 1 - age(state, a) / 8));
        if (use > 0)
          choices.push({
            a,
            vendor,
            pfv: fits * use * planValue(state, a, n.expertise, style, dc.cxl || style.cxl),
            rentv: fits * use * marketRent(state, a),
            bonus,
          });
        break;
      }
    }
    // A part on the public roadmap for next quarter (A16, A31: NVIDIA and AMD announce a year ahead) is a choice too:
    // ordered next quarter, it serves one quarter less. When it is worth more than anything on sale, the site waits.
    const waiting = new Set<string>();
    for (const a of state.catalogue.accelerators) {
      if (!comesNextQuarter(state, a) || (a.liquidOnly && dc.cooling !== "liquid")) continue;
      const vendor = findVendor(state, vendors[0]);
      if (!vendor) continue;
      const unit = gpuUnitPrice(state, n, a, vendor, pkg);
      const makerBonus = style.maker === "any" || style.maker === a.maker ? 1 : 0.7;
      const fits = Math.min(kw / a.kw, (spare() * style.spend) / unit);
      const lead = gpuLeadQuarters(a, vendor) + 1;
      const onTime = Math.max(0, state.maxTurns - turn + 2 - lead);
      const use = expectedServiceQuarters(onTime, expectedFill(state, n, a, fits, lead));
      if (use <= 0) continue;
      waiting.add(a.id);
      choices.push({
        a,
        vendor: vendors[0],
        pfv: fits * use * planValue(state, a, n.expertise, style, dc.cxl || style.cxl),
        rentv: fits * use * marketRent(state, a),
        bonus: makerBonus * (1 + style.newest),
      });
    }
    if (choices.length === 0) continue;
    const money = spare() * style.spend;
    const start = moneyAvailable(state, n, orders);
    const picks = pickMix(choices, slip() ? nextInt(rng, choices.length) : -1);
    if (waiting.has(picks[0].a.id)) continue;
    for (const pick of (style.mix === false ? [{ ...picks[0], share: 1 }] : picks).filter((p) => !waiting.has(p.a.id))) {
      // Each part gets its share of the site's free power and of this quarter's money for it (the last part what is left).
      const free = Math.min(freeKw(state, n, dc, orders), kw * pick.share);
      const left = Math.min(money * pick.share, money - (start - moneyAvailable(state, n, orders)));
      const unit = gpuUnitPrice(state, n, pick.a, findVendor(state, pick.vendor)!, pkg);
      let quantity = Math.min(Math.floor(free / pick.a.kw), Math.floor(left / unit));
      while (quantity >= 8) {
        const o: OrderGpusOrder = { type: "order_gpus", turn, model: pick.a.id, quantity, vendor: pick.vendor, package: pkg, dcId: dc.id };
        if (add(negotiate && style.slips === 0 ? aiPurchase(state, nationId, o) : o) || add(o)) break;
        quantity = Math.floor(quantity / 2);
      }
    }
  }

  if (style.cxl) {
    for (const dc of n.dataCentres) {
      if (!dc.cxl && dc.gpus.length > 0 && spare() > n.budgetPerQuarter) add({ type: "cxl_upgrade", turn, dcId: dc.id });
    }
  }
  if (orders.length === 0) orders.push({ type: "hold", turn });
  return orders;
}

/** Found a new data centre (or expand one) when none is being built and none has room for GPUs. */
function buildIfFull(
  state: GameState,
  n: Nation,
  style: Style,
  orders: Order[],
  add: (o: Order) => boolean,
  partner: string | undefined,
  integrator: string,
  slip: () => boolean,
  rich: boolean,
): void {
  const turn = state.turn;
  const building = n.dataCentres.filter((d) => d.quartersLeft > 0).length >= (rich ? 2 : 1);
  const roomy = n.dataCentres.some((d) => d.mwOnline > 0 && hasRoom(state, n, d, moneyAvailable(state, n, orders) * style.spend, orders));
  const turnsLeft = state.maxTurns - turn;
  if (building || roomy || turnsLeft < 2 || slip()) return;
  const builder = style.builder !== "us" && !partner ? "us" : style.builder;
  const site = n.sites[n.dataCentres.length % n.sites.length];
  const floor = n.budgetPerQuarter * Math.max(0.5, style.reserve);
  for (const mw of [style.buildMw, Math.round(style.buildMw / 2), 10]) {
    const o: Order =
      builder === "local"
        ? { type: "build_dc", turn, site: site.id, mw, cooling: "liquid", builder: "local", partner: partner! }
        : builder === "jv"
          ? { type: "build_dc", turn, site: site.id, mw, cooling: "liquid", builder: "jv", integrator, partner: partner! }
          : { type: "build_dc", turn, site: site.id, mw, cooling: "liquid", builder: "us", integrator };
    const best = bestBuild(state, n, o as BuildDcOrder, orders);
    if (best && moneyAvailable(state, n, [...orders, best]) > floor) {
      add(best);
      return;
    }
  }
}
