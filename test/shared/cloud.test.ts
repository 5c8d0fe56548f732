/** Hyperscaler sovereign clouds (issue 14, part 7): fast, capex-free, low sovereignty, priced per the sources. */
import { describe, expect, it } from "vitest";
import type { GameState } from "../../shared/engine/state";
import type { Order } from "../../shared/protocol/orders";
import { Order as OrderSchema } from "../../shared/protocol/orders";
import { createGame, resolveTurn, validateOrder } from "../../shared/engine";
import { measureNation } from "../../shared/engine/operations";
import { sovereigntyIndex } from "../../shared/engine/outcomes";
import { cloudFeePerQuarter, cloudPricePerHour, CLOUD_CONTROL } from "../../shared/engine/cloud";
import { testScenario } from "./fixture-scenario";

const hold = (s: GameState): Order[] => [{ type: "hold", turn: s.turn }];
const contract = (s: GameState, gpus = 4000, quarters = 4): Order => ({ type: "cloud_contract", turn: s.turn, provider: "aws", model: "h100", gpus, quarters });

function play(first: Order[], turns: number): GameState[] {
  const states = [createGame(testScenario(), 5)];
  for (let t = 0; t < turns; t++) {
    const s = states[states.length - 1];
    states.push(resolveTurn(s, { korea: t === 0 ? first : hold(s), india: hold(s) }).state);
  }
  return states;
}

describe("cloud_contract", () => {
  it("has exactly the shape { type, turn, provider, model, gpus 8..200,000, quarters 1..12 }", () => {
    const ok = { type: "cloud_contract", turn: 1, provider: "azure", model: "b200", gpus: 8, quarters: 12 };
    expect(OrderSchema.safeParse(ok).success).toBe(true);
    for (const bad of [{ gpus: 7 }, { gpus: 200_001 }, { quarters: 0 }, { quarters: 13 }, { provider: "ibm" }, { gpus: 8.5 }]) {
      expect(OrderSchema.safeParse({ ...ok, ...bad }).success, JSON.stringify(bad)).toBe(false);
    }
  });

  it("is fast and capex-free: compute online next quarter, no money at signing, the fee is opex every quarter of the term", () => {
    const s0 = createGame(testScenario(), 5);
    const fee = cloudFeePerQuarter(s0, { provider: "aws", model: "h100", gpus: 4000, quarters: 4 });
    const withCloud = play([contract(s0)], 6);
    const without = play(hold(s0), 6);
    const k = (s: GameState) => s.nations.korea;
    // Signed in turn 1: nothing taken from the treasury then beyond the running costs both games pay.
    expect(k(withCloud[1]).history[0].compute).toBe(k(without[1]).history[0].compute);
    expect(k(withCloud[1]).history[0].opex).toBeCloseTo(k(without[1]).history[0].opex, 6);
    // Turns 2..5: 4,000 H100 online, the fee in opex.
    for (let t = 2; t <= 5; t++) {
      const h = k(withCloud[t]).history.at(-1)!,
        b = k(without[t]).history.at(-1)!;
      expect(h.compute - b.compute).toBeCloseTo(4000 * 1.98, 0);
      expect(h.opex - b.opex).toBeCloseTo(fee, 0);
    }
    // After the term, nothing.
    expect(k(withCloud[6]).history.at(-1)!.compute).toBeCloseTo(k(without[6]).history.at(-1)!.compute, 6);
  });

  it("is low-sovereignty: rented compute counts at the cloud's control weight and never as the nation's own", () => {
    const s0 = createGame(testScenario(), 5);
    const s = play([contract(s0, 20_000)], 2)[2];
    const f = measureNation(s, s.nations.korea);
    expect(f.effectiveCompute).toBeGreaterThan(10_000);
    expect(f.controlShare).toBeCloseTo(CLOUD_CONTROL, 6);
    expect(f.sovereignCompute).toBe(0);
    // Its GPU-hours do national work at the domestic-access rent (IndiaAI's resale of cloud GPU-hours, N28/N30/N32): some revenue, well below the fee.
    expect(f.revenue).toBeGreaterThan(0);
    expect(f.revenue).toBeLessThan(f.opex);
    // Lower than the same compute run by a US integrator in a US-built hall (control weight 0.25).
    expect(s.nations.korea.sovereignty).toBeLessThan(sovereigntyIndex(s.nations.korea, 0.25));
  });

  it("is priced from the hyperscaler tier (facts.md §4): H100 in US$3.50–7 an hour on demand, cheaper with a longer commitment", () => {
    const s = createGame(testScenario(), 5);
    const h100 = cloudPricePerHour(s, "aws", "h100", 1)!;
    expect(h100).toBeGreaterThanOrEqual(3.5);
    expect(h100).toBeLessThanOrEqual(5.0);
    const b200 = cloudPricePerHour(s, "aws", "b200", 1)!;
    expect(b200).toBeGreaterThan(7.5);
    expect(b200).toBeLessThanOrEqual(14.24);
    expect(cloudPricePerHour(s, "azure", "h100", 1)!).toBeGreaterThan(h100);
    expect(cloudPricePerHour(s, "aws", "h100", 12)!).toBeLessThan(h100 * 0.75);
  });

  it("is refused when the first quarter's fee cannot be paid, and for an unknown model", () => {
    const s = createGame(testScenario(), 5);
    s.nations.korea.treasury = 100;
    const big = validateOrder(s, "korea", contract(s, 20_000, 1));
    expect(big.ok ? "" : big.error.code).toBe("money/cannot_afford");
    const unknown = validateOrder(s, "korea", { ...contract(s), model: "tpu9" } as Order);
    expect(unknown.ok ? "" : unknown.error.code).toBe("gpu/unknown_model");
  });
});
