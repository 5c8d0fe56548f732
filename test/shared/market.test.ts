/**
 * Markets over 2026–2030: prices fall with age and successors, HBM pass-through stays within the sourced
 * swing, rents stay inside each year's sourced band whatever supply and demand do, training and inference
 * customers value parts differently, and AI games buy both vendors and every part.
 */
import { describe, expect, it } from "vitest";
import type { GameState } from "../../shared/engine/state";
import { createGame } from "../../shared/engine";
import { findAccelerator } from "../../shared/engine/catalogue";
import { findVendor, gpuUnitPrice } from "../../shared/engine/costs";
import { rentPrice } from "../../shared/engine/operations";
import { HBM_SWING, marketPriceK } from "../../shared/engine/prices";
import { inferenceValue, marketRent, rentBandAt, trainingShare, trainingValue } from "../../shared/engine/market";
import { presetScenario } from "../../shared/scenario/presets";
import { vendorShareOfGames } from "../../shared/sim/vendor-share";
import { testScenario } from "./fixture-scenario";

const base = createGame(testScenario(), 3);
const acc = (id: string) => findAccelerator(base.catalogue, id)!;
/** The base state moved to a quarter, with market overrides. */
function at(year: number, q: 1 | 2 | 3 | 4, market: Partial<GameState["market"]> = {}): GameState {
  return { ...base, quarter: { year, q }, market: { ...base.market, ...market } };
}

describe("hardware prices", () => {
  it("an old part gets cheaper when its maker ships a successor (audit: MI300X still US$12.5k in 2030)", () => {
    const mi300x = acc("mi300x");
    const before = marketPriceK(at(2026, 3), mi300x);
    const after = marketPriceK(at(2026, 4), mi300x); // MI455X ships Q4 2026
    expect(after).toBeLessThan(before * 0.92);
    expect(marketPriceK(at(2030, 4), mi300x)).toBeLessThan(12.5 * 0.6);
    expect(marketPriceK(at(2028, 1), acc("h100"))).toBeLessThan(marketPriceK(at(2026, 1), acc("h100")) * 0.8);
  });

  it("catalogue prices hold in 2026 Q1 (they are the sourced 2026 street prices)", () => {
    for (const id of ["h100", "mi300x", "b200", "gb300"]) expect(marketPriceK(at(2026, 1), acc(id))).toBeCloseTo(acc(id).priceK, 6);
  });

  it("HBM pass-through moves a GPU at most by its HBM share × the sourced swing, even with the index at its cap", () => {
    const n = base.nations.korea;
    const v = findVendor(base, "dell")!;
    for (const a of base.catalogue.accelerators) {
      const flat = gpuUnitPrice(at(2026, 1, { hbmPriceIndex: 1 }), n, a, v, "components");
      const capped = gpuUnitPrice(at(2026, 1, { hbmPriceIndex: 2.5 }), n, a, v, "components");
      const slump = gpuUnitPrice(at(2026, 1, { hbmPriceIndex: 0.4 }), n, a, v, "components");
      expect(capped / flat, a.id).toBeLessThanOrEqual(1 + a.hbmShareOfPrice * HBM_SWING.up + 1e-9);
      expect(capped / flat, a.id).toBeGreaterThan(1);
      expect(slump / flat, a.id).toBeGreaterThanOrEqual(1 - a.hbmShareOfPrice * HBM_SWING.down - 1e-9);
    }
  });
});

describe("rents", () => {
  const extremes: Partial<GameState["market"]>[] = [
    { rentIndex: 0.1, lastHbmDemandGb: 1, lastHbmSupplyGb: 1e9 },
    { rentIndex: 5, lastHbmDemandGb: 1e10, lastHbmSupplyGb: 1 },
    { rentIndex: 1, lastHbmDemandGb: 0, lastHbmSupplyGb: 0 },
  ];

  it("stay inside each year's sourced band under extreme demand and supply, every part, every year", () => {
    for (const a of base.catalogue.accelerators) {
      for (let year = 2026; year <= 2030; year++) {
        const [lo, hi] = rentBandAt(a, { year, q: 1 });
        for (const m of extremes) {
          const r = rentPrice(at(year, 2, m), a);
          expect(r, `${a.id} ${year}`).toBeGreaterThanOrEqual(lo - 1e-9);
          expect(r, `${a.id} ${year}`).toBeLessThanOrEqual(hi + 1e-9);
        }
      }
    }
  });

  it("never go below the sourced 2026 troughs (audit: H100 at US$0.82/h in Q1 2026, B200 at US$0.84/h by Q4 2027)", () => {
    const crash = { rentIndex: 0.1, lastHbmDemandGb: 1, lastHbmSupplyGb: 1e9 };
    expect(rentPrice(at(2026, 1, crash), acc("h100"))).toBeGreaterThanOrEqual(1.7); // G1 trough
    expect(rentPrice(at(2026, 1, crash), acc("mi300x"))).toBeGreaterThanOrEqual(1.71); // G9
    expect(rentPrice(at(2026, 1, crash), acc("b200"))).toBeGreaterThanOrEqual(2.25); // G6–G8 spot
    expect(rentPrice(at(2027, 4, crash), acc("b200"))).toBeGreaterThan(1.5);
  });

  it("fall with age as G1 says (~40–60 % over two years) and firm when hardware is sold out", () => {
    const h100 = acc("h100");
    const ratio = marketRent(at(2028, 1), h100) / marketRent(at(2026, 1), h100);
    // "~40–60 %": the band falls 43.75 % (0.75²); inference demand moves the H100 up its band as training moves to racks, so ~39–44 %.
    expect(ratio).toBeGreaterThan(0.4);
    expect(ratio).toBeLessThanOrEqual(0.62);
    const tight = marketRent(at(2026, 2, { lastHbmDemandGb: 2e6, lastHbmSupplyGb: 1e6 }), h100);
    const loose = marketRent(at(2026, 2, { lastHbmDemandGb: 0.5e6, lastHbmSupplyGb: 1e6 }), h100);
    expect(tight).toBeGreaterThan(loose);
  });
});

describe("training and inference value", () => {
  it("the demand mix moves from ~70 % training to ~30 % by the end of 2026 (G14)", () => {
    expect(trainingShare({ year: 2026, q: 1 })).toBeCloseTo(0.7, 6);
    expect(trainingShare({ year: 2026, q: 4 })).toBeCloseTo(0.3, 6);
    expect(trainingShare({ year: 2029, q: 2 })).toBeCloseTo(0.3, 6);
  });

  it("training plans prefer rack-scale NVIDIA, inference plans AMD's HBM-rich parts, by value per dollar (2026 line-up)", () => {
    const s = at(2026, 2);
    const onSale = s.catalogue.accelerators.filter(
      (a) => a.available.year <= 2026 && a.available.year >= 2025 && (a.available.year < 2026 || a.available.q <= 2),
    );
    for (const expertise of [30, 60, 90]) {
      const byTraining = [...onSale].sort((x, y) => trainingValue(y, expertise) / marketPriceK(s, y) - trainingValue(x, expertise) / marketPriceK(s, x))[0];
      const byInference = [...onSale].sort((x, y) => inferenceValue(y, expertise) / marketPriceK(s, y) - inferenceValue(x, expertise) / marketPriceK(s, x))[0];
      expect(byTraining.maker, `training @${expertise}`).toBe("nvidia");
      expect(byTraining.rackScale, `training @${expertise}`).toBe(true);
      expect(byInference.maker, `inference @${expertise}`).toBe("amd");
    }
  });

  it("rack-scale NVIDIA gives the most training per kW in every year, AMD the most inference per dollar", () => {
    for (let year = 2026; year <= 2030; year++) {
      const s = at(year, 4);
      const onSale = s.catalogue.accelerators.filter((a) => a.available.year <= year);
      const perKw = [...onSale].sort((x, y) => trainingValue(y, 60) / y.kw - trainingValue(x, 60) / x.kw)[0];
      const perUsd = [...onSale].sort((x, y) => inferenceValue(y, 60) / marketPriceK(s, y) - inferenceValue(x, 60) / marketPriceK(s, x))[0];
      expect(perKw.maker, `${year}`).toBe("nvidia");
      expect(perKw.rackScale, `${year}`).toBe(true);
      expect(perUsd.maker, `${year}`).toBe("amd");
    }
  });

  it("CXL raises a part's inference value, not its training value", () => {
    const a = acc("mi355x");
    expect(inferenceValue(a, 50, base.catalogue.cxlInferenceUplift)).toBeGreaterThan(inferenceValue(a, 50) * 1.19);
    expect(trainingValue(a, 50)).toBe(trainingValue(a, 50));
  });
});

describe("AI games", () => {
  const workshop = vendorShareOfGames(presetScenario("workshop"), [1, 2, 3]);
  const full = vendorShareOfGames(presetScenario("full"), [1, 2]);

  it("AMD holds between 15 % and 45 % of installed PF (audit: 90–98 %)", () => {
    expect(workshop.amdShare).toBeGreaterThan(0.15);
    expect(workshop.amdShare).toBeLessThan(0.45);
    expect(full.amdShare).toBeGreaterThan(0.15);
    expect(full.amdShare).toBeLessThan(0.45);
  });

  it("GB200, GB300, Rubin and the later generations are bought (audit: never bought)", () => {
    for (const id of ["gb200", "gb300", "rubin", "mi455x", "rubin_ultra", "mi500", "feynman", "nv2029"]) {
      expect(full.gamesOrdering[id] ?? 0, id).toBeGreaterThan(0);
    }
  });

  it("every accelerator on sale is bought in some AI game (easy AIs included)", () => {
    const easy = vendorShareOfGames(presetScenario("full"), [1, 2, 3], "easy");
    const bought = new Set([workshop, full, easy].flatMap((r) => Object.keys(r.gamesOrdering)));
    const onSale = new Set([...workshop.onSale, ...full.onSale]);
    expect([...onSale].filter((m) => !bought.has(m))).toEqual([]);
  });
});
