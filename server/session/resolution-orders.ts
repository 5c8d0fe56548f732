/** Which orders each nation resolves with: its players' set, or the AI's / "hold" when no one plays it. */
import type { Order } from "../../shared/protocol/orders";
import type { GameState } from "../../shared/engine/state";
import type { Difficulty } from "../../shared/ai/personality";
import { aiOrders, defaultProfile } from "../../shared/ai/decide";
import type { DealVerdict } from "../../shared/ai/deal-judge";
import { judgeDeal } from "../../shared/ai/deal-judge";
import type { DealTerms } from "../../shared/protocol/deals";
import type { DealOffer } from "../../shared/ai/deal-offer";
import { aiOffer } from "../../shared/ai/deal-offer";
import { viewFor } from "../../shared/engine/view";
import type { OrderBook } from "./order-book";
import type { SeatBook } from "./seat-book";

/** Who decides a nation's orders this turn. */
export type NationController = "human" | "ai" | "hold";

/** How a nation is played now: by its seated, connected players, by the AI, or held. */
export function controllerOf(nation: string, seats: SeatBook, forcedAi: ReadonlySet<string>, absent: "ai" | "hold"): NationController {
  if (forcedAi.has(nation)) return "ai";
  if (seats.playersOf(nation).length > 0) return "human";
  return absent;
}

/** Nations the AI plays (handed over, or nobody seated with absent = "ai"). */
export function aiNations(state: GameState, seats: SeatBook, forcedAi: ReadonlySet<string>, absent: "ai" | "hold"): string[] {
  return state.order.filter((n) => controllerOf(n, seats, forcedAi, absent) === "ai");
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
export function ordersForResolution(state: GameState, book: OrderBook, seats: SeatBook, forcedAi: ReadonlySet<string>, absent: "ai" | "hold", difficulty: Difficulty = "normal"): Record<string, Order[]> {
  const ai = (nation: string): Order[] => aiSeatOrders(state, nation, difficulty);
  const out: Record<string, Order[]> = {};
  const hold = (): Order[] => [{ type: "hold", turn: state.turn }];
  for (const nation of state.order) {
    const who = controllerOf(nation, seats, forcedAi, absent);
    const own = book.turn === state.turn ? book.of(nation) : [];
    if (who === "ai") out[nation] = ai(nation);
    else if (who === "hold") out[nation] = hold();
    else if (own.length > 0) out[nation] = [...own];
    else if (!seats.hasConnectedPlayer(nation)) out[nation] = absent === "ai" ? ai(nation) : hold();
    else out[nation] = hold();
  }
  return out;
}
