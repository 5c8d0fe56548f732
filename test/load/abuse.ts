/** Hostile clients for the load bench: a flooder, oversized frames and a client that stops reading. */
import { Client } from "@colyseus/sdk";
import type { Room } from "@colyseus/sdk";

/** What the abusers saw. */
export interface AbuseReport {
  floodSent: number;
  floodKicks: number;
  oversizeCloses: number[];
  slowClients: number;
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const wsOf = (room: Room): { send(d: Uint8Array): void; _socket?: { pause(): void } } => (room.connection.transport as unknown as { ws: never }).ws;

/** Join `code` as a player and send pings as fast as possible until `until`; rejoin when kicked. */
export async function flood(url: string, code: string, until: number, report: AbuseReport): Promise<void> {
  while (Date.now() < until) {
    let closed = false;
    const room = await new Client(url).joinById(code, { name: "Flooder" }).catch(() => null);
    if (!room) return;
    room.onLeave((c) => {
      closed = true;
      if (c === 4029) report.floodKicks += 1;
    });
    room.onMessage("*", () => undefined);
    while (!closed && Date.now() < until) {
      for (let i = 0; i < 200 && !closed; i++) room.send("ping", { t: i });
      report.floodSent += 200;
      await sleep(10);
    }
    if (!closed) await room.leave(true).catch(() => undefined);
  }
}

/** Join `code` and send `count` frames larger than maxPayload; records each close code. */
export async function oversize(url: string, code: string, count: number, report: AbuseReport): Promise<void> {
  for (let i = 0; i < count; i++) {
    const room = await new Client(url).joinById(code, { name: "Big" }).catch(() => null);
    if (!room) return;
    const closed = new Promise<number>((r) => room.onLeave((c) => r(c)));
    wsOf(room).send(new Uint8Array(128 * 1024).fill(13));
    report.oversizeCloses.push(await Promise.race([closed, sleep(5000).then(() => -1)]));
  }
}

/** Join `code` with clients that stop reading their socket (slow consumers); returns them for cleanup. */
export async function slowClients(url: string, code: string, n: number, report: AbuseReport): Promise<Room[]> {
  const rooms: Room[] = [];
  for (let i = 0; i < n; i++) {
    const room = await new Client(url).joinById(code, { role: "projector" }).catch(() => null);
    if (!room) continue;
    room.onMessage("*", () => undefined);
    wsOf(room)._socket?.pause();
    rooms.push(room);
    report.slowClients += 1;
  }
  return rooms;
}
