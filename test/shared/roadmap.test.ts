/** The accelerator roadmap 2026–2030: a new generation of each vendor every year, and the new value fields sane. */
import { describe, expect, it } from "vitest";
import { BASE_CATALOGUE } from "../../shared/engine/catalogue";
import { quarterIndex } from "../../shared/engine/quarter";

const parts = BASE_CATALOGUE.accelerators;

describe("roadmap", () => {
  it("brings a new generation of each vendor every year from 2026 to 2030 (audit: none after Q4 2026)", () => {
    for (const maker of ["nvidia", "amd"] as const) {
      for (let year = 2026; year <= 2030; year++) {
        const launched = parts.filter((a) => a.maker === maker && a.available.year === year);
        expect(launched.length, `${maker} ${year}`).toBeGreaterThan(0);
      }
    }
  });

  it("each year's newest part of a vendor delivers more training PF per kW than the year before", () => {
    for (const maker of ["nvidia", "amd"] as const) {
      let best = 0;
      for (let year = 2026; year <= 2030; year++) {
        const top = Math.max(...parts.filter((a) => a.maker === maker && a.available.year === year).map((a) => a.pf / a.kw));
        expect(top, `${maker} ${year}`).toBeGreaterThan(best);
        best = top;
      }
    }
  });

  it("every part carries its HBM generation, FP4 rate, scale-up domain and a rent band around its rent", () => {
    for (const a of parts) {
      expect(["hbm3", "hbm3e", "hbm4", "hbm4e"], a.id).toContain(a.hbmGen);
      expect(a.fp4Pf, a.id).toBeGreaterThanOrEqual(a.pf);
      expect([4, 8, 72, 144, 256], a.id).toContain(a.scaleUp);
      expect(a.rackScale, a.id).toBe(a.scaleUp > 8);
      expect(a.rentBand[0], a.id).toBeLessThan(a.rentBand[1]);
      expect(a.rentPerHour, a.id).toBeGreaterThanOrEqual(a.rentBand[0]);
      expect(a.rentPerHour, a.id).toBeLessThanOrEqual(a.rentBand[1]);
    }
  });

  it("HBM generations follow the roadmap: HBM4 from the 2026 racks, HBM4E from 2027", () => {
    const gen = (id: string) => parts.find((a) => a.id === id)!.hbmGen;
    expect(gen("h100")).toBe("hbm3");
    expect(gen("b300")).toBe("hbm3e");
    expect(gen("rubin")).toBe("hbm4");
    expect(gen("mi455x")).toBe("hbm4");
    expect(gen("rubin_ultra")).toBe("hbm4e");
    for (const a of parts.filter((x) => quarterIndex(x.available) >= quarterIndex({ year: 2027, q: 1 }))) expect(a.hbmGen, a.id).toBe("hbm4e");
  });
});
