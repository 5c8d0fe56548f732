/**
 * Power elasticity of the score: for each nation, the change of its final score when its power price is
 * swapped for the dearest nation's in the game data or the scenario (the UK's ~US$310/MWh in `full`, facts.md
 * §3b D19/D20; shared/sim/power-swap.ts), the rest of the game unchanged (same seed, same bots). The balance bench reports it as
 * `powerElasticity`.
 */
import type { Scenario } from "../scenario/schema";
import type { Bot } from "./run";
import { runSim } from "./run";
import { PRESET_IDS, presetScenario } from "../scenario/presets";
import { nationPrices, priceExtremes } from "./power-swap";

/** One nation's measured elasticity. */
export interface PowerElasticity {
  nation: string;
  /** Its own price and the dearest price it was given, US$/MWh. */
  price: number;
  dearest: number;
  /** Mean final score at its own price and at the dearest price over the seeds. */
  score: number;
  scoreAtDearest: number;
  /** Mean of (score − score at dearest) / |score| over the seeds (0.05 = the score falls 5 %). */
  change: number;
}

/** The scenario with one nation's grid power price replaced. */
export function withPowerPrice(scenario: Scenario, nation: string, price: number): Scenario {
  const s = structuredClone(scenario);
  for (const n of s.nations) if (n.id === nation) n.powerPrice = price;
  return s;
}

/** Measure every nation's (or the listed nations') power elasticity over `seeds`, with `bot(seed)` playing every seat. */
export function powerElasticity(scenario: Scenario, seeds: number[], bot: (seed: number) => Bot, nations?: string[]): PowerElasticity[] {
  const dearest = priceExtremes(nationPrices([scenario, ...PRESET_IDS.map((p) => presetScenario(p))])).dearest.price;
  const ids = nations ?? scenario.nations.map((n) => n.id);
  const base = new Map(seeds.map((seed) => [seed, runSim(scenario, seed, { bot: bot(seed) }).state]));
  return ids.map((id) => {
    const price = scenario.nations.find((n) => n.id === id)?.powerPrice ?? dearest;
    let score = 0;
    let swapped = 0;
    let change = 0;
    for (const seed of seeds) {
      const a = base.get(seed)!.nations[id].score;
      const b = price === dearest ? a : runSim(withPowerPrice(scenario, id, dearest), seed, { bot: bot(seed) }).state.nations[id].score;
      score += a;
      swapped += b;
      change += (a - b) / Math.max(1, Math.abs(a));
    }
    const k = Math.max(1, seeds.length);
    return { nation: id, price, dearest, score: score / k, scoreAtDearest: swapped / k, change: change / k };
  });
}
