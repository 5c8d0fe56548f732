/** The live state of the orders phase: the engine state with the deals signed this turn applied (escrow taken). */
import type { GameState } from "../engine/state";
import type { DealTerms } from "../protocol/deals";
import { withSignedDeals } from "../engine/deals";
import { shareUnchanged } from "../engine/share";
import type { Match } from "./state";

/** Deals signed (accepted) during `turn`, in the order they were signed. */
export function signedFor(m: Match, turn: number): DealTerms[] {
  return m.deals.filter((p) => p.turn === turn && p.status === "accepted").map((p) => p.terms);
}

/** Memo of the last live state per engine state (a pure function's cache: same inputs, same object). */
const memo = new WeakMap<GameState, { key: string; live: GameState }>();

/** The engine state with this turn's signed deals applied: what orders and deals are checked against. */
export function liveState(m: Match): GameState {
  const signedIds = m.deals.filter((p) => p.turn === m.state.turn && p.status === "accepted").map((p) => p.id);
  if (signedIds.length === 0) return m.state;
  const key = signedIds.join(",");
  const hit = memo.get(m.state);
  if (hit && hit.key === key) return hit.live;
  // The nations the deals leave alone stay the same objects (withSignedDeals copies them all).
  const live = shareUnchanged(m.state, withSignedDeals(m.state, signedFor(m, m.state.turn)));
  memo.set(m.state, { key, live });
  return live;
}
