/**
 * The store's tables, declared once: both dialects' DDL is generated from this list, so SQLite (db.ts) and PostgreSQL
 * (postgres.ts) cannot drift apart. A column or table added later carries the schema version (`since`) that added it:
 * PostgreSQL gets one versioned migration per version (schema_migrations), SQLite adds what an older file lacks.
 * A column added after its table must be nullable or have a default (both databases need one to add it to old rows).
 */

/** A column's kind: `text`, a 32-bit `int`, a 64-bit `bigint` (epoch ms, seeds), or `id`, an auto-numbered primary key. */
export type ColumnKind = "text" | "int" | "bigint" | "id";

/** One column. */
export interface Column {
  name: string;
  kind: ColumnKind;
  /** NOT NULL. */
  required?: boolean;
  /** DEFAULT, as SQL (a number or a quoted string). */
  default?: string;
  /** The schema version that added the column (1 when absent). */
  since?: number;
}

/** One table. */
export interface Table {
  name: string;
  columns: Column[];
  /** Composite or single primary key (an `id` column is its own key). */
  primaryKey?: string[];
  indexes?: { name: string; columns: string[] }[];
  /** The schema version that added the table (1 when absent). */
  since?: number;
}

/** The two dialects. */
export type Dialect = "sqlite" | "postgres";

const text = (name: string, o: Omit<Column, "name" | "kind"> = {}): Column => ({ name, kind: "text", required: true, ...o });
const int = (name: string, o: Omit<Column, "name" | "kind"> = {}): Column => ({ name, kind: "int", required: true, ...o });
const big = (name: string, o: Omit<Column, "name" | "kind"> = {}): Column => ({ name, kind: "bigint", required: true, ...o });
const optional = { required: false } as const;

/** Every table the store writes, in creation order. */
export const TABLES: Table[] = [
  {
    name: "games",
    primaryKey: ["code"],
    columns: [
      text("code"),
      text("scenario_json"),
      text("scenario_name"),
      big("seed"),
      text("settings_json"),
      text("facilitator_key_hash"),
      text("phase"),
      int("turn"),
      int("paused", { default: "0" }),
      int("locked", { default: "0" }),
      big("deadline", { default: "0" }),
      big("remaining_ms", { default: "0" }),
      text("ready_json", { default: "'[]'" }),
      text("forced_ai_json", { default: "'[]'" }),
      big("created_at"),
      big("updated_at"),
      text("owner", optional),
      big("lease_until", { default: "0" }),
    ],
  },
  {
    name: "seats",
    primaryKey: ["token"],
    columns: [text("token"), text("code"), text("seat_id"), text("name"), text("role"), text("nation", optional), big("created_at"), big("updated_at")],
    indexes: [{ name: "seats_code", columns: ["code"] }],
  },
  {
    name: "order_events",
    columns: [
      { name: "id", kind: "id" },
      text("code"),
      int("turn"),
      text("nation"),
      text("action"),
      int("idx", optional),
      text("order_json", optional),
      text("seat_id", optional),
      big("at"),
    ],
    indexes: [{ name: "order_events_code_turn", columns: ["code", "turn"] }],
  },
  {
    name: "resolutions",
    primaryKey: ["code", "turn"],
    columns: [text("code"), int("turn"), text("orders_json"), text("injects_json", optional), text("deals_json", optional), big("at")],
  },
  { name: "injects", primaryKey: ["code", "turn", "seq"], columns: [text("code"), int("turn"), int("seq"), text("card_json")] },
  {
    name: "chat",
    primaryKey: ["code", "id"],
    columns: [text("code"), int("id"), int("turn"), text("from_nation"), text("from_name"), text("to_nation"), text("text"), big("at")],
  },
  { name: "deals", primaryKey: ["code", "id"], columns: [text("code"), text("id"), int("turn"), text("json"), big("at")] },
  { name: "match_log", primaryKey: ["code", "seq"], columns: [text("code"), int("seq"), text("actor"), text("intent_json"), big("now")] },
];

/** A column kind's type in a dialect. */
const TYPES: Record<Dialect, Record<ColumnKind, string>> = {
  sqlite: { text: "TEXT", int: "INTEGER", bigint: "INTEGER", id: "INTEGER PRIMARY KEY AUTOINCREMENT" },
  postgres: { text: "TEXT", int: "INTEGER", bigint: "BIGINT", id: "BIGSERIAL PRIMARY KEY" },
};

/** A column's definition in a dialect, e.g. `deadline BIGINT NOT NULL DEFAULT 0`. */
export function columnSql(c: Column, dialect: Dialect): string {
  return [c.name, TYPES[dialect][c.kind], c.required && c.kind !== "id" ? "NOT NULL" : "", c.default !== undefined ? `DEFAULT ${c.default}` : ""]
    .filter(Boolean)
    .join(" ");
}

/** The version a column or table came in. */
const versionOf = (x: { since?: number }): number => x.since ?? 1;

/** CREATE TABLE (and its indexes) with the columns of versions ≤ `version`; `ifNotExists` for SQLite's idempotent start. */
export function createTableSql(t: Table, dialect: Dialect, version = Infinity, ifNotExists = false): string {
  const guard = ifNotExists ? "IF NOT EXISTS " : "";
  const cols = t.columns.filter((c) => versionOf(c) <= version).map((c) => `  ${columnSql(c, dialect)}`);
  if (t.primaryKey) cols.push(`  PRIMARY KEY (${t.primaryKey.join(", ")})`);
  const indexes = (t.indexes ?? []).map((i) => `CREATE INDEX ${guard}${i.name} ON ${t.name}(${i.columns.join(", ")});`);
  return [`CREATE TABLE ${guard}${t.name} (\n${cols.join(",\n")}\n);`, ...indexes].join("\n");
}

/** The latest schema version any table or column declares. */
export function latestVersion(tables: Table[] = TABLES): number {
  return Math.max(1, ...tables.flatMap((t) => [versionOf(t), ...t.columns.map(versionOf)]));
}

/** SQLite: every table as it is now, created if missing (a fresh file; an older file's missing columns come from `missingColumnsSql`). */
export function sqliteSchema(tables: Table[] = TABLES): string {
  return tables.map((t) => createTableSql(t, "sqlite", Infinity, true)).join("\n");
}

/** SQLite: ALTERs that add the declared columns an existing table lacks (`has` lists each table's present columns). */
export function missingColumnsSql(has: (table: string) => Set<string>, tables: Table[] = TABLES): string[] {
  return tables.flatMap((t) => {
    const present = has(t.name);
    return t.columns.filter((c) => !present.has(c.name)).map((c) => `ALTER TABLE ${t.name} ADD COLUMN ${columnSql(c, "sqlite")}`);
  });
}

/** PostgreSQL: migration N (index N − 1) creates the tables and adds the columns of version N. */
export function postgresMigrations(tables: Table[] = TABLES): string[] {
  const out: string[] = [];
  for (let v = 1; v <= latestVersion(tables); v++) {
    const created = tables.filter((t) => versionOf(t) === v).map((t) => createTableSql(t, "postgres", v));
    const added = tables
      .filter((t) => versionOf(t) < v)
      .flatMap((t) => t.columns.filter((c) => versionOf(c) === v).map((c) => `ALTER TABLE ${t.name} ADD COLUMN ${columnSql(c, "postgres")};`));
    out.push([...created, ...added].join("\n"));
  }
  return out;
}
