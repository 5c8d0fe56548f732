/** Server settings read from the environment when first needed (tests set them before booting). */
import os from "node:os";

/** Tunables of the server process. */
export interface ServerSettings {
  /** Seconds of the results phase between two turns. */
  resultsSeconds: number;
  /** Messages per second a client may send (token bucket refill) and the burst it may save up. */
  ratePerSecond: number;
  rateBurst: number;
  /** Seconds a dropped client has to reconnect into its seat. */
  reconnectSeconds: number;
  /** Password of the /monitor page (off when unset). */
  monitorPassword: string | undefined;
  /** Redis URL shared by every process of a deployment (unset = one process, in-memory presence). */
  redisUrl: string | undefined;
  /** host:port (or host/prefix) clients use to reach this process's WebSocket directly. */
  publicAddress: string | undefined;
  /** Stable name of this process: who owns (leases) a game in the store. Same name after a restart = same games. */
  instanceId: string;
  /** Seconds an empty room of an ended game stays open before it is disposed (the game stays in the store). */
  idleEndedSeconds: number;
  /** Seconds a process's claim on its games lasts without renewal; another process adopts them after that. */
  leaseSeconds: number;
  /** Seconds an empty room of a game still in its lobby, or of a running game, stays open (the game stays in the store). */
  idleLobbySeconds: number;
  idleRunningSeconds: number;
  /** Hours after its last activity an unfinished game is still reopened at boot (older ones stay stored but closed). */
  restoreWithinHours: number;
  /** Games one address may create: a burst, then this many a minute. */
  createBurst: number;
  createPerMinute: number;
  /** Most games running (open rooms) at once on this deployment; creation past it answers 429. */
  maxRunningGames: number;
  /** Game-code look-ups (GET /api/games/:code) one address may make a second, and the burst. */
  lookupsPerSecond: number;
  lookupBurst: number;
  /** Seat reservations (POST /matchmake) one address may make a second without a seat token, and the burst. */
  joinsPerSecond: number;
  joinBurst: number;
  /** Anonymous seat reservations pending at once per address and per room (the oldest gives way), and how long one lasts. */
  reservationsPerAddress: number;
  reservationsPerRoom: number;
  reservationSeconds: number;
  /** Projector/viewer seats per game, and players without a nation yet per game (shared/match/admission.ts). */
  maxProjectors: number;
  maxNewcomers: number;
}

const num = (v: string | undefined, d: number): number => (v !== undefined && v !== "" && Number.isFinite(Number(v)) ? Number(v) : d);

/** The settings from process.env. */
export function serverSettings(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  const publicAddress = env.PUBLIC_ADDRESS || undefined;
  return {
    resultsSeconds: num(env.RESULTS_SECONDS, 8),
    ratePerSecond: num(env.RATE_LIMIT_PER_SECOND, 20),
    rateBurst: num(env.RATE_LIMIT_BURST, 40),
    reconnectSeconds: num(env.RECONNECT_SECONDS, 60),
    monitorPassword: env.MONITOR_PASSWORD || undefined,
    redisUrl: env.REDIS_URL || undefined,
    publicAddress,
    instanceId: env.INSTANCE_ID || publicAddress || `${os.hostname()}:${env.PORT || 2567}`,
    leaseSeconds: num(env.LEASE_SECONDS, 30),
    idleEndedSeconds: num(env.IDLE_ENDED_SECONDS, 600),
    idleLobbySeconds: num(env.IDLE_LOBBY_SECONDS, 1800),
    idleRunningSeconds: num(env.IDLE_RUNNING_SECONDS, 6 * 3600),
    restoreWithinHours: num(env.RESTORE_WITHIN_HOURS, 24),
    createBurst: num(env.CREATE_BURST, 30),
    createPerMinute: num(env.CREATE_PER_MINUTE, 10),
    maxRunningGames: num(env.MAX_RUNNING_GAMES, 200),
    lookupsPerSecond: num(env.LOOKUPS_PER_SECOND, 5),
    lookupBurst: num(env.LOOKUP_BURST, 30),
    joinsPerSecond: num(env.JOINS_PER_SECOND, 4),
    joinBurst: num(env.JOIN_BURST, 40),
    reservationsPerAddress: num(env.RESERVATIONS_PER_ADDRESS, 16),
    reservationsPerRoom: num(env.RESERVATIONS_PER_ROOM, 48),
    reservationSeconds: num(env.RESERVATION_SECONDS, 10),
    maxProjectors: num(env.MAX_PROJECTORS, 10),
    maxNewcomers: num(env.MAX_NEWCOMERS, 60),
  };
}
