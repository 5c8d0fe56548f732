/** Where the game server is: same origin by default (the Vite dev server proxies to it); overridable. */

let override: string | undefined;

/** Point the client at a server, e.g. "http://127.0.0.1:2567" (tests, other hosts). */
export function setServerUrl(url: string | undefined): void {
  override = url?.replace(/\/+$/, "");
}

/** Base HTTP URL of the server, without a trailing slash. */
export function serverUrl(): string {
  if (override) return override;
  const loc = (globalThis as { location?: Location }).location;
  if (loc && loc.protocol.startsWith("http")) return `${loc.protocol}//${loc.host}`;
  return "http://localhost:2567";
}
