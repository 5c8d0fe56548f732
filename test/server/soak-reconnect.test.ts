/**
 * Soak: several rooms play whole games while players drop and reconnect at random (seeded). Afterwards
 * every game's stored log replays to the state hash the server holds, and every acknowledged order is in
 * the stored resolution of its turn.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baselineOrders } from "../../shared/ai/baseline";
import { replay, stateHash } from "../../shared/engine";
import type { Order } from "../../shared/protocol/orders";
import type { GameConnection } from "../../client/net/api";
import { gameStore } from "../../server/store/instance";
import { browser, newGame, sleep, startServer, waitFor, waitForStatus, mulberry32 } from "./harness";
import type { TestServer } from "./harness";

const ROOMS = 10;
const SEED = 20251124;

let server: TestServer;
beforeAll(async () => {
  server = await startServer("soak", { RESULTS_SECONDS: "0.2", RECONNECT_SECONDS: "10" });
});
afterAll(async () => {
  await server?.shutdown();
});

const drop = (c: GameConnection): void => (c.rawRoom as unknown as { connection: { close(code: number): void } }).connection.close(4999);

interface Acked {
  turn: number;
  nation: string;
  order: Order;
}

/** Play one whole workshop game with random drops; returns the acknowledged orders and the drop count. */
async function playGame(seed: number, random: () => number): Promise<{ code: string; acked: Acked[]; drops: number }> {
  const { game, host } = await newGame({ scenario: "workshop", seed, turnSeconds: 600 });
  const fac = await host.join(game.code, { role: "facilitator" });
  const players = [await browser().join(game.code, { name: "A" }), await browser().join(game.code, { name: "B" })];
  const nations = (await waitFor(players[0], (m) => m.view !== null)).view!.nations.map((n) => n.id);
  players.forEach((p, i) => p.chooseSeat(nations[i]));
  await waitFor(fac, (m) => m.seats.filter((s) => s.nation).length === 2, 10_000, "seated");
  fac.facilitator({ cmd: "start" });
  const acked: Acked[] = [];
  let drops = 0;
  const maxTurns = (await waitFor(fac, (m) => m.phase === "orders", 10_000, "orders")).view!.maxTurns;
  for (let turn = 1; turn <= maxTurns; turn++) {
    await waitFor(fac, (m) => m.phase === "orders" && m.view!.turn === turn, 20_000, `turn ${turn}`);
    await Promise.all(
      players.map(async (p, i) => {
        const orders = baselineOrders(server.room(game.code).session.state, nations[i]);
        for (const order of orders) {
          if (random() < 0.15) {
            drop(p);
            drops += 1;
          }
          await waitForStatus(p, "connected", 20_000);
          const r = await p.addOrder(order);
          if (r.ok) acked.push({ turn, nation: nations[i], order });
        }
        if (random() < 0.2) {
          drop(p);
          drops += 1;
          await sleep(Math.floor(random() * 300));
        }
        await waitForStatus(p, "connected", 20_000);
        await waitFor(p, (m) => m.you.nation === nations[i] && m.view !== null, 10_000, "seat back");
        p.setReady(turn, true);
      }),
    );
    await waitFor(fac, (m) => m.phase === "ended" || (m.view!.turn > turn && m.phase !== "resolution"), 20_000, `turn ${turn} resolved`);
  }
  await waitFor(fac, (m) => m.phase === "ended", 20_000, "ended");
  for (const c of [...players, fac]) await c.leave();
  return { code: game.code, acked, drops };
}

describe("soak: drops and reconnects", () => {
  it(`${ROOMS} games to the end with random drops: logs replay to the server's hash, no acknowledged order lost`, async () => {
    const random = mulberry32(SEED);
    const games = await Promise.all(Array.from({ length: ROOMS }, (_, i) => playGame(100 + i, mulberry32(SEED + i + Math.floor(random() * 1000)))));
    expect(games.reduce((n, g) => n + g.drops, 0)).toBeGreaterThan(ROOMS);
    for (const g of games) {
      const record = gameStore().game(g.code)!;
      const log = gameStore().orderLog(g.code);
      expect(stateHash(replay(record.scenario, record.seed, log))).toBe(stateHash(server.room(g.code).session.state));
      for (const a of g.acked) {
        const stored = log.find((t) => t.turn === a.turn)?.orders[a.nation] ?? [];
        expect(stored, `${g.code} turn ${a.turn} ${a.nation}`).toContainEqual(a.order);
      }
      expect(g.acked.length).toBeGreaterThan(0);
    }
  }, 60_000);
});
