/** Opens the SQLite file (WAL mode, node:sqlite: no native addon to build) and creates the tables the game store uses (declared in schema.ts). */
import { DatabaseSync } from "node:sqlite";
import type { StatementSync } from "node:sqlite";
import type { SqlDb, SqlStatement } from "./sql";
import fs from "node:fs";
import path from "node:path";
import { missingColumnsSql, sqliteSchema } from "./schema";
import { GroupCommit } from "./group-commit";

/** The embedded implementation of the store's database interface. */
class SqliteDb implements SqlDb {
  readonly kind = "sqlite";
  private readonly statements = new Map<string, StatementSync>();
  private readonly group: GroupCommit;
  constructor(readonly raw: DatabaseSync) {
    this.group = new GroupCommit({
      begin: () => raw.exec("BEGIN IMMEDIATE"),
      commit: () => raw.exec("COMMIT"),
      rollback: () => raw.exec("ROLLBACK"),
      inTransaction: () => raw.isTransaction,
    });
  }

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
    this.group.commitNow();
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

  grouped<T>(fn: () => T): T {
    return this.group.write(fn);
  }

  afterCommit(cb: () => void): void {
    this.group.afterCommit(cb);
  }

  commitNow(): void {
    this.group.commitNow();
  }

  close(): void {
    if (this.raw.isOpen) this.group.commitNow();
    this.raw.close();
  }
}

/** Open (creating if needed) the database file, in WAL mode, with every table in place. */
export function openDatabase(file: string): SqlDb {
  if (file !== ":memory:") fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new DatabaseSync(file, { timeout: 5000 });
  db.exec("PRAGMA journal_mode = WAL");
  db.exec("PRAGMA synchronous = NORMAL");
  db.exec(sqliteSchema());
  // A file from an older version: the declared columns its tables lack (e.g. the games' owner and lease, resolutions' deals).
  const has = (table: string): Set<string> => new Set((db.prepare(`PRAGMA table_info(${table})`).all() as { name: string }[]).map((c) => c.name));
  for (const sql of missingColumnsSql(has)) db.exec(sql);
  return new SqliteDb(db);
}
