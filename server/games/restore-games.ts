/** On boot, reopen the room of every unfinished game no other live process holds (engine state rebuilt by replay). */
import { gameStore } from "../store/instance";
import { claimable, openStoredGame, restoreWithinMs } from "./ownership";
import { serverSettings } from "../settings";

/**
 * Reopen the recent unfinished games that are free or ours; returns the codes restored. Lifetime rules: a game
 * untouched for RESTORE_WITHIN_HOURS stays closed, a lobby nobody touched for IDLE_LOBBY_SECONDS too, and at
 * most MAX_RUNNING_GAMES reopen (the most recently active first).
 */
export async function restoreGames(): Promise<string[]> {
  const restored: string[] = [];
  const settings = serverSettings();
  const now = Date.now();
  for (const code of gameStore().restorableCodes(now - restoreWithinMs(), now - settings.idleLobbySeconds * 1000, settings.maxRunningGames)) {
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
