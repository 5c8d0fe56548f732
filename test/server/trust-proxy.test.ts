/**
 * Whose address a per-address limit counts (#16), with real HTTP requests against the real server: by default
 * the socket's, whatever X-Forwarded-For says (a client can write that header); with TRUST_PROXY (a hop count,
 * "loopback", "private" or proxy addresses) the address a trusted proxy appended, never what the client put in
 * front of it. Covers the code look-up limit, the seat-reservation (join) limit and the kick keep-out.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Client } from "@colyseus/sdk";
import type { SeatReservation } from "@colyseus/sdk";
import { newGame, startServer, waitFor } from "./harness";
import type { TestServer } from "./harness";
import { clientAddressFrom, parseProxyTrust } from "../../server/http/client-address";

let server: TestServer;
beforeAll(async () => {
  delete process.env.TRUST_PROXY;
  server = await startServer("trust-proxy", { LOOKUP_BURST: "3", LOOKUPS_PER_SECOND: "0.001", JOIN_BURST: "4", JOINS_PER_SECOND: "0.001" });
});
afterAll(async () => {
  delete process.env.TRUST_PROXY;
  await server?.shutdown();
});
afterEach(() => {
  delete process.env.TRUST_PROXY;
});

/** GET a code look-up with an X-Forwarded-For header; answers the HTTP status. */
async function lookup(xff?: string): Promise<number> {
  const res = await fetch(`${server.url}/api/games/ZZZZZ`, { headers: xff ? { "x-forwarded-for": xff } : {} });
  await res.arrayBuffer();
  return res.status;
}

/** POST a seat reservation (the matchmaking step) with an X-Forwarded-For header. */
async function reserve(code: string, name: string, xff?: string): Promise<SeatReservation & { error?: string }> {
  const res = await fetch(`${server.url}/matchmake/joinById/${code}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(xff ? { "x-forwarded-for": xff } : {}) },
    body: JSON.stringify({ name }),
  });
  return (await res.json()) as SeatReservation & { error?: string };
}

describe("TRUST_PROXY values", () => {
  it("parses hop counts, names and addresses, and refuses anything that would trust every hop", () => {
    expect(parseProxyTrust(undefined)).toEqual({ kind: "none" });
    expect(parseProxyTrust("off")).toEqual({ kind: "none" });
    expect(parseProxyTrust("2")).toEqual({ kind: "hops", hops: 2 });
    expect(parseProxyTrust("loopback, 10.0.0.5")).toEqual({ kind: "list", names: ["loopback"], addresses: ["10.0.0.5"] });
    expect(() => parseProxyTrust("true")).toThrow(/not understood/);
    expect(() => parseProxyTrust("all")).toThrow(/not understood/);
    const priv = parseProxyTrust("private");
    expect(clientAddressFrom("::ffff:10.1.2.3", "203.0.113.9, 192.168.1.4", priv)).toBe("203.0.113.9");
    expect(clientAddressFrom("203.0.113.50", "198.51.100.1", priv)).toBe("203.0.113.50"); // the socket is no proxy of ours
    expect(clientAddressFrom("127.0.0.1", ["1.1.1.1", "2.2.2.2"], parseProxyTrust("loopback"))).toBe("2.2.2.2");
  });
});

describe("per-address limits behind no proxy (the default)", () => {
  it("ignores X-Forwarded-For: look-ups with three different headers share the socket's budget", async () => {
    expect(await lookup("198.51.100.1")).toBe(404);
    expect(await lookup("198.51.100.2")).toBe(404);
    expect(await lookup("198.51.100.3")).toBe(404);
    expect(await lookup("198.51.100.4")).toBe(429);
    expect(await lookup()).toBe(429);
  });

  it("ignores X-Forwarded-For for seat reservations: five joins with five headers are one address", async () => {
    const { game } = await newGame({ scenario: "tutorial", seed: 21 });
    const answers = [];
    for (let i = 0; i < 5; i++) answers.push(await reserve(game.code, `Guest ${i}`, `203.0.113.${i + 1}`));
    expect(answers.slice(0, 4).every((a) => a.sessionId)).toBe(true);
    expect(answers[4].error).toMatch(/Too many joins from this address/);
  });
});

describe("per-address limits behind a trusted proxy", () => {
  it("TRUST_PROXY=loopback: each forwarded client has its own budget, and a client's own header entries are never believed", async () => {
    process.env.TRUST_PROXY = "loopback";
    for (let i = 0; i < 3; i++) expect(await lookup("192.0.2.10")).toBe(404);
    expect(await lookup("192.0.2.10")).toBe(429);
    expect(await lookup("192.0.2.11")).toBe(404);
    // The client wrote "192.0.2.11" itself; the proxy appended its real address 192.0.2.10 (already spent).
    expect(await lookup("192.0.2.11, 192.0.2.10")).toBe(429);
    // A proxy chain of loopback hops is walked to the first untrusted one.
    expect(await lookup("192.0.2.12, 127.0.0.1, 127.0.0.2")).toBe(404);
  });

  it("TRUST_PROXY=1: the last entry is the client, whatever it is; TRUST_PROXY=2 goes one further", async () => {
    process.env.TRUST_PROXY = "1";
    for (let i = 0; i < 3; i++) expect(await lookup(`10.9.9.9, 192.0.2.20`)).toBe(404);
    expect(await lookup("192.0.2.20")).toBe(429);
    process.env.TRUST_PROXY = "2";
    expect(await lookup("192.0.2.20, 10.0.0.1")).toBe(429);
    expect(await lookup("192.0.2.21, 10.0.0.1")).toBe(404);
  });

  it("seat reservations: many forwarded clients each get in; one forwarded client is limited", async () => {
    process.env.TRUST_PROXY = "loopback";
    const { game } = await newGame({ scenario: "tutorial", seed: 22 });
    const many = await Promise.all(Array.from({ length: 8 }, (_, i) => reserve(game.code, `Class ${i}`, `198.51.100.${100 + i}`)));
    expect(many.every((a) => a.sessionId)).toBe(true);
    const one = [];
    for (let i = 0; i < 5; i++) one.push(await reserve(game.code, `Same ${i}`, "198.51.100.200"));
    expect(one[4].error).toMatch(/Too many joins from this address/);
  });

  it("the kick keep-out follows the forwarded address: a new name from the kicked client's address waits, another client's does not", async () => {
    process.env.TRUST_PROXY = "loopback";
    const { game, host } = await newGame({ scenario: "tutorial", seed: 23 });
    const fac = await host.join(game.code, { role: "facilitator" });
    const client = new Client(server.url);
    const mallory = await client.consumeSeatReservation(await reserve(game.code, "Mallory", "198.51.100.66"));
    const m = await waitFor(fac, (x) => x.seats.some((s) => s.name === "Mallory" && s.connected), 5000, "Mallory in");
    const closed = new Promise<number>((resolve) => mallory.onLeave((c) => resolve(c)));
    fac.facilitator({ cmd: "kick", sessionId: m.seats.find((s) => s.name === "Mallory")!.sessionId });
    expect(await closed).toBe(4030);
    const again = await client.consumeSeatReservation(await reserve(game.code, "Someone New", "198.51.100.66"));
    const other = await client.consumeSeatReservation(await reserve(game.code, "Neighbour", "198.51.100.67"));
    const seen = await waitFor(
      fac,
      (x) => x.seats.some((s) => s.name === "Someone New" && s.connected) && x.seats.some((s) => s.name === "Neighbour" && s.connected),
      5000,
      "both in",
    );
    expect(seen.seats.find((s) => s.name === "Someone New")?.waiting).toBe(true);
    expect(seen.seats.find((s) => s.name === "Neighbour")?.waiting).toBeUndefined();
    await Promise.all([again.leave(), other.leave(), fac.leave()]);
  });
});
