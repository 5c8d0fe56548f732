/** A small, controlled scenario for engine tests: two nations with equal starting positions and no random events. */
import { ScenarioSchema } from "../../shared/scenario/schema";
import type { Scenario, ScenarioInput } from "../../shared/scenario/schema";
import type { Order } from "../../shared/protocol/orders";
import type { GameState } from "../../shared/engine/state";

type NationOver = Partial<ScenarioInput["nations"][number]>;

function nation(id: "korea" | "india", partner: string, over: NationOver = {}): ScenarioInput["nations"][number] {
  return {
    id,
    name: id === "korea" ? "South Korea" : "India",
    flag: id === "korea" ? "kr" : "in",
    colour: id === "korea" ? "#0072B2" : "#E69F00",
    profile: "Test nation.",
    language: id === "korea" ? "Korean" : "Hindi",
    treasury: 4000,
    budgetPerQuarter: 400,
    gridMw: 500,
    gridQuarters: 2,
    powerPrice: 100,
    buildCostPerMw: 10,
    expertise: 30,
    support: 55,
    exportStatus: "ally",
    champions: [partner],
    sites: [
      { id: "capital", name: "Capital", lat: 10, lon: 10 },
      { id: "coast", name: "Coast", lat: 12, lon: 12 },
    ],
    dataCentres: [{ name: "Existing hall", site: "capital", mw: 20, cooling: "liquid", builder: "local", partner, gpus: [] }],
    objectives: [],
    ...over,
  };
}

/** The test scenario; `over` replaces top-level fields, `korea`/`india` patch a nation. */
export function testScenario(over: Partial<ScenarioInput> = {}, korea: NationOver = {}, india: NationOver = {}): Scenario {
  return ScenarioSchema.parse({
    id: "test",
    name: "Test",
    description: "Engine test scenario.",
    turns: 12,
    start: { year: 2026, q: 1 },
    nations: [nation("korea", "skt", korea), nation("india", "yotta", india)],
    market: { hbmPoolGb: 50_000_000, packagingCapGpus: 200_000, eventChance: 0 },
    deck: [],
    scoring: { compute: 1, sovereignty: 4, expertise: 3, capability: 2, revenue: 2, support: 1, milestone: 150 },
    ...over,
  });
}

/** Orders for every nation this turn from per-nation strategy functions (missing nations hold). */
export function ordersFor(state: GameState, strategies: Record<string, (s: GameState, nation: string) => Order[]>): Record<string, Order[]> {
  const out: Record<string, Order[]> = {};
  for (const id of state.order) out[id] = strategies[id]?.(state, id) ?? [{ type: "hold", turn: state.turn }];
  return out;
}
