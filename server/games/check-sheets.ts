/**
 * The pre/post check sheets of a game: from its live match, or, once the room has closed (or the server
 * restarted), from the match rebuilt by replaying its stored log, so each sheet keeps what the reducer
 * recorded at the time (the nation then, and the turn of a late joiner's arrival sheet).
 */
import { matchMaker } from "@colyseus/core";
import { createMatch, replayMatch, sheetsOf } from "../../shared/match";
import { createGame } from "../../shared/engine";
import type { CheckSheet } from "../../shared/debrief/check-results";
import { gameStore } from "../store/instance";
import type { GameRoom } from "../rooms/GameRoom";

/** Every sheet handed in for game `code`. */
export function checkSheets(code: string): CheckSheet[] {
  const room = matchMaker.getLocalRoomById(code) as GameRoom | undefined;
  if (room?.session) return sheetsOf(room.session.match);
  const store = gameStore();
  const record = store.game(code);
  if (!record) return [];
  const log = store.matchLog(code);
  if (!log.some((e) => e.intent.type === "check_answer")) return [];
  const start = createMatch({ code, scenarioName: record.scenarioName, settings: record.settings, state: createGame(record.scenario, record.seed) });
  return sheetsOf(replayMatch(start, log));
}
