/**
 * npm run balance [-- --quick --preset workshop|full|tutorial ... --seeds N --ai-games N --workers K
 *   --search-rounds N --search-batch N --search-seeds N --search-seed S --budget SECONDS
 *   --archetype ID ... --nation ID ... --json FILE --no-fail]
 * The balance bench (shared/sim/bench.ts): scripted archetypes for every nation against hard AI, hard
 * AI-vs-AI games, a seeded search for the best recipe and a power-price swap, played on worker threads.
 * Prints a table per preset with each target of issue 14 beside its figure, writes balance.json and exits
 * with status 1 when a target is missed (unless --no-fail).
 */
import { Worker, isMainThread, parentPort } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { parseArgs } from "node:util";
import type { PresetId } from "../shared/scenario/presets";
import type { BenchGame, BenchJob } from "../shared/sim/balance";
import type { BenchOptions, RunGames } from "../shared/sim/bench";
import { isPresetId } from "../shared/scenario/presets";
import { playBenchGame } from "../shared/sim/balance";
import { DEFAULT_OPTIONS, QUICK_OPTIONS, formatBench, runBench } from "../shared/sim/bench";

if (!isMainThread) {
  parentPort!.on("message", (m: { id: number; job: BenchJob }) => parentPort!.postMessage({ id: m.id, game: playBenchGame(m.job) }));
} else {
  const { values } = parseArgs({
    options: {
      quick: { type: "boolean", default: false },
      preset: { type: "string", multiple: true },
      seeds: { type: "string" },
      "ai-games": { type: "string" },
      workers: { type: "string", default: String(Math.min(2, availableParallelism())) },
      "search-rounds": { type: "string" },
      "search-batch": { type: "string" },
      "search-seeds": { type: "string" },
      "search-seed": { type: "string" },
      budget: { type: "string" },
      archetype: { type: "string", multiple: true },
      nation: { type: "string", multiple: true },
      json: { type: "string", default: "test/bench/results/balance.json" },
      "no-fail": { type: "boolean", default: false },
    },
  });
  const base = values.quick ? QUICK_OPTIONS : DEFAULT_OPTIONS;
  const int = (v: string | undefined, d: number): number => (v === undefined ? d : Math.max(0, Math.floor(Number(v))));
  for (const p of values.preset ?? []) if (!isPresetId(p)) throw new Error(`Unknown preset "${p}"`);
  const t0 = performance.now();
  // The search starts no new round after the budget (default 9 minutes, none in --quick), so a default run stays near 10 minutes.
  const budget = values.budget ?? (values.quick ? undefined : "540");
  const budgetMs = budget ? Number(budget) * 1000 : Infinity;
  const opts: BenchOptions = {
    presets: (values.preset as PresetId[] | undefined) ?? base.presets,
    seeds: Math.max(1, int(values.seeds, base.seeds)),
    aiGames: int(values["ai-games"], base.aiGames),
    archetypes: values.archetype,
    nations: values.nation,
    search: {
      seed: int(values["search-seed"], base.search.seed),
      rounds: int(values["search-rounds"], base.search.rounds),
      batch: Math.max(1, int(values["search-batch"], base.search.batch)),
      seeds: Math.max(1, int(values["search-seeds"], base.search.seeds)),
    },
    stop: () => performance.now() - t0 > budgetMs,
  };

  const workers = Array.from(
    { length: Math.max(1, int(values.workers, 2)) },
    () => new Worker(new URL("./ts-worker.mjs", import.meta.url), { workerData: { entry: import.meta.url } }),
  );
  let busyMs = 0;
  const runGames: RunGames = (jobs) =>
    new Promise<BenchGame[]>((resolve, reject) => {
      const out = new Array<BenchGame>(jobs.length);
      let next = 0,
        done = 0;
      if (jobs.length === 0) {
        resolve(out);
        return;
      }
      const t = performance.now();
      const feed = (w: Worker): void => {
        if (next >= jobs.length) return;
        const id = next++;
        w.postMessage({ id, job: jobs[id] });
      };
      const handlers = workers.map((w) => {
        const onMessage = (m: { id: number; game: BenchGame }): void => {
          out[m.id] = m.game;
          if (++done === jobs.length) {
            workers.forEach((x, i) => {
              x.off("message", handlers[i].onMessage);
              x.off("error", handlers[i].onError);
            });
            busyMs += performance.now() - t;
            console.error(
              `  played ${jobs.length} games in ${((performance.now() - t) / 1000).toFixed(1)} s (${((performance.now() - t0) / 1000).toFixed(0)} s so far)`,
            );
            resolve(out);
          } else feed(w);
        };
        const onError = (e: Error): void => reject(e);
        w.on("message", onMessage);
        w.on("error", onError);
        return { onMessage, onError };
      });
      workers.forEach(feed);
    });

  try {
    const result = await runBench(opts, runGames);
    const secs = (performance.now() - t0) / 1000;
    console.log(formatBench(result));
    console.log(
      `\n${result.games} games in ${secs.toFixed(1)} s on ${workers.length} worker threads (${((result.games / (busyMs / 1000)) * 60).toFixed(0)} games/min while playing).`,
    );
    mkdirSync(dirname(values.json), { recursive: true });
    writeFileSync(values.json, JSON.stringify({ ...result, runSeconds: Math.round(secs * 10) / 10, workers: workers.length }, null, 2));
    console.log(`Wrote ${values.json}.`);
    const missed = result.targets.filter((t) => !t.met).length;
    process.exitCode = missed > 0 && !values["no-fail"] ? 1 : 0;
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
