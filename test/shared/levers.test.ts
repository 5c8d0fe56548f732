/**
 * No free levers, no money printers (issue 14, part 8): every policy has a cost, joint training is
 * limited per pair and does not stack, a strategic stake returns what the sourced case supports, with risk.
 */
import { describe, expect, it } from "vitest";
import { describeDealSaid } from "../../shared/describe/deal-reasons";
import type { GameState } from "../../shared/engine/state";
import type { Order, PolicyId } from "../../shared/protocol/orders";
import type { DealTerms } from "../../shared/protocol/deals";
import { createGame, resolveTurn } from "../../shared/engine";
import { measureNation } from "../../shared/engine/operations";
import { validateDeal } from "../../shared/engine/deals";
import { policyProfitDelta } from "../../shared/engine/levers";
import { HUB_FIXED_COST } from "../../shared/engine/policy-rates";
import { baselineOrders } from "../../shared/ai/baseline";
import { judgeDeal, valueDeal } from "../../shared/ai/deal-judge";
import { viewFor } from "../../shared/engine/view";
import { presetScenario } from "../../shared/scenario/presets";
import { testScenario } from "./fixture-scenario";

const hold = (s: GameState): Order[] => [{ type: "hold", turn: s.turn }];

/** The test scenario with korea's hall full of self-run B200s, the given policies on, played `turns` quarters. */
function withGpus(policies: PolicyId[], turns: number, seed = 4): GameState {
  let s = createGame(testScenario(), seed);
  s.nations.korea.dataCentres[0].gpus = [{ model: "b200", count: 8000, operator: "nation", vendor: "skt", value: 300 }];
  for (const p of policies) s.nations.korea.policies[p] = true;
  for (let t = 0; t < turns; t++) s = resolveTurn(s, { korea: hold(s), india: hold(s) }).state;
  return s;
}

describe("policies cost something", () => {
  it("gpuaas_hub: more rental revenue, but selling and serving it costs money and national models train on less compute", () => {
    const off = withGpus([], 6),
      on = withGpus(["gpuaas_hub"], 6);
    const fOff = measureNation(off, off.nations.korea),
      fOn = measureNation(on, on.nations.korea);
    expect(fOn.revenue).toBeGreaterThan(fOff.revenue);
    expect(fOn.opex - fOff.opex).toBeGreaterThan(HUB_FIXED_COST);
    expect(fOn.revenue - fOn.opex - (fOff.revenue - fOff.opex)).toBeLessThan(fOn.revenue - fOff.revenue);
    expect(on.nations.korea.capability).toBeLessThan(off.nations.korea.capability * 0.85);
  });

  it("gpuaas_hub loses money for a nation with little to rent", () => {
    const s = createGame(testScenario(), 4);
    expect(policyProfitDelta(s, s.nations.korea, "gpuaas_hub", measureNation)).toBeLessThan(0);
  });

  it("power_subsidy: the treasury pays more than the nation's own power saving, for public support", () => {
    const off = withGpus([], 6),
      on = withGpus(["power_subsidy"], 6);
    expect(on.nations.korea.history.at(-1)!.opex).toBeGreaterThan(off.nations.korea.history.at(-1)!.opex);
    expect(on.nations.korea.treasury).toBeLessThan(off.nations.korea.treasury);
    expect(on.nations.korea.support).toBeGreaterThan(off.nations.korea.support + 3);
  });

  it("data_localisation: sovereignty and support, against foreign demand", () => {
    const off = withGpus([], 4),
      on = withGpus(["data_localisation"], 4);
    expect(on.nations.korea.sovereignty).toBeGreaterThan(off.nations.korea.sovereignty);
    expect(measureNation(on, on.nations.korea).revenue).toBeLessThan(measureNation(off, off.nations.korea).revenue);
  });
});

describe("joint training", () => {
  it("is one item per deal and one programme per pair of nations, refused with a code", () => {
    const s = createGame(testScenario(), 2);
    const two: DealTerms = { from: "korea", to: "india", quarters: 4, items: [{ kind: "joint_training" }, { kind: "joint_training" }] };
    const r = validateDeal(s, two);
    expect(r.ok ? "" : r.error.code).toBe("deal/joint_training_limit");
    const one: DealTerms = { from: "korea", to: "india", quarters: 4, items: [{ kind: "joint_training" }] };
    expect(validateDeal(s, one).ok).toBe(true);
    const reverse: DealTerms = { from: "india", to: "korea", quarters: 2, items: [{ kind: "joint_training" }] };
    const again = validateDeal(s, reverse, {}, [one]);
    expect(again.ok ? "" : again.error.code).toBe("deal/joint_training_limit");
    const after = resolveTurn(s, { korea: hold(s), india: hold(s) }, { deals: [one] }).state;
    const inForce = validateDeal(after, reverse);
    expect(inForce.ok ? "" : inForce.error.code).toBe("deal/joint_training_limit");
  });

  it("cannot be stacked: joint training with every other nation on turn 1 is worth no more than with one", () => {
    for (const seed of [1, 2]) {
      const score = (partners: number): number => {
        let s = createGame(presetScenario("full"), seed);
        const me = s.order[0];
        const deals: DealTerms[] = s.order
          .filter((x) => x !== me)
          .slice(0, partners)
          .map((o) => ({ from: me, to: o, quarters: 8, items: [{ kind: "joint_training" }] }));
        while (!s.finished) s = resolveTurn(s, Object.fromEntries(s.order.map((id) => [id, baselineOrders(s, id)])), s.turn === 1 ? { deals } : {}).state;
        return s.nations[me].score;
      };
      const none = score(0),
        one = score(1),
        all = score(7);
      expect(one).toBeGreaterThan(none);
      expect(all - none).toBeLessThanOrEqual((one - none) * 1.1);
      expect(all - none).toBeLessThan(none * 0.03);
    }
  });
});

describe("the AI at the table values joint training with the new rules", () => {
  it("refuses a second programme with the same pair, and values a new one less when it already trains with others", () => {
    let s = createGame(presetScenario("full"), 3);
    const jt = (from: string, to: string): DealTerms => ({ from, to, quarters: 6, items: [{ kind: "joint_training" }] });
    const fresh = valueDeal(viewFor(s, { kind: "nation", nation: "uae" }), "uae", jt("korea", "uae"));
    s = resolveTurn(s, Object.fromEntries(s.order.map((id) => [id, hold(s)])), { deals: [jt("korea", "japan"), jt("saudi", "uae"), jt("india", "uae")] }).state;
    const again = judgeDeal(viewFor(s, { kind: "nation", nation: "japan" }), "japan", jt("korea", "japan"));
    expect(again.answer).toBe("refuse");
    expect(describeDealSaid(again.said)).toMatch(/already train a joint model/);
    const busy = valueDeal(viewFor(s, { kind: "nation", nation: "uae" }), "uae", jt("korea", "uae"));
    expect(fresh.ok && busy.ok).toBe(true);
    if (fresh.ok && busy.ok) expect(busy.gain).toBeLessThan(fresh.gain);
  });
});

describe("strategic stakes", () => {
  it("return what the sourced case supports (a few % over two years at most), varying by seed and sometimes negative", () => {
    const returns: number[] = [];
    const quarters: number[] = [];
    for (const seed of [1, 2, 3, 4, 5, 6]) {
      let a = createGame(testScenario(), seed),
        b = createGame(testScenario(), seed);
      a = resolveTurn(a, { korea: [{ type: "invest_integrator", turn: 1, integrator: "penguin", amount: 200 }], india: hold(a) }).state;
      b = resolveTurn(b, { korea: hold(b), india: hold(b) }).state;
      for (let t = 0; t < 7; t++) {
        a = resolveTurn(a, { korea: hold(a), india: hold(a) }).state;
        b = resolveTurn(b, { korea: hold(b), india: hold(b) }).state;
      }
      a.nations.korea.history.forEach((h, i) => quarters.push(h.revenue - b.nations.korea.history[i].revenue));
      returns.push((a.nations.korea.treasury + 200 - b.nations.korea.treasury) / 200);
    }
    for (const r of returns) expect(Math.abs(r)).toBeLessThan(0.15);
    expect(new Set(returns.map((r) => r.toFixed(4))).size).toBeGreaterThan(3);
    expect(quarters.some((q) => q < 0)).toBe(true);
    expect(quarters.some((q) => q > 0)).toBe(true);
  });
});
