/**
 * The one database interface the game store speaks: synchronous prepared statements with `?` placeholders,
 * whole-transaction callbacks. Two implementations: SQLite embedded (db.ts, node:sqlite) and PostgreSQL when
 * DATABASE_URL is set (postgres.ts, the `pg` client behind a synchronous worker bridge). SQL written against it
 * is the common dialect of both (ON CONFLICT upserts, no INSERT OR REPLACE, no PRAGMA).
 */

/** A prepared statement. */
export interface SqlStatement {
  run(...params: SqlValue[]): { changes: number };
  get(...params: SqlValue[]): unknown;
  all(...params: SqlValue[]): unknown[];
}

/** A value bound to a placeholder. */
export type SqlValue = string | number | null;

/** A database handle. */
export interface SqlDb {
  /** Which implementation. */
  readonly kind: "sqlite" | "postgres";
  prepare(sql: string): SqlStatement;
  exec(sql: string): void;
  /** Run `fn` in one transaction (committed when it returns, rolled back when it throws). */
  transaction<T>(fn: () => T): T;
  close(): void;
}
