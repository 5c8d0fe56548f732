/**
 * PostgreSQL behind the store's synchronous interface (sql.ts), for processes on several hosts.
 *
 * Why synchronous: the game store is called synchronously all through the match session (every accepted intent
 * is written before anyone is told, inside the reducer's flow), and making that path async would touch every
 * handler and the session. So the `pg` client runs on a worker thread and each call waits for its answer with
 * Atomics.wait (the same technique as synckit, without the dependency): one round trip per statement, in order.
 * `?` placeholders become `$1…`; schema changes are versioned migrations (schema_migrations), applied under an
 * advisory lock so two processes starting together do not race.
 */
import fs from "node:fs";
import { MessageChannel, receiveMessageOnPort, Worker } from "node:worker_threads";
import type { MessagePort } from "node:worker_threads";
import type { SqlDb, SqlStatement, SqlValue } from "./sql";
import { postgresMigrations } from "./schema";

/** How long one statement may take before the server gives up on the database. */
const STATEMENT_TIMEOUT_MS = 15_000;

/** Versioned schema: migration N is applied once, in order, and recorded in schema_migrations (generated from schema.ts). */
export const PG_MIGRATIONS: string[] = postgresMigrations();

/** `?` placeholders (outside quotes) as PostgreSQL's `$1`, `$2`, … */
export function pgPlaceholders(sql: string): string {
  let n = 0;
  let quoted = false;
  let out = "";
  for (const ch of sql) {
    if (ch === "'") quoted = !quoted;
    out += ch === "?" && !quoted ? `$${++n}` : ch;
  }
  return out;
}

/** The worker's file: beside this module (sources), or in server/store from dist/server (compiled server). */
function workerFile(): URL {
  const here = new URL("./pg-worker.mjs", import.meta.url);
  return fs.existsSync(here) ? here : new URL("../../server/store/pg-worker.mjs", import.meta.url);
}

interface Answer {
  rows?: unknown[];
  changes?: number;
  error?: string;
  code?: string;
}

/** PostgreSQL through the synchronous worker bridge. */
class PostgresDb implements SqlDb {
  readonly kind = "postgres";
  private readonly worker: Worker;
  private readonly replies: MessagePort;
  private readonly signal = new SharedArrayBuffer(4);

  constructor(url: string) {
    const { port1, port2 } = new MessageChannel();
    this.replies = port1;
    this.worker = new Worker(workerFile(), { workerData: { url, reply: port2 }, transferList: [port2] });
    this.worker.unref();
  }

  /** Run one statement and wait for its answer. */
  query(sql: string, params?: SqlValue[]): { rows: unknown[]; changes: number } {
    const flag = new Int32Array(this.signal);
    Atomics.store(flag, 0, 0);
    this.worker.postMessage({ sql, params, signal: this.signal });
    if (Atomics.wait(flag, 0, 0, STATEMENT_TIMEOUT_MS) === "timed-out") throw new Error(`PostgreSQL did not answer within ${STATEMENT_TIMEOUT_MS} ms`);
    const answer = receiveMessageOnPort(this.replies)?.message as Answer | undefined;
    if (!answer) throw new Error("PostgreSQL bridge: no answer");
    if (answer.error) throw Object.assign(new Error(`PostgreSQL: ${answer.error}`), { code: answer.code });
    return { rows: answer.rows ?? [], changes: answer.changes ?? 0 };
  }

  prepare(sql: string): SqlStatement {
    const text = pgPlaceholders(sql);
    return {
      run: (...params) => ({ changes: this.query(text, params).changes }),
      get: (...params) => this.query(text, params).rows[0],
      all: (...params) => this.query(text, params).rows,
    };
  }

  exec(sql: string): void {
    this.query(sql);
  }

  transaction<T>(fn: () => T): T {
    this.query("BEGIN");
    try {
      const out = fn();
      this.query("COMMIT");
      return out;
    } catch (err) {
      this.query("ROLLBACK");
      throw err;
    }
  }

  grouped<T>(fn: () => T): T {
    return fn();
  }

  afterCommit(cb: () => void): void {
    cb();
  }

  commitNow(): void {
    /* every statement commits on its own */
  }

  close(): void {
    void this.worker.terminate();
    this.replies.close();
  }
}

/** Connect to DATABASE_URL and bring its schema to the latest migration. */
export function openPostgres(url: string): SqlDb {
  const db = new PostgresDb(url);
  db.transaction(() => {
    db.exec("SELECT pg_advisory_xact_lock(727172)");
    db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)");
    const done = new Set((db.prepare("SELECT version FROM schema_migrations").all() as { version: number }[]).map((r) => r.version));
    PG_MIGRATIONS.forEach((sql, i) => {
      if (done.has(i + 1)) return;
      db.exec(sql);
      db.prepare("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)").run(i + 1, Date.now());
    });
  });
  return db;
}
