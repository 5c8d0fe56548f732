/** A local engine state built from this seat's view, for validating and previewing drafted orders (never to decide outcomes). */
import type { GameView } from "../../shared/engine/view";
import type { GameState } from "../../shared/engine/state";

/** The seat's own nation as a one-nation engine state (other nations' private data is not known here). */
export function beliefState(view: GameView, nation: string): GameState | null {
  const own = view.own.find((n) => n.id === nation);
  if (!own) return null;
  return {
    version: 1, scenarioId: view.scenarioId, turn: view.turn, maxTurns: view.maxTurns, quarter: view.quarter,
    rng: [1, 2, 3, 4], catalogue: view.catalogue, market: view.market,
    nations: { [nation]: structuredClone(own) }, order: [nation], deck: [], eventChance: 0, scheduled: [],
    scoring: view.scoring, log: [], finished: view.finished, nextId: 10_000,
  };
}
