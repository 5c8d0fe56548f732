/** Server settings read from the environment when first needed (tests set them before booting). */

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
}

const num = (v: string | undefined, d: number): number => (v !== undefined && v !== "" && Number.isFinite(Number(v)) ? Number(v) : d);

/** The settings from process.env. */
export function serverSettings(env: NodeJS.ProcessEnv = process.env): ServerSettings {
  return {
    resultsSeconds: num(env.RESULTS_SECONDS, 8),
    ratePerSecond: num(env.RATE_LIMIT_PER_SECOND, 20),
    rateBurst: num(env.RATE_LIMIT_BURST, 40),
    reconnectSeconds: num(env.RECONNECT_SECONDS, 60),
    monitorPassword: env.MONITOR_PASSWORD || undefined,
  };
}
