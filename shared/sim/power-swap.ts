/**
 * The balance bench's power swap (issue 14, `power_price`): a nation plays with the dearest nation's grid
 * power price taken from the game data (every nation of every shipped preset: the UK's US$310/MWh in
 * `full`, facts.md §3b D19/D20), whether or not that nation is in the preset played, so `workshop`
 * (which has no UK) is measured against the same price as `full`. The dearest nation itself gets the
 * cheapest price in the game data instead (Saudi Arabia's US$48/MWh). Only that nation's price changes:
 * the other nations keep theirs, so the score change is the bill's, not a rival's windfall.
 */
import type { Scenario } from "../scenario/schema";
import { PRESET_IDS, presetScenario } from "../scenario/presets";

/** One nation's grid power price in the game data, US$/MWh. */
export interface NationPrice {
  nation: string;
  price: number;
}

/** Every nation's grid power price in the given scenarios (the first scenario naming a nation wins). */
export function nationPrices(scenarios: readonly Scenario[]): NationPrice[] {
  const out = new Map<string, number>();
  for (const s of scenarios) for (const n of s.nations) if (!out.has(n.id)) out.set(n.id, n.powerPrice);
  return [...out].map(([nation, price]) => ({ nation, price }));
}

/** The nations' prices of every shipped preset (the game data). */
export function gamePowerPrices(): NationPrice[] {
  return nationPrices(PRESET_IDS.map((id) => presetScenario(id)));
}

/** The dearest and cheapest nation of a price list (ties broken by id). */
export function priceExtremes(prices: readonly NationPrice[]): { dearest: NationPrice; cheapest: NationPrice } {
  if (prices.length === 0) throw new Error("No power prices");
  const sorted = [...prices].sort((a, b) => b.price - a.price || a.nation.localeCompare(b.nation));
  return { dearest: sorted[0], cheapest: sorted[sorted.length - 1] };
}

/** The price `nation` plays with in the swap: the dearest nation's, or the cheapest's when it is the dearest. */
export function swappedPrice(nation: string, prices: readonly NationPrice[] = gamePowerPrices()): number {
  const { dearest, cheapest } = priceExtremes(prices);
  return dearest.nation === nation ? cheapest.price : dearest.price;
}

/** The scenario with `nation`'s grid power price swapped for the dearest nation's in the game data (the cheapest's for the dearest itself). */
export function swapPowerPrice(scenario: Scenario, nation: string, prices: readonly NationPrice[] = gamePowerPrices()): Scenario {
  const s = structuredClone(scenario);
  const me = s.nations.find((n) => n.id === nation);
  if (me) me.powerPrice = swappedPrice(nation, prices);
  return s;
}
