/**
 * What a browser remembers per game: the seat token (localStorage: survives reloads, new tabs and server
 * restarts), the reconnection token (sessionStorage: this tab only) and the facilitator key.
 */

/** A minimal Storage (window storages, or a Map in Node). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

function memoryStore(): KeyValueStore {
  const m = new Map<string, string>();
  return { getItem: (k) => m.get(k) ?? null, setItem: (k, v) => void m.set(k, v), removeItem: (k) => void m.delete(k) };
}

function browserStore(name: "localStorage" | "sessionStorage"): KeyValueStore | undefined {
  try {
    const s = (globalThis as Record<string, unknown>)[name] as KeyValueStore | undefined;
    if (!s) return undefined;
    s.setItem("sovereign:probe", "1");
    s.removeItem("sovereign:probe");
    return s;
  } catch {
    return undefined;
  }
}

let durable: KeyValueStore = browserStore("localStorage") ?? memoryStore();
let tab: KeyValueStore = browserStore("sessionStorage") ?? memoryStore();

/** Replace the storages (tests: one memory store per simulated browser). */
export function useStorage(stores: { durable: KeyValueStore; tab: KeyValueStore }): void {
  durable = stores.durable;
  tab = stores.tab;
}

/** A fresh in-memory storage pair. */
export function memoryStorage(): { durable: KeyValueStore; tab: KeyValueStore } {
  return { durable: memoryStore(), tab: memoryStore() };
}

/** The storages a connection uses. */
export interface SeatMemory {
  seatToken(code: string): string | null;
  setSeatToken(code: string, token: string): void;
  reconnectionToken(code: string): string | null;
  setReconnectionToken(code: string, token: string | null): void;
  facilitatorKey(code: string): string | null;
  setFacilitatorKey(code: string, key: string): void;
  forget(code: string): void;
}

/** Seat memory over the given storages (default: the browser's, or memory in Node). */
export function seatMemory(stores?: { durable: KeyValueStore; tab: KeyValueStore }): SeatMemory {
  const d = (): KeyValueStore => stores?.durable ?? durable;
  const t = (): KeyValueStore => stores?.tab ?? tab;
  return {
    seatToken: (code) => d().getItem(`sovereign:seat:${code}`),
    setSeatToken: (code, token) => d().setItem(`sovereign:seat:${code}`, token),
    reconnectionToken: (code) => t().getItem(`sovereign:reconnect:${code}`),
    setReconnectionToken: (code, token) => (token ? t().setItem(`sovereign:reconnect:${code}`, token) : t().removeItem(`sovereign:reconnect:${code}`)),
    facilitatorKey: (code) => d().getItem(`sovereign:facilitator:${code}`),
    setFacilitatorKey: (code, key) => d().setItem(`sovereign:facilitator:${code}`, key),
    forget: (code) => {
      d().removeItem(`sovereign:seat:${code}`);
      t().removeItem(`sovereign:reconnect:${code}`);
    },
  };
}
