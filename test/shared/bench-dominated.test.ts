/** The every-accelerator target skips parts beaten on every count by another (shared/sim/bench.ts dominatedParts). */
import { describe, expect, it } from "vitest";
import { DEFAULT_OPTIONS, acceleratorsInWindow, checkTargets, dominatedParts } from "../../shared/sim/bench";

describe("parts dominated on every count", () => {
  const presets = ["workshop", "full"] as const;
  const counted = acceleratorsInWindow([...presets]).counted;

  it("at the sourced figures only the MI325X is dominated, by the MI300X (same CDNA 3 die, cheaper, less power, A22–A25, G9)", () => {
    const d = dominatedParts([...presets], counted);
    expect(d.map((x) => [x.id, x.by])).toEqual([["mi325x", "mi300x"]]);
    expect(d[0].reason).toMatch(/per dollar and per kW/);
  });

  it("the H100 at its 2026 street price (~US$25k, A41) and specialist rent band (G3–G5) is not dominated", () => {
    expect(dominatedParts([...presets], counted).some((x) => x.id === "h100")).toBe(false);
  });

  it("the target does not require a buyer for a dominated part, and names it", () => {
    const bought = Object.fromEntries(counted.map((id) => [id, id === "mi325x" ? 0 : 1]));
    const t = checkTargets(
      { ...DEFAULT_OPTIONS, presets: [...presets] },
      [],
      [],
      {},
      { nvidia: 0.6, amd: 0.4, byPreset: {} },
      bought,
      counted,
      [],
      [],
      [{ id: "mi325x", by: "mi300x" }],
    ).find((x) => x.id === "every_accelerator")!;
    expect(t.met).toBe(true);
    expect(t.figure).toMatch(/dominated: mi325x by mi300x, never bought/);
    const t2 = checkTargets({ ...DEFAULT_OPTIONS, presets: [...presets] }, [], [], {}, { nvidia: 0.6, amd: 0.4, byPreset: {} }, bought, counted, []).find(
      (x) => x.id === "every_accelerator",
    )!;
    expect(t2.met).toBe(false);
  });
});
