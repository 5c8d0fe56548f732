/** `npm run bench`: every benchmark, each figure printed beside its target, JSON in test/bench/results/. */
import type { Figure } from "./report";
import { report } from "./report";
import { benchEngine } from "./engine";
import { benchPatch } from "./patch";
import { benchClient } from "./client";
import { benchAi } from "./ai";
import { benchFlood } from "./flood";

const only = process.argv[2];
const suites: [string, () => Promise<Figure[]> | Figure[]][] = [
  ["engine", benchEngine],
  ["ai", benchAi],
  ["patch", benchPatch],
  ["client", benchClient],
  ["flood", benchFlood],
];
for (const [name, run] of suites) {
  if (only && only !== name) continue;
  report(name, await run());
}
