/** AI benchmark: hard AI decision time per nation per turn, and whole normal AI-vs-AI games of `full` per minute on every core. */
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import type { Figure } from "./report";
import { percentiles } from "./report";
import { presetScenario } from "../../shared/scenario/presets";
import { createGame, resolveTurn, viewFor } from "../../shared/engine";
import { aiOrders } from "../../shared/ai/decide";
import { defaultPersonality } from "../../shared/ai/personality";
import { judgeDeal } from "../../shared/ai/deal-judge";
import type { DealTerms } from "../../shared/protocol/deals";

/** Time of an AI nation's answer to a GPU-lease proposal (look-ahead with and without the deal), every nation pair of `full`, three turns. */
function dealAnswerTimes(): number[] {
  const scenario = presetScenario("full");
  const times: number[] = [];
  let s = createGame(scenario, 3);
  for (let turn = 0; turn < 3 && !s.finished; turn++) {
    for (const to of s.order) {
      const model = s.nations[to].dataCentres.flatMap((d) => d.gpus)[0]?.model;
      if (!model) continue;
      const view = viewFor(s, { kind: "nation", nation: to }, { copy: false });
      for (const from of s.order.filter((x) => x !== to)) {
        const terms: DealTerms = {
          from,
          to,
          quarters: 3,
          items: [
            { kind: "gpu_lease", giver: "to", model, count: 200 },
            { kind: "cash", giver: "from", now: 0, perQuarter: 10 },
          ],
        };
        const t = performance.now();
        judgeDeal(view, to, terms);
        times.push(performance.now() - t);
      }
    }
    s = resolveTurn(s, {}).state;
  }
  return times;
}

function decisionTimes(difficulty: "normal" | "hard", seeds: number): number[] {
  const scenario = presetScenario("full");
  const times: number[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    let s = createGame(scenario, seed);
    while (!s.finished) {
      const orders: Record<string, ReturnType<typeof aiOrders>> = {};
      for (const id of s.order) {
        const t = performance.now();
        orders[id] = aiOrders(viewFor(s, { kind: "nation", nation: id }, { copy: false }), id, { personality: defaultPersonality(id), difficulty });
        times.push(performance.now() - t);
      }
      s = resolveTurn(s, orders).state;
    }
  }
  return times;
}

async function gamesPerMinute(threads: number, ms: number): Promise<number> {
  const results = await Promise.all(
    Array.from(
      { length: threads },
      (_, i) =>
        new Promise<{ games: number; ms: number }>((resolve, reject) => {
          const w = new Worker(new URL("../../scripts/ts-worker.mjs", import.meta.url), {
            workerData: { entry: new URL("./ai-worker.ts", import.meta.url).href, ms, first: 1 + i * 100_000 },
          });
          w.once("message", resolve);
          w.once("error", reject);
        }),
    ),
  );
  return results.reduce((s, r) => s + (r.games / r.ms) * 60_000, 0);
}

/** Run the AI benchmark. */
export async function benchAi(): Promise<Figure[]> {
  decisionTimes("hard", 1);
  const hard = percentiles(decisionTimes("hard", 5));
  const normal = percentiles(decisionTimes("normal", 5));
  dealAnswerTimes();
  const deal = percentiles(dealAnswerTimes());
  const cores = availableParallelism();
  const one = await gamesPerMinute(1, 8000);
  const all = await gamesPerMinute(cores, 8000);
  return [
    {
      name: "ai: hard decision per nation per turn, full, median",
      value: hard.p50,
      unit: "ms",
      target: "≤ 50 ms",
      meets: hard.p50 <= 50,
      note: `p99 ${hard.p99.toFixed(1)} ms`,
    },
    {
      name: "ai: normal decision per nation per turn, full, median",
      value: normal.p50,
      unit: "ms",
      target: "(reported)",
      meets: true,
      note: `hard/normal ${(hard.p50 / normal.p50).toFixed(1)}×`,
    },
    {
      name: "ai: answer to a deal proposal (engine look-ahead with and without), full, median",
      value: deal.p50,
      unit: "ms",
      target: "≤ 100 ms",
      meets: deal.p50 <= 100,
      note: `p99 ${deal.p99.toFixed(1)} ms`,
    },
    {
      name: `ai: normal AI-vs-AI games of full per minute, ${cores} threads`,
      value: Math.round(all),
      unit: "games/min",
      target: "≥ 1,000",
      meets: all >= 1000,
      note: `one thread ${Math.round(one)}/min, ${(all / one).toFixed(2)}× with ${cores}`,
    },
  ];
}
