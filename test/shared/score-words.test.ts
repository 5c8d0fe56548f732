/** The score and sovereignty formulas players read are built from the scoring weights and the engine's figures, never a copy (#15). */
import { describe, expect, it } from "vitest";
import { scoreFormula, sovereigntyComputation, sovereigntyFormula } from "../../shared/describe/score";
import { createGame } from "../../shared/engine";
import { scoreParts, sovereigntyIndex } from "../../shared/engine/outcomes";
import { SOVEREIGNTY_WEIGHTS } from "../../shared/engine/score-rates";
import { PRESET_IDS, presetScenario } from "../../shared/scenario/presets";
import { testScenario } from "./fixture-scenario";

describe("score words", () => {
  it("writes the presets' formula as the glossary did", () => {
    const w = presetScenario("full").scoring;
    expect(scoreFormula(w)).toBe(
      "100 × log2(1 + effective PF/5,000) + 4 per 0.01 sovereignty + 3 per expertise + 100 × log2(1 + capability/150) + the money term (200 × log2(1 + operating profit / US$250M), negative for a loss; unspent cash scores nothing) + support + 150 for the language milestone + objectives.",
    );
  });

  it("no preset's description restates the formula (the UI shows scoreFormula from the weights); the sourced HBM-pool sentence stays", () => {
    for (const id of PRESET_IDS) {
      const d = presetScenario(id).description;
      expect(d, id).not.toMatch(/scor|point|log2|per 0\.01|weight/i);
      expect(d, id).toContain("HBM pool: ~1 million GB per nation per quarter");
      expect(d, id).toContain("(M14)");
    }
  });

  it("follows the weights: a changed weight changes the words, a zero weight drops its term", () => {
    const w = { ...presetScenario("full").scoring, expertise: 5, profit: 0, support: 2 };
    const text = scoreFormula(w);
    expect(text).toContain("5 per expertise");
    expect(text).toContain("2 × support");
    expect(text).not.toContain("money term");
  });

  it("each weight the text names moves the engine's score part by that much", () => {
    const s = createGame(testScenario(), 1);
    const n = s.nations.korea;
    const parts = scoreParts(s, n, 0);
    expect(parts.expertise).toBeCloseTo(s.scoring.expertise * n.expertise, 9);
    expect(scoreFormula(s.scoring)).toContain(`${s.scoring.expertise} per expertise`);
  });

  it("the sovereignty formula uses the engine's weights", () => {
    const s = createGame(testScenario(), 1);
    const n = s.nations.korea;
    const at0 = sovereigntyIndex(n, 0),
      at1 = sovereigntyIndex(n, 1);
    expect(at1 - at0).toBeCloseTo(SOVEREIGNTY_WEIGHTS.control, 2);
    expect(sovereigntyFormula()).toMatch(
      /^0\.55 × share of compute under domestic control \+ 0\.30 × expertise\/100 \+ 0\.15 × \(1 − export exposure\), ±0\.05/,
    );
    expect(sovereigntyFormula(true)).toContain("± policies");
    expect(sovereigntyComputation({ controlShare: 0.5, expertise: 40, exposure: 0.125, policy: 0.05 }, 0.456)).toBe(
      "0.55 × 0.500 control + 0.30 × 40/100 expertise + 0.15 × (1 − 0.125) exposure + 0.05 policies = 0.456",
    );
  });
});
