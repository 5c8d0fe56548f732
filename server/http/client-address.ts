/**
 * The address a request comes from, for every per-address limit (game creation, code look-ups, seat
 * reservations and joins, the /monitor lockout, the kick keep-out). By default it is the socket's address and
 * X-Forwarded-For is ignored: any client can write that header. Behind a reverse proxy (nginx, Caddy, a
 * load balancer) every request comes from the proxy, so the operator opts in with TRUST_PROXY (#16):
 *
 * - `TRUST_PROXY=loopback` (or `private`, or addresses like `10.0.0.5`, comma-separated and combinable): walk
 *   X-Forwarded-For from the right while the hop is one of these; the first untrusted hop is the client;
 * - `TRUST_PROXY=1` (a hop count N: that many proxies in front): the client is the Nth entry of
 *   X-Forwarded-For from the right, whatever it is;
 * - unset, empty, `0`, `false`, `off`: never trusted.
 *
 * Entries a client put in the header itself sit left of what the trusted proxies appended, so they are never
 * reached. Anything else (`true`, `all`, a typo) stops the server at boot: trusting every hop would let any
 * client choose its address.
 */
import { isIP } from "node:net";

/** Which hops of X-Forwarded-For may be believed. */
export type ProxyTrust = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "list"; names: string[]; addresses: string[] };

const OFF = new Set(["", "0", "false", "off", "no", "none"]);
const NAMES = new Set(["loopback", "private"]);

/** Parse a TRUST_PROXY value; throws on anything it does not understand (a bad setting must not silently trust or distrust). */
export function parseProxyTrust(raw: string | undefined): ProxyTrust {
  const v = (raw ?? "").trim().toLowerCase();
  if (OFF.has(v)) return { kind: "none" };
  if (/^\d+$/.test(v)) return { kind: "hops", hops: Math.min(Number(v), 32) };
  const names: string[] = [];
  const addresses: string[] = [];
  for (const part of v.split(",").map((x) => x.trim())) {
    if (NAMES.has(part)) names.push(part);
    else if (isIP(normalise(part))) addresses.push(normalise(part));
    else
      throw new Error(
        `TRUST_PROXY=${raw}: "${part}" is not understood. Use a hop count (1), "loopback", "private" or proxy addresses (10.0.0.5), comma-separated; unset trusts nothing.`,
      );
  }
  return { kind: "list", names, addresses };
}

/** "::ffff:10.0.0.5" → "10.0.0.5"; "[::1]:443"/"1.2.3.4:80" → the address; lower case. */
function normalise(a: string): string {
  let x = a.trim().toLowerCase();
  const bracket = /^\[([^\]]+)\](?::\d+)?$/.exec(x);
  if (bracket) x = bracket[1];
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(x)) x = x.slice(0, x.lastIndexOf(":"));
  return x.startsWith("::ffff:") && isIP(x.slice(7)) === 4 ? x.slice(7) : x;
}

function isLoopback(a: string): boolean {
  return a === "::1" || /^127\./.test(a);
}

function isPrivate(a: string): boolean {
  if (isIP(a) === 4) {
    const [p, q] = a.split(".").map(Number);
    return p === 10 || (p === 172 && q >= 16 && q <= 31) || (p === 192 && q === 168) || (p === 169 && q === 254) || p === 127;
  }
  return /^f[cd][0-9a-f]{2}:/.test(a) || /^fe[89ab][0-9a-f]:/.test(a) || a === "::1";
}

function trusted(t: Extract<ProxyTrust, { kind: "list" }>, a: string): boolean {
  return t.addresses.includes(a) || (t.names.includes("loopback") && isLoopback(a)) || (t.names.includes("private") && isPrivate(a));
}

/** The client's address from the socket's address and the X-Forwarded-For header(s), under `trust`. */
export function clientAddressFrom(socketAddress: string | undefined, forwardedFor: string | string[] | undefined, trust: ProxyTrust): string {
  let addr = normalise(socketAddress ?? "") || "unknown";
  if (trust.kind === "none" || forwardedFor === undefined) return addr;
  const chain = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor)
    .split(",")
    .map(normalise)
    .filter((x) => x !== "");
  if (trust.kind === "hops") {
    for (let i = 0; i < trust.hops && chain.length > 0; i++) addr = chain.pop()!;
    return addr;
  }
  while (chain.length > 0 && trusted(trust, addr)) addr = chain.pop()!;
  return addr;
}

let cached: { raw: string | undefined; trust: ProxyTrust } | undefined;

/** The deployment's TRUST_PROXY (read from the environment; re-parsed only when it changes). */
export function proxyTrust(env: NodeJS.ProcessEnv = process.env): ProxyTrust {
  if (cached?.raw !== env.TRUST_PROXY || !cached) cached = { raw: env.TRUST_PROXY, trust: parseProxyTrust(env.TRUST_PROXY) };
  return cached.trust;
}

/** What a request looks like to this module: Node's IncomingMessage, Express's Request, or Colyseus's AuthContext. */
export interface RequestLike {
  headers?: Record<string, string | string[] | undefined>;
  socket?: { remoteAddress?: string };
}

/** The address of a request under the deployment's TRUST_PROXY. */
export function requestAddress(req: RequestLike | undefined): string {
  return clientAddressFrom(req?.socket?.remoteAddress, req?.headers?.["x-forwarded-for"], proxyTrust());
}

/**
 * Colyseus 0.18 answers /matchmake before Express, from a Fetch API Request built from the Node request's
 * headers: the socket's address does not reach the static onAuth. So every HTTP request gets the socket's
 * address in this header as it arrives (stampPeerAddress), overwriting whatever a client sent in it.
 */
export const PEER_HEADER = "x-sovereign-peer";

/** Write each request's socket address into PEER_HEADER before any listener sees the request. */
export function stampPeerAddress(server: { emit: (event: string, ...args: unknown[]) => boolean }): void {
  const emit = server.emit.bind(server);
  server.emit = (event: string, ...args: unknown[]): boolean => {
    if (event === "request") {
      const req = args[0] as { headers: Record<string, string | string[] | undefined>; socket?: { remoteAddress?: string } };
      req.headers[PEER_HEADER] = req.socket?.remoteAddress ?? "";
    }
    return emit(event, ...args);
  };
}

/** The matchmaking request of a static onAuth's context, as this module reads requests. */
export function matchmakingRequest(context: { headers?: Headers } | undefined): RequestLike {
  const h = context?.headers;
  return { headers: { "x-forwarded-for": h?.get("x-forwarded-for") ?? undefined }, socket: { remoteAddress: h?.get(PEER_HEADER) ?? undefined } };
}
