/** Delete a game with its facilitator key: its room closes (players are told), and the store forgets it. */
import { matchMaker } from "@colyseus/core";
import { gameStore } from "../store/instance";
import { secretMatches } from "./codes";

/** The outcome of a delete request. */
export type DeleteResult = { ok: true } | { ok: false; status: 403 | 404; message: string };

/** Close the game's room wherever it runs, then delete every stored row of the game. */
export async function deleteGame(code: string, key: string | undefined): Promise<DeleteResult> {
  const record = gameStore().game(code);
  if (!record) return { ok: false, status: 404, message: `No game with code ${code}.` };
  if (!key || !secretMatches(key, record.facilitatorKeyHash)) {
    return { ok: false, status: 403, message: "Deleting a game needs its facilitator key (header x-facilitator-key)." };
  }
  const local = matchMaker.getLocalRoomById(code);
  try {
    if (local) await local.disconnect();
    else if (await matchMaker.getRoomById(code)) await matchMaker.remoteRoomCall(code, "disconnect");
  } catch {
    /* the room was closing anyway */
  }
  gameStore().deleteGame(code);
  return { ok: true };
}
