/** Facilitator injects: an event card played at the resolution of a chosen turn (now or later), and its preview. */
import { previewInjectOver } from "../engine/preview";
import type { InjectPreview } from "../engine/preview";
import type { EventCard } from "../engine/state";
import type { Match } from "./state";
import { ordersOf } from "./state";
import type { Outcome } from "./refusal";
import { DONE, refuse } from "./refusal";

/** The first turn an inject can still be played at: this one while orders (or the lobby) are open, else the next. */
export function firstInjectTurn(m: Match): number {
  return m.state.turn + (m.phase === "orders" || m.phase === "lobby" ? 0 : 1);
}

/** Schedule `card` for the resolution of `turn`; d is a draft. */
export function scheduleInject(d: Match, card: EventCard, turn: number): Outcome {
  if (d.phase === "ended" || d.state.finished) return refuse("not_in_phase", "phase/ended");
  const first = firstInjectTurn(d);
  if (turn < first) return refuse("stale_turn", "inject/past_turn", { turn, first });
  if (turn > d.state.maxTurns) return refuse("not_in_phase", "inject/after_end", { turn, maxTurns: d.state.maxTurns });
  d.injects.push({ turn, card });
  return DONE;
}

/** What an event would do to every nation over its whole duration if played this turn, given the orders placed so far. */
export function previewInject(m: Match, card: EventCard): InjectPreview {
  return previewInjectOver(m.state, card, Object.fromEntries(m.state.order.map((n) => [n, ordersOf(m, n)])));
}
