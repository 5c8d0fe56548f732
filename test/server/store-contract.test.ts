/**
 * The game store's contract, run against both implementations: SQLite embedded (node:sqlite, a temporary file)
 * and a real PostgreSQL started from Debian's `postgresql` package in a temporary directory on a free port.
 * Every read returns what was written; upserts replace; leases are won by exactly one owner.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GameStore } from "../../server/store/game-store";
import { openDatabase } from "../../server/store/db";
import { openPostgres } from "../../server/store/postgres";
import { TABLES } from "../../server/store/schema";
import { hashSecret } from "../../server/games/codes";
import { presetScenario } from "../../shared/scenario/presets";
import { hasPostgres, startPostgres } from "../load/postgres";
import type { Postgres } from "../load/postgres";
import type { Order } from "../../shared/protocol/orders";

const pgMissing = !hasPostgres();
if (pgMissing) console.warn("store-contract: PostgreSQL part SKIPPED — postgresql is not installed (apt-get install postgresql); npm test installs it.");

let pg: Postgres | undefined;
beforeAll(async () => {
  if (!pgMissing) pg = await startPostgres();
}, 120_000);
afterAll(() => pg?.stop());

/** Each kind: a fresh database (a file, or the test cluster) and a store on it; several stores may share one. */
const kinds: { name: string; database: () => string; open: (where: string) => GameStore; skip: boolean }[] = [
  {
    name: "SQLite",
    database: () => path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sar-contract-")), "c.db"),
    open: (file) => new GameStore(openDatabase(file)),
    skip: false,
  },
  { name: "PostgreSQL", database: () => pg!.url, open: (url) => new GameStore(openPostgres(url)), skip: pgMissing },
];

function insert(store: GameStore, code: string, updatedAt = Date.now()): void {
  const scenario = presetScenario("tutorial");
  store.insertGame({
    code,
    scenario,
    scenarioName: scenario.name,
    seed: 4_000_000_001,
    settings: { turnSeconds: 300, absent: "ai", teamSize: 4, resultsSeconds: 1 },
    facilitatorKeyHash: hashSecret(`key-${code}`),
    phase: "lobby",
    turn: 0,
    paused: false,
    locked: false,
    deadline: 0,
    remainingMs: 0,
    readyNations: [],
    forcedAi: [],
    createdAt: updatedAt,
    updatedAt,
  });
}

const talent = (level: number): Order => ({ type: "talent", turn: 1, level }) as Order;

describe.each(kinds)("game store on $name", ({ database, open, skip }) => {
  it.skipIf(skip)("stores and reads back games, seats, orders, resolutions, deals, chat, injects and the match log", () => {
    const store = open(database());
    const code = `G${Math.random().toString(36).slice(2, 7).toUpperCase()}`;
    insert(store, code);
    expect(store.codeExists(code)).toBe(true);
    const g = store.game(code)!;
    expect(g.seed).toBe(4_000_000_001);
    expect(g.scenario.name).toBe(presetScenario("tutorial").name);
    expect(g.paused).toBe(false);
    const deadline = Date.now() + 90_000;
    store.saveProgress(code, { phase: "orders", turn: 2, paused: true, locked: true, deadline, remainingMs: 1234.6, readyNations: ["a"], forcedAi: ["b"] });
    expect(store.game(code)).toMatchObject({
      phase: "orders",
      turn: 2,
      paused: true,
      locked: true,
      deadline,
      remainingMs: 1235,
      readyNations: ["a"],
      forcedAi: ["b"],
    });

    store.saveSeat({ token: `${code}-t1`, code, seatId: "s1", name: "Ana", role: "player", nation: null });
    store.saveSeat({ token: `${code}-t1`, code, seatId: "s1", name: "Ana B", role: "player", nation: "india" });
    store.saveSeat({ token: `${code}-t2`, code, seatId: "s2", name: "Ben", role: "projector", nation: null });
    expect(store.seats(code).map((s) => [s.name, s.nation])).toEqual([
      ["Ana B", "india"],
      ["Ben", null],
    ]);
    store.deleteSeat(`${code}-t2`);
    expect(store.seats(code)).toHaveLength(1);

    store.appendOrderEvent(code, { action: "add", turn: 1, nation: "india", order: talent(1), seatId: "s1" });
    store.appendOrderEvent(code, { action: "add", turn: 1, nation: "india", order: talent(2), seatId: "s1" });
    store.appendOrderEvent(code, { action: "remove", turn: 1, nation: "india", index: 0, seatId: "s1" });
    store.appendOrderEvent(code, { action: "add", turn: 1, nation: "japan", order: talent(3), seatId: "s9" });
    store.appendOrderEvent(code, { action: "clear", turn: 1, nation: "japan", seatId: "s9" });
    expect(store.orderSets(code, 1)).toEqual({ india: [talent(2)], japan: [] });
    expect(store.acceptedOrders(code)).toHaveLength(3);

    store.saveResolution(code, 1, { india: [talent(1)] });
    store.saveResolution(code, 1, { india: [talent(2)] }, [], []);
    store.saveResolution(code, 2, {});
    expect(store.orderLog(code)).toEqual([
      { turn: 1, orders: { india: [talent(2)] } },
      { turn: 2, orders: {} },
    ]);

    const deal = { id: "d1", turn: 1, status: "open" } as never;
    store.saveDeal(code, deal);
    store.saveDeal(code, { ...(deal as object), status: "accepted" } as never);
    expect(store.deals(code)).toEqual([{ id: "d1", turn: 1, status: "accepted" }]);

    store.saveChat(code, { id: 1, turn: 1, from: "india", fromName: "Ana", to: "all", text: "it's 'quoted' ? yes" });
    expect(store.chat(code)[0].text).toBe("it's 'quoted' ? yes");

    store.addInject(code, 3, { id: "e1" } as never);
    store.addInject(code, 3, { id: "e2" } as never);
    expect(store.pendingInjects(code, 3).map((c) => (c as unknown as { id: string }).id)).toEqual(["e1", "e2"]);
    expect(store.scheduledInjects(code)).toHaveLength(2);

    store.appendMatchLog(code, { actor: "system", intent: { type: "tick" } as never, now: 1_700_000_000_000 });
    store.appendMatchLog(code, { actor: "s1", intent: { type: "ready" } as never, now: 1_700_000_000_500 });
    expect(store.matchLog(code).map((e) => e.now)).toEqual([1_700_000_000_000, 1_700_000_000_500]);

    store.deleteGame(code);
    expect(store.codeExists(code)).toBe(false);
    expect(store.seats(code)).toEqual([]);
    expect(store.orderLog(code)).toEqual([]);
    store.close();
  });

  it.skipIf(skip)("leases: one owner at a time, renewed by its owner, adoptable once lapsed, released", () => {
    const where = database();
    const a = open(where);
    const b = open(where);
    const code = `L${Math.random().toString(36).slice(2, 7).toUpperCase()}`;
    insert(a, code);
    a.saveProgress(code, { phase: "orders", turn: 1, paused: false, locked: false, deadline: 0, remainingMs: 0, readyNations: [], forcedAi: [] });
    const now = Date.now();
    expect(a.leases.claim(code, "A", now + 10_000, now)).toBe(true);
    expect(b.leases.claim(code, "B", now + 10_000, now)).toBe(false);
    expect(a.leases.claim(code, "A", now + 20_000, now)).toBe(true);
    expect(a.leases.renew("A", now + 30_000)).toBeGreaterThanOrEqual(1);
    expect(b.leases.orphans("B", now - 60_000, now + 20_000)).not.toContain(code);
    expect(b.leases.orphans("B", now - 60_000, now + 40_000)).toContain(code);
    expect(b.leases.claim(code, "B", now + 50_000, now + 40_000)).toBe(true);
    expect(a.leases.ownerOf(code)).toEqual({ owner: "B", leaseUntil: now + 50_000 });
    b.leases.release(code, "B");
    expect(a.leases.ownerOf(code)).toEqual({ owner: null, leaseUntil: 0 });
    a.deleteGame(code);
    a.close();
    b.close();
  });
});

describe.skipIf(pgMissing)("one table list on both databases", () => {
  it("a fresh SQLite file and a freshly migrated PostgreSQL hold the same tables and columns (nullability, integer or text)", () => {
    const lite = openDatabase(":memory:");
    const pgDb = openPostgres(pg!.database(`schema_${process.pid}`));
    const family = (t: string): string => (/int|serial/i.test(t) ? "integer" : t.toLowerCase());
    const liteCols = TABLES.flatMap((t) =>
      (lite.prepare(`PRAGMA table_info(${t.name})`).all() as { name: string; type: string; notnull: number; pk: number }[]).map(
        (c) => `${t.name}.${c.name} ${family(c.type)} ${c.notnull || c.pk ? "not null" : "null"}`,
      ),
    );
    const pgCols = (
      pgDb
        .prepare(
          "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = 'public' AND table_name != 'schema_migrations'",
        )
        .all() as { table_name: string; column_name: string; data_type: string; is_nullable: string }[]
    ).map((c) => `${c.table_name}.${c.column_name} ${family(c.data_type)} ${c.is_nullable === "NO" ? "not null" : "null"}`);
    expect(pgCols.sort()).toEqual(liteCols.sort());
    lite.close();
    pgDb.close();
  });
});
