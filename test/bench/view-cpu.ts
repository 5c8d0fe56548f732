/**
 * View-stream CPU benchmark, in process: a `workshop` match at a table of 8 (a facilitator and 7 players on its
 * 6 nations) plays turns as the load bench's bots do (ten orders, three public chat lines and Ready a player),
 * and after every change each of the 8 seats' views is built (matchView), packed (wireModel) and diffed against
 * what the seat held (viewPatch), as the server's pushView does. Reports the CPU time of each step per change, and of
 * the changes that resolve a turn (the engine's whole new state: every part of every view is new unless shared).
 */
import { baselineOrders } from "../../shared/ai/baseline";
import { createGame } from "../../shared/engine";
import type { Order } from "../../shared/protocol/orders";
import type { Intent, Match } from "../../shared/match";
import { applyIntent, createMatch, matchView, tick } from "../../shared/match";
import { viewPatch, wireModel } from "../../shared/protocol/view-stream";
import type { WireModel } from "../../shared/protocol/view-stream";
import { presetScenario } from "../../shared/scenario/presets";
import type { Figure } from "./report";

const TURNS = 8;
const PLAYERS = 7;
const ORDERS = 10;
const CHAT = 3;

/** This process's CPU time in ms (user + system): on a shared machine, wall time would count the waits for a core. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

interface Timing {
  view: number;
  pack: number;
  diff: number;
  changes: number;
  /** The changes that resolved a turn: the reducer (engine + match) and the 8 seats' views, packing and diff. */
  resolutions: number;
  resolveReducer: number;
  resolveViews: number;
}

/** Play `turns` turns, timing every seat's view, pack and diff after each change. */
export function viewCpu(turns = TURNS): Timing {
  let now = 1_000_000;
  let m: Match = createMatch({
    code: "BENCH",
    scenarioName: "Workshop",
    settings: { turnSeconds: 3600, absent: "ai", teamSize: 2, resultsSeconds: 1 },
    state: createGame(presetScenario("workshop"), 7),
  });
  const seats = ["fac", ...Array.from({ length: PLAYERS }, (_, i) => `p${i}`)];
  const held: Record<string, WireModel> = {};
  const t: Timing = { view: 0, pack: 0, diff: 0, changes: 0, resolutions: 0, resolveReducer: 0, resolveViews: 0 };
  const push = (resolved = false): void => {
    t.changes++;
    // Each step for all 8 seats between two clock reads (a read costs a system call).
    const t0 = cpuMs();
    const views = seats.map((s) => matchView(m, s));
    const t1 = cpuMs();
    const wires = views.map((v) => wireModel(v));
    const t2 = cpuMs();
    seats.forEach((s, i) => held[s] && viewPatch(held[s], wires[i]));
    const t3 = cpuMs();
    seats.forEach((s, i) => (held[s] = wires[i]));
    t.view += t1 - t0;
    t.pack += t2 - t1;
    t.diff += t3 - t2;
    if (resolved) t.resolveViews += t3 - t0;
  };
  const act = (actor: string, intent: Intent): void => {
    now += 2_100;
    const step = applyIntent(m, actor, intent, now);
    if (step.match !== m) {
      m = step.match;
      push();
    }
  };
  const wait = (ms: number): void => {
    now += ms;
    const t0 = cpuMs();
    const step = tick(m, now);
    const resolved = step.effects.some((e) => e.kind === "resolved");
    if (resolved) {
      t.resolutions++;
      t.resolveReducer += cpuMs() - t0;
    }
    if (step.match !== m) {
      m = step.match;
      push(resolved);
    }
  };
  act("fac", { type: "join", name: "Fac", role: "facilitator" });
  act("fac", { type: "connect", sessionId: "s-fac", connected: true });
  const nations = m.state.order;
  for (const [i, s] of seats.slice(1).entries()) {
    act(s, { type: "join", name: `P${i}`, role: "player" });
    act(s, { type: "connect", sessionId: `s-${s}`, connected: true });
    act(s, { type: "choose_seat", nation: nations[i % nations.length] });
  }
  act("fac", { type: "start" });
  for (let turn = 1; turn <= turns && m.phase !== "ended"; turn++) {
    const at = m.state.turn;
    for (const [i, s] of seats.slice(1).entries()) {
      const nation = nations[i % nations.length];
      const mine: Order[] = i < nations.length ? baselineOrders(m.state, nation).slice(0, ORDERS) : [];
      while (mine.length < ORDERS) mine.push({ type: "hold", turn: at });
      for (const order of mine) act(s, { type: "add_order", order });
      for (let c = 0; c < CHAT; c++) act(s, { type: "chat", to: "all", text: `turn ${at} line ${c + 1} from ${nation}` });
    }
    for (const s of seats.slice(1, 1 + nations.length)) act(s, { type: "ready", turn: at, ready: true });
    for (let i = 0; i < 4 && m.phase !== "orders"; i++) wait(2_000);
  }
  return t;
}

/** The view-stream CPU figures. */
export function benchViewCpu(): Figure[] {
  viewCpu(2); // warm-up
  const t = viewCpu();
  const per = (x: number): number => Math.round((x / t.changes) * 100) / 100;
  const note = `${t.changes} changes, ${TURNS} turns of workshop, 8 seats`;
  return [
    { name: "patch: CPU per change for 8 seats, all", value: per(t.view + t.pack + t.diff), unit: "ms", target: "(reported)", meets: true, note },
    { name: "patch: … matchView", value: per(t.view), unit: "ms", target: "(reported)", meets: true },
    { name: "patch: … packModel (wireModel)", value: per(t.pack), unit: "ms", target: "(reported)", meets: true },
    { name: "patch: … diff (viewPatch)", value: per(t.diff), unit: "ms", target: "(reported)", meets: true },
    {
      name: "patch: CPU per resolution, 8 seats' views, packing and diff",
      value: Math.round((t.resolveViews / Math.max(1, t.resolutions)) * 100) / 100,
      unit: "ms",
      target: "(reported)",
      meets: true,
      note: `${t.resolutions} resolutions; the resolution itself (engine and match reducer) ${Math.round((t.resolveReducer / Math.max(1, t.resolutions)) * 100) / 100} ms`,
    },
  ];
}
