/**
 * Event-loop probe for load runs, preloaded into the server process (`node --import`, see startServerProcess's
 * NODE_OPTIONS in test/bench/load.ts): every 10 ms a timer measures how late it ran; a gap over 50 ms is a stall,
 * recorded with the main thread's CPU time during it (a stall mostly off the CPU is the machine: the server waited
 * for its core; one on the CPU is the server's own work), and every GC pause over 10 ms. Appends one JSON line a
 * second to LOOP_PROBE_FILE: `{ at, stalls: [[at, wallMs, cpuMs]], gcs: [[at, ms]] }` (epoch ms). Only in the
 * process that runs server/index.ts (npx and tsx's launcher inherit NODE_OPTIONS too).
 */
import fs from "node:fs";
import { PerformanceObserver, performance } from "node:perf_hooks";

const file = process.env.LOOP_PROBE_FILE;
if (file && process.argv[1]?.endsWith("server/index.ts")) {
  const TICK_MS = 10;
  const STALL_MS = 50;
  /** @type {number[][]} */
  const stalls = [];
  /** @type {number[][]} */
  const gcs = [];
  const cpuMs = () => {
    const u = process.threadCpuUsage();
    return (u.user + u.system) / 1000;
  };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.duration > 10) gcs.push([Math.round(performance.timeOrigin + e.startTime), Math.round(e.duration)]);
  }).observe({ entryTypes: ["gc"] });
  let last = performance.now();
  let lastCpu = cpuMs();
  setInterval(() => {
    const now = performance.now();
    const cpu = cpuMs();
    const late = now - last - TICK_MS;
    if (late > STALL_MS) stalls.push([Math.round(performance.timeOrigin + last), Math.round(late), Math.round(cpu - lastCpu)]);
    last = now;
    lastCpu = cpu;
  }, TICK_MS).unref();
  setInterval(() => {
    if (stalls.length === 0 && gcs.length === 0) return;
    fs.appendFileSync(file, `${JSON.stringify({ at: Date.now(), stalls: stalls.splice(0), gcs: gcs.splice(0) })}\n`);
  }, 1000).unref();
}
