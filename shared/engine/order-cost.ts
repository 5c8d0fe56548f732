/** What an order costs and the money left after a set of orders: above costs.ts and quotes.ts (a signed quote costs its negotiated price). */
import type { Order } from "../protocol/orders";
import type { GameState, Nation } from "./state";
import { findIntegrator } from "./catalogue";
import { buildOrderCost, cxlCost, dcCapex, findDc, gpuOrderCost, memoryAgreementCost } from "./costs";
import { negotiatePrice } from "./quotes";

/** Money an order takes from the treasury when it is applied, US$ M. */
export function orderCost(state: GameState, nation: Nation, o: Order): number {
  switch (o.type) {
    case "build_dc":
      return buildOrderCost(state, nation, o);
    case "expand_dc": {
      const dc = findDc(nation, o.dcId);
      const integ = dc?.integrator ? findIntegrator(state.catalogue, dc.integrator) : undefined;
      return dc ? dcCapex(state, nation, o.mw, dc.cooling, dc.builder, integ, { power: dc.power, expansion: true }) : 0;
    }
    case "order_gpus":
      return gpuOrderCost(state, nation, o) ?? 0;
    case "memory_agreement":
      return memoryAgreementCost(state, o);
    case "cxl_upgrade": {
      const dc = findDc(nation, o.dcId);
      return dc ? cxlCost(state, dc) : 0;
    }
    case "talent":
      return state.catalogue.talentCost[o.level - 1];
    case "invest_integrator":
      return o.amount;
    case "policy":
      return 0;
    case "sign_quote": {
      const { type: _t, turn: _turn, asks, ...req } = o;
      return negotiatePrice(state, nation.id, req, asks)?.total ?? 0;
    }
    case "hold":
      return 0;
    case "offtake":
      return 0;
    case "cloud_contract":
      return 0; // no capex: the fee is opex every quarter (cloud.ts)
    case "sign_licence":
      return 0;
  }
}

/** Money left to spend after the given orders, US$ M. */
export function moneyAvailable(state: GameState, nation: Nation, prior: Order[]): number {
  return nation.treasury - nation.treasuryFloor - prior.reduce((s, o) => s + orderCost(state, nation, o), 0);
}
