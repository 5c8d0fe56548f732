/** On boot, reopen the room of every unfinished game under its old code (engine state rebuilt by replay). */
import { matchMaker } from "@colyseus/core";
import { gameStore } from "../store/instance";
import { INTERNAL_CREATE_KEY } from "./internal-key";
import type { GameRoomCreateOptions } from "../rooms/GameRoom";

/** Games untouched for longer than this are not restored. */
const RESTORE_WITHIN_MS = 7 * 24 * 3600_000;

/** Reopen every recent unfinished game; returns the codes restored. */
export async function restoreGames(): Promise<string[]> {
  const restored: string[] = [];
  for (const code of gameStore().unfinishedCodes(Date.now() - RESTORE_WITHIN_MS)) {
    try {
      const options: GameRoomCreateOptions = { internal: INTERNAL_CREATE_KEY, restore: code };
      await matchMaker.createRoom("game", options);
      restored.push(code);
    } catch (err) {
      console.error(`Could not restore game ${code}:`, err);
    }
  }
  return restored;
}
