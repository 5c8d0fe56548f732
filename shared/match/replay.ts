/** Replay a match from its start and its log of intents and ticks: the same log gives the same match. */
import type { MatchLogEntry } from "./intents";
import type { Match } from "./state";
import { applyIntent, tick } from "./apply";

/** Apply one log entry. */
export function applyEntry(m: Match, e: MatchLogEntry): Match {
  return e.intent.type === "tick" ? tick(m, e.now).match : applyIntent(m, e.actor, e.intent, e.now).match;
}

/** Fold the whole log over the starting match. */
export function replayMatch(start: Match, log: readonly MatchLogEntry[]): Match {
  let m = start;
  for (const e of log) m = applyEntry(m, e);
  return m;
}
