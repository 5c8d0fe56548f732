/**
 * The turn cycle: lobby → orders → resolution → results → orders … → ended. Orders close on the deadline or
 * when every playing nation is ready; resolution runs the engine with the players' and the AI's orders,
 * the deals signed and the injects due; results show for a while, then the next turn opens.
 */
import { resolveTurn } from "../engine/resolve";
import type { MatchEffect } from "./effects";
import type { Match } from "./state";
import { clearDeadline, setDeadline } from "./clock";
import { aiNations, ordersForResolution } from "./control";
import { shareUnchanged } from "../engine/share";
import { aiOffers, expire } from "./deals";
import { signedFor } from "./live";
import { readyTally } from "./ready";

/** Milliseconds between entering the resolution phase and resolving (lets the phase reach clients). */
export const RESOLUTION_DELAY_MS = 150;
/** Milliseconds a restored orders phase gets at least, so players can reconnect first. */
export const RESTORE_GRACE_MS = 15_000;

/** The ready count of the current turn, by the one shared rule (shared/match/ready.ts). */
export function readyOf(m: Match): { ready: number; of: number; all: boolean } {
  return readyTally(m.state.order, m.seats, aiNations(m), m.ready);
}

/** Open the current turn's orders; d is a draft. */
export function beginOrders(d: Match, now: number): void {
  d.phase = "orders";
  d.ready = [];
  if (d.orders.turn !== d.state.turn) d.orders = { turn: d.state.turn, sets: {} };
  setDeadline(d, now, d.settings.turnSeconds * 1000);
  aiOffers(d);
  checkAllReady(d, now);
}

/** Close orders; resolution follows after RESOLUTION_DELAY_MS; d is a draft. */
export function enterResolution(d: Match, now: number): void {
  if (d.phase !== "orders" && d.phase !== "resolution") return;
  d.phase = "resolution";
  setDeadline(d, now, RESOLUTION_DELAY_MS);
}

/** End the orders phase early when every playing nation is ready (not while paused); d is a draft. */
export function checkAllReady(d: Match, now: number): void {
  if (d.phase !== "orders" || d.clock.paused) return;
  if (readyOf(d).all) enterResolution(d, now);
}

/** Resolve the turn with the engine and show the results; d is a draft. */
export function resolveNow(d: Match, now: number, fx: MatchEffect[]): void {
  if (d.phase !== "resolution") return;
  const turn = d.state.turn;
  const orders = ordersForResolution(d);
  const injects = d.injects.filter((x) => x.turn === turn).map((x) => x.card);
  const deals = signedFor(d, turn);
  const result = resolveTurn(d.state, orders, { injects, deals });
  expire(d, turn);
  // What the turn left alone stays the same objects (the engine resolved a whole copy): views, packing and the diff skip it.
  d.state = shareUnchanged(d.state, result.state);
  d.ready = [];
  d.orders = { turn: d.state.turn, sets: {} };
  d.phase = "results";
  setDeadline(d, now, d.settings.resultsSeconds * 1000);
  fx.push({ kind: "resolved", turn, orders, injects, deals, events: result.events });
}

/** End the match; d is a draft. */
export function finish(d: Match): void {
  d.phase = "ended";
  clearDeadline(d);
  d.clock.paused = false;
}

/** What the clock does when the deadline passes, by phase; d is a draft whose deadline has passed. */
export function fireDeadline(d: Match, now: number, fx: MatchEffect[]): void {
  clearDeadline(d);
  if (d.phase === "orders") enterResolution(d, now);
  else if (d.phase === "resolution") resolveNow(d, now, fx);
  else if (d.phase === "results") {
    if (d.state.finished) finish(d);
    else beginOrders(d, now);
  }
}

/** After a restart: nobody is connected yet, a running orders phase gets at least RESTORE_GRACE_MS; d is a draft. */
export function restore(d: Match, now: number): void {
  for (const s of d.seats) s.connected = false;
  if (d.phase === "lobby" || d.phase === "ended") return;
  if (d.state.finished && d.phase !== "results") return finish(d);
  if (d.phase === "briefing") return beginOrders(d, now);
  if (d.phase !== "orders") return;
  if (d.clock.paused) d.clock.remainingMs = Math.max(RESTORE_GRACE_MS, d.clock.remainingMs);
  else if (d.clock.deadline - now < RESTORE_GRACE_MS) setDeadline(d, now, RESTORE_GRACE_MS);
}
