/**
 * The address players join a game at: the server's LAN addresses when the page was opened on localhost (phones in the
 * room cannot reach localhost), otherwise the address the host used. When the server has several, the host page's
 * choice is remembered on this computer, so the facilitator console and the projector show the same link and QR.
 */
import { serverUrl } from "../net/endpoint";

/** True when the page was opened on this machine's loopback address, which other devices cannot reach. */
function onLoopback(): boolean {
  return /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(location.hostname);
}

/** Addresses players can open, best first. */
export async function joinBases(): Promise<string[]> {
  if (!onLoopback()) return [location.origin];
  const lan = await fetch(`${serverUrl()}/api/lan`)
    .then((r) => (r.ok ? (r.json() as Promise<{ urls: string[] }>) : { urls: [] }))
    .catch(() => ({ urls: [] as string[] }));
  return lan.urls.length > 0 ? lan.urls : [location.origin];
}

const key = (code: string): string => `sar-join-base:${code}`;

/** Remember the address the host chose for game `code`. */
export function rememberJoinBase(code: string, base: string): void {
  try {
    localStorage.setItem(key(code), base);
  } catch {
    // Private mode without storage: the console and projector fall back to the first address.
  }
}

/** Of `bases`, the one chosen for game `code` on this computer, else the first. */
export function chosenBase(code: string, bases: string[]): string {
  let stored: string | null = null;
  try {
    stored = localStorage.getItem(key(code));
  } catch {
    stored = null;
  }
  return stored !== null && bases.includes(stored) ? stored : bases[0];
}

/** The join URL of game `code`: "http://192.168.1.20:2567/join/ABCDE". */
export async function joinUrl(code: string): Promise<string> {
  return `${chosenBase(code, await joinBases())}/join/${code}`;
}
