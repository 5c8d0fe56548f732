/** Replay and fingerprint: seed + scenario + order log → the identical state, checked by stateHash. */
import type { Order } from "../protocol/orders";
import type { Scenario } from "../scenario/schema";
import type { EventCard, GameState } from "./state";
import type { DealTerms } from "../protocol/deals";
import { createGame } from "./setup";
import { resolveTurn } from "./resolve";
import { hash64, stableStringify } from "./hash";

/** One resolved quarter in a game's log: the orders each nation gave and any facilitator injects. */
export interface OrderLogEntry {
  turn: number;
  orders: Record<string, Order[]>;
  injects?: EventCard[];
  /** Deals signed between nations during the quarter. */
  deals?: DealTerms[];
}

/** Every resolved quarter of a game, in order. */
export type OrderLog = OrderLogEntry[];

/** Rebuild a game from its scenario, seed and order log. */
export function replay(scenario: Scenario, seed: number, log: OrderLog): GameState {
  let state = createGame(scenario, seed);
  for (const entry of log) {
    if (state.finished) break;
    if (entry.turn !== state.turn) throw new Error(`Order log entry for turn ${entry.turn} found while the game is on turn ${state.turn}.`);
    state = resolveTurn(state, entry.orders, { injects: entry.injects, deals: entry.deals }).state;
  }
  return state;
}

/** A 64-bit fingerprint of the whole state (key order does not matter). */
export function stateHash(state: GameState): string {
  return hash64(stableStringify(state));
}
