/** On boot, reopen the room of every unfinished game no other live process holds (engine state rebuilt by replay). */
import { gameStore } from "../store/instance";
import { claimable, openStoredGame, RESTORE_WITHIN_MS } from "./ownership";

/** Reopen every recent unfinished game that is free or ours; returns the codes restored. */
export async function restoreGames(): Promise<string[]> {
  const restored: string[] = [];
  for (const code of gameStore().unfinishedCodes(Date.now() - RESTORE_WITHIN_MS)) {
    if (!claimable(code)) continue;
    try {
      await openStoredGame(code);
      restored.push(code);
    } catch (err) {
      console.error(`Could not restore game ${code}:`, err);
    }
  }
  return restored;
}
