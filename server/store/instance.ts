/** The process-wide game store, opened lazily from DB_FILE (default data/sovereign.db). */
import { openDatabase } from "./db";
import { GameStore } from "./game-store";

let store: GameStore | undefined;

/** The store of this process (opened on first use). */
export function gameStore(): GameStore {
  store ??= new GameStore(openDatabase(process.env.DB_FILE || "data/sovereign.db"));
  return store;
}

/** Close the store (tests and shutdown); the next gameStore() call opens it again. */
export function closeGameStore(): void {
  store?.close();
  store = undefined;
}
