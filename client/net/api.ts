/**
 * The browser's API to the game server: create a game, look a code up, join a seat, resume a seat.
 * The UI uses only this module and the GameConnection it returns.
 */
import { Client } from "colyseus.js";
import type { CreateGameRequest, CreateGameResponse, JoinOptions } from "../../shared/protocol/messages";
import type { GameInfo } from "../../shared/protocol/server-extra";
import { GameConnection } from "./connection";
import { serverUrl } from "./endpoint";
import { seatMemory } from "./seat-memory";
import type { SeatMemory } from "./seat-memory";

export { GameConnection } from "./connection";
export type { AddOrderResult, ConnectionStatus } from "./connection";
export { setServerUrl } from "./endpoint";
export { memoryStorage, useStorage } from "./seat-memory";
export type { GameInfo } from "../../shared/protocol/server-extra";

/** An HTTP API error with the server's message and any listed problems. */
export class ApiError extends Error {
  constructor(readonly status: number, message: string, readonly problems: { path: string; message: string }[] = []) {
    super(message);
  }
}

/** Input of createGame: a CreateGameRequest where defaulted fields may be left out. */
export type CreateGameInput = Partial<CreateGameRequest>;

async function readError(res: Response): Promise<ApiError> {
  const body = (await res.json().catch(() => ({}))) as { message?: string; problems?: { path: string; message: string }[] };
  const problems = body.problems ?? [];
  const message = body.message ?? (problems.length ? problems.map((p) => `${p.path || "request"}: ${p.message}`).join("; ") : `HTTP ${res.status}`);
  return new ApiError(res.status, message, problems);
}

/** Create a game (preset or uploaded scenario); remembers the facilitator key in this browser. */
export async function createGame(req: CreateGameInput, memory: SeatMemory = seatMemory()): Promise<CreateGameResponse> {
  const res = await fetch(`${serverUrl()}/api/games`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(req) });
  if (!res.ok) throw await readError(res);
  const game = (await res.json()) as CreateGameResponse;
  memory.setFacilitatorKey(game.code, game.facilitatorKey);
  return game;
}

/** Normalise a typed code ("abc de" → "ABCDE"). */
export function normaliseCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]/g, "");
}

/** Facts about a game before joining, or null for a wrong or expired code. */
export async function gameInfo(code: string): Promise<GameInfo | null> {
  const res = await fetch(`${serverUrl()}/api/games/${encodeURIComponent(normaliseCode(code))}`);
  if (res.status === 404) return null;
  if (!res.ok) throw await readError(res);
  return (await res.json()) as GameInfo;
}

/** Join a game by code. A facilitator without a key uses the one this browser remembers from createGame. */
export async function joinGame(code: string, opts: Partial<JoinOptions> = {}, memory: SeatMemory = seatMemory()): Promise<GameConnection> {
  const c = normaliseCode(code);
  const role = opts.role ?? "player";
  const options: Partial<JoinOptions> = { ...opts, role };
  if (role === "facilitator" && !options.facilitatorKey) options.facilitatorKey = memory.facilitatorKey(c) ?? undefined;
  const client = new Client(serverUrl());
  const room = await client.joinById(c, options);
  return new GameConnection(client, room, c, memory, role, opts.name ?? "");
}

/** Rejoin the seat this browser held in a game (reload, new tab, server restart), or null when it holds none. */
export async function resumeSeat(code: string, memory: SeatMemory = seatMemory()): Promise<GameConnection | null> {
  const c = normaliseCode(code);
  const client = new Client(serverUrl());
  const token = memory.reconnectionToken(c);
  if (token) {
    try {
      const room = await client.reconnect(token);
      return new GameConnection(client, room, c, memory, "player", "");
    } catch {
      memory.setReconnectionToken(c, null);
    }
  }
  const seatToken = memory.seatToken(c);
  if (!seatToken) return null;
  try {
    const room = await client.joinById(c, { seatToken });
    return new GameConnection(client, room, c, memory, "player", "");
  } catch {
    return null;
  }
}
