/** The process-wide game store: PostgreSQL when DATABASE_URL is set, otherwise SQLite from DB_FILE (default data/sovereign.db); opened lazily. */
import { openDatabase } from "./db";
import { openPostgres } from "./postgres";
import { GameStore } from "./game-store";

let store: GameStore | undefined;

/** The store of this process (opened on first use). */
export function gameStore(): GameStore {
  if (!store) {
    store = new GameStore(process.env.DATABASE_URL ? openPostgres(process.env.DATABASE_URL) : openDatabase(process.env.DB_FILE || "data/sovereign.db"));
    if (!exitHooked) process.once("exit", () => store?.commitNow());
    exitHooked = true;
  }
  return store;
}

/** The process commits the grouped writes of its last turn of the event loop when it exits (not on SIGKILL: nothing unanswered is promised). */
let exitHooked = false;

/** Close the store (tests and shutdown); the next gameStore() call opens it again. */
export function closeGameStore(): void {
  store?.close();
  store = undefined;
}
