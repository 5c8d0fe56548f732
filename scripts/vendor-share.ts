/**
 * npx tsx scripts/vendor-share.ts [--preset workshop --preset full --games 6 --difficulty normal --dealt]
 * Plays AI games (default personalities, or with --dealt the personalities and strategies npm run balance deals) and prints the
 * installed PF by vendor and by model at the end, and which accelerators were ordered at all.
 */
import { parseArgs } from "node:util";
import type { PresetId } from "../shared/scenario/presets";
import type { Difficulty } from "../shared/ai/personality";
import { presetScenario } from "../shared/scenario/presets";
import { vendorShareOfGames } from "../shared/sim/vendor-share";

const { values } = parseArgs({
  options: {
    preset: { type: "string", multiple: true },
    games: { type: "string", default: "6" },
    difficulty: { type: "string", default: "normal" },
    dealt: { type: "boolean", default: false },
  },
});
for (const preset of (values.preset ?? ["workshop", "full"]) as PresetId[]) {
  const seeds = Array.from({ length: Number(values.games) }, (_, i) => i + 1);
  const r = vendorShareOfGames(presetScenario(preset), seeds, values.difficulty as Difficulty, values.dealt ? "dealt" : "default");
  console.log(
    `\n${preset} (${seeds.length} games, ${values.difficulty}): AMD share of installed PF ${(r.amdShare * 100).toFixed(1)} % (per game ${r.perGame.map((x) => (x * 100).toFixed(0)).join(", ")})`,
  );
  for (const [m, pf] of Object.entries(r.pfByModel).sort((a, b) => b[1] - a[1]))
    console.log(`  ${m.padEnd(12)} ${pf.toFixed(0).padStart(10)} PF installed, ordered in ${r.gamesOrdering[m] ?? 0} games`);
  const never = r.onSale.filter((m) => !r.gamesOrdering[m]);
  console.log(`  on sale but never ordered: ${never.length ? never.join(", ") : "none"}`);
}
