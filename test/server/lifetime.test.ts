/**
 * Game lifetime rules against a real server process on a real SQLite file: a restart reopens only recent
 * games (not stale ones, not untouched lobbies, at most MAX_RUNNING_GAMES), and a game can be deleted with
 * its facilitator key (and only with it).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { openDatabase } from "../../server/store/db";
import { GameStore } from "../../server/store/game-store";
import { hashSecret } from "../../server/games/codes";
import { presetScenario } from "../../shared/scenario/presets";
import { startServer } from "../e2e/harness";
import type { E2EServer } from "../e2e/harness";

const servers: E2EServer[] = [];
afterAll(async () => {
  for (const s of servers) await s.stop();
});

const HOUR = 3600_000;

/** A stored game record in `phase`, last touched `ageMs` ago. */
function seed(store: GameStore, code: string, phase: "lobby" | "orders", ageMs: number): void {
  const scenario = presetScenario("tutorial");
  const t = Date.now() - ageMs;
  store.insertGame({
    code,
    scenario,
    scenarioName: scenario.name,
    seed: 1,
    settings: { turnSeconds: 300, absent: "ai", teamSize: 4, resultsSeconds: 1 },
    facilitatorKeyHash: hashSecret(`key-${code}`),
    phase,
    turn: 1,
    paused: false,
    locked: false,
    deadline: 0,
    remainingMs: 0,
    readyNations: [],
    forcedAi: [],
    createdAt: t,
    updatedAt: t,
  });
}

describe("game lifetime", () => {
  it("restores only recent games after a restart, and deletes a game only with its key", async () => {
    const db = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sar-life-")), "life.db");
    const store = new GameStore(openDatabase(db));
    seed(store, "RECNT", "orders", 1 * HOUR); // running, touched an hour ago: restored
    seed(store, "LOBBY", "lobby", 2 * HOUR); // a lobby nobody touched for 2 h: stays closed
    seed(store, "FRESH", "lobby", 60_000); // a lobby from a minute ago: restored
    seed(store, "STALE", "orders", 3 * 24 * HOUR); // running game untouched for 3 days: stays closed
    store.close();

    const server = await startServer({ db });
    servers.push(server);
    const status = async (code: string): Promise<number> => (await fetch(`${server.url}/api/games/${code}`)).status;
    expect(await status("RECNT")).toBe(200);
    expect(await status("FRESH")).toBe(200);
    expect(await status("LOBBY")).toBe(404);
    expect(await status("STALE")).toBe(404);

    const del = (code: string, key?: string): Promise<Response> =>
      fetch(`${server.url}/api/games/${code}`, { method: "DELETE", headers: key ? { "x-facilitator-key": key } : {} });
    const noKey = await del("RECNT");
    expect(noKey.status).toBe(403);
    expect(await noKey.json()).toMatchObject({ error: "forbidden" });
    expect((await del("RECNT", "key-FRESH")).status).toBe(403);
    expect(await status("RECNT")).toBe(200);
    expect((await del("RECNT", "key-RECNT")).status).toBe(204);
    expect(await status("RECNT")).toBe(404);
    expect((await fetch(`${server.url}/api/games/RECNT/export`, { headers: { "x-facilitator-key": "key-RECNT" } })).status).toBe(404);
  });
});
