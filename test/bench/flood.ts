/**
 * `npm run bench flood`: what one script can do to a room at the allowed message rate. The real server runs as
 * a child process; a seated player sends deal proposals to an AI nation at 19 messages a second for 10 s while an
 * honest player of the same room places orders and /api/health is probed. Figures: messages/s the script sent,
 * AI answers it got, refusals (work/budget_spent), the server's CPU, /api/health and order→ack latency quiet and
 * under flood (the server's event-loop delay as everyone else meets it), RSS growth. Bounded in count and time.
 */
import os from "node:os";
import { Client } from "@colyseus/sdk";
import type { Room } from "@colyseus/sdk";
import { freePort, tempDbFile } from "../server/harness";
import { serverPid, startServerProcess } from "../load/processes";
import { cpuMeter, rssMb } from "../load/proc-stats";
import type { Figure } from "./report";
import { percentiles } from "./report";

const FLOOD_MS = 10_000;
const QUIET_MS = 4000;
const PER_SECOND = 19;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const fmt = (n: number): number => Math.round(n * 10) / 10;

interface Seat {
  room: Room;
  view: { phase?: string; view?: { turn: number; nations: { id: string }[] } | null; aiNations?: string[] };
}

async function seat(url: string, code: string, opts: Record<string, unknown>): Promise<Seat> {
  const room = await new Client(url).joinById(code, opts);
  const s: Seat = { room, view: {} };
  room.onMessage("*", () => undefined);
  room.onMessage("view", (m: { model: Seat["view"] }) => {
    s.view = m.model;
  });
  room.onMessage("view_patch", () => undefined);
  return s;
}

/** The honest player's order acks and /api/health answers for `ms`. */
async function measure(url: string, honest: Seat, turn: number, ms: number): Promise<{ health: number[]; ack: number[]; lost: number }> {
  const end = Date.now() + ms;
  const health: number[] = [];
  const ack: number[] = [];
  let lost = 0;
  let n = 0;
  const probe = (async () => {
    while (Date.now() < end) {
      const t0 = performance.now();
      await fetch(`${url}/api/health`);
      health.push(performance.now() - t0);
      await sleep(100);
    }
  })();
  const orders = (async () => {
    while (Date.now() < end) {
      const rid = `h${n++}`;
      const t0 = performance.now();
      const got = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => {
          off();
          resolve(false);
        }, 5000);
        const off = honest.room.onMessage("order_ack", (m: { rid?: string }) => {
          if (m.rid === rid) {
            clearTimeout(timer);
            off();
            resolve(true);
          }
        });
        honest.room.send("add_order", { order: { type: "hold", turn }, rid });
      });
      if (got) ack.push(performance.now() - t0);
      else lost += 1;
      honest.room.send("clear_orders", { turn });
      await sleep(250);
    }
  })();
  await Promise.all([probe, orders]);
  return { health, ack, lost };
}

/** Run the flood benchmark and return its figures. */
export async function benchFlood(): Promise<Figure[]> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = await startServerProcess(port, { DB_FILE: tempDbFile("flood") });
  const pid = serverPid(child);
  try {
    const res = await fetch(`${url}/api/games`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ scenario: "workshop", seed: 7, turnSeconds: 900 }),
    });
    const game = (await res.json()) as { code: string; facilitatorKey: string };
    const fac = await seat(url, game.code, { role: "facilitator", facilitatorKey: game.facilitatorKey });
    const flooder = await seat(url, game.code, { name: "Script" });
    const honest = await seat(url, game.code, { name: "Honest" });
    await sleep(500);
    const nations = flooder.view.view!.nations.map((x) => x.id);
    flooder.room.send("choose_seat", { nation: nations[0] });
    honest.room.send("choose_seat", { nation: nations[1] });
    await sleep(500);
    fac.room.send("facilitator", { cmd: "start" });
    await sleep(1500);
    const turn = fac.view.view!.turn;
    const ai = nations[2];
    // Warm the AI's answer code from the honest nation (its own budget).
    honest.room.send("deal_propose", { to: ai, quarters: 1, items: [{ kind: "cash", giver: "from", now: 1, perQuarter: 0 }] });
    await sleep(1000);

    const cpuQuiet = cpuMeter(pid);
    const quiet = await measure(url, honest, turn, QUIET_MS);
    const quietCpu = cpuQuiet();
    const rss0 = rssMb(pid);
    const refusals: Record<string, number> = {};
    let answered = 0;
    let kicked = false;
    flooder.room.onMessage("error", (e: { reason?: string; code: string }) => {
      refusals[e.reason ?? e.code] = (refusals[e.reason ?? e.code] ?? 0) + 1;
    });
    flooder.room.onMessage("deal_ack", () => {
      answered += 1;
    });
    flooder.room.onLeave(() => {
      kicked = true;
    });
    const cpuFlood = cpuMeter(pid);
    const until = Date.now() + FLOOD_MS;
    const t0 = Date.now();
    let sent = 0;
    const flood = (async () => {
      while (Date.now() < until && !kicked) {
        const due = Math.floor(((Date.now() - t0) / 1000) * PER_SECOND) + 1;
        for (; sent < due; sent++)
          flooder.room.send("deal_propose", { to: ai, quarters: 1, items: [{ kind: "cash", giver: "from", now: 1, perQuarter: 0 }], rid: `f${sent}` });
        await sleep(1000 / PER_SECOND);
      }
    })();
    const [during] = await Promise.all([measure(url, honest, turn, FLOOD_MS), flood]);
    const floodCpu = cpuFlood();
    await sleep(500);
    const rss1 = rssMb(pid);
    const hq = percentiles(quiet.health);
    const hf = percentiles(during.health);
    const aq = percentiles(quiet.ack);
    const af = percentiles(during.ack);
    const refused = Object.values(refusals).reduce((a, b) => a + b, 0);
    const wasKicked = kicked;
    for (const s of [fac, flooder, honest]) await s.room.leave().catch(() => undefined);
    kicked = wasKicked;
    return [
      {
        name: "flood: deal proposals one script sent to an AI nation",
        value: fmt(sent / (FLOOD_MS / 1000)),
        unit: "msg/s",
        target: "(≤ 20/s message limit)",
        meets: !kicked,
        note: `${sent} in ${FLOOD_MS / 1000} s, ${kicked ? "kicked" : "not kicked"}`,
      },
      {
        name: "flood: proposals the room worked on (AI answered)",
        value: answered,
        unit: "proposals",
        target: "≤ budget (5 + 1 per 16 s)",
        meets: answered <= 5 + Math.ceil(FLOOD_MS / 16_000) + 1,
        note: `refused ${refused}: ${JSON.stringify(refusals)}`,
      },
      {
        name: "flood: server CPU, quiet → flooded",
        value: fmt(floodCpu),
        unit: "% core",
        target: "(reported)",
        meets: true,
        note: `quiet ${fmt(quietCpu)} %; machine load average ${fmt(os.loadavg()[0])} on ${os.cpus().length} cores`,
      },
      {
        name: "flood: /api/health slowest answer while flooded",
        value: fmt(hf.max),
        unit: "ms",
        target: "every answer ≤ 100 ms",
        meets: hf.max <= 100,
        note: `p99 ${fmt(hf.p99)} ms (quiet ${fmt(hq.p99)}); p50 ${fmt(hq.p50)} → ${fmt(hf.p50)} ms`,
      },
      {
        name: "flood: honest player order→ack p99 while flooded",
        value: fmt(af.p99),
        unit: "ms",
        target: "≤ 50 ms, none lost",
        meets: af.p99 <= 50 && during.lost === 0,
        note: `quiet p99 ${fmt(aq.p99)} ms; ${during.ack.length} acked, ${during.lost} lost`,
      },
      { name: "flood: server RSS growth over the flood", value: fmt(rss1 - rss0), unit: "MB", target: "bounded (< 20 MB)", meets: rss1 - rss0 < 20 },
    ];
  } finally {
    child.kill("SIGTERM");
    await Promise.race([child.exited, sleep(5000)]);
    child.kill("SIGKILL");
  }
}
