/**
 * Fuzzing: hostile clients send 10,000 malformed or random messages while two honest clients play the
 * tutorial. The server stays up, the honest game completes, and the garbage changed nothing: the stored
 * log holds exactly the honest orders (plus the AI's) and replays to the final state.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "@colyseus/sdk";
import type { Room } from "@colyseus/sdk";
import { baselineOrders } from "../../shared/ai/baseline";
import { aiSeatOrders } from "../../shared/match";
import { replay, stateHash } from "../../shared/engine";
import type { Order } from "../../shared/protocol/orders";
import type { GameConnection } from "../../client/net/api";
import { gameStore } from "../../server/store/instance";
import { startServer, waitFor, twoSeatedPlayers, mulberry32 } from "./harness";
import type { TestServer } from "./harness";

let server: TestServer;
beforeAll(async () => {
  // Generous rate limits (messages, joins from one address and projector seats: hostiles join as projectors and rejoin after every socket the server closes, each dropped seat held for its reconnection window) so that the garbage reaches the handlers instead of the limiters.
  server = await startServer("fuzz", {
    RATE_LIMIT_PER_SECOND: "100000",
    RATE_LIMIT_BURST: "100000",
    RESULTS_SECONDS: "0.2",
    JOINS_PER_SECOND: "100000",
    JOIN_BURST: "100000",
    MAX_PROJECTORS: "100000",
  });
});
afterAll(async () => {
  await server?.shutdown();
});

const TYPES = [
  "choose_seat",
  "add_order",
  "remove_order",
  "clear_orders",
  "ready",
  "chat",
  "facilitator",
  "ping",
  "quote",
  "deal_propose",
  "deal_respond",
  "__proto__",
  "constructor",
  "",
  "x".repeat(300),
  "welcome",
  "results",
];

function randomValue(r: () => number, depth = 0): unknown {
  const k = Math.floor(r() * 14);
  switch (k) {
    case 0:
      return null;
    case 1:
      return Math.floor(r() * 2 ** 32) - 2 ** 31;
    case 2:
      return r() < 0.5 ? Number.NaN : r() * 1e300;
    case 3:
      return "🙂".repeat(Math.floor(r() * 50));
    case 4:
      return "a".repeat(Math.floor(r() * 5000));
    case 5:
      return r() < 0.5;
    case 6:
      return depth > 3 ? 1 : Array.from({ length: Math.floor(r() * 5) }, () => randomValue(r, depth + 1));
    case 7:
      return depth > 3
        ? {}
        : Object.fromEntries(
            Array.from({ length: Math.floor(r() * 5) }, (_, i) => [
              ["turn", "order", "nation", "cmd", "to", "text", "index", "type", "__proto__"][Math.floor(r() * 9)] + (i > 3 ? i : ""),
              randomValue(r, depth + 1),
            ]),
          );
    case 8:
      return {
        order: {
          type: ["hold", "build_dc", "order_gpus", "talent", "policy", "nope"][Math.floor(r() * 6)],
          turn: Math.floor(r() * 4),
          level: 2,
          quantity: -5,
          site: "../../etc",
          mw: 1e9,
        },
      };
    case 9:
      return {
        cmd: ["start", "end", "pause", "kick", "ai", "move_seat", "broadcast", "force_resolve"][Math.floor(r() * 8)],
        sessionId: "x",
        nation: "korea",
        on: true,
        text: "hi",
        seconds: -600,
      };
    case 10:
      return { to: ["all", "korea", "japan", ""][Math.floor(r() * 4)], text: "spam" };
    case 11:
      return {
        to: ["korea", "japan", "india", "x"][Math.floor(r() * 4)],
        quarters: Math.floor(r() * 12) - 2,
        items: Array.from({ length: Math.floor(r() * 10) }, () => ({
          kind: ["cash", "gpu_lease", "co_invest", "hbm_transfer", "joint_training", "statement", "nope"][Math.floor(r() * 7)],
          giver: r() < 0.5 ? "from" : "to",
          now: r() * 1e6 - 1e3,
          perQuarter: -1,
          model: "h100",
          count: Math.floor(r() * 1e7),
          dcId: "korea-dc1",
          share: r(),
          gbPerQuarter: 50,
          text: "x".repeat(Math.floor(r() * 400)),
        })),
        replyTo: r() < 0.3 ? "d1-1" : undefined,
      };
    case 12:
      return { id: ["d1-1", "d1-2", "", "x".repeat(200)][Math.floor(r() * 4)], accept: r() < 0.5 ? true : "yes" };
    default:
      return {
        request: {
          vendor: ["dell", "hpe", "x"][Math.floor(r() * 3)],
          model: "b200",
          quantity: Math.floor(r() * 2e6) - 10,
          package: r() < 0.5 ? "fullstack" : "components",
          dcId: "korea-dc1",
        },
        asks: [{ unitPrice: r() * 20 - 5, leadQuarters: Math.floor(r() * 20) }],
      };
  }
}

describe("fuzzing", () => {
  it("survives 10,000 hostile messages while an honest game completes unchanged", async () => {
    const { game, fac, a, b, nations } = await twoSeatedPlayers({ scenario: "tutorial", seed: 99, turnSeconds: 300 });
    fac.facilitator({ cmd: "start" });
    fac.facilitator({ cmd: "lock", locked: true });
    await waitFor(fac, (m) => m.phase === "orders" && m.locked);

    // Hostile clients: projectors (the seating is locked), sending garbage as fast as they can.
    const r = mulberry32(1234);
    const hostiles: Room[] = [];
    let sent = 0;
    let kicked = 0;
    const TOTAL = 10_000;
    const join = async (): Promise<Room> => {
      const room = await new Client(server.url).joinById(game.code, { role: "projector", name: "Mallory" });
      room.onMessage("*", () => {});
      room.onLeave(() => {
        kicked++;
      });
      return room;
    };
    for (let i = 0; i < 4; i++) hostiles.push(await join());
    let stop = false;
    const fuzzing = (async () => {
      while (sent < TOTAL && !stop) {
        for (let h = 0; h < hostiles.length; h++) {
          let room = hostiles[h];
          if (!room.connection.isOpen) hostiles[h] = room = await join();
          for (let i = 0; i < 25 && sent < TOTAL; i++, sent++) {
            const type = TYPES[Math.floor(r() * TYPES.length)];
            const roll = r();
            try {
              if (roll < 0.04) room.sendBytes(type, new Uint8Array(Array.from({ length: Math.floor(r() * 64) }, () => Math.floor(r() * 256))));
              else if (roll < 0.05) room.connection.send(new Uint8Array(Array.from({ length: 1 + Math.floor(r() * 16) }, () => Math.floor(r() * 256))));
              else if (roll < 0.1) room.send(Math.floor(r() * 1000), randomValue(r));
              else room.send(type, randomValue(r));
            } catch {
              /* the socket closed under us: rejoin next round */
            }
          }
        }
        await new Promise((res) => setTimeout(res, 5));
      }
    })();

    // Meanwhile the honest players play every turn with the baseline bot's orders.
    const honest: Record<number, Record<string, Order[]>> = {};
    const maxTurns = a.model().view!.maxTurns;
    for (let turn = 1; turn <= maxTurns; turn++) {
      await waitFor(a, (m) => m.phase === "orders" && m.view!.turn === turn, 20_000, `turn ${turn}`);
      const state = server.room(game.code).session.state;
      honest[turn] = {};
      for (const [conn, nation] of [
        [a, nations[0]],
        [b, nations[1]],
      ] as [GameConnection, string][]) {
        honest[turn][nation] = [];
        for (const order of baselineOrders(state, nation)) {
          const res = await conn.addOrder(order);
          expect(res.ok, JSON.stringify(res)).toBe(true);
          honest[turn][nation].push(order);
        }
      }
      // Spread the garbage over the whole game: this turn's share is sent before it resolves.
      while (sent < (TOTAL * turn) / maxTurns) await new Promise((res) => setTimeout(res, 20));
      for (const conn of [a, b]) conn.setReady(turn, true);
      await waitFor(a, (m) => m.phase !== "orders" || m.view!.turn > turn, 20_000, `turn ${turn} resolved`);
    }
    await waitFor(fac, (m) => m.phase === "ended", 20_000, "ended");
    await fuzzing.catch(() => {});
    stop = true;
    expect(sent).toBe(TOTAL);

    // The server is still up and answers.
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    // The garbage changed nothing: the log is the honest orders plus the AI's, and it replays to the end state.
    const log = gameStore().orderLog(game.code);
    expect(log.length).toBe(maxTurns);
    let state = replay(gameStore().game(game.code)!.scenario, 99, []);
    const expected = [];
    for (const entry of log) {
      expect(entry.orders[nations[0]]).toEqual(honest[entry.turn][nations[0]]);
      expect(entry.orders[nations[1]]).toEqual(honest[entry.turn][nations[1]]);
      expect(entry.orders[nations[2]]).toEqual(aiSeatOrders(state, nations[2], "normal"));
      expected.push(entry);
      state = replay(gameStore().game(game.code)!.scenario, 99, expected);
    }
    expect(stateHash(state)).toBe(stateHash(server.room(game.code).session.state));
    expect(gameStore().chat(game.code)).toEqual([]);
    const room = server.room(game.code);
    expect(room.session.match.seats.filter((s) => s.role === "player").length).toBe(2);
    expect(room.session.match.forcedAi.length).toBe(0);
    expect(kicked).toBeGreaterThan(0);
    for (const h of hostiles) if (h.connection.isOpen) await h.leave();
    for (const c of [a, b, fac]) await c.leave();
  });
});
