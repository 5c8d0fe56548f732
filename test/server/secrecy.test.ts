/**
 * Hidden information and seat safety: a hostile client records every message (the view stream included),
 * and must never see another nation's treasury, orders, chat or secret objectives. Reconnection keeps the
 * seat and its private view. Nobody can act for another nation.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "@colyseus/sdk";
import type { ErrorReply } from "../../shared/protocol/messages";
import { applyViewPatch, unpackModel } from "../../shared/protocol/view-stream";
import type { ViewMsg, ViewPatchMsg } from "../../shared/protocol/view-stream";
import type { GameConnection } from "../../client/net/api";
import { browser, nextMessage, sleep, startServer, waitFor, twoSeatedPlayers } from "./harness";
import type { TestServer } from "./harness";

let server: TestServer;
beforeAll(async () => {
  server = await startServer("secrecy");
});
afterAll(async () => {
  await server?.shutdown();
});

async function seatedGame() {
  const { game, fac, a, b, nations } = await twoSeatedPlayers({ scenario: "tutorial", seed: 21, turnSeconds: 600 });
  return { game, fac, a, b, nations };
}

describe("hidden information", () => {
  it("a hostile client in another nation never receives A's treasury, orders, chat or secret objectives", async () => {
    const { game, fac, a, b, nations } = await seatedGame();
    // The hostile client uses colyseus.js directly and records everything it decodes.
    const hostileClient = new Client(server.url);
    const hostile = await hostileClient.joinById(game.code, { name: "Eve" });
    const seen: string[] = [];
    const stream: { type: string; msg: unknown }[] = [];
    hostile.onMessage("*", (type, msg) => {
      seen.push(`${String(type)} ${JSON.stringify(msg)}`);
      if (type === "view" || type === "view_patch") stream.push({ type, msg });
    });
    hostile.send("choose_seat", { nation: nations[2] });
    await sleep(300);
    fac.facilitator({ cmd: "start" });
    await waitFor(a, (m) => m.phase === "orders");

    const room = server.room(game.code);
    const secretA = room.session.state.nations[nations[0]];
    const secretObjectives = secretA.objectives.filter((o) => o.secret).map((o) => o.text);
    // A distinctive order only A's nation gives, a private chat line A→B, and A's exact treasury.
    const order = { type: "memory_agreement" as const, turn: 1, maker: "micron" as const, gbPerQuarter: 123457, quarters: 3 };
    const ack = await a.addOrder(order);
    const secretLine = "PINEAPPLE-SUBMARINE-7731";
    a.chat(nations[1], secretLine);
    await waitFor(b, (m) => m.chat.some((c) => c.text === secretLine), 5000, "B gets A's private line");
    await waitFor(fac, (m) => m.chat.some((c) => c.text === secretLine), 5000, "facilitator gets it");
    if (ack.ok) await waitFor(fac, (m) => m.orders[nations[0]]?.length === 1, 5000);
    // A turn resolves so that private news and updated private state are sent too.
    fac.facilitator({ cmd: "force_resolve" });
    await waitFor(a, (m) => m.view!.turn === 2, 10_000);
    await sleep(500);
    const treasuryA = room.session.state.nations[nations[0]].treasury;

    const all = seen.join("\n");
    expect(seen.length).toBeGreaterThan(3);
    expect(all).not.toContain(secretLine);
    expect(all).not.toContain("123457");
    for (const text of secretObjectives) expect(all).not.toContain(text);
    const treasuryEve = room.session.state.nations[nations[2]].treasury;
    if (treasuryA !== treasuryEve) expect(all).not.toContain(`"treasury":${treasuryA}`);
    // The hostile client's view stream (a full view, then patches) rebuilds only its own nation's secrets.
    expect(stream[0]?.type).toBe("view");
    let wire = (stream[0].msg as ViewMsg).model;
    for (const m of stream.slice(1)) wire = m.type === "view" ? (m.msg as ViewMsg).model : applyViewPatch(wire, (m.msg as ViewPatchMsg).ops);
    const model = unpackModel(wire);
    expect(stream.filter((m) => m.type === "view_patch").length).toBeGreaterThan(2);
    expect(model.view!.own.map((n) => n.id)).toEqual([nations[2]]);
    expect(Object.keys(model.orders)).toEqual([nations[2]]);
    expect(model.view!.own[0].treasury).toBe(room.session.state.nations[nations[2]].treasury);
    expect(model.deals).toEqual([]);

    // B sees A's line but not A's orders or secret state.
    expect(Object.keys(b.model().orders)).toEqual([nations[1]]);
    expect(b.model().view!.own.map((n) => n.id)).toEqual([nations[1]]);
    // The projector gets public data only.
    const proj = await browser().join(game.code, { role: "projector" });
    const pm = await waitFor(proj, (m) => m.view !== null && m.view.nations.length === 3);
    expect(pm.view!.own).toEqual([]);
    expect(pm.orders).toEqual({});
    expect(pm.chat.some((c) => c.text === secretLine)).toBe(false);

    await hostile.leave();
    for (const c of [a, b, fac, proj]) await c.leave();
  });

  it("refuses acting for another nation and facilitator commands from players", async () => {
    const { game, fac, a, b, nations } = await seatedGame();
    fac.facilitator({ cmd: "start" });
    await waitFor(a, (m) => m.phase === "orders");
    expect((await a.addOrder({ type: "hold", turn: 1 })).ok).toBe(true);
    await waitFor(a, (m) => m.orders[nations[0]]?.length === 1);
    // B removes "index 0": only its own (empty) set is addressed; A's order stays.
    b.removeOrder(1, 0);
    expect((await nextMessage<ErrorReply>(b, "error")).code).toBe("not_found");
    b.clearOrders(1);
    await sleep(200);
    expect(server.room(game.code).session.match.orders.sets[nations[0]].length).toBe(1);
    // Changing nation mid-game is refused; facilitator commands from a player are refused.
    b.chooseSeat(nations[0]);
    expect((await nextMessage<ErrorReply>(b, "error")).code).toBe("not_in_phase");
    for (const cmd of [{ cmd: "end" }, { cmd: "ai", nation: nations[0], on: true }, { cmd: "kick", sessionId: a.model().you.sessionId }] as const) {
      b.facilitator(cmd);
      expect((await nextMessage<ErrorReply>(b, "error")).code).toBe("forbidden");
    }
    expect(a.status).toBe("connected");
    expect(server.room(game.code).session.match.phase).toBe("orders");
    // A seat token is not a facilitator key.
    const stolen = a.model().you;
    await expect(browser().join(game.code, { role: "facilitator", facilitatorKey: stolen.sessionId })).rejects.toThrow();
    for (const c of [a, b, fac]) await c.leave();
  });
});

describe("reconnection", () => {
  it("a dropped socket reconnects into the same seat with its private view", async () => {
    const { fac, a, b, nations } = await seatedGame();
    fac.facilitator({ cmd: "start" });
    await waitFor(a, (m) => m.phase === "orders");
    expect((await a.addOrder({ type: "talent", turn: 1, level: 1 })).ok).toBe(true);
    const before = await waitFor(a, (m) => m.orders[nations[0]]?.length === 1 && m.view!.own.length === 1);
    const sessionId = before.you.sessionId;
    const statuses: string[] = [];
    a.onStatus((s) => statuses.push(s));
    (a.rawRoom as unknown as { connection: { close(code: number): void } }).connection.close(4999);
    await waitFor(fac, (m) => m.seats.find((s) => s.sessionId === sessionId)?.connected === true, 5000);
    await new Promise<void>((r) => {
      const off = a.onStatus((s) => s === "connected" && (off(), r()));
    });
    expect(statuses).toEqual(["reconnecting", "connected"]);
    const after = await waitFor(a, (m) => m.view !== null && m.view.own.length === 1, 5000);
    expect(after.you.sessionId).toBe(sessionId);
    expect(after.you.nation).toBe(nations[0]);
    expect(after.orders[nations[0]]).toEqual([{ type: "talent", turn: 1, level: 1 }]);
    expect((await a.addOrder({ type: "hold", turn: 1 })).ok).toBe(true);
    for (const c of [a, b, fac]) await c.leave();
  });

  it("a new tab rejoins the same seat with the seat token and replaces the old connection", async () => {
    const { game, fac, a, b, nations } = await seatedGame();
    const tab2 = browser();
    const token = (a as unknown as { memory: { seatToken(c: string): string } }).memory.seatToken(game.code);
    expect(token).toBeTruthy();
    tab2.memory.setSeatToken(game.code, token);
    const oldClosed = new Promise<number>((r) => a.rawRoom.onLeave((code) => r(code)));
    const again: GameConnection = await tab2.join(game.code, { seatToken: token });
    expect(await oldClosed).toBe(4009);
    const m = await waitFor(again, (x) => x.view !== null && x.view.own.length === 1);
    expect(m.you.nation).toBe(nations[0]);
    expect(fac.model().seats.filter((s) => s.role === "player").length).toBe(2);
    for (const c of [again, b, fac]) await c.leave();
  });
});
