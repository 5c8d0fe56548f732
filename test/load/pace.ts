/** The workshop's pace for the load bench: what a player sends in a turn and when, and a seeded random source. */

/** Orders each player sends a turn. */
export const ORDERS_PER_TURN = 10;
/** Chat lines each player sends a turn. */
export const CHAT_LINES = 3;

/** When, within a turn, players send: orders and chat lines spread over [firstMs, ordersUntilMs], Ready in [readyFromMs, readyToMs]. */
export interface WorkshopPace {
  turnMs: number;
  firstMs: number;
  ordersUntilMs: number;
  readyFromMs: number;
  readyToMs: number;
}

/**
 * A turn every `turnSeconds` (60 at a workshop): orders and chat over the first 70 %, Ready between 75 % and
 * 85 %, then the resolution and the results phase (RESULTS_SECONDS, which the bench sets to the rest).
 */
export function workshopPace(turnSeconds = 60): WorkshopPace {
  const t = turnSeconds * 1000;
  return { turnMs: t, firstMs: 0.02 * t, ordersUntilMs: 0.7 * t, readyFromMs: 0.75 * t, readyToMs: 0.85 * t };
}

/** The results phase that completes a turn of the pace to `turnSeconds` (after the last Ready, near 85 %). */
export const resultsSecondsFor = (turnSeconds = 60): number => Math.round(turnSeconds * 0.13 * 10) / 10;

/** A random number in [0, 1). */
export type Rng = () => number;

/** A seeded random source (mulberry32). */
export function rng(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` sorted random times in [from, to). */
export function spread(r: Rng, n: number, from: number, to: number): number[] {
  return Array.from({ length: n }, () => from + r() * (to - from)).sort((a, b) => a - b);
}
