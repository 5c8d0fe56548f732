/** Engine benchmark: turn resolution on the `full` preset (8 nations) and whole baseline-bot games per minute. */
import { performance } from "node:perf_hooks";
import type { Order } from "../../shared/protocol/orders";
import { createGame, resolveTurn } from "../../shared/engine";
import { baselineOrders } from "../../shared/ai/baseline";
import { presetScenario } from "../../shared/scenario/presets";
import { runSim } from "../../shared/sim/run";
import type { Figure } from "./report";
import { percentiles } from "./report";

/** Measure the engine and return its figures. */
export function benchEngine(): Figure[] {
  const scenario = presetScenario("full");
  const samples: number[] = [];
  for (let seed = 1; seed <= 20; seed++) {
    let s = createGame(scenario, seed);
    while (!s.finished) {
      const orders: Record<string, Order[]> = {};
      for (const id of s.order) orders[id] = baselineOrders(s, id);
      const t0 = performance.now();
      s = resolveTurn(s, orders).state;
      samples.push(performance.now() - t0);
    }
  }
  const p = percentiles(samples);
  const t0 = performance.now();
  let games = 0;
  while (performance.now() - t0 < 5000) {
    runSim(scenario, 1000 + games);
    games++;
  }
  const perMinute = (games / (performance.now() - t0)) * 60_000;
  return [
    {
      name: "engine: resolveTurn, full preset, 8 nations — median",
      value: p.p50,
      unit: "ms",
      target: "≤ 1 ms",
      meets: p.p50 <= 1,
      note: `${samples.length} turns`,
    },
    { name: "engine: resolveTurn, full preset, 8 nations — p99", value: p.p99, unit: "ms", target: "(reported)", meets: true },
    {
      name: "engine: whole baseline-bot games of full (20 turns), one core",
      value: Math.round(perMinute),
      unit: "games/min",
      target: "(reported)",
      meets: true,
    },
  ];
}
