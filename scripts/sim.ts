/** `npm run sim -- --scenario workshop --seed 42 [--turns N] [--json out.json]`: a headless game with baseline bots. */
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { PRESET_IDS, presetScenario } from "../shared/scenario/presets";
import { formatSim, runSim } from "../shared/sim/run";

const { values } = parseArgs({
  options: {
    scenario: { type: "string", default: "workshop" },
    seed: { type: "string", default: "42" },
    turns: { type: "string" },
    json: { type: "string" },
  },
});
const id = values.scenario as string;
if (!(PRESET_IDS as readonly string[]).includes(id)) {
  console.error(`Unknown scenario "${id}". Presets: ${PRESET_IDS.join(", ")}.`);
  process.exit(2);
}
const seed = Number(values.seed);
if (!Number.isInteger(seed) || seed < 0) {
  console.error(`--seed must be a whole number ≥ 0, got "${values.seed}".`);
  process.exit(2);
}
const turns = values.turns === undefined ? undefined : Number(values.turns);
const result = runSim(presetScenario(id as (typeof PRESET_IDS)[number]), seed, { turns });
console.log(formatSim(result));
if (values.json) {
  const { state: _state, ...rest } = result;
  writeFileSync(values.json, JSON.stringify(rest, null, 2) + "\n");
  console.log(`Wrote ${values.json}`);
}
