/** What the server's event-loop probe (loop-probe.mjs) recorded over a window: stalls, their CPU share, GC pauses. */
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "./processes";

/** NODE_OPTIONS that preload the probe into the server. */
export const LOOP_PROBE_OPTIONS = `--import ${pathToFileURL(path.join(ROOT, "test/load/loop-probe.mjs")).href}`;

/** A window's stalls (event-loop gaps over 50 ms) and GC pauses (over 10 ms). */
export interface LoopStalls {
  stalls: number;
  /** The longest gap, wall time, and the main thread's CPU during it. */
  worstMs: number;
  worstCpuMs: number;
  /** The most CPU the main thread spent in one stall (the server's own longest blocking run). */
  maxCpuMs: number;
  /** Stalls with more than 50 ms of CPU (blocking work of the server's own, not waits for the core). */
  cpuStalls: number;
  gcMaxMs: number;
}

/** Read the probe's file for the window [from, to] (epoch ms); zeros when the file is missing. */
export function loopStalls(file: string, from: number, to: number): LoopStalls {
  const out: LoopStalls = { stalls: 0, worstMs: 0, worstCpuMs: 0, maxCpuMs: 0, cpuStalls: 0, gcMaxMs: 0 };
  const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
  for (const line of text.split("\n")) {
    if (!line) continue;
    const rec = JSON.parse(line) as { stalls: number[][]; gcs: number[][] };
    for (const [at, wall, cpu] of rec.stalls) {
      if (at < from || at > to) continue;
      out.stalls++;
      if (wall > out.worstMs) [out.worstMs, out.worstCpuMs] = [wall, cpu];
      out.maxCpuMs = Math.max(out.maxCpuMs, cpu);
      if (cpu > 50) out.cpuStalls++;
    }
    for (const [at, ms] of rec.gcs) if (at >= from && at <= to) out.gcMaxMs = Math.max(out.gcMaxMs, ms);
  }
  return out;
}
