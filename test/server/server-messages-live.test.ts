/**
 * The browser trusts the server's messages (no zod on the client, #18): this checks, with real clients in a real room, that every
 * message the server sends during a played turn matches its zod schema (shared/protocol/server-messages.ts) and so its plain type.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { S2C } from "../../shared/protocol/names";
import type { S2CName } from "../../shared/protocol/names";
import { S2CSchemas } from "../../shared/protocol/server-messages";
import type { GameConnection } from "../../client/net/api";
import { sleep, startServer, twoSeatedPlayers, waitFor } from "./harness";
import type { TestServer } from "./harness";

let server: TestServer;
beforeAll(async () => {
  server = await startServer("s2c-live", { RESULTS_SECONDS: "0.3" });
});
afterAll(async () => {
  await server?.shutdown();
});

const names = new Set<string>(Object.values(S2C));

/** Record every server message a connection's socket receives, by name (the view stream included); an unknown name is recorded as such. */
function record(conn: GameConnection, into: { type: S2CName; message: unknown }[]): void {
  conn.rawRoom.onMessage("*", (type, message) => {
    if (!names.has(String(type))) throw new Error(`unknown server message ${String(type)}`);
    into.push({ type: String(type) as S2CName, message });
  });
}

describe("server→client messages", () => {
  it("match their schemas through a played turn (view stream, answers, refusals, results)", async () => {
    const { fac, a, b, nations } = await twoSeatedPlayers({ scenario: "tutorial", seed: 3, turnSeconds: 600 });
    const seen: { type: S2CName; message: unknown }[] = [];
    for (const c of [fac, a, b]) record(c, seen);
    fac.facilitator({ cmd: "start" });
    const m = await waitFor(a, (x) => x.phase === "orders" && x.view!.own.length === 1);
    const dc = m.view!.own[0].dataCentres[0];
    const turn = m.view!.turn;
    a.rawRoom.send("ping", { t: 1 });
    a.rawRoom.send("add_order", { order: { type: "no_such_order", turn }, rid: "r900" });
    expect((await a.addOrder({ type: "hold", turn })).ok).toBe(true);
    expect((await a.addOrder({ type: "expand_dc", turn, dcId: "nowhere", mw: 5 })).ok).toBe(false);
    await a.requestQuote({ vendor: "dell", model: "h200", quantity: 64, package: "fullstack", dcId: dc.id });
    await b.requestLicence({ volume: 200_000, years: 1 });
    await a.proposeDeal(nations[1], 1, [{ kind: "cash", giver: "from", now: 1, perQuarter: 0 }]);
    await a.answerCheck("pre", [0]);
    a.chat("all", "hello");
    fac.facilitator({ cmd: "pause" });
    fac.facilitator({ cmd: "resume" });
    a.setReady(turn, true);
    b.setReady(turn, true);
    await waitFor(a, (x) => x.view!.turn === turn + 1, 20_000, "next turn");
    await sleep(300);
    const bad = seen.filter((s) => !S2CSchemas[s.type].safeParse(s.message).success).map((s) => `${s.type}: ${JSON.stringify(s.message).slice(0, 200)}`);
    expect(bad).toEqual([]);
    const got = new Set(seen.map((s) => s.type));
    for (const n of ["view_patch", "pong", "error", "order_ack", "order_rejected", "quote", "licence", "deal_ack", "facilitator_ack", "results"] as const)
      expect(got).toContain(n);
    for (const c of [a, b, fac]) await c.leave();
  });
});
