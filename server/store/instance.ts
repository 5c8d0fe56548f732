/** The process-wide game store: PostgreSQL when DATABASE_URL is set, otherwise SQLite from DB_FILE (default data/sovereign.db); opened lazily. */
import { openDatabase } from "./db";
import { openPostgres } from "./postgres";
import { GameStore } from "./game-store";

let store: GameStore | undefined;

/** The store of this process (opened on first use). */
export function gameStore(): GameStore {
  store ??= new GameStore(process.env.DATABASE_URL ? openPostgres(process.env.DATABASE_URL) : openDatabase(process.env.DB_FILE || "data/sovereign.db"));
  return store;
}

/** Close the store (tests and shutdown); the next gameStore() call opens it again. */
export function closeGameStore(): void {
  store?.close();
  store = undefined;
}
