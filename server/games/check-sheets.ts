/** The pre/post check sheets of a game: from its live match, or read back from the stored match log once the room has closed. */
import { matchMaker } from "@colyseus/core";
import { sheetsOf } from "../../shared/match";
import type { CheckSheet } from "../../shared/debrief/check-results";
import { sheetsFromLog } from "../../shared/debrief/check-results";
import { gameStore } from "../store/instance";
import type { GameRoom } from "../rooms/GameRoom";

/** Every sheet handed in for game `code`. */
export function checkSheets(code: string): CheckSheet[] {
  const room = matchMaker.getLocalRoomById(code) as GameRoom | undefined;
  if (room?.session) return sheetsOf(room.session.match);
  const seats = new Map(
    gameStore()
      .seats(code)
      .map((s) => [s.seatId, s]),
  );
  return sheetsFromLog(gameStore().matchLog(code), (id) => seats.get(id));
}
