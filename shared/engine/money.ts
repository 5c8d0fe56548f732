/**
 * Money that counts: each quarter's operating profit and the score's money term.
 *
 * operating profit = revenue − running costs (measureNation(...).opex: power, facility, managed fees and
 * any other recurring cost) − talent programme spending − financing. (Cash moved by deals between nations changes the
 * treasury, not profit: deals are transfers, and the deal judge prices that cash at cashValuePerM.)
 * financing = FINANCING_RATE_PER_QUARTER × capital employed, where capital employed is every US$ spent on
 * orders during the game except talent (sites, GPUs, quotes, CXL, HBM reservations, stakes). It is the cost
 * of the capital tied up in the build-out, an economic cost (what the money would earn elsewhere), not a
 * cash flow: the treasury pays revenue and running costs only. Unspent cash neither scores nor costs.
 *
 * Money points = profit weight × 100 × sign(P) × log2(1 + |P| / S), P = cumulative operating profit in
 * US$ M, S = the scenario's profitScale (default US$250M). Diminishing in both directions: the first S of
 * profit (or loss) moves the score by 100 × weight, the next 2 × S by as much again, so money matters
 * without swamping compute and sovereignty (the presets' weights keep it to about a fifth of a score),
 * a loss-making plan scores below a profitable one, and the power bill moves the score (dearer power,
 * bigger loss).
 */
import type { GameState, Nation } from "./state";
import type { Order } from "../protocol/orders";
import { log2 } from "./det-math";

/**
 * Cost of capital per quarter: 1 % (≈ 4 % a year). Estimate: the programmes are mostly state-funded, so
 * the cost of their capital is the state's borrowing cost (10-year government yields ~1.5 % in Japan to
 * ~4.5–5 % in the UK and Saudi Arabia in 2025–26), a little above the middle for the private share.
 */
export const FINANCING_RATE_PER_QUARTER = 0.01;
/** Default US$ M of cumulative profit at which the money term's log scale bends. */
export const PROFIT_SCALE = 250;

/** Talent programme spending in a set of applied orders, US$ M. */
export function talentSpend(state: GameState, orders: Order[]): number {
  return orders.reduce((s, o) => s + (o.type === "talent" ? state.catalogue.talentCost[o.level - 1] : 0), 0);
}

/** Cost of capital this quarter on what the nation has spent on capex in the game, US$ M. */
export function financingCost(n: Nation): number {
  return FINANCING_RATE_PER_QUARTER * n.capitalEmployed;
}

/** One quarter's money, US$ M. */
export interface QuarterMoney {
  revenue: number;
  opex: number;
  talent: number;
  financing: number;
  profit: number;
}

/**
 * Book one quarter: `spent` is what the nation's orders took from the treasury this quarter. Adds the capex
 * to capital employed, charges financing and adds the operating profit to the nation's running total.
 */
export function bookQuarter(state: GameState, n: Nation, spent: number, revenue: number, opex: number): QuarterMoney {
  const talent = talentSpend(state, n.lastOrders);
  n.capitalEmployed += Math.max(0, spent - talent);
  const financing = financingCost(n);
  const profit = revenue - opex - talent - financing;
  n.cumulativeProfit += profit;
  return { revenue, opex, talent, financing, profit };
}

/** Score points of a cumulative operating profit (negative for a loss); `scale` is where the log bends, US$ M. */
export function profitPoints(weight: number, cumulativeProfit: number, scale = PROFIT_SCALE): number {
  return weight * 100 * Math.sign(cumulativeProfit) * log2(1 + Math.abs(cumulativeProfit) / Math.max(1, scale));
}

/**
 * Score points the AI prices a US$ M of cash at when it values a deal (cash itself does not score): a
 * US$ M of operating profit at the money term's mid-range slope (cumulative profit of ±4 × scale), which
 * prices compute near the GPU-rental market as the revenue weight did (estimate).
 */
export function cashValuePerM(scoring: { profit?: number; profitScale?: number }): number {
  const w = scoring.profit ?? 0;
  const scale = Math.max(1, scoring.profitScale ?? PROFIT_SCALE);
  return (w * 100) / (Math.LN2 * 5 * scale);
}
