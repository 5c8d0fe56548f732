/** Structured causes of a resolved quarter (shared/engine/causes.ts): each headline figure's causes sum to its change and name what moved it. */
import { describe, expect, it } from "vitest";
import type { Order } from "../../shared/protocol/orders";
import type { GameState } from "../../shared/engine/state";
import type { FigureChange, FigureId } from "../../shared/engine/causes";
import { describeCause } from "../../shared/describe/causes";
import { createGame, resolveTurn } from "../../shared/engine";
import { orderCost } from "../../shared/engine/order-cost";
import { baselineOrders } from "../../shared/ai/baseline";
import { presetScenario } from "../../shared/scenario/presets";
import { testScenario } from "./fixture-scenario";

const fig = (s: GameState, nation: string, id: FigureId): FigureChange => {
  const f = s.nations[nation].lastTurn?.figures.find((x) => x.figure === id);
  if (!f) throw new Error(`no ${id} for ${nation}`);
  return f;
};
const sum = (f: FigureChange): number => f.causes.reduce((s, c) => s + c.amount, 0);

/** Play `turns` quarters of `state` with the baseline AI for every nation, calling `check` after each. */
function play(state: GameState, turns: number, check: (before: GameState, after: GameState, orders: Record<string, Order[]>) => void): void {
  let s = state;
  for (let t = 0; t < turns && !s.finished; t++) {
    const orders = Object.fromEntries(s.order.map((id) => [id, baselineOrders(s, id)]));
    const next = resolveTurn(s, orders).state;
    check(s, next, orders);
    s = next;
  }
}

describe("causes of a resolved quarter", () => {
  for (const [preset, seed] of [
    ["workshop", 1],
    ["workshop", 7],
    ["full", 3],
    ["tutorial", 42],
  ] as const) {
    it(`sum to each figure's change and start from what the player saw (${preset}, seed ${seed})`, () => {
      let checked = 0;
      play(createGame(presetScenario(preset), seed), 6, (before, after) => {
        for (const id of after.order) {
          const n0 = before.nations[id],
            n1 = after.nations[id];
          const t = n1.lastTurn!;
          expect(t.turn).toBe(before.turn);
          for (const f of t.figures) {
            expect(sum(f), `${id} ${f.figure} turn ${t.turn}`).toBeCloseTo(f.change, 6);
            expect(f.after - f.before).toBeCloseTo(f.change, 9);
            for (const c of f.causes) expect(describeCause(f.figure, c)).not.toMatch(/undefined|NaN/);
          }
          // The treasury runs from the figure shown during the orders phase to the one shown after: budget included.
          expect(fig(after, id, "treasury").before).toBeCloseTo(n0.treasury, 6);
          expect(fig(after, id, "treasury").after).toBeCloseTo(n1.treasury, 6);
          expect(fig(after, id, "treasury").causes.find((c) => c.code === "budget")?.amount).toBe(n1.budgetPerQuarter);
          expect(fig(after, id, "sovereignty").before).toBe(n0.sovereignty);
          expect(fig(after, id, "sovereignty").after).toBe(n1.sovereignty);
          expect(fig(after, id, "score").after).toBe(n1.score);
          // Compute and utilisation end at the history row the dashboard shows (and start at the previous one).
          for (const k of ["compute", "utilisation"] as const) {
            expect(fig(after, id, k).after).toBe(n1.history.at(-1)![k]);
            expect(fig(after, id, k).before).toBe(n0.history.at(-1)![k]);
          }
          // What is left unexplained is only rounding: the sovereignty index is rounded to 0.001, the score to a point (before and after).
          const rest = (id2: FigureId): number =>
            fig(after, id, id2)
              .causes.filter((c) => c.code === "rounding")
              .reduce((s, c) => s + c.amount, 0);
          expect(Math.abs(rest("sovereignty"))).toBeLessThanOrEqual(0.0005 + 1e-9);
          expect(Math.abs(rest("score"))).toBeLessThanOrEqual(1 + 1e-9);
          expect(rest("treasury")).toBe(0);
          checked++;
        }
      });
      expect(checked).toBeGreaterThan(10);
    });
  }

  it("names each order's cost, the power bill and the budget in the treasury's change", () => {
    const s = createGame(testScenario(), 5);
    const o: Order[] = [
      { type: "order_gpus", turn: 1, model: "b200", quantity: 500, vendor: "penguin", package: "fullstack", dcId: "korea-dc1" },
      { type: "memory_agreement", turn: 1, maker: "skhynix", gbPerQuarter: 30000, quarters: 4 },
      { type: "talent", turn: 1, level: 1 },
    ];
    const after = resolveTurn(s, { korea: o }).state;
    const t = fig(after, "korea", "treasury");
    const orders = t.causes.filter((c) => c.code === "order");
    expect(orders.map((c) => c.params.type)).toEqual(["order_gpus", "memory_agreement", "talent"]);
    o.forEach((x, i) => expect(-orders[i].amount).toBeCloseTo(orderCost(s, s.nations.korea, x), 6));
    expect(describeCause("treasury", orders[1])).toMatch(/HBM reservation fee/);
    expect(t.causes.find((c) => c.code === "transfers")?.amount ?? 0).toBeCloseTo(0, 6);
    // No deal, no cloud: compute and utilisation are explained site by site.
    play(after, 4, (_b, a) => {
      expect(Math.abs(fig(a, "korea", "compute").causes.find((c) => c.code === "deal_compute")?.amount ?? 0)).toBeLessThan(0.1);
      const cpu = fig(a, "korea", "compute");
      if (cpu.change > 1) expect(cpu.causes.some((c) => c.code === "dc_compute" && c.amount > 0)).toBe(true);
      const power = fig(a, "korea", "treasury").causes.find((c) => c.code === "power");
      if (a.nations.korea.history.at(-1)!.compute > 0) expect(power!.amount).toBeLessThan(0);
    });
  });

  it("a talent programme shows in expertise, and the sovereignty move is split into its terms", () => {
    const s = createGame(testScenario(), 9);
    const after = resolveTurn(s, { korea: [{ type: "talent", turn: 1, level: 3 }] }).state;
    const e = fig(after, "korea", "expertise");
    const talent = e.causes.find((c) => c.code === "orders_events")!;
    expect(talent.params.talentLevel).toBe(3);
    expect(talent.amount).toBeCloseTo(s.catalogue.talentGain[2] * (1 - s.nations.korea.expertise / 120), 6);
    const sov = fig(after, "korea", "sovereignty");
    const term = sov.causes.find((c) => c.code === "expertise_term")!;
    expect(term.amount).toBeCloseTo((0.3 * e.change) / 100, 6);
    expect(describeCause("sovereignty", term)).toMatch(/Expertise .* → /);
  });

  it("lists the data centres that changed this quarter", () => {
    const s = createGame(testScenario(), 2);
    const after = resolveTurn(s, {
      korea: [{ type: "build_dc", turn: 1, site: "coast", mw: 20, cooling: "liquid", builder: "local", partner: s.nations.korea.champions[0] } as Order],
    }).state;
    const founded = after.nations.korea.dataCentres.filter((d) => d.foundedTurn === 1).map((d) => d.id);
    expect(founded.length).toBe(1);
    expect(after.nations.korea.lastTurn!.changedDcs).toEqual(expect.arrayContaining(founded));
    expect(after.nations.india.lastTurn!.changedDcs).not.toContain(founded[0]);
  });
});
