/** A whole tutorial game with two humans and an AI nation; ready-up; deadline expiry with an absent seat. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baselineOrders } from "../../shared/ai/baseline";
import { aiSeatOrders } from "../../shared/match";
import { replay, stateHash } from "../../shared/engine";
import type { GameState } from "../../shared/engine/state";
import type { Order } from "../../shared/protocol/orders";
import type { ResultsMsg } from "../../shared/protocol/server-extra";
import type { GameConnection } from "../../client/net/api";
import { gameStore } from "../../server/store/instance";
import { nextMessage, startServer, twoSeatedPlayers, waitFor } from "./harness";
import type { TestServer } from "./harness";

let server: TestServer;
beforeAll(async () => {
  server = await startServer("game", { RESULTS_SECONDS: "0.3" });
});
afterAll(async () => {
  await server?.shutdown();
});

/** Seat two players in the first two nations and start; returns the connections and nation ids. */
async function setUp(req: Parameters<typeof twoSeatedPlayers>[0]) {
  const { game, fac, a, b, nations } = await twoSeatedPlayers(req);
  fac.facilitator({ cmd: "start" });
  await waitFor(a, (m) => m.phase === "orders", 5000, "orders");
  return { game, fac, a, b, nations };
}

/** Orders a nation's player sends this turn: the baseline bot's choice on the server's current state. */
function ordersFor(state: GameState, nation: string): Order[] {
  return baselineOrders(state, nation);
}

describe("a whole game", () => {
  it("plays the tutorial to the end: two humans, one AI nation, ready-up each turn", async () => {
    const { game, fac, a, b, nations } = await setUp({ scenario: "tutorial", seed: 7, turnSeconds: 300 });
    const room = () => server.room(game.code);
    expect(room().session.aiNations()).toEqual([nations[2]]);
    const sent: Record<number, Record<string, Order[]>> = {};
    const results: ResultsMsg[] = [];
    const newsAtResults: number[] = [];
    a.onMessage("results", (r) => {
      results.push(r);
      newsAtResults.push(a.model().view!.news.filter((e) => e.turn === r.turn).length);
    });
    const maxTurns = a.model().view!.maxTurns;

    for (let turn = 1; turn <= maxTurns; turn++) {
      await waitFor(a, (m) => m.phase === "orders" && m.view!.turn === turn, 15_000, `turn ${turn} orders`);
      const state = room().session.state;
      sent[turn] = {};
      for (const [conn, nation] of [
        [a, nations[0]],
        [b, nations[1]],
      ] as [GameConnection, string][]) {
        sent[turn][nation] = [];
        for (const order of ordersFor(state, nation)) {
          const r = await conn.addOrder(order);
          expect(r.ok, JSON.stringify(r)).toBe(true);
          sent[turn][nation].push(order);
        }
        // Teammates (and the facilitator) see the set live; the other nation does not.
        await waitFor(conn, (m) => (m.orders[nation]?.length ?? 0) === sent[turn][nation].length, 5000, "own orders visible");
      }
      await waitFor(fac, (m) => nations.slice(0, 2).every((n) => (m.orders[n]?.length ?? -1) === sent[turn][n].length), 5000, "facilitator sees orders");
      expect(Object.keys(a.model().orders)).toEqual([nations[0]]);
      a.setReady(turn, true);
      await waitFor(b, (m) => m.readyNations.includes(nations[0]), 5000, "ready shown");
      expect(b.model().phase).toBe("orders");
      b.setReady(turn, true);
      await waitFor(a, (m) => m.phase === "results" || m.phase === "resolution" || m.phase === "ended" || m.view!.turn > turn, 10_000, `turn ${turn} resolved`);
    }
    await waitFor(fac, (m) => m.phase === "ended", 15_000, "ended");
    expect(fac.model().view!.finished).toBe(true);
    expect(results.map((r) => r.turn)).toEqual(Array.from({ length: maxTurns }, (_, i) => i + 1));
    // Each turn's news reached the view before its results notice; A's news is its own or public.
    expect(newsAtResults.every((n) => n > 0)).toBe(true);
    expect(a.model().view!.news.every((e) => e.nation === null || e.nation === nations[0])).toBe(true);

    // The stored log is what the humans sent plus the AI's orders, and it replays to the final state.
    const log = gameStore().orderLog(game.code);
    expect(log.length).toBe(maxTurns);
    for (const entry of log) {
      expect(entry.orders[nations[0]]).toEqual(sent[entry.turn][nations[0]]);
      expect(entry.orders[nations[1]]).toEqual(sent[entry.turn][nations[1]]);
      expect(entry.orders[nations[2]].length).toBeGreaterThan(0);
    }
    const res = await fetch(`${server.url}/api/games/${game.code}/export`);
    expect(res.status).toBe(200);
    const exp = (await res.json()) as { scenario: Parameters<typeof replay>[0]; seed: number; log: Parameters<typeof replay>[2]; stateHash: string };
    const replayed = replay(exp.scenario, exp.seed, exp.log);
    expect(stateHash(replayed)).toBe(stateHash(room().session.state));
    expect(exp.stateHash).toBe(stateHash(room().session.state));
    for (const c of [a, b, fac]) await c.leave();
  });

  it("ends the orders phase early when every playing nation is ready, not before", async () => {
    const { fac, a, b } = await setUp({ scenario: "tutorial", seed: 3, turnSeconds: 600 });
    a.setReady(1, true);
    await waitFor(fac, (m) => m.readyNations.length === 1, 5000);
    a.setReady(1, false);
    await waitFor(fac, (m) => m.readyNations.length === 0, 5000);
    a.setReady(1, true);
    b.setReady(1, true);
    await waitFor(fac, (m) => m.view!.turn === 2 && m.phase !== "resolution", 10_000, "turn 2");
    expect(fac.model().deadline).toBeGreaterThan(0);
    for (const c of [a, b, fac]) await c.leave();
  });

  it("resolves at the deadline with an absent seat's nation played by the AI", async () => {
    const { game, fac, a, b, nations } = await setUp({ scenario: "tutorial", seed: 11, turnSeconds: 15, absent: "ai" });
    const before = server.room(game.code).session.state;
    const expectedAi = aiSeatOrders(before, nations[1], "normal");
    await b.leave();
    await waitFor(fac, (m) => m.seats.some((s) => s.nation === nations[1] && !s.connected), 5000, "B absent");
    const r = await a.addOrder({ type: "hold", turn: 1 });
    expect(r.ok).toBe(true);
    const started = Date.now();
    const results = nextMessage<ResultsMsg>(a, "results", 25_000);
    await waitFor(fac, (m) => m.view!.turn === 2, 25_000, "deadline resolution");
    expect(Date.now() - started).toBeGreaterThan(8_000);
    expect((await results).turn).toBe(1);
    const entry = gameStore().orderLog(game.code)[0];
    expect(entry.orders[nations[0]]).toEqual([{ type: "hold", turn: 1 }]);
    expect(entry.orders[nations[1]]).toEqual(expectedAi);
    await a.leave();
    await fac.leave();
  });

  it("pauses, resumes, extends and force-resolves on the facilitator's command", async () => {
    const { fac, a, b } = await setUp({ scenario: "tutorial", seed: 5, turnSeconds: 120 });
    fac.facilitator({ cmd: "pause" });
    const paused = await waitFor(fac, (m) => m.paused, 5000, "paused");
    expect(paused.deadline).toBe(0);
    expect(paused.remainingMs).toBeGreaterThan(100_000);
    a.setReady(1, true);
    b.setReady(1, true);
    await waitFor(fac, (m) => m.readyNations.length === 2, 5000);
    expect(fac.model().phase).toBe("orders");
    fac.facilitator({ cmd: "extend", seconds: 60 });
    await waitFor(fac, (m) => m.remainingMs > 170_000, 5000, "extended");
    fac.facilitator({ cmd: "resume" });
    await waitFor(fac, (m) => m.view!.turn === 2, 10_000, "resumed and all ready");
    await waitFor(fac, (m) => m.phase === "orders", 10_000);
    fac.facilitator({ cmd: "force_resolve" });
    await waitFor(fac, (m) => m.view!.turn === 3, 10_000, "forced");
    fac.facilitator({ cmd: "end" });
    await waitFor(a, (m) => m.phase === "ended", 5000);
    for (const c of [a, b, fac]) await c.leave();
  });
});
