/** Regenerate test/fixtures/golden/*.json (run only when the rules change on purpose: `npx tsx scripts/make-golden.ts`). */
import { writeFileSync } from "node:fs";
import { createGame, resolveTurn, stateHash } from "../shared/engine";
import { presetScenario } from "../shared/scenario/presets";
import { runSim } from "../shared/sim/run";
import { buildDebrief } from "../shared/debrief/build";
import { debriefCsv, debriefText } from "../shared/debrief/export";

for (const [scenario, seed] of [
  ["tutorial", 1],
  ["workshop", 42],
  ["full", 2026],
] as const) {
  const sim = runSim(presetScenario(scenario), seed);
  let s = createGame(presetScenario(scenario), seed);
  const hashes = sim.log.map((e) => {
    s = resolveTurn(s, e.orders, { injects: e.injects, deals: e.deals }).state;
    return stateHash(s);
  });
  const file = `test/fixtures/golden/${scenario}-${seed}.json`;
  writeFileSync(file, JSON.stringify({ scenario, seed, hash: sim.finalHash, hashes, log: sim.log }) + "\n");
  const debrief = buildDebrief(presetScenario(scenario), seed, sim.log);
  writeFileSync(`test/fixtures/golden/${scenario}-${seed}.debrief.txt`, debriefText(debrief));
  writeFileSync(`test/fixtures/golden/${scenario}-${seed}.debrief.csv`, debriefCsv(debrief));
  console.log(`${file}: ${sim.finalHash}`);
}
