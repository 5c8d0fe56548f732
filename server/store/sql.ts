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
  /**
   * Run the writes of the hot path (the match log and what a session keeps beside it) in the group transaction of
   * this turn of the event loop (group-commit.ts; SQLite), or at once (PostgreSQL: one statement, one commit).
   */
  grouped<T>(fn: () => T): T;
  /** Run `cb` once every grouped write so far is committed (at once when none is pending). */
  afterCommit(cb: () => void): void;
  /** Commit the pending grouped writes now (before anything is told that reads them; no-op when none). */
  commitNow(): void;
  close(): void;
}
