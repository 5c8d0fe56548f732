/**
 * npm run balance [-- --preset workshop|full|tutorial ... --games N --difficulty normal --workers K --json file]
 * Plays seeded AI-vs-AI games of each preset on worker threads and prints the balance report.
 */
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { availableParallelism } from "node:os";
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import type { PresetId } from "../shared/scenario/presets";
import type { Difficulty } from "../shared/ai/personality";
import type { GameSummary } from "../shared/sim/balance";
import { presetScenario } from "../shared/scenario/presets";
import { formatReport, playBalanceGame, summarise } from "../shared/sim/balance";

interface Job { preset: PresetId; seeds: number[]; difficulty: Difficulty }

if (!isMainThread) {
  const job = workerData as Job;
  const scenario = presetScenario(job.preset);
  parentPort!.postMessage(job.seeds.map((s) => playBalanceGame(scenario, s, job.difficulty)));
} else {
  const { values } = parseArgs({
    options: {
      preset: { type: "string", multiple: true },
      games: { type: "string", default: "200" },
      difficulty: { type: "string", default: "normal" },
      workers: { type: "string", default: String(availableParallelism()) },
      json: { type: "string" },
    },
  });
  const presets = (values.preset ?? ["workshop", "full"]) as PresetId[];
  const games = Number(values.games);
  const workers = Math.max(1, Number(values.workers));
  const reports = [];
  let warnings = 0;
  for (const preset of presets) {
    const t0 = performance.now();
    const seeds = Array.from({ length: games }, (_, i) => i + 1);
    const chunks = Array.from({ length: workers }, (_, w) => seeds.filter((_, i) => i % workers === w)).filter((c) => c.length);
    const results = await Promise.all(chunks.map((chunk) => new Promise<GameSummary[]>((resolve, reject) => {
      const w = new Worker(new URL("./ts-worker.mjs", import.meta.url), { workerData: { entry: import.meta.url, preset, seeds: chunk, difficulty: values.difficulty as Difficulty } satisfies Job & { entry: string } });
      w.once("message", resolve);
      w.once("error", reject);
    })));
    const all = results.flat().sort((a, b) => a.seed - b.seed);
    const report = summarise(presetScenario(preset), values.difficulty as Difficulty, all);
    const secs = (performance.now() - t0) / 1000;
    console.log(formatReport(report));
    console.log(`(${all.length} games in ${secs.toFixed(1)} s on ${chunks.length} threads: ${(all.length / secs * 60).toFixed(0)} games/min)\n`);
    warnings += report.warnings.length;
    reports.push(report);
  }
  if (values.json) writeFileSync(values.json, JSON.stringify(reports, null, 2));
  process.exitCode = warnings > 0 ? 1 : 0;
}
