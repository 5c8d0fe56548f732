/** Opens the SQLite file (WAL mode, node:sqlite: no native addon to build) and creates the tables the game store uses. */
import { DatabaseSync } from "node:sqlite";
import type { StatementSync } from "node:sqlite";
import type { SqlDb, SqlStatement } from "./sql";
import fs from "node:fs";
import path from "node:path";
import { migrateLeases } from "./lease-store";

const SCHEMA = `
CREATE TABLE IF NOT EXISTS games (
  code TEXT PRIMARY KEY,
  scenario_json TEXT NOT NULL,
  scenario_name TEXT NOT NULL,
  seed INTEGER NOT NULL,
  settings_json TEXT NOT NULL,
  facilitator_key_hash TEXT NOT NULL,
  phase TEXT NOT NULL,
  turn INTEGER NOT NULL,
  paused INTEGER NOT NULL DEFAULT 0,
  locked INTEGER NOT NULL DEFAULT 0,
  deadline INTEGER NOT NULL DEFAULT 0,
  remaining_ms INTEGER NOT NULL DEFAULT 0,
  ready_json TEXT NOT NULL DEFAULT '[]',
  forced_ai_json TEXT NOT NULL DEFAULT '[]',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS seats (
  token TEXT PRIMARY KEY,
  code TEXT NOT NULL,
  seat_id TEXT NOT NULL,
  name TEXT NOT NULL,
  role TEXT NOT NULL,
  nation TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS seats_code ON seats(code);
CREATE TABLE IF NOT EXISTS order_events (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  code TEXT NOT NULL,
  turn INTEGER NOT NULL,
  nation TEXT NOT NULL,
  action TEXT NOT NULL,
  idx INTEGER,
  order_json TEXT,
  seat_id TEXT,
  at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS order_events_code_turn ON order_events(code, turn);
CREATE TABLE IF NOT EXISTS resolutions (
  code TEXT NOT NULL,
  turn INTEGER NOT NULL,
  orders_json TEXT NOT NULL,
  injects_json TEXT,
  at INTEGER NOT NULL,
  PRIMARY KEY (code, turn)
);
CREATE TABLE IF NOT EXISTS injects (
  code TEXT NOT NULL,
  turn INTEGER NOT NULL,
  seq INTEGER NOT NULL,
  card_json TEXT NOT NULL,
  PRIMARY KEY (code, turn, seq)
);
CREATE TABLE IF NOT EXISTS chat (
  code TEXT NOT NULL,
  id INTEGER NOT NULL,
  turn INTEGER NOT NULL,
  from_nation TEXT NOT NULL,
  from_name TEXT NOT NULL,
  to_nation TEXT NOT NULL,
  text TEXT NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (code, id)
);
CREATE TABLE IF NOT EXISTS deals (
  code TEXT NOT NULL,
  id TEXT NOT NULL,
  turn INTEGER NOT NULL,
  json TEXT NOT NULL,
  at INTEGER NOT NULL,
  PRIMARY KEY (code, id)
);
CREATE TABLE IF NOT EXISTS match_log (
  code TEXT NOT NULL,
  seq INTEGER NOT NULL,
  actor TEXT NOT NULL,
  intent_json TEXT NOT NULL,
  now INTEGER NOT NULL,
  PRIMARY KEY (code, seq)
);
`;

/** The embedded implementation of the store's database interface. */
class SqliteDb implements SqlDb {
  readonly kind = "sqlite";
  private readonly statements = new Map<string, StatementSync>();
  constructor(readonly raw: DatabaseSync) {}

  prepare(sql: string): SqlStatement {
    let st = this.statements.get(sql);
    if (!st) this.statements.set(sql, (st = this.raw.prepare(sql)));
    const statement = st;
    return {
      run: (...params) => ({ changes: Number(statement.run(...params).changes) }),
      get: (...params) => statement.get(...params),
      all: (...params) => statement.all(...params),
    };
  }

  exec(sql: string): void {
    this.raw.exec(sql);
  }

  transaction<T>(fn: () => T): T {
    this.raw.exec("BEGIN IMMEDIATE");
    try {
      const out = fn();
      this.raw.exec("COMMIT");
      return out;
    } catch (err) {
      this.raw.exec("ROLLBACK");
      throw err;
    }
  }

  close(): void {
    this.raw.close();
  }
}

/** Open (creating if needed) the database file, in WAL mode, with every table in place. */
export function openDatabase(file: string): SqlDb {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new DatabaseSync(file, { timeout: 5000 });
  db.exec("PRAGMA journal_mode = WAL");
  db.exec("PRAGMA synchronous = NORMAL");
  db.exec(SCHEMA);
  migrateLeases(db);
  const cols = new Set((db.prepare("PRAGMA table_info(resolutions)").all() as { name: string }[]).map((c) => c.name));
  if (!cols.has("deals_json")) db.exec("ALTER TABLE resolutions ADD COLUMN deals_json TEXT");
  return new SqliteDb(db);
}
