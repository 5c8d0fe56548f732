/** A tutorial match at a table (a facilitator, players korea and uae, india empty) and a helper to play intents on it. */
import { describeRefusal } from "../../../shared/describe/refusals";
import { expect } from "vitest";
import { createGame } from "../../../shared/engine";
import { presetScenario } from "../../../shared/scenario/presets";
import type { Intent, Match, MatchSettings, Refusal, Step } from "../../../shared/match";
import { applyIntent, createMatch, tick } from "../../../shared/match";

/** Settings of the test table. */
export const SETTINGS: MatchSettings = { turnSeconds: 60, absent: "ai", teamSize: 2, resultsSeconds: 5 };

/** The clock of the test table starts here (any epoch ms will do: the reducer never reads a clock). */
export const T0 = 1_000_000;

/** An empty tutorial match in the lobby. */
export function emptyMatch(settings: Partial<MatchSettings> = {}): Match {
  return createMatch({ code: "TEST1", scenarioName: "Tutorial", settings: { ...SETTINGS, ...settings }, state: createGame(presetScenario("tutorial"), 11) });
}

/** Apply an intent that must succeed; returns the step. */
export function ok(m: Match, actor: string, intent: Intent, now = T0): Step {
  const step = applyIntent(m, actor, intent, now);
  if (!step.outcome.ok) throw new Error(`${intent.type} refused: ${step.outcome.reason} ${describeRefusal(step.outcome)}`);
  return step;
}

/** Apply an intent that must be refused; returns the refusal after checking the match did not change. */
export function refused(m: Match, actor: string, intent: Intent, now = T0): Refusal {
  const before = JSON.stringify(m);
  const step = applyIntent(m, actor, intent, now);
  expect(step.outcome.ok).toBe(false);
  expect(step.match).toBe(m);
  expect(JSON.stringify(m)).toBe(before);
  return step.outcome as Refusal;
}

/** Apply intents in order (each must succeed). */
export function play(m: Match, steps: [string, Intent, number?][]): Match {
  for (const [actor, intent, now] of steps) m = ok(m, actor, intent, now ?? T0).match;
  return m;
}

/** Tick at `now`. */
export function at(m: Match, now: number): Match {
  return tick(m, now).match;
}

/** A table: facilitator "fac", players "pk" (korea) and "pu" (uae) seated and connected, a projector "proj". */
export function table(settings: Partial<MatchSettings> = {}): Match {
  return play(emptyMatch(settings), [
    ["fac", { type: "join", name: "Fac", role: "facilitator" }],
    ["fac", { type: "connect", sessionId: "s-fac", connected: true }],
    ["pk", { type: "join", name: "Kim", role: "player" }],
    ["pk", { type: "connect", sessionId: "s-pk", connected: true }],
    ["pk", { type: "choose_seat", nation: "korea" }],
    ["pu", { type: "join", name: "Uma", role: "player" }],
    ["pu", { type: "connect", sessionId: "s-pu", connected: true }],
    ["pu", { type: "choose_seat", nation: "uae" }],
    ["proj", { type: "join", name: "Projector", role: "projector" }],
    ["proj", { type: "connect", sessionId: "s-proj", connected: true }],
  ]);
}

/** The table with the first turn's orders open at T0. */
export function started(settings: Partial<MatchSettings> = {}): Match {
  return ok(table(settings), "fac", { type: "start" }).match;
}
