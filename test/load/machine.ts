/** Is this machine busy? Latency targets are asserted strictly only when every runnable process can have a core. */
import os from "node:os";

/** The machine's 1-minute load average and core count, and whether it is oversubscribed. */
export interface MachineLoad {
  load1: number;
  cores: number;
  /** More runnable processes than cores on average (the 1-minute load average above the core count). */
  busy: boolean;
}

/** The load now. */
export function machineLoad(): MachineLoad {
  const load1 = os.loadavg()[0];
  const cores = os.cpus().length;
  return { load1, cores, busy: load1 > cores };
}

/**
 * Whether a latency test asserts its targets strictly: LATENCY_STRICT=1 forces it, LATENCY_STRICT=0 turns it off,
 * otherwise strict when the machine was not busy at the start nor at the end of the measurement.
 */
export function strictLatency(start: MachineLoad, end: MachineLoad, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.LATENCY_STRICT === "1") return true;
  if (env.LATENCY_STRICT === "0") return false;
  return !start.busy && !end.busy;
}
