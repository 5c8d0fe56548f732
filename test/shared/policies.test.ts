/** The policy tab's words come from the engine's policy rates: one figure, read by the engine and by the describer (#15). */
import { describe, expect, it } from "vitest";
import { createGame } from "../../shared/engine";
import { sovereigntyIndex } from "../../shared/engine/outcomes";
import { rentShare } from "../../shared/engine/operations";
import { ALIGNMENT_BONUS, HUB_RENT_SHARE, LOCALISATION_SOVEREIGNTY, LOCALISATION_SUPPORT, POWER_SUBSIDY } from "../../shared/engine/policy-rates";
import { policyEffect, policyLine, policyLines, sovereigntyPolicyTerm } from "../../shared/describe/policies";
import { POLICY_IDS } from "../../shared/protocol/names";
import { testScenario } from "./fixture-scenario";

describe("policy words", () => {
  it("one line per policy lever, in the protocol's order, with its state", () => {
    const lines = policyLines({ power_subsidy: true });
    expect(lines.map((l) => l.id)).toEqual([...POLICY_IDS]);
    expect(lines.find((l) => l.id === "power_subsidy")?.text).toMatch(/now ON$/);
    expect(policyLine("gpuaas_hub", false)).toMatch(/^GPUaaS hub: .* now off$/);
  });

  it("states the rates the engine applies", () => {
    expect(policyEffect("data_localisation")).toContain(`+${LOCALISATION_SOVEREIGNTY.toFixed(2)} sovereignty, +${LOCALISATION_SUPPORT} support`);
    expect(policyEffect("power_subsidy")).toContain(`−${POWER_SUBSIDY * 100} % power price`);
    expect(policyEffect("gpuaas_hub")).toContain(`rent out ${HUB_RENT_SHARE * 100} %`);
    expect(policyEffect("us_alignment")).toContain(`+${ALIGNMENT_BONUS * 100} % US licence volume`);
    expect(sovereigntyPolicyTerm()).toContain(LOCALISATION_SOVEREIGNTY.toFixed(2));
  });

  it("the engine applies the same figures", () => {
    const s = createGame(testScenario(), 1);
    const n = s.nations.korea;
    const off = sovereigntyIndex(n, 0.5);
    n.policies.data_localisation = true;
    expect(sovereigntyIndex(n, 0.5) - off).toBeCloseTo(LOCALISATION_SOVEREIGNTY, 6);
    n.policies.gpuaas_hub = true;
    expect(rentShare(n)).toBe(HUB_RENT_SHARE);
  });
});
