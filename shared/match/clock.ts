/** The phase clock as data: a deadline (epoch ms) that tick() fires, paused with the time left, extended by the facilitator. */
import type { Match } from "./state";

/** Phases that always run against a deadline. */
export function timedPhase(m: Match): boolean {
  return m.phase === "orders" || m.phase === "resolution" || m.phase === "results";
}

/** Set the deadline `ms` from `now` (or hold the time if paused); d is a draft. */
export function setDeadline(d: Match, now: number, ms: number): void {
  d.clock.remainingMs = ms;
  d.clock.deadline = d.clock.paused ? 0 : now + ms;
}

/** Forget the deadline; d is a draft. */
export function clearDeadline(d: Match): void {
  d.clock.deadline = 0;
  d.clock.remainingMs = 0;
}

/** Stop the countdown, keeping the time left; d is a draft. */
export function pauseClock(d: Match, now: number): void {
  d.clock.paused = true;
  if (d.clock.deadline > 0) d.clock.remainingMs = Math.max(0, d.clock.deadline - now);
  d.clock.deadline = 0;
}

/** Restart the countdown with the time that was left; d is a draft. */
export function resumeClock(d: Match, now: number): void {
  d.clock.paused = false;
  if (timedPhase(d)) d.clock.deadline = now + d.clock.remainingMs;
}

/** Add (or with a negative number remove) time; never less than `minMs` left; d is a draft. */
export function extendClock(d: Match, now: number, ms: number, minMs = 3000): void {
  if (!timedPhase(d)) return;
  if (d.clock.paused) d.clock.remainingMs = Math.max(minMs, d.clock.remainingMs + ms);
  else setDeadline(d, now, Math.max(minMs, d.clock.deadline - now + ms));
}

/** True when the deadline has passed at `now` (and the clock runs). */
export function due(m: Match, now: number): boolean {
  return !m.clock.paused && m.clock.deadline > 0 && now >= m.clock.deadline;
}
