/**
 * One table list for both stores (server/store/schema.ts): the SQLite schema and the PostgreSQL migrations are generated
 * from it and declare the same tables, columns, keys and indexes; an older SQLite file gains the columns it lacks.
 */
import { DatabaseSync } from "node:sqlite";
import { describe, expect, it } from "vitest";
import { openDatabase } from "../../server/store/db";
import { PG_MIGRATIONS } from "../../server/store/postgres";
import type { Table } from "../../server/store/schema";
import { latestVersion, missingColumnsSql, postgresMigrations, sqliteSchema, TABLES } from "../../server/store/schema";

/** A declared column as read back from DDL: name, type family, NOT NULL, default. */
interface Col {
  name: string;
  type: string;
  notNull: boolean;
  default: string | null;
}

/** Tables, columns, primary keys and indexes read from DDL text (the subset schema.ts writes). */
function parseDdl(sql: string): { tables: Map<string, { cols: Col[]; key: string[] }>; indexes: Map<string, string> } {
  const tables = new Map<string, { cols: Col[]; key: string[] }>();
  const indexes = new Map<string, string>();
  for (const m of sql.matchAll(/CREATE TABLE (?:IF NOT EXISTS )?(\w+) \(\n([\s\S]*?)\n\);/g)) {
    const cols: Col[] = [];
    let key: string[] = [];
    for (const line of m[2].split(",\n").map((l) => l.trim())) {
      const pk = line.match(/^PRIMARY KEY \((.*)\)$/);
      if (pk) {
        key = pk[1].split(", ");
        continue;
      }
      const [name, ...rest] = line.split(" ");
      const def = line.match(/DEFAULT (\S+)/);
      if (/PRIMARY KEY/.test(line)) key = [name];
      cols.push({ name, type: rest.join(" ").replace(/ NOT NULL| DEFAULT \S+/g, ""), notNull: /NOT NULL|PRIMARY KEY/.test(line), default: def?.[1] ?? null });
    }
    tables.set(m[1], { cols, key });
  }
  for (const m of sql.matchAll(/CREATE INDEX (?:IF NOT EXISTS )?(\w+) ON (\w+\(.*?\));/g)) indexes.set(m[1], m[2]);
  for (const m of sql.matchAll(/ALTER TABLE (\w+) ADD COLUMN (\w+) (.*?);?$/gm)) {
    const def = m[3].match(/DEFAULT (\S+)/);
    tables.get(m[1])!.cols.push({ name: m[2], type: m[3].replace(/ NOT NULL| DEFAULT \S+/g, ""), notNull: /NOT NULL/.test(m[3]), default: def?.[1] ?? null });
  }
  return { tables, indexes };
}

/** Each dialect's types mapped to one family, so that the two can be compared. */
const FAMILY: Record<string, string> = {
  TEXT: "text",
  INTEGER: "integer",
  BIGINT: "integer",
  "INTEGER PRIMARY KEY AUTOINCREMENT": "id",
  "BIGSERIAL PRIMARY KEY": "id",
};
const family = (c: Col): Col => ({ ...c, type: FAMILY[c.type] ?? `unknown ${c.type}` });

describe("store schema, declared once", () => {
  it("SQLite and PostgreSQL declare the same tables, columns (type, NOT NULL, default), keys and indexes", () => {
    const lite = parseDdl(sqliteSchema());
    const pg = parseDdl(PG_MIGRATIONS.join("\n"));
    expect([...lite.tables.keys()]).toEqual(TABLES.map((t) => t.name));
    expect([...pg.tables.keys()].sort()).toEqual([...lite.tables.keys()].sort());
    for (const [name, t] of lite.tables) {
      const other = pg.tables.get(name)!;
      expect(other.cols.map(family), name).toEqual(t.cols.map(family));
      expect(other.key, `${name} key`).toEqual(t.key);
      expect(
        t.cols.every((c) => !c.type.startsWith("unknown")),
        `${name} types`,
      ).toBe(true);
    }
    expect(pg.indexes).toEqual(lite.indexes);
  });

  it("writes epoch milliseconds and seeds as 64-bit integers in PostgreSQL", () => {
    const pg = parseDdl(PG_MIGRATIONS.join("\n"));
    const type = (t: string, c: string): string | undefined => pg.tables.get(t)!.cols.find((x) => x.name === c)?.type;
    for (const [t, c] of [
      ["games", "seed"],
      ["games", "deadline"],
      ["games", "lease_until"],
      ["games", "updated_at"],
      ["match_log", "now"],
      ["chat", "at"],
    ])
      expect(type(t, c), `${t}.${c}`).toBe("BIGINT");
  });

  it("is what a fresh SQLite file holds", () => {
    const raw = new DatabaseSync(":memory:");
    raw.exec(sqliteSchema());
    for (const t of TABLES) {
      const cols = raw.prepare(`PRAGMA table_info(${t.name})`).all() as { name: string; notnull: number; dflt_value: string | null }[];
      expect(
        cols.map((c) => c.name),
        t.name,
      ).toEqual(t.columns.map((c) => c.name));
    }
    raw.close();
  });

  it("brings an older SQLite file's tables up to the declared columns", () => {
    const file = `${process.env.TMPDIR ?? "/tmp"}/sar-schema-${process.pid}-${Date.now()}.db`;
    const old = new DatabaseSync(file);
    // The tables as a file written before the leases (games' owner, lease_until) and the signed deals (resolutions' deals_json).
    const before = new Set(["owner", "lease_until", "deals_json"]);
    old.exec(sqliteSchema(TABLES.map((t) => ({ ...t, columns: t.columns.filter((c) => !before.has(c.name)) }))));
    old.prepare("INSERT INTO resolutions (code, turn, orders_json, at) VALUES ('OLD', 1, '{}', 5)").run();
    old.close();
    const db = openDatabase(file);
    for (const t of ["games", "resolutions"]) {
      const cols = (db.prepare(`PRAGMA table_info(${t})`).all() as { name: string }[]).map((c) => c.name);
      expect(cols.sort(), t).toEqual(
        TABLES.find((x) => x.name === t)!
          .columns.map((c) => c.name)
          .sort(),
      );
    }
    expect(db.prepare("SELECT deals_json FROM resolutions WHERE code = 'OLD'").get()).toEqual({ deals_json: null });
    db.close();
  });

  it("adds a later version's table and columns as a new PostgreSQL migration, and the same columns to an older SQLite file", () => {
    const later: Table[] = [
      { ...TABLES[0], columns: [...TABLES[0].columns, { name: "note", kind: "text", since: 2 }] },
      {
        name: "audit",
        since: 2,
        columns: [
          { name: "id", kind: "id" },
          { name: "what", kind: "text", required: true },
        ],
      },
    ];
    expect(latestVersion(later)).toBe(2);
    const [v1, v2] = postgresMigrations(later);
    expect(v1).not.toMatch(/note|audit/);
    expect(v2).toBe("CREATE TABLE audit (\n  id BIGSERIAL PRIMARY KEY,\n  what TEXT NOT NULL\n);\nALTER TABLE games ADD COLUMN note TEXT;");
    expect(missingColumnsSql((t) => new Set(t === "games" ? TABLES[0].columns.map((c) => c.name) : ["id", "what"]), later)).toEqual([
      "ALTER TABLE games ADD COLUMN note TEXT",
    ]);
  });

  it("gives every column added after its table a way to fill old rows (nullable or a default)", () => {
    for (const t of TABLES)
      for (const c of t.columns) if ((c.since ?? 1) > (t.since ?? 1)) expect(!c.required || c.default !== undefined, `${t.name}.${c.name}`).toBe(true);
  });
});
