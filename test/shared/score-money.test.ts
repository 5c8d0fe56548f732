/** Money that counts: the score reads operating profit (revenue − running costs − talent − financing), not cash or gross revenue. */
import { describe, expect, it } from "vitest";
import type { Order } from "../../shared/protocol/orders";
import type { GameState } from "../../shared/engine/state";
import { createGame, resolveTurn } from "../../shared/engine";
import { scoreParts } from "../../shared/engine/outcomes";
import { measureNation } from "../../shared/engine/operations";
import { FINANCING_RATE_PER_QUARTER, profitPoints } from "../../shared/engine/money";
import { presetScenario } from "../../shared/scenario/presets";
import { powerElasticity } from "../../shared/sim/power-elasticity";
import { baselineOrders } from "../../shared/ai/baseline";
import { testScenario } from "./fixture-scenario";

const total = (s: GameState, id: string): number => {
  const n = s.nations[id];
  return Object.values(scoreParts(s, n, measureNation(s, n).effectiveCompute)).reduce((a, b) => a + b, 0);
};
const scoring = { compute: 1, sovereignty: 4, expertise: 3, capability: 1, revenue: 0, support: 1, milestone: 150, profit: 2, profitScale: 150 };

describe("the score counts what a nation keeps", () => {
  it("unspent cash neither scores nor vanishes", () => {
    const s = createGame(testScenario({ scoring }), 1);
    const richer = structuredClone(s);
    richer.nations.korea.treasury += 5000;
    expect(total(richer, "korea")).toBeCloseTo(total(s, "korea"), 9);
    // Holding: the treasury only moves by revenue − running costs + next quarter's budget.
    const r = resolveTurn(s, { korea: [{ type: "hold", turn: 1 }] }).state.nations.korea;
    const h = r.history.at(-1)!;
    expect(r.treasury).toBeCloseTo(s.nations.korea.treasury + h.revenue - h.opex + r.budgetPerQuarter, 0);
  });

  it("operating profit = revenue − running costs − talent − financing on capex, and it is what the money term reads", () => {
    let s = createGame(testScenario({ scoring }), 1);
    const gpus: Order = { type: "order_gpus", turn: 1, model: "h100", quantity: 2000, vendor: "dell", package: "components", dcId: "korea-dc1" };
    const talent: Order = { type: "talent", turn: 1, level: 2 };
    s = resolveTurn(s, { korea: [gpus, talent] }).state;
    const n = s.nations.korea;
    const h = n.history.at(-1)!;
    const talentCost = s.catalogue.talentCost[1];
    expect(n.capitalEmployed).toBeGreaterThan(0);
    expect(h.financing).toBeCloseTo(FINANCING_RATE_PER_QUARTER * n.capitalEmployed, 1);
    expect(h.profit).toBeCloseTo(h.revenue - h.opex - talentCost - h.financing, 0);
    expect(n.cumulativeProfit).toBeCloseTo(h.profit, 0);
    const parts = scoreParts(s, n, measureNation(s, n).effectiveCompute);
    expect(parts.profit).toBeCloseTo(profitPoints(2, n.cumulativeProfit, 150), 6);
    expect(parts.profit).toBeLessThan(0);
    expect(parts.revenue).toBe(0);
  });

  it("losses hurt and profits help, with diminishing returns either way", () => {
    expect(profitPoints(2, -500, 150)).toBeLessThan(0);
    expect(profitPoints(2, 500, 150)).toBeGreaterThan(0);
    expect(profitPoints(2, 1000, 150) - profitPoints(2, 500, 150)).toBeLessThan(profitPoints(2, 500, 150));
    expect(profitPoints(2, -1000, 150)).toBeCloseTo(-profitPoints(2, 1000, 150), 9);
  });

  it("a loss-making GPU-rental plan scores below the same plan run at a profit", () => {
    const plan = (s: GameState): Order[] =>
      s.turn === 1
        ? [
            { type: "policy", turn: 1, policy: "gpuaas_hub", enabled: true },
            { type: "order_gpus", turn: 1, model: "h100", quantity: 2500, vendor: "dell", package: "fullstack", dcId: "korea-dc1" },
          ]
        : [{ type: "hold", turn: s.turn }];
    const play = (powerPrice: number) => {
      let s = createGame(testScenario({ scoring, turns: 8 }, { powerPrice, expertise: 60 }), 1);
      while (!s.finished) s = resolveTurn(s, { korea: plan(s) }).state;
      return s.nations.korea;
    };
    const cheap = play(40);
    const dear = play(310);
    expect(dear.cumulativeProfit).toBeLessThan(cheap.cumulativeProfit);
    expect(dear.cumulativeProfit).toBeLessThan(0);
    expect(dear.score).toBeLessThan(cheap.score);
    // Same hardware, same compute: the money is the difference.
    expect(dear.history.at(-1)!.effectiveCompute).toBeCloseTo(cheap.history.at(-1)!.effectiveCompute, 0);
  });
});

describe("power price moves outcomes", () => {
  const seeds = [1, 2, 3];
  it("swapping a nation's power price for the dearest nation's (UK, US$310/MWh) lowers its score by at least 5 % (Saudi Arabia, several seeds of workshop and full)", () => {
    for (const preset of ["workshop", "full"] as const) {
      const [saudi] = powerElasticity(presetScenario(preset), seeds, () => baselineOrders, ["saudi"]);
      expect(saudi.dearest, preset).toBe(310);
      expect(saudi.change, preset).toBeGreaterThanOrEqual(0.05);
    }
  });

  it(
    "in the full game every nation's score falls with dearer power, by 5 % or more on average for those paying US$150/MWh or less",
    { timeout: 120_000 },
    () => {
      const el = powerElasticity(presetScenario("full"), seeds, () => baselineOrders).filter((e) => e.price < e.dearest);
      expect(el.length).toBe(7);
      const cheap = el.filter((e) => e.price <= 150);
      for (const e of el) expect(e.change, e.nation).toBeGreaterThan(0);
      expect(cheap.reduce((s, e) => s + e.change, 0) / cheap.length).toBeGreaterThanOrEqual(0.05);
    },
  );
});
