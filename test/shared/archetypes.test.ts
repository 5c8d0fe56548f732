/**
 * Scripted archetypes of the balance bench: across whole games of workshop and full, every nation's
 * orders pass validateOrder, and shared/ai/family.ts files each archetype's play under its own family
 * (classification is by what the nation did, not by the label). The order kit falls back instead of
 * giving refused orders, and the hyperscaler-cloud archetype explains why it cannot play these rules.
 */
import { describeViolation } from "../../shared/describe/refusals";
import { describe, expect, it } from "vitest";
import type { Order } from "../../shared/protocol/orders";
import type { GameState } from "../../shared/engine/state";
import type { PresetId } from "../../shared/scenario/presets";
import type { Archetype } from "../../shared/sim/archetypes";
import { ARCHETYPES, BASE_PLAN, planOrders } from "../../shared/sim/archetypes";
import { OrderKit, cloudContractsExist } from "../../shared/sim/order-kit";
import { presetScenario } from "../../shared/scenario/presets";
import { createGame } from "../../shared/engine/setup";
import { resolveTurn } from "../../shared/engine/resolve";
import { validateOrderSet } from "../../shared/engine/validate";
import { viewFor } from "../../shared/engine/view";
import { behaviourOf, familyOf } from "../../shared/ai/family";
import { moneyReceived } from "../../shared/sim/balance";

/** A whole game where every nation plays `a`: the orders refused by validateOrder and each nation's family at the end. */
function playEveryNation(preset: PresetId, a: Archetype, seed: number): { refused: string[]; families: Record<string, string>; orders: number } {
  const scenario = presetScenario(preset);
  let state: GameState = createGame(scenario, seed);
  const accepted: Record<string, Order[]> = {};
  const refused: string[] = [];
  let count = 0;
  while (!state.finished) {
    const orders: Record<string, Order[]> = {};
    for (const id of state.order) {
      orders[id] = planOrders(viewFor(state, { kind: "nation", nation: id }), id, a.plan);
      const v = validateOrderSet(state, id, orders[id]);
      refused.push(...v.rejected.map((r) => `${id} turn ${state.turn} ${r.order.type}: ${describeViolation(r.error)}`));
      (accepted[id] ??= []).push(...v.accepted);
      count += orders[id].length;
    }
    state = resolveTurn(state, orders).state;
  }
  const families = Object.fromEntries(
    state.order.map((id) => {
      const n = state.nations[id];
      return [id, familyOf(behaviourOf(accepted[id], state.catalogue, n, moneyReceived(scenario, n, scenario.turns)))];
    }),
  );
  return { refused, families, orders: count };
}

const playable = ARCHETYPES.filter((a) => a.unavailable() === null);

describe("scripted archetypes", () => {
  it("cover the eight plans of issue 14 and the local path with a 30 % AMD mix", () => {
    expect(ARCHETYPES.map((a) => a.id).sort()).toEqual(
      ["amd_value", "cash_hoarder", "jv_trilateral", "local_only", "local_amd_30", "nvidia_leading", "policy_max", "us_fullstack", "hyperscaler_cloud"].sort(),
    );
  });

  it("the local 30 % AMD plan buys both makers, AMD about 30 % of the PF it bought (less where a licence binds), and is filed as local-only", () => {
    const a = ARCHETYPES.find((x) => x.id === "local_amd_30")!;
    expect(a.family).toBe("local_only");
    const scenario = presetScenario("workshop");
    let state: GameState = createGame(scenario, 7);
    const accepted: Record<string, Order[]> = {};
    while (!state.finished) {
      const orders: Record<string, Order[]> = {};
      for (const id of state.order) orders[id] = planOrders(viewFor(state, { kind: "nation", nation: id }), id, a.plan);
      state = resolveTurn(state, orders).state;
      for (const id of state.order) (accepted[id] ??= []).push(...state.nations[id].lastOrders);
    }
    const shares = state.order.map((id) => {
      const n = state.nations[id];
      const b = behaviourOf(accepted[id], state.catalogue, n, moneyReceived(scenario, n, scenario.turns));
      const bought = accepted[id].filter((o) => o.type === "order_gpus");
      expect(
        bought.some((o) => state.catalogue.accelerators.find((x) => x.id === o.model)?.maker === "amd"),
        id,
      ).toBe(true);
      expect(
        bought.some((o) => state.catalogue.accelerators.find((x) => x.id === o.model)?.maker === "nvidia"),
        id,
      ).toBe(true);
      expect(familyOf(b), id).toBe("local_only");
      // The Gulf's licence volume (both makers' parts are controlled) goes to the first NVIDIA batch, so AMD ends lower there.
      expect(b.amdPf / b.ownedPf, id).toBeGreaterThan(id === "uae" || id === "saudi" ? 0.05 : 0.25);
      expect(b.amdPf / b.ownedPf, id).toBeLessThanOrEqual(0.31);
      return b.amdPf / b.ownedPf;
    });
    expect(shares.reduce((x, y) => x + y, 0) / shares.length).toBeGreaterThan(0.2);
  });

  it("a pre-game pipeline site under construction does not hold back the plan's own first site (Korea's NAICC, workshop)", () => {
    const state = createGame(presetScenario("workshop"), 1);
    expect(state.nations.korea.dataCentres.some((d) => d.quartersLeft > 0 && d.foundedTurn === 0)).toBe(true);
    const kit = new OrderKit(viewFor(state, { kind: "nation", nation: "korea" }), "korea");
    kit.build({ builder: "local", mw: 60, maxBuilding: 1, partner: "skt", reserve: 0 });
    expect(kit.orders.some((o) => o.type === "build_dc")).toBe(true);
  });

  for (const preset of ["workshop", "full"] as const) {
    for (const a of playable) {
      it(`${a.name} gives only orders the engine accepts for every nation of ${preset}, and is classified as itself`, () => {
        const r = playEveryNation(preset, a, 7);
        expect(r.refused).toEqual([]);
        expect(r.orders).toBeGreaterThan(presetScenario(preset).turns);
        const wrong = Object.entries(r.families).filter(([, f]) => f !== a.family);
        expect(wrong).toEqual([]);
      });
    }
  }

  it("the hyperscaler-cloud archetype plays only when the rules have a cloud_contract order, and says why not", () => {
    const cloud = ARCHETYPES.find((a) => a.id === "hyperscaler_cloud")!;
    if (cloudContractsExist()) {
      expect(cloud.unavailable()).toBeNull();
    } else {
      expect(cloud.unavailable()).toMatch(/not available in these rules/);
      const state = createGame(presetScenario("workshop"), 1);
      const kit = new OrderKit(viewFor(state, { kind: "nation", nation: "uae" }), "uae");
      expect(kit.cloud("aws", "nvidia", "newest", 1000, 4)).toBe(false);
      expect(kit.notes).toContain("cloud_contract is not an order in these rules");
      expect(kit.orders).toEqual([]);
    }
  });

  it("the order kit falls back to a smaller site and fewer GPUs rather than giving an order the treasury cannot pay", () => {
    const state = createGame(presetScenario("workshop"), 1);
    const poor = { ...state, nations: { ...state.nations, india: { ...state.nations.india, treasury: 120 } } };
    const kit = new OrderKit(viewFor(poor, { kind: "nation", nation: "india" }), "india");
    kit.build({ builder: "us", mw: 400, maxBuilding: 1, integrator: "penguin", reserve: 0 });
    const build = kit.orders.find((o) => o.type === "build_dc");
    expect(build && build.type === "build_dc" ? build.mw : 0).toBeLessThan(400);
    expect(validateOrderSet(poor, "india", kit.orders).rejected).toEqual([]);
    expect(planOrders(viewFor(poor, { kind: "nation", nation: "india" }), "india", { ...BASE_PLAN, buildMw: 2000 }).length).toBeGreaterThan(0);
  });
});
