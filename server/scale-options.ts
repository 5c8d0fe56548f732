/**
 * Server options for running several processes: with REDIS_URL every process shares one RedisPresence and
 * RedisDriver (matchmaking and seat reservation through any process), PUBLIC_ADDRESS is where clients reach
 * this process's WebSocket, and rooms are always created on the process that handled the request.
 */
import { matchMaker } from "@colyseus/core";
import type { ServerOptions } from "@colyseus/core";
import { RedisDriver } from "@colyseus/redis-driver";
import { RedisPresence } from "@colyseus/redis-presence";
import { serverSettings } from "./settings";

/** Colyseus server options from the environment (REDIS_URL, PUBLIC_ADDRESS). */
export function scaleOptions(): ServerOptions {
  const s = serverSettings();
  const options: ServerOptions = {
    greet: false,
    // Game rooms are opened only by server code (POST /api/games, restore, adoption): keep them local,
    // so the per-process create key and the store lease are this process's own.
    selectProcessIdToCreateRoom: async () => matchMaker.processId,
  };
  if (s.publicAddress) options.publicAddress = s.publicAddress;
  if (s.redisUrl) {
    options.presence = new RedisPresence(s.redisUrl);
    options.driver = new RedisDriver(s.redisUrl);
  }
  return options;
}
