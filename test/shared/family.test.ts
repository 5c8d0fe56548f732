/**
 * Strategy families are read from what a nation did: a strategic stake alone no longer files a nation
 * under JV / trilateral, compute in joint-venture sites does; integrator-run compute is US full-stack;
 * unspent money, many policies and rented cloud compute have families of their own.
 */
import { describe, expect, it } from "vitest";
import type { Behaviour } from "../../shared/ai/family";
import type { Order } from "../../shared/protocol/orders";
import { CASH_HOARDER_SHARE, behaviourOf, familyOf, policyMaximiserThreshold, strategyFamily } from "../../shared/ai/family";
import { createGame } from "../../shared/engine/setup";
import { presetScenario } from "../../shared/scenario/presets";

const state = createGame(presetScenario("workshop"), 1);
const cat = state.catalogue;
const none: Behaviour = {
  ownedPf: 100,
  pfByBuilder: { us: 100, local: 0, jv: 0 },
  integratorRunPf: 0,
  partnerSoldPf: 0,
  amdPf: 0,
  cloudPf: 0,
  policies: [],
  stakes: 0,
  cashLeftShare: 0.1,
};

describe("strategy families by behaviour", () => {
  it("a stake in an integrator with US-built, self-run NVIDIA compute is NVIDIA-heavy, not JV / trilateral", () => {
    const orders: Order[] = [
      { type: "invest_integrator", turn: 1, integrator: "penguin", amount: 500 },
      { type: "build_dc", turn: 1, site: "x", mw: 60, cooling: "liquid", builder: "us", integrator: "penguin" },
      { type: "order_gpus", turn: 2, model: "b200", quantity: 1000, vendor: "penguin", package: "components", dcId: "d" },
    ];
    expect(strategyFamily(orders, cat)).toBe("nvidia_heavy");
    expect(familyOf({ ...none, stakes: 500 })).toBe("nvidia_heavy");
  });

  it("files compute by who built its sites, who runs it and who made it", () => {
    expect(familyOf({ ...none, pfByBuilder: { us: 40, local: 0, jv: 60 } })).toBe("jv_trilateral");
    expect(familyOf({ ...none, integratorRunPf: 60 })).toBe("us_fullstack");
    expect(familyOf({ ...none, pfByBuilder: { us: 0, local: 100, jv: 0 }, partnerSoldPf: 100 })).toBe("local_only");
    expect(familyOf({ ...none, pfByBuilder: { us: 20, local: 80, jv: 0 } })).toBe("nvidia_heavy");
    expect(familyOf({ ...none, amdPf: 60 })).toBe("amd_heavy");
  });

  it("money left, policies used and rented cloud compute come first", () => {
    expect(familyOf({ ...none, cashLeftShare: CASH_HOARDER_SHARE })).toBe("cash_hoarder");
    expect(familyOf({ ...none, ownedPf: 0, pfByBuilder: { us: 0, local: 0, jv: 0 } })).toBe("cash_hoarder");
    expect(familyOf({ ...none, policies: ["a", "b", "c", "d", "e"].slice(0, policyMaximiserThreshold()) })).toBe("policy_maximiser");
    expect(familyOf({ ...none, policies: ["a", "b"] })).toBe("nvidia_heavy");
    expect(familyOf({ ...none, cloudPf: 150 })).toBe("hyperscaler_cloud");
  });

  it("reads the end state: installed and pending GPUs by data centre, policies on, cash over money received", () => {
    const n = structuredClone(state.nations.korea);
    n.dataCentres = [
      {
        id: "k1",
        nation: "korea",
        name: "K1",
        site: n.sites[0].id,
        lat: 0,
        lon: 0,
        mw: 50,
        mwOnline: 50,
        cooling: "liquid",
        builder: "jv",
        integrator: "penguin",
        partner: "skt",
        status: "online",
        quartersLeft: 0,
        buildQuarters: 0,
        gpus: [{ model: "mi355x", count: 100, operator: "nation", vendor: "penguin", value: 1 }],
        cxl: false,
        utilisation: 0,
        capexSpent: 0,
        foundedTurn: 1,
      },
    ];
    n.pendingGpus = [
      {
        id: "p",
        nation: "korea",
        model: "b200",
        quantity: 10,
        vendor: "penguin",
        package: "fullstack",
        dcId: "k1",
        orderedTurn: 1,
        dueTurn: 3,
        slipped: 0,
        cost: 1,
      },
    ];
    n.policies = { gpuaas_hub: true };
    n.treasury = 500;
    const b = behaviourOf([], cat, n, 1000);
    const mi355 = cat.accelerators.find((a) => a.id === "mi355x")!.pf * 100;
    const b200 = cat.accelerators.find((a) => a.id === "b200")!.pf * 10;
    expect(b.ownedPf).toBeCloseTo(mi355 + b200);
    expect(b.pfByBuilder.jv).toBeCloseTo(mi355 + b200);
    expect(b.integratorRunPf).toBeCloseTo(b200);
    expect(b.amdPf).toBeCloseTo(mi355);
    expect(b.policies).toEqual(["gpuaas_hub"]);
    expect(b.cashLeftShare).toBeCloseTo(0.5);
    expect(familyOf(b)).toBe("jv_trilateral");
  });
});
