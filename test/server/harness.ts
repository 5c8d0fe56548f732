/**
 * Test harness: boots the real server (server/app.config.ts) on a free port with a temporary SQLite file,
 * and gives helpers to create games over HTTP and drive real colyseus.js clients through client/net.
 */
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import type { ColyseusTestServer } from "@colyseus/testing";
import type { RoomModel } from "../../shared/protocol/room-model";
import type { CreateGameResponse, JoinOptions } from "../../shared/protocol/messages";
import type { S2CName } from "../../shared/protocol/names";
import type { GameRoom } from "../../server/rooms/GameRoom";
import { createGame, joinGame, memoryStorage, setServerUrl } from "../../client/net/api";
import type { CreateGameInput, GameConnection } from "../../client/net/api";
import { seatMemory } from "../../client/net/seat-memory";
import type { SeatMemory } from "../../client/net/seat-memory";

/** A free TCP port on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

/** A fresh temporary directory with a database file path in it. */
export function tempDbFile(label: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `sovereign-${label}-`));
  return path.join(dir, "test.db");
}

/** A booted in-process server. */
export interface TestServer {
  url: string;
  port: number;
  dbFile: string;
  colyseus: ColyseusTestServer;
  /** The live room of a game (same process). */
  room(code: string): GameRoom;
  shutdown(): Promise<void>;
}

/** Boot the real app config with its own database file and environment overrides. */
export async function startServer(label: string, env: Record<string, string> = {}): Promise<TestServer> {
  const dbFile = tempDbFile(label);
  process.env.DB_FILE = dbFile;
  process.env.RESULTS_SECONDS ??= "0.3";
  for (const [k, v] of Object.entries(env)) process.env[k] = v;
  const port = await freePort();
  const { boot } = await import("@colyseus/testing");
  const appConfig = (await import("../../server/app.config")).default;
  const { matchMaker } = await import("@colyseus/core");
  const { closeGameStore } = await import("../../server/store/instance");
  const colyseus = await boot(appConfig, port);
  const url = `http://127.0.0.1:${port}`;
  setServerUrl(url);
  return {
    url,
    port,
    dbFile,
    colyseus,
    room: (code) => matchMaker.getLocalRoomById(code) as GameRoom,
    shutdown: async () => {
      await colyseus.shutdown();
      closeGameStore();
    },
  };
}

/** A simulated browser: its own storage, so its seat token is its own. */
export interface Browser {
  memory: SeatMemory;
  join(code: string, opts?: Partial<JoinOptions>): Promise<GameConnection>;
}

/** A new simulated browser. */
export function browser(): Browser {
  const memory = seatMemory(memoryStorage());
  return { memory, join: (code, opts = {}) => joinGame(code, opts, memory) };
}

/** Create a game over HTTP from a fresh browser that remembers the facilitator key. */
export async function newGame(req: CreateGameInput): Promise<{ game: CreateGameResponse; host: Browser }> {
  const host = browser();
  const game = await createGame(req, host.memory);
  return { game, host };
}

/** Resolve when `pred` holds for the connection's model (checked now and on each change). */
export function waitFor(conn: GameConnection, pred: (m: RoomModel) => boolean, timeoutMs = 15_000, what = "condition"): Promise<RoomModel> {
  return new Promise((resolve, reject) => {
    const check = (m: RoomModel): boolean => {
      try {
        return pred(m);
      } catch {
        return false;
      }
    };
    if (check(conn.model())) return resolve(conn.model());
    const timer = setTimeout(() => {
      off();
      reject(new Error(`Timed out waiting for ${what}; phase=${conn.model().phase} turn=${conn.model().view?.turn}`));
    }, timeoutMs);
    const off = conn.onChange((m) => {
      if (!check(m)) return;
      clearTimeout(timer);
      off();
      resolve(m);
    });
  });
}

/** Resolve with the next message of `type` on the connection (typed by the caller: tests read a few fields). */
export function nextMessage<T = unknown>(conn: GameConnection, type: S2CName, timeoutMs = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      off();
      reject(new Error(`Timed out waiting for message "${type}"`));
    }, timeoutMs);
    const off = conn.onMessage(type, (m) => {
      clearTimeout(timer);
      off();
      resolve(m as T);
    });
  });
}

/** Sleep. */
export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Resolve when the connection reaches `status`. */
export function waitForStatus(conn: GameConnection, status: GameConnection["status"], timeoutMs = 15_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (conn.status === status) return resolve();
    const timer = setTimeout(() => {
      off();
      reject(new Error(`Timed out waiting for status ${status} (now ${conn.status})`));
    }, timeoutMs);
    const off = conn.onStatus((s) => {
      if (s !== status) return;
      clearTimeout(timer);
      off();
      resolve();
    });
  });
}

/** A new game with a facilitator and two players (Ana, Ben) seated in its first two nations, still in the lobby. */
export async function twoSeatedPlayers(req: CreateGameInput) {
  const { game, host } = await newGame(req);
  const fac = await host.join(game.code, { role: "facilitator" });
  const a = await browser().join(game.code, { name: "Ana" });
  const b = await browser().join(game.code, { name: "Ben" });
  const nations = (await waitFor(a, (m) => m.view !== null)).view!.nations.map((n) => n.id);
  a.chooseSeat(nations[0]);
  b.chooseSeat(nations[1]);
  await waitFor(fac, (m) => m.seats.filter((s) => s.nation).length === 2, 5000, "two seated");
  return { game, host, fac, a, b, nations };
}

/** mulberry32: a small seeded random stream for tests, so a failing run can be repeated. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
