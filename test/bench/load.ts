/**
 * Load benchmark (npm run bench:load): the real server as a child process pinned to one core (taskset), this
 * process (the load generator: light @colyseus/sdk clients, see test/load/bot-room.ts) pinned to the other.
 * Two profiles, each on its own server process:
 * - stress pace: R rooms × 8 clients play turns back to back, all rooms in step (every player's ten orders
 *   and chat lines, then every Ready and the resolution), so the server's CPU splits into a cost per message
 *   (the orders half) and a cost per resolution per client (the Ready half);
 * - workshop pace: a turn every 60 s (each player's ten orders and three chat lines spread over the turn, Ready
 *   near its end, then the results phase); rooms are added step by step on top of the running ones and each
 *   step is measured over `turns` turns: order→ack p50/p99, errors, server CPU per message, RSS per room.
 * The largest step with p99 ≤ 50 ms and no error is the figure (target 500). Optionally (full run) an honest
 * room under abuse and 1,000 games created and disposed (leak check). Bounded in count and time.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { freePort, tempDbFile } from "../server/harness";
import { serverPid, startServerProcess } from "../load/processes";
import type { Child } from "../load/processes";
import { cpuSeconds, rssMb } from "../load/proc-stats";
import { heapProbe, INSPECT_OPTIONS } from "../load/heap-probe";
import { startCpuProfile } from "../load/cpu-profile";
import { LOOP_PROBE_OPTIONS, loopStalls } from "../load/loop-stalls";
import { pool } from "../load/pool";
import { BotGame, newStats } from "../load/bot-room";
import type { LoadStats, StatsRef } from "../load/bot-room";
import { flood, oversize, slowClients } from "../load/abuse";
import type { AbuseReport } from "../load/abuse";
import { affinityOf, pin, pinningUnavailable } from "../load/affinity";
import { CHAT_LINES, ORDERS_PER_TURN, resultsSecondsFor, rng, workshopPace } from "../load/pace";
import type { Figure } from "./report";
import { percentiles } from "./report";

/** Knobs of a load run. */
export interface LoadOptions {
  /** Rooms at each workshop-pace step (cumulative: each step adds rooms on top of the running ones). */
  steps: number[];
  /** Turns each workshop step is measured over. */
  turns: number;
  /** The workshop's turn (60 s). */
  turnSeconds: number;
  /** Rooms at each stress-pace step, and the turns each plays. */
  stressSteps: number[];
  stressTurns: number;
  /** Time budget of the workshop steps (a step that would start past it is skipped). */
  budgetMs: number;
  /** Run the abuse figures (an honest room while another is flooded). */
  abuse: boolean;
  /** Games created and disposed for the leak check (0: skipped). */
  memoryGames: number;
  /** Measure every step even after one misses (for the CPU figures of a ladder on a loaded machine). */
  keepGoing?: boolean;
}

const SERVER_CPU = 0;
const GENERATOR_CPU = 1;
/** Rooms opened at once during a ramp. */
const OPEN_CONCURRENCY = 20;
/** Each new room waits up to this long before its game starts. */
const STAGGER_MS = 10_000;
/**
 * A new room's first turn is played at a pace scaled by a random factor in [FIRST_TURN_MIN, 1] (its Ready comes at
 * 17–85 % of the turn instead of 75–85 %): with the start delay, the rooms' resolutions spread over the whole turn
 * period, as a server's workshops do (they do not start in the same second). Later turns are at the normal pace.
 */
const FIRST_TURN_MIN = 0.2;

const MONITOR = "bench";
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const fmt = (n: number): number => Math.round(n * 10) / 10;
/** MB a room to 0.0001 MB, in one division (fmt(x × 1000) / 1000 divided twice and printed 2.4726999999999997). */
const mbPerRoom = (mb: number): number => Math.round(mb * 10000) / 10000;

/** Settings that let one address (the generator) open hundreds of games. */
const BENCH_ENV = {
  MONITOR_PASSWORD: MONITOR,
  IDLE_ENDED_SECONDS: "1",
  CREATE_BURST: "100000",
  CREATE_PER_MINUTE: "100000",
  MAX_RUNNING_GAMES: "100000",
  JOINS_PER_SECOND: "100000",
  JOIN_BURST: "100000",
  RESERVATIONS_PER_ADDRESS: "100000",
  LOOKUPS_PER_SECOND: "100000",
  LOOKUP_BURST: "100000",
};

const load1 = (): number => fmt(os.loadavg()[0]);

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

/** The honest room's order→ack p99 alone, then while another room is abused. */
async function abuse(url: string, pid: number): Promise<Figure[]> {
  const quiet: StatsRef = { stats: newStats() };
  const honest = new BotGame(url, 9001, quiet);
  await honest.open();
  await honest.start();
  for (let t = 0; t < 3; t++) await honest.playTurn();
  const victim = new BotGame(url, 9002, { stats: newStats() });
  await victim.open();
  const report: AbuseReport = { floodSent: 0, floodKicks: 0, oversizeCloses: [], slowClients: 0 };
  const rss0 = rssMb(pid);
  const slow = await slowClients(url, victim.code, 20, report);
  const until = Date.now() + 15_000;
  const loud: StatsRef = { stats: newStats() };
  const honestDuring = new BotGame(url, 9003, loud);
  await honestDuring.open();
  await honestDuring.start();
  const attacks = Promise.all([flood(url, victim.code, until, report), flood(url, victim.code, until, report), oversize(url, victim.code, 5, report)]);
  while (Date.now() < until - 1500 && (await honestDuring.playTurn()));
  await attacks;
  const rssSlow = rssMb(pid);
  for (const s of slow) s.connection.close();
  await Promise.all([honest.finish(), honestDuring.finish(), victim.finish()]);
  const q = percentiles(quiet.stats.ackMs);
  const l = percentiles(loud.stats.ackMs);
  const closes = [...new Set(report.oversizeCloses)].join("/");
  return [
    { name: "abuse: honest room order→ack p99, quiet server", value: fmt(q.p99), unit: "ms", target: "≤ 50 ms", meets: q.p99 <= 50 },
    {
      name: "abuse: honest room order→ack p99 while another room is flooded",
      value: fmt(l.p99),
      unit: "ms",
      target: "≤ 50 ms",
      meets: l.p99 <= 50 && loud.stats.errors.length === 0,
      note: `${loud.stats.ackMs.length} orders, ${loud.stats.errors.length} errors${loud.stats.errors[0] ? ` (${loud.stats.errors[0].slice(0, 60)})` : ""}; 2 flooders sent ${report.floodSent} msgs, kicked ${report.floodKicks}×`,
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
  const stats: StatsRef = { stats: newStats() };
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

/** A server process for one profile, pinned to the server core. */
async function server(name: string, env: Record<string, string>): Promise<{ child: Child; pid: number; url: string }> {
  const port = await freePort();
  const child = await startServerProcess(port, { DB_FILE: tempDbFile(name), ...BENCH_ENV, ...env }, SERVER_CPU);
  return { child, pid: serverPid(child), url: `http://127.0.0.1:${port}` };
}

async function stop(child: Child): Promise<void> {
  child.kill("SIGTERM");
  await Promise.race([child.exited, sleep(5000)]);
  child.kill("SIGKILL");
}

/** Open `n` games with their 8 clients; failures are recorded. */
async function openGames(url: string, n: number, seed0: number, ref: StatsRef, turnSeconds: number): Promise<BotGame[]> {
  const games = Array.from({ length: n }, (_, i) => new BotGame(url, seed0 + i, ref, { turnSeconds }));
  const opened = await pool(games, OPEN_CONCURRENCY, (g) => g.open());
  opened.forEach((o) => o instanceof Error && ref.stats.errors.push(`open: ${o.message}`));
  return games.filter((_, i) => !(opened[i] instanceof Error));
}

const errNote = (s: LoadStats): string => `${s.errors.length} errors${s.errors[0] ? ` (${s.errors[0].slice(0, 80)})` : ""}`;
const us = (cpuS: number, n: number): number => fmt((cpuS / Math.max(1, n)) * 1e6);

/** What the stress profile measured: the server's CPU cost of a message and of a resolution per client. */
interface StressCosts {
  perMessageUs: number;
  perResolutionClientMs: number;
}

/** Stress pace: every room plays turns back to back, all in step; CPU of the orders half and of the Ready half. */
async function stress(opts: LoadOptions): Promise<{ figures: Figure[]; costs: StressCosts | null }> {
  const figures: Figure[] = [];
  let costs: StressCosts | null = null;
  const profileDir = process.env.BENCH_PROFILE_DIR;
  const { child, pid, url } = await server("load-stress", { RESULTS_SECONDS: "0.3", ...(profileDir ? { NODE_OPTIONS: INSPECT_OPTIONS } : {}) });
  try {
    const ref: StatsRef = { stats: newStats() };
    const warm = await openGames(url, 2, 50, ref, 600);
    await pool(warm, 2, (g) => g.start().then(() => g.playTurn()));
    await pool(warm, 2, (g) => g.finish());
    for (const r of opts.stressSteps) {
      ref.stats = newStats();
      const games = await openGames(url, r, 100_000 + r * 100, ref, 600);
      await pool(games, 50, (g) => g.start());
      let cpuOrders = 0;
      let cpuReady = 0;
      let msgsOrders = 0;
      let msgsReady = 0;
      let secs = 0;
      let resolutions = 0;
      const acks: number[] = [];
      const seenMs: number[] = [];
      const resolve: number[] = [];
      const opening = ref.stats.errors.length;
      ref.stats = newStats();
      const stopProfile = profileDir ? await startCpuProfile(child, path.join(profileDir, `stress-${r}-${Date.now()}.cpuprofile`)) : undefined;
      for (let t = 0; t < opts.stressTurns; t++) {
        const live = games.filter((g) => !g.finished);
        const c0 = cpuSeconds(pid);
        const t0 = performance.now();
        const s0 = ref.stats.sent;
        await pool(live, live.length, (g) => g.sendOrdersNow());
        const c1 = cpuSeconds(pid);
        const s1 = ref.stats.sent;
        const done = await pool(live, live.length, (g) => g.readyNow());
        done.forEach((d) => d instanceof Error && ref.stats.errors.push(`stress: ${d.message}`));
        await sleep(200); // the last patches of the turn
        cpuOrders += c1 - c0;
        cpuReady += cpuSeconds(pid) - c1;
        msgsOrders += s1 - s0;
        msgsReady += ref.stats.sent - s1;
        resolutions += live.length;
        secs += (performance.now() - t0) / 1000;
      }
      const profiled = await stopProfile?.();
      if (profiled) console.log(`bench:load: CPU profile of the stress server: ${profiled}`);
      acks.push(...ref.stats.ackMs);
      seenMs.push(...ref.stats.seenMs);
      resolve.push(...ref.stats.resolveMs);
      const a = percentiles(acks.length ? acks : [0]);
      const v = percentiles(seenMs.length ? seenMs : [0]);
      const z = percentiles(resolve.length ? resolve : [0]);
      const perMessage = cpuOrders / Math.max(1, msgsOrders);
      const perResolutionClient = Math.max(0, cpuReady - msgsReady * perMessage) / Math.max(1, resolutions * 8);
      costs = { perMessageUs: perMessage * 1e6, perResolutionClientMs: perResolutionClient * 1000 };
      const ok = a.p99 <= 50 && ref.stats.errors.length === 0 && opening === 0;
      figures.push(
        {
          name: `stress: R=${r} rooms × 8 clients, turns back to back — order→ack p99`,
          value: fmt(a.p99),
          unit: "ms p99",
          target: "(reported; ≤ 50 ms at the workshop pace)",
          meets: true,
          note: `p50 ${fmt(a.p50)}, max ${fmt(a.max)}; order→its view patch p50 ${fmt(v.p50)} / p99 ${fmt(v.p99)} ms; ${acks.length} orders, ${ref.stats.rejected} rejected, ${errNote(ref.stats)}${ok ? "" : ", over 50 ms or errors"}; ${resolutions} resolutions in ${fmt(secs)} s (${fmt(resolutions / secs)} turns/s), last Ready → next turn p50 ${fmt(z.p50)} / p99 ${fmt(z.p99)} ms incl. 150 ms resolution phase`,
        },
        {
          name: `stress: server CPU per message (the orders half: add_order, chat)`,
          value: fmt(perMessage * 1e6),
          unit: "µs",
          target: "(reported)",
          meets: true,
          note: `${msgsOrders} messages, ${fmt(cpuOrders)} CPU s; ${fmt(msgsOrders / Math.max(0.001, cpuOrders))} msg/s per core`,
        },
        {
          name: `stress: server CPU per resolution per client (the Ready half)`,
          value: fmt(perResolutionClient * 1000),
          unit: "ms",
          target: "(reported)",
          meets: true,
          note: `${resolutions} resolutions × 8 clients, ${fmt(cpuReady)} CPU s less ${msgsReady} Ready messages`,
        },
      );
      await pool(games, 50, (g) => g.finish());
      await waitRooms(url, 0, 30_000);
    }
  } finally {
    await stop(child);
  }
  return { figures, costs };
}

/** One room at the workshop pace until `running()` turns false: a new game replaces one that reached its last turn. */
async function workshopRoom(
  url: string,
  seed: number,
  ref: StatsRef,
  turnSeconds: number,
  first: BotGame,
  started: () => void,
  running: () => boolean,
): Promise<void> {
  const pace = workshopPace(turnSeconds);
  const r = rng(seed);
  let g = first;
  let n = 0;
  try {
    await sleep(r() * STAGGER_MS);
    await g.start();
    started();
    // The first turn shortened (see FIRST_TURN_MIN), so the rooms' turns do not all end within the same seconds.
    let turnPace = workshopPace(turnSeconds * (FIRST_TURN_MIN + r() * (1 - FIRST_TURN_MIN)));
    while (running()) {
      const more = await g.playWorkshopTurn(turnPace);
      turnPace = pace;
      if (more) continue;
      if (!running()) break;
      await g.finish();
      g = new BotGame(url, seed + 1_000_000 * ++n, ref, { turnSeconds });
      await g.open();
      await g.start();
    }
  } catch (err) {
    started();
    if (running()) ref.stats.errors.push(`room: ${(err as Error).message}`);
  }
}

/** Workshop pace: rooms added step by step on top of the running ones, each step measured over `turns` turns. */
async function workshop(opts: LoadOptions, costs: StressCosts | null): Promise<Figure[]> {
  const figures: Figure[] = [];
  const t0 = Date.now();
  const resultsSeconds = resultsSecondsFor(opts.turnSeconds);
  const probeFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sovereign-loop-")), "loop.jsonl");
  const { child, pid, url } = await server("load-workshop", {
    RESULTS_SECONDS: String(resultsSeconds),
    NODE_OPTIONS: `${INSPECT_OPTIONS} ${LOOP_PROBE_OPTIONS} ${process.env.BENCH_SERVER_NODE_OPTIONS ?? ""}`,
    LOOP_PROBE_FILE: probeFile,
  });
  let live = true;
  const discard: LoadStats = newStats();
  const ref: StatsRef = { stats: newStats() };
  try {
    const warm = await openGames(url, 2, 60, ref, opts.turnSeconds);
    await pool(warm, 2, (g) => g.start().then(() => g.finish()));
    await waitRooms(url, 0, 20_000);
    const baseline = rssMb(pid);
    const liveBase = await heapProbe(child, pid);
    const loops: Promise<void>[] = [];
    let rooms = 0;
    let best = 0;
    let bestRssPerRoom = 0;
    for (const r of opts.steps) {
      if (r <= rooms) continue;
      if (Date.now() - t0 + opts.turns * opts.turnSeconds * 1000 + 15_000 > opts.budgetMs) {
        figures.push({ name: `workshop: R=${r} skipped (time budget)`, value: 0, unit: "", target: "(reported)", meets: true });
        break;
      }
      ref.stats = newStats();
      const rampStart = performance.now();
      const added = await openGames(url, r - rooms, 1000 * r, ref, opts.turnSeconds);
      const starts: Promise<void>[] = [];
      for (const [i, g] of added.entries()) {
        let started!: () => void;
        starts.push(new Promise<void>((res) => (started = res)));
        loops.push(workshopRoom(url, 1000 * r + i, ref, opts.turnSeconds, g, started, () => live));
      }
      await Promise.all(starts);
      const openErrors = errNote(ref.stats);
      const openFailed = ref.stats.errors.length;
      rooms = r;
      const rampSecs = (performance.now() - rampStart) / 1000;
      // The measured window: `turns` turns of every room.
      ref.stats = newStats();
      const c0 = cpuSeconds(pid);
      const g0 = process.cpuUsage();
      const w0 = performance.now();
      const e0 = Date.now();
      const stopProfile = process.env.BENCH_PROFILE_DIR
        ? await startCpuProfile(child, path.join(process.env.BENCH_PROFILE_DIR, `workshop-${r}-${Date.now()}.cpuprofile`))
        : undefined;
      await sleep(opts.turns * opts.turnSeconds * 1000);
      const profiled = await stopProfile?.();
      if (profiled) console.log(`bench:load: CPU profile of the workshop server at R=${r}: ${profiled}`);
      const loop = loopStalls(probeFile, e0, Date.now());
      const secs = (performance.now() - w0) / 1000;
      const cpu = cpuSeconds(pid) - c0;
      const gu = process.cpuUsage(g0);
      const genCpu = ((gu.user + gu.system) / 1e6 / secs) * 100;
      const s = ref.stats;
      const rss = rssMb(pid);
      const a = percentiles(s.ackMs.length ? s.ackMs : [0]);
      const v = percentiles(s.seenMs.length ? s.seenMs : [0]);
      const z = percentiles(s.resolveMs.length ? s.resolveMs : [0]);
      const ok = a.p99 <= 50 && s.errors.length === 0 && openFailed === 0;
      const rssPerRoom = (rss - baseline) / rooms;
      const mem = await heapProbe(child, pid);
      const liveNote =
        mem && liveBase
          ? `; after a full GC: heap+external ${fmt(mem.heapMb)} MB (baseline ${fmt(liveBase.heapMb)}) = ${mbPerRoom((mem.heapMb - liveBase.heapMb) / rooms)} MB/room, RSS ${fmt(mem.rssMb)} MB = ${mbPerRoom((mem.rssMb - liveBase.rssMb) / rooms)} MB/room`
          : "";
      if (ok) {
        best = r;
        bestRssPerRoom = rssPerRoom;
      }
      figures.push(
        {
          name: `workshop: R=${r} rooms × 8 clients — order→ack p99`,
          value: fmt(a.p99),
          unit: "ms p99",
          target: "≤ 50 ms, 0 errors",
          meets: ok,
          note: `p50 ${fmt(a.p50)}, max ${fmt(a.max)}; order→its view patch p50 ${fmt(v.p50)} / p99 ${fmt(v.p99)} ms (${s.seenMs.length} seen); ${s.ackMs.length} orders, ${s.rejected} rejected, ${errNote(s)}${openFailed ? `; opening: ${openErrors}` : ""}; ${s.turns} turns resolved (last Ready → next turn p50 ${fmt(z.p50)} / p99 ${fmt(z.p99)} ms incl. 150 ms resolution phase; results phase ${resultsSeconds} s); ${fmt(s.sent / secs)} msg/s; ramp ${fmt(rampSecs)} s`,
        },
        {
          name: `workshop: R=${r} — server CPU, CPU per message (all-in), RSS per room`,
          value: fmt((cpu / secs) * 100),
          unit: "% core",
          target: "(reported)",
          meets: true,
          note: `${us(cpu, s.sent)} µs CPU per message incl. resolutions; RSS ${fmt(rss)} MB = baseline ${fmt(baseline)} + ${mbPerRoom(rssPerRoom)} MB/room${liveNote}; generator ${fmt(genCpu)} % of its core; load average ${load1()}; server event loop: ${loop.stalls} stalls > 50 ms, longest ${loop.worstMs} ms (${loop.worstCpuMs} ms of it on the CPU), most CPU in one stall ${loop.maxCpuMs} ms, ${loop.cpuStalls} stalls with > 50 ms CPU, longest GC pause ${loop.gcMaxMs} ms`,
        },
      );
      if (!ok && !opts.keepGoing) break;
    }
    figures.push({
      name: "workshop: largest R meeting p99 ≤ 50 ms with 0 errors",
      value: best,
      unit: "rooms × 8",
      target: "≥ 500 rooms × 8 clients",
      meets: best >= 500,
      note: `steps ${opts.steps.join(", ")}, ${opts.turns} turns of ${opts.turnSeconds} s each; rooms start within ${STAGGER_MS / 1000} s and play a first turn shortened to ${FIRST_TURN_MIN * 100}–100 %, so their turns end spread over the turn period`,
    });
    figures.push({
      name: "workshop: server RSS per room (at that R)",
      value: mbPerRoom(bestRssPerRoom),
      unit: "MB",
      target: "(reported)",
      meets: true,
    });
    if (costs) {
      // Estimate from the stress costs: a room's minute at the workshop pace.
      const msgsPerRoomTurn = 7 * (ORDERS_PER_TURN + CHAT_LINES + 1);
      const cpuPerRoomTurn = (msgsPerRoomTurn * costs.perMessageUs) / 1e6 + (8 * costs.perResolutionClientMs) / 1000;
      figures.push({
        name: "workshop: rooms one core could hold (estimate from the stress costs)",
        value: Math.floor(opts.turnSeconds / cpuPerRoomTurn),
        unit: "rooms × 8",
        target: "≥ 500",
        meets: opts.turnSeconds / cpuPerRoomTurn >= 500,
        note: `${msgsPerRoomTurn} messages and 1 resolution a room a turn = ${fmt(cpuPerRoomTurn * 1000)} ms CPU per room-turn; at 100 % of the core`,
      });
    }
    live = false;
    ref.stats = discard;
    if (opts.abuse) figures.push(...(await abuse(url, pid)));
    if (opts.memoryGames > 0) {
      await waitRooms(url, 0, 30_000);
      figures.push(...(await memory(url, pid, opts.memoryGames, baseline)));
    }
  } finally {
    live = false;
    ref.stats = discard;
    await stop(child);
  }
  return figures;
}

/** Run the load benchmark and return its figures. */
export async function benchLoad(opts: LoadOptions): Promise<Figure[]> {
  const why = pinningUnavailable();
  if (why) console.warn(`bench:load: ${why}`);
  else if (!pin(process.pid, GENERATOR_CPU)) console.warn("bench:load: could not pin the load generator");
  const startLoad = os.loadavg();
  const t0 = Date.now();
  const figures: Figure[] = [];
  const { figures: s, costs } = opts.stressSteps.length ? await stress(opts) : { figures: [], costs: null };
  figures.push(...s);
  figures.push(...(await workshop(opts, costs)));
  figures.push({
    name: "machine: load average (1 min) at the start / end, cores",
    value: fmt(startLoad[0]),
    unit: "",
    target: "(reported; shared machine)",
    meets: true,
    note: `end ${load1()}; ${os.cpus().length} cores; ${why || `server on core ${SERVER_CPU}, generator on core ${GENERATOR_CPU} (${affinityOf(process.pid)})`}; Node ${process.version}; ${fmt((Date.now() - t0) / 1000)} s`,
  });
  return figures;
}
