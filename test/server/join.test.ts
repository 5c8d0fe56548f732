/** Creating games, joining by code, wrong codes, roles, lobby seats, locks and refusals. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "@colyseus/sdk";
import { matchMaker } from "@colyseus/core";
import { gameInfo } from "../../client/net/api";
import type { ErrorReply } from "../../shared/protocol/messages";
import { browser, newGame, nextMessage, sleep, startServer, waitFor } from "./harness";
import type { TestServer } from "./harness";
import { bodyOf } from "./http";
import type { ApiError } from "./http";
import type { GameExport } from "../../server/games/game-info";

let server: TestServer;
beforeAll(async () => {
  server = await startServer("join");
});
afterAll(async () => {
  await server?.shutdown();
});

const gameRooms = async (): Promise<number> => (await matchMaker.query({ name: "game" })).length;

describe("HTTP API", () => {
  it("answers health, creates a game with a 5-letter code and describes it", async () => {
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(200);
    const { game } = await newGame({ scenario: "tutorial", seed: 42 });
    expect(game.code).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ]{5}$/);
    expect(game.seed).toBe(42);
    expect(game.facilitatorKey.length).toBeGreaterThan(10);
    const info = await gameInfo(game.code.toLowerCase());
    expect(info?.code).toBe(game.code);
    expect(info?.phase).toBe("lobby");
    expect(info?.nations.length).toBeGreaterThanOrEqual(2);
    expect(info?.nations.every((n) => n.players === 0)).toBe(true);
  });

  it("records a random seed when none is given", async () => {
    const { game } = await newGame({ scenario: "tutorial" });
    expect(Number.isInteger(game.seed)).toBe(true);
    const res = await fetch(`${server.url}/api/games/${game.code}/export`, { headers: { "x-facilitator-key": game.facilitatorKey } });
    expect(res.status).toBe(200);
    expect((await bodyOf<GameExport>(res)).seed).toBe(game.seed);
  });

  it("refuses the export of a running game without the facilitator key", async () => {
    const { game } = await newGame({ scenario: "tutorial" });
    expect((await fetch(`${server.url}/api/games/${game.code}/export`)).status).toBe(403);
    expect((await fetch(`${server.url}/api/games/${game.code}/export?key=wrong`)).status).toBe(403);
  });

  it("lists every problem of a bad scenario upload", async () => {
    const res = await fetch(`${server.url}/api/games`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ scenarioFile: { id: "Bad Id", name: "", turns: 0, nations: [] } }),
    });
    expect(res.status).toBe(400);
    const body = await bodyOf<Required<ApiError>>(res);
    expect(body.problems.length).toBeGreaterThan(2);
    for (const p of body.problems) expect(typeof p.message).toBe("string");
  });

  it("refuses an unknown preset and a malformed request", async () => {
    const a = await fetch(`${server.url}/api/games`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ scenario: "nope" }),
    });
    expect(a.status).toBe(400);
    const b = await fetch(`${server.url}/api/games`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ turnSeconds: "soon" }),
    });
    expect(b.status).toBe(400);
    expect((await bodyOf<Required<ApiError>>(b)).problems[0].path).toBe("turnSeconds");
  });

  it("gives a clear 404 for a wrong code and never opens a room for it", async () => {
    const before = await gameRooms();
    const res = await fetch(`${server.url}/api/games/ZZZZZ`);
    expect(res.status).toBe(404);
    expect((await bodyOf<ApiError>(res)).message).toMatch(/no running game/i);
    expect(await gameInfo("not-a-code")).toBeNull();
    await expect(browser().join("ZZZZZ")).rejects.toThrow(/not found/);
    expect(await gameRooms()).toBe(before);
  });

  it("does not let a client create or stumble into game rooms without a code", async () => {
    await newGame({ scenario: "tutorial" });
    const before = await gameRooms();
    const client = new Client(server.url);
    await expect(client.create("game", { code: "AAAAA" })).rejects.toThrow();
    await expect(client.join("game", {})).rejects.toThrow();
    await expect(client.joinOrCreate("game", {})).rejects.toThrow();
    expect(await gameRooms()).toBe(before);
  });
});

describe("joining and the lobby", () => {
  it("refuses a seat in a full nation with forbidden / seat/team_full, and every view and the join page's info say it is full", async () => {
    const { game, host } = await newGame({ scenario: "tutorial", teamSize: 2 });
    const fac = await host.join(game.code, { role: "facilitator", name: "Ms F" });
    const [a, b, c] = [
      await browser().join(game.code, { name: "Ana" }),
      await browser().join(game.code, { name: "Ben" }),
      await browser().join(game.code, { name: "Cy" }),
    ];
    const nation = (await waitFor(c, (x) => x.view !== null)).view!.nations[0].id;
    expect(c.model().teamSize).toBe(2);
    a.chooseSeat(nation);
    await waitFor(a, (x) => x.you.nation === nation, 5000, "Ana seated");
    b.chooseSeat(nation);
    await waitFor(c, (x) => x.fullNations.includes(nation), 5000, "full in Cy's view");
    expect(fac.model().fullNations).toEqual([nation]);
    expect((await gameInfo(game.code))!.nations.find((n) => n.id === nation)).toMatchObject({ players: 2, full: true });
    c.chooseSeat(nation);
    const err = await nextMessage<ErrorReply>(c, "error");
    expect(err).toMatchObject({ code: "forbidden", reason: "seat/team_full", type: "choose_seat" });
    expect(c.model().you.nation).toBeNull();
    // A seat leaving frees the team.
    b.chooseSeat(null);
    await waitFor(c, (x) => x.fullNations.length === 0, 5000, "not full any more");
    c.chooseSeat(nation);
    await waitFor(c, (x) => x.you.nation === nation, 5000, "Cy seated");
    for (const x of [fac, a, b, c]) await x.leave();
  });

  it("joins players, a projector and the facilitator by code; the facilitator key is checked", async () => {
    const { game, host } = await newGame({ scenario: "tutorial", teamSize: 1 });
    await expect(browser().join(game.code, { role: "facilitator", facilitatorKey: "wrong-key" })).rejects.toThrow(/facilitator key/i);
    const fac = await host.join(game.code, { role: "facilitator", name: "Ms F" });
    const a = await browser().join(game.code, { name: "Ana" });
    const b = await browser().join(game.code, { name: "Ben" });
    const proj = await browser().join(game.code, { role: "projector" });
    const m = await waitFor(fac, (x) => x.seats.length === 4 && x.view !== null, 10_000, "4 seats");
    expect(m.seats.map((s) => s.role).sort()).toEqual(["facilitator", "player", "player", "projector"]);
    const nations = m.view!.nations.map((n) => n.id);

    a.chooseSeat(nations[0]);
    await waitFor(a, (x) => x.you.nation === nations[0], 5000, "seat A");
    b.chooseSeat(nations[0]);
    const err = await nextMessage<ErrorReply>(b, "error");
    expect(err.code).toBe("forbidden");
    expect(err.message).toMatch(/already has 1 player/);
    b.chooseSeat("atlantis");
    expect((await nextMessage<ErrorReply>(b, "error")).code).toBe("not_found");
    b.chooseSeat(nations[1]);
    await waitFor(b, (x) => x.you.nation === nations[1], 5000, "seat B");

    proj.chooseSeat(nations[2]);
    expect((await nextMessage<ErrorReply>(proj, "error")).code).toBe("forbidden");
    expect((await waitFor(proj, (x) => x.view !== null)).view!.own).toEqual([]);

    // A player cannot give facilitator commands.
    a.facilitator({ cmd: "start" });
    expect((await nextMessage<ErrorReply>(a, "error")).code).toBe("forbidden");
    await sleep(100);
    expect(fac.model().phase).toBe("lobby");

    // The facilitator moves a seat and locks the table.
    fac.facilitator({ cmd: "move_seat", sessionId: b.model().you.sessionId, nation: nations[2] });
    await waitFor(b, (x) => x.you.nation === nations[2], 5000, "moved");
    fac.facilitator({ cmd: "lock", locked: true });
    await waitFor(fac, (x) => x.locked, 5000, "locked");
    await expect(browser().join(game.code, { name: "Late" })).rejects.toThrow(/locked/);
    const lateProjector = await browser().join(game.code, { role: "projector" });
    await lateProjector.leave();
    a.chooseSeat(nations[1]);
    expect((await nextMessage<ErrorReply>(a, "error")).message).toMatch(/locked/);

    const info = await gameInfo(game.code);
    expect(info?.locked).toBe(true);
    expect(info?.nations.find((n) => n.id === nations[0])?.players).toBe(1);
    for (const c of [fac, a, b, proj]) await c.leave();
  });

  it("answers malformed and unknown messages with an error and keeps the client", async () => {
    const { game, host } = await newGame({ scenario: "tutorial" });
    const fac = await host.join(game.code, { role: "facilitator" });
    const a = await browser().join(game.code);
    const nation = (await waitFor(a, (x) => x.view !== null)).view!.nations[0].id;
    a.chooseSeat(nation);
    await waitFor(a, (x) => x.you.nation === nation);
    fac.facilitator({ cmd: "start" });
    await waitFor(a, (x) => x.phase === "orders");
    const raw = a.rawRoom;
    raw.send("add_order", { order: { type: "talent", turn: 1, level: 9 } });
    const e1 = await nextMessage<ErrorReply>(a, "error");
    expect(e1.code).toBe("malformed");
    expect(e1.field).toBe("order.level");
    raw.send("no_such_thing", { x: 1 });
    const e2 = await nextMessage<ErrorReply>(a, "error");
    expect(e2.code).toBe("unknown_type");
    raw.send("add_order", "garbage");
    expect((await nextMessage<ErrorReply>(a, "error")).code).toBe("malformed");
    const stale = await a.addOrder({ type: "hold", turn: 5 });
    expect(stale).toMatchObject({ ok: false, code: "stale_turn" });
    const ok = await a.addOrder({ type: "hold", turn: 1 });
    expect(ok).toEqual({ ok: true, index: 0 });
    expect(a.status).toBe("connected");
    await a.leave();
    await fac.leave();
  });

  it("disconnects a flooding client after a warning; the room goes on", async () => {
    const { game } = await newGame({ scenario: "tutorial" });
    const flooder = await browser().join(game.code);
    const calm = await browser().join(game.code);
    await waitFor(calm, (x) => x.view !== null);
    const warned = nextMessage<ErrorReply>(flooder, "warning");
    const closed = new Promise<number>((r) => flooder.rawRoom.onLeave((code) => r(code)));
    for (let i = 0; i < 400; i++) flooder.rawRoom.send("ping", { t: i });
    expect((await warned).code).toBe("rate_limited");
    expect(await closed).toBe(4029);
    const pong = nextMessage<{ t: number }>(calm, "pong");
    calm.rawRoom.send("ping", { t: 7 });
    expect((await pong).t).toBe(7);
    await calm.leave();
  });
});
