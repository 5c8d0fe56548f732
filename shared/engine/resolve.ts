/**
 * resolveTurn: one quarter, deterministic from the state (with its PRNG) and the orders.
 * Phases: orders → events → construction → deliveries (HBM, packaging) → operations and money →
 * expertise, capability, support → objectives and score → next quarter.
 */
import type { Order } from "../protocol/orders";
import type { EventCard, GameState } from "./state";
import { gameEvent, money as moneyFigure } from "./event-types";
import type { GameEvent } from "./event-types";
import { applyOrders } from "./apply-orders";
import { runEvents } from "./events";
import { progressConstruction } from "./construction";
import { runSupply } from "./supply";
import { measureNation } from "./operations";
import { drawIntegratorMargins, partnershipRevenue } from "./partnerships";
import { checkObjectives, develop } from "./development";
import { computeOutcomes } from "./outcomes";
import { bookQuarter } from "./money";
import { advanceGrid } from "./power";
import { addQuarters } from "./quarter";
import { structuredCloneJson } from "./view";
import type { DealTerms } from "../protocol/deals";
import { runDeals, withSignedDeals } from "./deals";
import { runLicences } from "./licences";
import { turnCauses } from "./causes";

/** The new state and the events of the quarter (public ones have nation null). */
export interface TurnResult {
  state: GameState;
  events: GameEvent[];
}

/** Options for one resolution: facilitator injects played this quarter, and deals signed between nations during it. */
export interface ResolveOptions {
  injects?: EventCard[];
  deals?: DealTerms[];
}

/** Resolve the current quarter. Never mutates the input state. Orders for other turns or nations are ignored with a note. */
export function resolveTurn(input: GameState, ordersByNation: Record<string, Order[]>, opts: ResolveOptions = {}): TurnResult {
  const events: GameEvent[] = [];
  // Deals signed this quarter come first (escrow): the orders were checked against that live state.
  const base = input.finished ? input : withSignedDeals(input, opts.deals ?? [], events);
  const state = cloneForResolution(base);
  if (state.finished) return { state, events };

  const spent: Record<string, number> = {};
  for (const id of state.order) {
    const n = state.nations[id];
    const before = n.treasury;
    n.lastOrders = applyOrders(base, state, n, ordersByNation[id] ?? [], events);
    spent[id] = before - n.treasury;
  }
  const sales = salesThisTurn(state);
  const margins = drawIntegratorMargins(state);

  runEvents(state, opts.injects ?? [], events);
  for (const id of state.order) progressConstruction(state, state.nations[id], events);
  for (const id of state.order) advanceGrid(state.nations[id]);
  runSupply(state, events);
  runDeals(state, events);
  runLicences(state, events);

  for (const id of state.order) {
    const n = state.nations[id];
    const prev = n.history[n.history.length - 1]?.compute ?? 0;
    const f = measureNation(state, n);
    for (const dc of n.dataCentres) dc.utilisation = Math.round((f.dcUtilisation[dc.id] ?? 0) * 1000) / 1000;
    const partnership = partnershipRevenue(state, n, salesToOthers(sales, id), margins);
    const revenue = f.revenue + partnership;
    const before = n.treasury;
    n.treasury += revenue - f.opex;
    const unpaid = n.treasury < n.treasuryFloor;
    if (unpaid) {
      n.treasury = n.treasuryFloor;
      events.push(gameEvent(state.turn, id, "finance", "finance/unpaid", { opex: moneyFigure(f.opex), held: moneyFigure(before + revenue) }));
    }
    n.cumulativeRevenue += revenue;
    develop(state, n, f, prev, unpaid, events);
    checkObjectives(state, n, f.effectiveCompute, events);
    const money = bookQuarter(state, n, spent[id] ?? 0, revenue, f.opex);
    computeOutcomes(state, n, { revenue, opex: f.opex, turn: state.turn, profit: money.profit, financing: money.financing }, measureNation(state, n));
    n.lastTurn = turnCauses({
      input,
      base,
      state,
      nationId: id,
      figures: f,
      prevCompute: prev,
      partnership,
      treasuryBeforeMoney: before,
      unpaid,
      money,
      spent: spent[id] ?? 0,
    });
    explainQuarter(state, id, f.compute - prev, revenue, f.opex, events);
    n.treasury += n.budgetPerQuarter;
  }

  const next = addQuarters(state.quarter, 1);
  if (next.q === 1) for (const id of state.order) state.nations[id].exportUsedThisYear = 0;
  state.log.push(...events);
  if (state.turn >= state.maxTurns) {
    state.finished = true;
    state.log.push(gameEvent(state.turn, null, "info", "game/ended", { quarter: { ...state.quarter } }));
  } else {
    state.turn += 1;
    state.quarter = next;
  }
  return { state, events };
}

/**
 * A copy of the state to resolve into: everything deep-copied except the catalogue and the past log
 * entries, which the engine never mutates (they are shared, and the log array itself is new).
 */
function cloneForResolution(input: GameState): GameState {
  const { catalogue, log, ...rest } = input;
  return { ...structuredCloneJson(rest), catalogue, log: [...log] } as GameState;
}

/** GPU sales placed this turn, by nation and vendor, US$ M. */
function salesThisTurn(state: GameState): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  for (const id of state.order) {
    const row: Record<string, number> = (out[id] = {});
    for (const p of state.nations[id].pendingGpus) if (p.orderedTurn === state.turn) row[p.vendor] = (row[p.vendor] ?? 0) + p.cost;
  }
  return out;
}

/** Each vendor's sales this turn to nations other than `self`. */
function salesToOthers(sales: Record<string, Record<string, number>>, self: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [nation, row] of Object.entries(sales)) {
    if (nation === self) continue;
    for (const [vendor, v] of Object.entries(row)) out[vendor] = (out[vendor] ?? 0) + v;
  }
  return out;
}

/** A one-line private summary of the quarter's money and compute. */
function explainQuarter(state: GameState, id: string, computeDelta: number, revenue: number, opex: number, events: GameEvent[]): void {
  const n = state.nations[id];
  const pending = n.pendingGpus.reduce((s, p) => s + p.quantity, 0);
  const models = [...new Set(n.pendingGpus.map((p) => p.model))];
  events.push(
    gameEvent(state.turn, id, "finance", "finance/quarter", {
      quarter: { ...state.quarter },
      compute: Math.round(computeDelta) + 0, // rounded here, and + 0 turns −0 into 0 (JSON has no −0; the sentence never reads minus zero)
      revenue: moneyFigure(revenue),
      opex: moneyFigure(opex),
      budget: moneyFigure(n.budgetPerQuarter),
      pending,
      models,
    }),
  );
}
