/** Starting data and objectives as facts.md has them (issue #14, part 9). */
import { describe, expect, it } from "vitest";
import { createGame, resolveTurn } from "../../shared/engine";
import type { GameState } from "../../shared/engine/state";
import { measureNation } from "../../shared/engine/operations";
import { PRESET_IDS, presetScenario } from "../../shared/scenario/presets";

const holdAll = (s: GameState) => Object.fromEntries(s.order.map((id) => [id, [{ type: "hold" as const, turn: s.turn }]]));

describe("starting data", () => {
  it("India's expertise reflects its 'very high' talent (facts.md §5): at least Korea's, Japan's, the EU's and the UK's", () => {
    for (const id of PRESET_IDS) {
      const s = createGame(presetScenario(id), 1);
      const india = s.nations.india;
      if (!india) continue;
      for (const other of ["korea", "japan", "eu", "uk"])
        if (s.nations[other]) expect(india.expertise, `${id}: india vs ${other}`).toBeGreaterThanOrEqual(s.nations[other].expertise);
    }
  });

  it("JUPITER is ~24,000 GH200 (N41), and GH200 is an H100-class die with 96 GB HBM3", () => {
    for (const id of ["workshop", "full"] as const) {
      const s = createGame(presetScenario(id), 1);
      const jupiter = s.nations.eu.dataCentres.find((d) => d.name.startsWith("JUPITER"))!;
      expect(jupiter.gpus).toEqual([expect.objectContaining({ model: "gh200", count: 24_000 })]);
      const gh200 = s.catalogue.accelerators.find((a) => a.id === "gh200")!;
      const h100 = s.catalogue.accelerators.find((a) => a.id === "h100")!;
      expect(gh200.pf).toBe(h100.pf);
      expect(gh200.hbmGb).toBe(96);
      // It fits its hall.
      expect(jupiter.gpus[0].count * gh200.kw).toBeLessThanOrEqual(jupiter.mw * 1000);
    }
  });

  it("every objective's text states its own target, and nothing small is labelled gigawatt-class", () => {
    for (const id of PRESET_IDS) {
      for (const n of presetScenario(id).nations) {
        for (const o of n.objectives) {
          if (o.metric === "compute" || o.metric === "revenue") {
            const numbers = [...o.text.matchAll(/(\d[\d,]*)\s*(PF|M)\b/g)].map((m) => Number(m[1].replace(/,/g, "")));
            expect(numbers, `${id}/${n.id}/${o.id}: ${o.text}`).toContain(o.target);
          }
          // 1 GW of the densest part is tens of millions of PF: no compute target in the game comes close.
          expect(/gigawatt|\bGW\b/i.test(o.text), `${id}/${n.id}/${o.id}: ${o.text}`).toBe(false);
        }
      }
    }
  });

  it("no compute objective is met at the start", () => {
    for (const id of PRESET_IDS) {
      const s = createGame(presetScenario(id), 1);
      for (const n of Object.values(s.nations)) {
        const f = measureNation(s, n);
        for (const o of n.objectives.filter((x) => x.metric === "compute")) expect(f.effectiveCompute, `${id}/${n.id}/${o.id}`).toBeLessThan(o.target);
      }
    }
  });

  it("in the tutorial India starts below its compute objective and does not meet it on turn 1", () => {
    const s = createGame(presetScenario("tutorial"), 1);
    const india = s.nations.india;
    const target = india.objectives.find((o) => o.metric === "compute")!.target;
    expect(measureNation(s, india).effectiveCompute).toBeLessThan(target);
    const t1 = resolveTurn(s, holdAll(s)).state;
    expect(t1.nations.india.objectivesMet).not.toContain("compute");
  });
});

describe("the local-language milestone is a goal, not a given", () => {
  it("no nation reaches it by holding its starting footprint, in any preset", () => {
    for (const id of PRESET_IDS) {
      let s = createGame(presetScenario(id), 5);
      while (!s.finished) s = resolveTurn(s, holdAll(s)).state;
      for (const n of Object.values(s.nations)) {
        expect(n.milestoneTurn, `${id}/${n.id}`).toBeNull();
        for (const o of n.objectives.filter((x) => x.metric === "milestone")) expect(n.objectivesMet, `${id}/${n.id}`).not.toContain(o.id);
      }
    }
  }, 60_000);
});
