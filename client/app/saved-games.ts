/** Games this browser has played (kept in localStorage), listed on the landing page to resume. */

/** A remembered game. */
export interface SavedGame {
  code: string;
  nation: string | null;
  nationName: string;
  scenario: string;
  turn: number;
  solo: boolean;
  savedAt: number;
}

const KEY = "sar-saved-games";

/** Every remembered game, newest first. */
export function savedGames(): SavedGame[] {
  try {
    const list = JSON.parse(localStorage.getItem(KEY) ?? "[]") as SavedGame[];
    return Array.isArray(list) ? list.sort((a, b) => b.savedAt - a.savedAt) : [];
  } catch {
    return [];
  }
}

/** Remember (or update) a game. */
export function rememberGame(g: Omit<SavedGame, "savedAt">): void {
  const list = savedGames().filter((x) => x.code !== g.code);
  list.unshift({ ...g, savedAt: Date.now() });
  localStorage.setItem(KEY, JSON.stringify(list.slice(0, 20)));
}

/** Forget a game. */
export function forgetGame(code: string): void {
  localStorage.setItem(KEY, JSON.stringify(savedGames().filter((x) => x.code !== code)));
}
