/**
 * Load benchmark (npm run bench:load): the real server as a child process; R games × 8 colyseus.js clients
 * on 127.0.0.1 play turns; R steps up within a time budget. Then an honest room is timed while another is
 * flooded, sent oversized frames and given clients that stop reading; then 1,000 games are created and
 * finished and the server's RSS is compared with its baseline. Bounded in count and time; exits by itself.
 */
import { performance } from "node:perf_hooks";
import { freePort, tempDbFile } from "../server/harness";
import { serverPid, startServerProcess } from "../load/processes";
import { cpuMeter, rssMb } from "../load/proc-stats";
import { pool } from "../load/pool";
import { BotGame, newStats } from "../load/bot-room";
import type { LoadStats } from "../load/bot-room";
import { flood, oversize, slowClients } from "../load/abuse";
import type { AbuseReport } from "../load/abuse";
import type { Figure } from "./report";
import { percentiles } from "./report";

/** Knobs of a load run. */
export interface LoadOptions {
  steps: number[];
  turns: number;
  budgetMs: number;
  memoryGames: number;
}

const MONITOR = "bench";
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const fmt = (n: number): number => Math.round(n * 10) / 10;

async function liveRooms(url: string): Promise<number> {
  const res = await fetch(`${url}/monitor/api/`, { headers: { authorization: `Basic ${Buffer.from(`admin:${MONITOR}`).toString("base64")}` } });
  return res.ok ? ((await res.json()) as { rooms: unknown[] }).rooms.length : -1;
}

async function waitRooms(url: string, max: number, ms: number): Promise<number> {
  const end = Date.now() + ms;
  let n = await liveRooms(url);
  while (n > max && Date.now() < end) {
    await sleep(500);
    n = await liveRooms(url);
  }
  return n;
}

/** One step: R games play `turns` turns; returns its stats, CPU and RSS. */
async function step(url: string, pid: number, r: number, turns: number, seed0: number): Promise<{ stats: LoadStats; cpu: number; rss: number; secs: number }> {
  const stats = newStats();
  const games = Array.from({ length: r }, (_, i) => new BotGame(url, seed0 + i, stats));
  const opened = await pool(games, 25, (g) => g.open());
  opened.forEach((o) => o instanceof Error && stats.errors.push(`open: ${o.message}`));
  const live = games.filter((_, i) => !(opened[i] instanceof Error));
  await pool(live, 50, (g) => g.start());
  const cpu = cpuMeter(pid);
  const t0 = performance.now();
  const played = await pool(live, live.length, async (g) => {
    for (let t = 0; t < turns && (await g.playTurn()); t++);
  });
  played.forEach((o) => o instanceof Error && stats.errors.push(`play: ${o.message}`));
  const secs = (performance.now() - t0) / 1000;
  const out = { stats, cpu: cpu(), rss: rssMb(pid), secs };
  await pool(live, 50, (g) => g.finish());
  return out;
}

/** The honest room's order→ack p99 alone, then while another room is abused. */
async function abuse(url: string, pid: number): Promise<Figure[]> {
  const quiet = newStats();
  const honest = new BotGame(url, 9001, quiet);
  await honest.open();
  await honest.start();
  for (let t = 0; t < 3; t++) await honest.playTurn();
  const victim = new BotGame(url, 9002, newStats());
  await victim.open();
  const report: AbuseReport = { floodSent: 0, floodKicks: 0, oversizeCloses: [], slowClients: 0 };
  const rss0 = rssMb(pid);
  const slow = await slowClients(url, victim.code, 20, report);
  const until = Date.now() + 15_000;
  const loud = newStats();
  const honestDuring = new BotGame(url, 9003, loud);
  await honestDuring.open();
  await honestDuring.start();
  const attacks = Promise.all([flood(url, victim.code, until, report), flood(url, victim.code, until, report), oversize(url, victim.code, 5, report)]);
  while (Date.now() < until - 1500 && (await honestDuring.playTurn()));
  await attacks;
  const rssSlow = rssMb(pid);
  for (const s of slow) s.connection.close();
  await Promise.all([honest.finish(), honestDuring.finish(), victim.finish()]);
  const q = percentiles(quiet.ackMs);
  const l = percentiles(loud.ackMs);
  const closes = [...new Set(report.oversizeCloses)].join("/");
  return [
    { name: "abuse: honest room order→ack p99, quiet server", value: fmt(q.p99), unit: "ms", target: "≤ 50 ms", meets: q.p99 <= 50 },
    {
      name: "abuse: honest room order→ack p99 while another room is flooded",
      value: fmt(l.p99),
      unit: "ms",
      target: "≤ 50 ms",
      meets: l.p99 <= 50 && loud.errors.length === 0,
      note: `${loud.ackMs.length} orders, ${loud.errors.length} errors${loud.errors[0] ? ` (${loud.errors[0].slice(0, 60)})` : ""}; 2 flooders sent ${report.floodSent} msgs, kicked ${report.floodKicks}×`,
    },
    {
      name: "abuse: oversized frames (128 KB > maxPayload 64 KB): close codes",
      value: report.oversizeCloses.length,
      unit: "frames",
      target: "closed (1009)",
      meets: report.oversizeCloses.every((c) => c === 1009 || c === 1006),
      note: `codes ${closes}`,
    },
    { name: "abuse: server RSS growth with 20 clients that stop reading", value: fmt(rssSlow - rss0), unit: "MB", target: "(reported)", meets: true },
  ];
}

/** Create and finish `n` games (facilitator joins, starts, ends, leaves), then compare RSS with the baseline. */
async function memory(url: string, pid: number, n: number, baseline: number): Promise<Figure[]> {
  const before = rssMb(pid);
  const stats = newStats();
  const t0 = performance.now();
  const batch = async (seed0: number): Promise<{ failed: number; peak: number; rooms: number; after: number }> => {
    const done = await pool(
      Array.from({ length: n }, (_, i) => i),
      20,
      async (i) => {
        const g = new BotGame(url, seed0 + i, stats);
        await g.openFacilitatorOnly();
        await g.start();
        await g.finish();
      },
    );
    const peak = rssMb(pid);
    const rooms = await waitRooms(url, 0, 30_000);
    await sleep(5000);
    return { failed: done.filter((d) => d instanceof Error).length, peak, rooms, after: rssMb(pid) };
  };
  const first = await batch(20_000);
  const { failed, peak, rooms, after } = first;
  const second = await batch(40_000);
  const growth = second.after - after;
  return [
    { name: `memory: server RSS at baseline (after boot and warm-up)`, value: fmt(baseline), unit: "MB", target: "(reported)", meets: true },
    {
      name: `memory: RSS before / peak during ${n} games created and finished`,
      value: fmt(peak),
      unit: "MB",
      target: "(reported)",
      meets: true,
      note: `before ${fmt(before)} MB, ${fmt((performance.now() - t0) / 1000)} s, ${failed} failed`,
    },
    {
      name: `memory: RSS after ${n} games finished and disposed`,
      value: fmt(after),
      unit: "MB",
      target: "near baseline",
      meets: after - baseline < 100,
      note: `+${fmt(after - baseline)} MB vs baseline`,
    },
    { name: "memory: rooms still listed after disposal", value: rooms + second.rooms, unit: "rooms", target: "0", meets: rooms + second.rooms === 0 },
    {
      name: `memory: RSS growth over a second batch of ${n} games (leak check)`,
      value: fmt(growth),
      unit: "MB",
      target: "≈ 0 (no leak)",
      meets: growth < 25,
      note: `after: ${fmt(second.after)} MB, ${second.failed} failed`,
    },
  ];
}

/** Run the load benchmark and return its figures. */
export async function benchLoad(opts: LoadOptions): Promise<Figure[]> {
  const started = Date.now();
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = await startServerProcess(port, {
    DB_FILE: tempDbFile("load"),
    RESULTS_SECONDS: "0.3",
    IDLE_ENDED_SECONDS: "1",
    MONITOR_PASSWORD: MONITOR,
    CREATE_BURST: "100000",
    MAX_RUNNING_GAMES: "100000",
  });
  const pid = serverPid(child);
  const figures: Figure[] = [];
  try {
    await step(url, pid, 2, 1, 100); // warm-up
    await waitRooms(url, 0, 20_000);
    const baseline = rssMb(pid);
    let best = 0;
    for (const r of opts.steps) {
      if (Date.now() - started > opts.budgetMs) {
        figures.push({ name: `load: R=${r} skipped (time budget)`, value: 0, unit: "", target: "(reported)", meets: true });
        break;
      }
      const gen = process.cpuUsage();
      const s = await step(url, pid, r, opts.turns, 1000 * r);
      const genCpu = ((process.cpuUsage(gen).user + process.cpuUsage(gen).system) / 1e6 / s.secs) * 100;
      const a = percentiles(s.stats.ackMs.length ? s.stats.ackMs : [0]);
      const z = percentiles(s.stats.resolveMs.length ? s.stats.resolveMs : [0]);
      const ok = a.p99 <= 50 && s.stats.errors.length === 0;
      if (ok) best = r;
      figures.push({
        name: `load: R=${r} rooms × 8 clients — order→ack p50/p99/max`,
        value: fmt(a.p99),
        unit: "ms p99",
        target: "≤ 50 ms, 0 errors",
        meets: ok,
        note: `p50 ${fmt(a.p50)}, max ${fmt(a.max)}; ${s.stats.ackMs.length} orders, ${s.stats.rejected} rejected, ${s.stats.errors.length} errors${s.stats.errors[0] ? ` (${s.stats.errors[0].slice(0, 80)})` : ""}`,
      });
      figures.push({
        name: `load: R=${r} — turn resolution (last ready → next turn seen; incl. 150 ms phase delay)`,
        value: fmt(z.p99),
        unit: "ms p99",
        target: "(reported)",
        meets: true,
        note: `p50 ${fmt(z.p50)}, max ${fmt(z.max)}`,
      });
      figures.push({
        name: `load: R=${r} — server CPU / RSS`,
        value: fmt(s.cpu),
        unit: "% core",
        target: "(reported)",
        meets: true,
        note: `RSS ${fmt(s.rss)} MB; load generator ${fmt(genCpu)} % core on the same 2 cores`,
      });
      await waitRooms(url, 0, 60_000);
      if (!ok) break;
    }
    figures.push({
      name: "load: largest R meeting p99 ≤ 50 ms with 0 errors",
      value: best,
      unit: "rooms",
      target: "500 rooms × 8 clients",
      meets: best >= 500,
    });
    figures.push(...(await abuse(url, pid)));
    await waitRooms(url, 0, 30_000);
    figures.push(...(await memory(url, pid, opts.memoryGames, baseline)));
  } finally {
    child.kill("SIGTERM");
    await Promise.race([child.exited, sleep(5000)]);
    child.kill("SIGKILL");
  }
  return figures;
}
