/** CPU time and resident memory of a process, read from /proc (Linux). */
import fs from "node:fs";

/** Clock ticks per second of /proc/<pid>/stat times (100 on Linux). */
const HZ = 100;

/** CPU seconds (user + system) the process has used. */
export function cpuSeconds(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return (Number(fields[11]) + Number(fields[12])) / HZ;
}

/** Resident set size in MB. */
export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
  return m ? Number(m[1]) / 1024 : 0;
}

/** A CPU meter: percent of one core used since it was started. */
export function cpuMeter(pid: number): () => number {
  const c0 = cpuSeconds(pid);
  const t0 = Date.now();
  return () => (100 * (cpuSeconds(pid) - c0)) / Math.max(0.001, (Date.now() - t0) / 1000);
}
