/** Who plays each nation (its seated players, the AI, or nobody: "hold"), and the orders each resolves with. */
import type { Order } from "../protocol/orders";
import type { GameState } from "../engine/state";
import type { DealTerms } from "../protocol/deals";
import { viewFor } from "../engine/view";
import { aiOrders, defaultProfile } from "../ai/decide";
import type { DealVerdict } from "../ai/deal-judge";
import { judgeDeal } from "../ai/deal-judge";
import type { DealOffer } from "../ai/deal-offer";
import { aiOffer } from "../ai/deal-offer";
import type { Difficulty, Match } from "./state";
import { aiDifficultyOf, ordersOf, playersOf } from "./state";
import { liveState } from "./live";

/** Who decides a nation's orders this turn. */
export type NationController = "human" | "ai" | "hold";

/** How a nation is played now: handed to the AI, by its seated players, or as `absent` says when no one sits in it. */
export function controllerOf(m: Match, nation: string): NationController {
  if (m.forcedAi.includes(nation)) return "ai";
  if (playersOf(m, nation).length > 0) return "human";
  return m.settings.absent;
}

/** Nations the AI plays now. */
export function aiNations(m: Match): string[] {
  return m.state.order.filter((n) => controllerOf(m, n) === "ai");
}

/** True when at least one player of the nation is connected. */
export function hasConnectedPlayer(m: Match, nation: string): boolean {
  return playersOf(m, nation).some((s) => s.connected);
}

/** The AI's orders for a nation, decided from that nation's view only, with its default personality. */
export function aiSeatOrders(state: GameState, nation: string, difficulty: Difficulty): Order[] {
  return aiOrders(viewFor(state, { kind: "nation", nation }, { copy: false }), nation, defaultProfile(nation, difficulty));
}

/** An AI nation's answer to a deal addressed to it, valued from that nation's view only. */
export function aiDealAnswer(state: GameState, nation: string, terms: DealTerms, difficulty: Difficulty): DealVerdict {
  return judgeDeal(viewFor(state, { kind: "nation", nation }, { copy: false }), nation, terms, defaultProfile(nation, difficulty));
}

/** The deal an AI nation opens with this quarter (to one of `players`), decided from its view only, or null. */
export function aiDealOffer(state: GameState, nation: string, players: string[], difficulty: Difficulty): DealOffer | null {
  return aiOffer(viewFor(state, { kind: "nation", nation }, { copy: false }), nation, players, defaultProfile(nation, difficulty));
}

/** The order sets the engine resolves the turn with. Absent humans with no orders fall back to `absent`. */
export function ordersForResolution(m: Match): Record<string, Order[]> {
  const state = liveState(m);
  const difficulty = aiDifficultyOf(m.settings);
  const ai = (nation: string): Order[] => aiSeatOrders(state, nation, difficulty);
  const hold = (): Order[] => [{ type: "hold", turn: state.turn }];
  const out: Record<string, Order[]> = {};
  for (const nation of state.order) {
    const who = controllerOf(m, nation);
    const own = ordersOf(m, nation);
    if (who === "ai") out[nation] = ai(nation);
    else if (who === "hold") out[nation] = hold();
    else if (own.length > 0) out[nation] = [...own];
    else if (!hasConnectedPlayer(m, nation)) out[nation] = m.settings.absent === "ai" ? ai(nation) : hold();
    else out[nation] = hold();
  }
  return out;
}
