/**
 * The ready rule, one copy for the server and the client's "x/y ready": the nations that count are those
 * played by at least one connected player and not handed to the AI; the turn resolves early when all of them are ready.
 */

/** The seat facts the rule reads (the match's seats and the client's SeatInfo both have them). */
export interface ReadySeat {
  role: string;
  nation: string | null;
  connected: boolean;
}

/** Nations whose readiness counts: a connected player sits in them and the AI does not play them. */
export function playingNations(order: readonly string[], seats: readonly ReadySeat[], ai: readonly string[]): string[] {
  return order.filter((n) => !ai.includes(n) && seats.some((s) => s.role === "player" && s.nation === n && s.connected));
}

/** How many counting nations are ready, of how many, and whether that ends the orders phase early. */
export function readyTally(
  order: readonly string[],
  seats: readonly ReadySeat[],
  ai: readonly string[],
  ready: readonly string[],
): { ready: number; of: number; all: boolean } {
  const playing = playingNations(order, seats, ai);
  const n = playing.filter((x) => ready.includes(x)).length;
  return { ready: n, of: playing.length, all: playing.length > 0 && n === playing.length };
}
