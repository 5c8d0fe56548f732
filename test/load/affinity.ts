/** CPU pinning for load runs (util-linux `taskset`): the server on one core, the load generator on another. */
import { spawnSync } from "node:child_process";
import os from "node:os";

/** Why pinning is off ("" when it is on): no taskset, or fewer than two cores. */
export function pinningUnavailable(): string {
  if (os.cpus().length < 2) return `only ${os.cpus().length} core: server and generator share it`;
  if (spawnSync("taskset", ["--version"]).status !== 0) return "taskset not found (Debian: apt-get install util-linux): server and generator are not pinned";
  return "";
}

/** Pin every thread of process `pid` to `cpu`; false when it could not. */
export function pin(pid: number, cpu: number): boolean {
  return spawnSync("taskset", ["-a", "-cp", String(cpu), String(pid)]).status === 0;
}

/** The command and arguments that run `cmd args` pinned to `cpu` (unchanged when pinning is unavailable). */
export function pinned(cpu: number | undefined, cmd: string, args: string[]): [string, string[]] {
  return cpu === undefined || pinningUnavailable() ? [cmd, args] : ["taskset", ["-c", String(cpu), cmd, ...args]];
}

/** The cores process `pid` may run on, as taskset lists them ("0", "0,1", …). */
export function affinityOf(pid: number): string {
  const out = spawnSync("taskset", ["-cp", String(pid)]).stdout?.toString() ?? "";
  return /: (.*)$/m.exec(out.trim())?.[1] ?? "?";
}
