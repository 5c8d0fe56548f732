/** The nation a player chose on the join page, handed to the game screen through this tab's session storage. */

/** Where the join page leaves the nation chosen for the game screen, which asks for it once it has joined. */
const WISH_KEY = "sar-nation";

/** Leave the nation chosen on the join page for game `code` (null: none). */
export function rememberWish(code: string, nation: string | null): void {
  if (nation) sessionStorage.setItem(WISH_KEY, JSON.stringify({ code, nation }));
  else sessionStorage.removeItem(WISH_KEY);
}

/** The nation chosen on the join page for game `code`, taken once (it is forgotten as it is read). */
export function takeWish(code: string): string | null {
  const raw = sessionStorage.getItem(WISH_KEY);
  sessionStorage.removeItem(WISH_KEY);
  try {
    const w = raw ? (JSON.parse(raw) as { code?: string; nation?: string }) : null;
    return w?.code === code && typeof w.nation === "string" ? w.nation : null;
  } catch {
    return null;
  }
}
