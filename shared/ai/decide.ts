/**
 * The AI entry point: a nation's orders for this quarter from its seat's view only (never the full
 * state), played with a personality at a difficulty. Deterministic: the same view gives the same orders.
 */
import type { Order } from "../protocol/orders";
import type { GameView } from "../engine/view";
import type { RngState } from "../engine/rng";
import type { Difficulty, Personality, StrategyOverride } from "./personality";
import { defaultPersonality, styleAt, withStrategy } from "./personality";
import { beliefState } from "./belief";
import { playStyle } from "./policy";
import { bestStyle } from "./lookahead";
import { seedRng } from "../engine/rng";
import { hash64 } from "../engine/hash";

/** How an AI seat plays. */
export interface AiProfile {
  personality: Personality;
  difficulty: Difficulty;
  /** A strategy family imposed on the personality (balance runs deal one to every nation). */
  strategy?: StrategyOverride;
}

/** The AI profile a nation gets when nobody chose one. */
export function defaultProfile(nation: string, difficulty: Difficulty = "normal"): AiProfile {
  return { personality: defaultPersonality(nation), difficulty };
}

/** A seed for the AI's own PRNG from what it can see (its nation, the turn and its own treasury). */
export function aiSeed(view: GameView, nation: string): number {
  const own = view.own.find((n) => n.id === nation);
  return parseInt(hash64(`${view.scenarioId}|${nation}|${view.turn}|${Math.round((own?.treasury ?? 0) * 10)}`).slice(0, 8), 16) >>> 0;
}

/** The orders the AI gives for `nation` this quarter, decided from `view` alone. */
export function aiOrders(view: GameView, nation: string, profile: AiProfile = defaultProfile(nation)): Order[] {
  if (view.finished) return [];
  const seed = aiSeed(view, nation);
  const belief = beliefState(view, nation, { shareOfSupply: true, seed });
  if (!belief) return [{ type: "hold", turn: view.turn }];
  const rng: RngState = seedRng(seed);
  let style = styleAt(profile.personality, profile.difficulty);
  if (profile.strategy) style = withStrategy(style, profile.strategy);
  if (profile.difficulty === "hard") style = bestStyle(belief, nation, style, rng);
  return playStyle(belief, nation, style, rng, true);
}
