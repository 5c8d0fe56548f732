/**
 * Which process runs a game. Each process holds a lease (in the shared SQLite store) on the games whose
 * rooms it runs and renews it; when a process dies, its leases run out and the next sweep of any other
 * process (or its own restart, under the same INSTANCE_ID) reopens those games from the store.
 */
import { matchMaker } from "@colyseus/core";
import { gameStore } from "../store/instance";
import { serverSettings } from "../settings";
import { INTERNAL_CREATE_KEY } from "./internal-key";
import type { GameRoomCreateOptions } from "../rooms/GameRoom";

/** Games untouched for longer than this (RESTORE_WITHIN_HOURS, default 24) are neither restored nor adopted. */
export function restoreWithinMs(): number {
  return serverSettings().restoreWithinHours * 3600_000;
}

let keeper: ReturnType<typeof setInterval> | undefined;

const leaseMs = (): number => serverSettings().leaseSeconds * 1000;

/** Take (or keep) the lease on a game for this process; false when another live process holds it. */
export function claimGame(code: string): boolean {
  return gameStore().leases.claim(code, serverSettings().instanceId, Date.now() + leaseMs());
}

/** True when this process could claim the game now (nobody else holds a live lease). */
export function claimable(code: string): boolean {
  const o = gameStore().leases.ownerOf(code);
  return !!o && (o.owner === null || o.owner === serverSettings().instanceId || o.leaseUntil < Date.now());
}

/** Give a game's lease up after its room was disposed, unless the process is shutting down (then it lapses). */
export function releaseGame(code: string): void {
  if (matchMaker.state === matchMaker.MatchMakerState.SHUTTING_DOWN) return;
  gameStore().leases.release(code, serverSettings().instanceId);
}

/** Open the room of a stored game on this process (its onCreate claims the lease). */
export async function openStoredGame(code: string): Promise<void> {
  const options: GameRoomCreateOptions = { internal: INTERNAL_CREATE_KEY, restore: code };
  await matchMaker.createRoom("game", options);
}

/** Renew this process's leases, then adopt the games of processes that stopped renewing theirs. */
export async function leaseSweep(): Promise<string[]> {
  const me = serverSettings().instanceId;
  const leases = gameStore().leases;
  leases.renew(me, Date.now() + leaseMs());
  const adopted: string[] = [];
  for (const code of leases.orphans(me, Date.now() - restoreWithinMs())) {
    if (matchMaker.getLocalRoomById(code)) continue;
    try {
      await openStoredGame(code);
      adopted.push(code);
    } catch {
      /* another process adopted it first */
    }
  }
  if (adopted.length) console.log(`Adopted ${adopted.length} game(s) from a stopped process: ${adopted.join(", ")}`);
  return adopted;
}

/** Start the periodic lease sweep (every third of a lease). */
export function startLeaseKeeper(): void {
  stopLeaseKeeper();
  let running = false;
  keeper = setInterval(
    () => {
      if (running || matchMaker.state !== matchMaker.MatchMakerState.READY) return;
      running = true;
      leaseSweep()
        .catch((err) => console.error("lease sweep failed:", err))
        .finally(() => (running = false));
    },
    Math.max(250, leaseMs() / 3),
  );
  keeper.unref();
}

/** Stop the lease sweep (shutdown). */
export function stopLeaseKeeper(): void {
  if (keeper) clearInterval(keeper);
  keeper = undefined;
}
