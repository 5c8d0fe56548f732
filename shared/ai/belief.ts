/**
 * What an AI nation (or a player's preview) believes the game to be: an engine state built only from
 * one seat's view. Other nations' private data is not in a view, so a belief holds the seat's own
 * nation alone; with `shareOfSupply` its slice of the HBM and packaging supply is the fair share of a
 * market split among every nation in the game, so look-ahead does not assume the whole market is free.
 */
import type { GameState } from "../engine/state";
import type { GameView } from "../engine/view";
import { seedRng } from "../engine/rng";

/** How to build the belief. */
export interface BeliefOptions {
  /** Scale HBM pool and packaging capacity to this nation's fair share (for look-ahead). */
  shareOfSupply?: boolean;
  /** Seed of the belief's own PRNG (the game's PRNG state is never in a view). */
  seed?: number;
}

/** A one-nation engine state built from `view` for `nation`, or null when the view holds no private data for it. */
export function beliefState(view: GameView, nation: string, opts: BeliefOptions = {}): GameState | null {
  const own = view.own.find((n) => n.id === nation);
  if (!own) return null;
  const share = opts.shareOfSupply ? 1 / Math.max(1, view.nations.length) : 1;
  const market = structuredClone(view.market);
  market.hbmPoolGb = Math.floor(market.hbmPoolGb * share);
  market.packagingCapGpus = Math.floor(market.packagingCapGpus * share);
  return {
    version: 1,
    scenarioId: view.scenarioId,
    turn: view.turn,
    maxTurns: view.maxTurns,
    quarter: { ...view.quarter },
    rng: seedRng(opts.seed ?? 1),
    catalogue: view.catalogue,
    market,
    nations: { [nation]: structuredClone(own) },
    order: [nation],
    deck: [],
    eventChance: 0,
    scheduled: [],
    scoring: view.scoring,
    log: [],
    finished: view.finished,
    nextId: 10_000,
  };
}
