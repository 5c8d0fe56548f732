/**
 * `npx tsx scripts/score-parts.ts [--preset full | --file scenario.json] [--from 1] [--to 8]`: hard AI-vs-AI games,
 * printing each nation's final score by term, its end figures and the turn it met each objective (issue 14: why a
 * nation wins or never does). Deterministic: the bench's AI games (shared/sim/balance.ts dealProfiles) for the same seeds.
 */
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { parseScenario } from "../shared/scenario/load";
import { isPresetId, presetScenario } from "../shared/scenario/presets";
import { dealProfiles } from "../shared/sim/balance";
import { aiOrders } from "../shared/ai/decide";
import { viewFor } from "../shared/engine/view";
import { createGame } from "../shared/engine/setup";
import { resolveTurn } from "../shared/engine/resolve";
import { scoreParts } from "../shared/engine/outcomes";
import { measureNation } from "../shared/engine/operations";
import type { Order } from "../shared/protocol/orders";
import type { Scenario } from "../shared/scenario/schema";

const { values } = parseArgs({
  options: {
    preset: { type: "string", default: "full" },
    file: { type: "string" },
    from: { type: "string", default: "1" },
    to: { type: "string", default: "8" },
  },
});

function load(): Scenario {
  if (values.file) {
    const r = parseScenario(JSON.parse(readFileSync(values.file, "utf8")));
    if (!r.ok) throw new Error(r.problems.map((p) => `${p.path}: ${p.message}`).join("; "));
    return r.scenario;
  }
  const id = values.preset as string;
  if (!isPresetId(id)) throw new Error(`Unknown preset "${id}"`);
  return presetScenario(id);
}

const scenario = load();
const ids = scenario.nations.map((n) => n.id);
const fix = (x: number, w: number): string => x.toFixed(0).padStart(w);
for (let seed = Number(values.from); seed <= Number(values.to); seed++) {
  const profiles = dealProfiles(seed, ids, "hard");
  let state = createGame(scenario, seed);
  const met: Record<string, string[]> = Object.fromEntries(ids.map((id) => [id, []]));
  for (let t = 0; t < scenario.turns && !state.finished; t++) {
    const orders: Record<string, Order[]> = {};
    for (const id of state.order) orders[id] = aiOrders(viewFor(state, { kind: "nation", nation: id }, { copy: false }), id, profiles[id]);
    const turn = state.turn;
    state = resolveTurn(state, orders).state;
    for (const id of ids) for (const o of state.nations[id].objectivesMet) if (!met[id].some((x) => x.startsWith(`${o}@`))) met[id].push(`${o}@${turn}`);
  }
  const rows = ids
    .map((id) => {
      const n = state.nations[id];
      const f = measureNation(state, n);
      return { id, n, p: scoreParts(state, n, f.effectiveCompute), ef: f.effectiveCompute };
    })
    .sort((a, b) => b.n.score - a.n.score);
  console.log(`seed ${seed} winner ${rows[0].id}`);
  for (const { id, n, p, ef } of rows)
    console.log(
      `  ${id.padEnd(10)}${fix(n.score, 6)} | comp ${fix(p.compute, 4)} sov ${fix(p.sovereignty, 4)} exp ${fix(p.expertise, 4)} cap ${fix(p.capability, 4)} prof ${fix(p.profit, 5)} sup ${fix(p.support, 3)} ms ${fix(p.milestone, 3)} obj ${fix(p.objectives, 4)}` +
        ` | PF ${fix(ef, 8)} exp ${n.expertise.toFixed(1)} sov ${n.sovereignty} sup ${n.support.toFixed(0)} cap ${n.capability.toFixed(0)} profit ${fix(n.cumulativeProfit, 5)} ms@${n.milestoneTurn} ${profiles[id].strategy}/${profiles[id].personality} met ${met[id].join(",")}`,
    );
}
