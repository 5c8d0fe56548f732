/** Resolution phase 1: apply each nation's valid orders (money leaves the treasury here, once). */
import type { Order } from "../protocol/orders";
import type { GameState, Nation } from "./state";
import { gameEvent, money } from "./event-types";
import type { EventCode, EventKind, EventParams, GameEvent } from "./event-types";
import { findAccelerator, findIntegrator, findPartner } from "./catalogue";
import { buildOrderCost, cxlCost, dcCapex, findDc, gpuLeadQuarters, gpuOrderCost, findVendor, h100Equivalents, memoryAgreementCost } from "./costs";
import { buildPlan, commitPower, gridOf, planFigures, powerChoice } from "./power";
import { validateOrderSet } from "./validate";
import { applyOfftake } from "./offtake";
import { recordOrderTerms, recordServiceTerms } from "./quotes";
import { negotiate } from "./quote-check";
import { applyCloudContract } from "./cloud";
import { grantLicence, negotiateLicence } from "./licences";
import { addQuarters } from "./quarter";
import { LOCALISATION_SUPPORT } from "./policy-rates";
import { agreementServes } from "./hbm";

/**
 * Apply one nation's orders: each is validated in sequence against the state as it was before the
 * quarter (`before`, as the server validated them), invalid ones are skipped with an explanation,
 * accepted ones are applied to `state`. Returns the orders applied.
 */
export function applyOrders(before: GameState, state: GameState, nation: Nation, orders: Order[], events: GameEvent[]): Order[] {
  const { accepted, rejected } = validateOrderSet(before, nation.id, orders);
  for (const r of rejected) {
    events.push(gameEvent(state.turn, nation.id, "rejected", "order/rejected", { violation: { key: r.error.key, params: r.error.params } }));
  }
  for (const order of accepted) applyOne(before, state, nation, order, events);
  return accepted;
}

/** Tell the nation what one of its orders did. */
function say<C extends EventCode>(state: GameState, nation: Nation, events: GameEvent[], kind: EventKind, code: C, params: EventParams[C]): void {
  events.push(gameEvent(state.turn, nation.id, kind, code, params));
}

/** Apply one accepted order to `state`; quotes are re-derived from the pre-turn state `before`, where they were made. */
function applyOne(before: GameState, state: GameState, n: Nation, o: Order, events: GameEvent[]): void {
  switch (o.type) {
    case "build_dc": {
      const cost = buildOrderCost(state, n, o);
      const site = n.sites.find((s) => s.id === o.site)!;
      const integ = o.integrator && o.builder !== "local" ? findIntegrator(state.catalogue, o.integrator) : undefined;
      const partner = o.partner && o.builder !== "us" ? findPartner(state.catalogue, o.partner) : undefined;
      const choice = powerChoice(o);
      const plan = buildPlan(n, o.mw, o.builder, choice, integ, partner);
      const total = plan.total;
      commitPower(gridOf(n), o.mw, choice);
      n.gridMw = gridOf(n).headroomMw;
      n.buildDelay = 0;
      n.treasury -= cost;
      const id = `${n.id}-dc${n.dataCentres.length + 1}`;
      const builderName = o.builder === "us" ? integ!.name : o.builder === "local" ? partner!.name : `${integ!.name} + ${partner!.name}`;
      n.dataCentres.push({
        id,
        nation: n.id,
        name: `${site.name} ${o.mw} MW`,
        site: site.id,
        lat: site.lat,
        lon: site.lon,
        mw: o.mw,
        mwOnline: 0,
        cooling: o.cooling,
        builder: o.builder,
        integrator: integ?.id,
        partner: partner?.id,
        status: total > plan.construction ? "planned" : "building",
        quartersLeft: total,
        buildQuarters: plan.construction,
        gpus: [],
        cxl: false,
        utilisation: 0,
        capexSpent: cost,
        foundedTurn: state.turn,
        power: choice.power,
        siteKind: choice.siteKind,
      });
      say(state, n, events, "build", "dc/build", {
        builder: builderName,
        mw: o.mw,
        cooling: o.cooling,
        site: site.name,
        cost: money(cost),
        online: addQuarters(state.quarter, total),
        plan: planFigures(plan, choice),
      });
      return;
    }
    case "expand_dc": {
      const dc = findDc(n, o.dcId)!;
      const integ = dc.integrator ? findIntegrator(state.catalogue, dc.integrator) : undefined;
      const partner = dc.partner ? findPartner(state.catalogue, dc.partner) : undefined;
      const cost = dcCapex(state, n, o.mw, dc.cooling, dc.builder, integ, { power: dc.power, expansion: true });
      const plan = buildPlan(n, o.mw, dc.builder, { power: dc.power }, integ, partner, { expansion: true });
      const total = plan.total;
      commitPower(gridOf(n), o.mw, { power: dc.power });
      n.gridMw = gridOf(n).headroomMw;
      n.treasury -= cost;
      dc.mw += o.mw;
      dc.capexSpent += cost;
      dc.quartersLeft = Math.max(dc.quartersLeft, total);
      dc.buildQuarters = Math.min(total, plan.construction);
      if (dc.status === "online") dc.status = "building";
      say(state, n, events, "build", "dc/expand", {
        dc: dc.name,
        mw: o.mw,
        cost: money(cost),
        online: addQuarters(state.quarter, total),
        plan: planFigures(plan, { siteKind: "greenfield", power: dc.power ?? "grid" }),
      });
      return;
    }
    case "order_gpus": {
      const a = findAccelerator(state.catalogue, o.model)!;
      const vendor = findVendor(state, o.vendor)!;
      const cost = gpuOrderCost(state, n, o)!;
      const lead = gpuLeadQuarters(a, vendor);
      n.treasury -= cost;
      n.exportUsedThisYear += h100Equivalents(a, o.quantity);
      n.pendingGpus.push({
        id: `${n.id}-po${state.nextId++}`,
        nation: n.id,
        model: o.model,
        quantity: o.quantity,
        vendor: o.vendor,
        package: o.package,
        dcId: o.dcId,
        orderedTurn: state.turn,
        dueTurn: state.turn + lead - 1,
        slipped: 0,
        cost,
      });
      if (o.package === "fullstack" && vendor.kind === "partner") recordOrderTerms(state, n, o);
      say(state, n, events, "order", "gpu/ordered", {
        count: o.quantity,
        model: o.model,
        vendor: vendor.v.name,
        fullstack: o.package === "fullstack",
        cost: money(cost),
        due: addQuarters(state.quarter, lead - 1),
      });
      return;
    }
    case "sign_quote": {
      const { type: _t, turn: _turn, asks, ...req } = o;
      const deal = negotiate(before, n.id, req, asks);
      if (!deal.ok) return;
      const q = deal.quote;
      const a = findAccelerator(state.catalogue, q.request.model)!;
      n.treasury -= q.total;
      n.exportUsedThisYear += h100Equivalents(a, q.request.quantity);
      n.pendingGpus.push({
        id: `${n.id}-po${state.nextId++}`,
        nation: n.id,
        model: q.request.model,
        quantity: q.request.quantity,
        vendor: q.request.vendor,
        package: q.request.package,
        dcId: q.request.dcId,
        orderedTurn: state.turn,
        dueTurn: state.turn + q.leadQuarters - 1,
        slipped: 0,
        cost: q.total,
        operator: q.operator === "vendor" ? "integrator" : "nation",
      });
      recordServiceTerms(n, q);
      say(state, n, events, "order", "gpu/quote_signed", {
        count: q.request.quantity,
        model: q.request.model,
        vendor: q.vendorName,
        unitPrice: Math.round(q.unitPrice * 1000) / 1000,
        cost: money(q.total),
        vendorRuns: q.operator === "vendor",
        inCountry: q.mgmtSoftware === "in-country",
        due: addQuarters(state.quarter, q.leadQuarters - 1),
      });
      return;
    }
    case "memory_agreement": {
      const cost = memoryAgreementCost(state, o);
      const maker = state.catalogue.memoryMakers.find((m) => m.id === o.maker)!;
      n.treasury -= cost;
      n.memoryAgreements.push({
        id: `${n.id}-ma${state.nextId++}`,
        maker: o.maker,
        gbPerQuarter: o.gbPerQuarter,
        fromTurn: state.turn,
        toTurn: state.turn + o.quarters - 1,
      });
      say(state, n, events, "order", "hbm/agreement", {
        maker: maker.name,
        gb: o.gbPerQuarter,
        quarters: o.quarters,
        cost: money(cost),
        ...agreementServes(state, o.maker),
      });
      return;
    }
    case "cxl_upgrade": {
      const dc = findDc(n, o.dcId)!;
      const cost = cxlCost(state, dc);
      n.treasury -= cost;
      dc.cxl = true;
      say(state, n, events, "order", "dc/cxl", { dc: dc.name, cost: money(cost), uplift: state.catalogue.cxlInferenceUplift });
      return;
    }
    case "talent": {
      const cost = state.catalogue.talentCost[o.level - 1];
      n.treasury -= cost;
      n.expertise = Math.min(100, n.expertise + state.catalogue.talentGain[o.level - 1] * (1 - n.expertise / 120));
      say(state, n, events, "policy", "policy/talent", { level: o.level, cost: money(cost) });
      return;
    }
    case "policy": {
      n.policies[o.policy] = o.enabled;
      if (o.policy === "data_localisation" && o.enabled) n.support = Math.min(100, n.support + LOCALISATION_SUPPORT);
      say(state, n, events, "policy", "policy/set", { policy: o.policy, on: o.enabled });
      return;
    }
    case "invest_integrator": {
      const integ = findIntegrator(state.catalogue, o.integrator)!;
      n.treasury -= o.amount;
      n.stakes[integ.id] = (n.stakes[integ.id] ?? 0) + o.amount;
      say(state, n, events, "finance", "finance/invested", { integrator: integ.name, amount: money(o.amount), stake: money(n.stakes[integ.id]) });
      return;
    }
    case "hold":
      return;
    case "offtake":
      applyOfftake(state, n, o, events);
      return;
    case "cloud_contract":
      applyCloudContract(state, n, o, events);
      return;
    case "sign_licence": {
      const { type: _t, turn: _turn, asks, ...req } = o;
      const r = negotiateLicence(before, n.id, req, asks);
      if (r.ok) grantLicence(state, n, r.offer, events);
      return;
    }
  }
}
