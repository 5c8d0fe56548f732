/**
 * The browser's API to the game server: create a game, look a code up, join a seat, resume a seat.
 * The UI uses only this module and the GameConnection it returns.
 */
import { Client } from "@colyseus/sdk";
import type { JoinOptions } from "../../shared/protocol/messages";
import { normaliseCode } from "./http";
import { GameConnection } from "./connection";
import { serverUrl } from "./endpoint";
import { seatMemory } from "./seat-memory";
import type { SeatMemory } from "./seat-memory";

export { GameConnection } from "./connection";
export type { AddOrderResult, ConnectionStatus } from "./connection";
export { setServerUrl } from "./endpoint";
export { memoryStorage, useStorage } from "./seat-memory";
export type { GameInfo } from "../../shared/protocol/server-extra";
export { ApiError, createGame, gameInfo, normaliseCode } from "./http";
export type { CreateGameInput } from "./http";

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
