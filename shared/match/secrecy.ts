/**
 * Seat-hop secrecy: a player's nation's secret objectives reach the player only once the seat is final,
 * that is once the game has started or the facilitator has locked the seating. Chosen over "hide what was
 * seen when moving" because what a client has received cannot be taken back: a script sitting in each
 * nation of an open lobby in turn would collect every secret. In a locked lobby or a running game a
 * player cannot change nation on their own (only the facilitator moves people), so nothing can be collected.
 */
import type { GameView } from "../engine/view";
import type { Match, MatchSeat } from "./state";

/** True when a seat can no longer move between nations on its own: the game has started or the seating is locked. */
export function seatFinal(m: Match): boolean {
  return m.phase !== "lobby" || m.locked;
}

/** The view with the secret objectives of a player's own nation removed while its seat is not final (a new object; the view is not changed). */
export function hideUnsettledSecrets(view: GameView, m: Match, seat: MatchSeat | undefined): GameView {
  if (seat?.role !== "player" || seatFinal(m) || !view.own.some((n) => n.objectives.some((o) => o.secret))) return view;
  return { ...view, own: view.own.map((n) => ({ ...n, objectives: n.objectives.filter((o) => !o.secret) })) };
}
