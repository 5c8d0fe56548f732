/** The catalogue: sane, sourced, and shaped so the teaching claims can hold. */
import { describe, expect, it } from "vitest";
import { BASE_CATALOGUE } from "../../shared/engine/catalogue";
import { quarterIndex } from "../../shared/engine/quarter";

const cat = BASE_CATALOGUE;

describe("catalogue", () => {
  it("has the required accelerators with sane numbers and unique ids", () => {
    const ids = cat.accelerators.map((a) => a.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ["h100", "h200", "b200", "gb200", "gb300", "rubin", "mi300x", "mi325x", "mi355x", "mi455x"]) expect(ids).toContain(id);
    for (const a of cat.accelerators) {
      expect(a.pf, a.id).toBeGreaterThan(0);
      expect(a.kw, a.id).toBeGreaterThan(0.5);
      expect(a.priceK, a.id).toBeGreaterThan(5);
      expect(a.hbmGb, a.id).toBeGreaterThanOrEqual(80);
      expect(a.leadQuarters, a.id).toBeGreaterThanOrEqual(1);
      expect(a.hbmShareOfPrice, a.id).toBeGreaterThan(0);
      expect(a.hbmShareOfPrice, a.id).toBeLessThan(1);
      if (a.rackScale) expect(a.liquidOnly, a.id).toBe(true);
    }
  });

  it("newer generations deliver more PF per kW", () => {
    for (const maker of ["nvidia", "amd"] as const) {
      const parts = cat.accelerators.filter((a) => a.maker === maker).sort((x, y) => quarterIndex(x.available) - quarterIndex(y.available));
      expect(parts[parts.length - 1].pf / parts[parts.length - 1].kw).toBeGreaterThan(parts[0].pf / parts[0].kw);
    }
  });

  it("AMD is cheaper per PF than NVIDIA of the same generation", () => {
    const perPf = (id: string) => {
      const a = cat.accelerators.find((x) => x.id === id)!;
      return a.priceK / a.pf;
    };
    expect(perPf("mi300x")).toBeLessThan(perPf("h100"));
    expect(perPf("mi355x")).toBeLessThan(perPf("b200"));
    expect(perPf("mi455x")).toBeLessThan(perPf("rubin"));
  });

  it("integrators, partners and memory makers are complete and consistent", () => {
    expect(cat.integrators.map((i) => i.id).sort()).toEqual(["dell", "hpe", "penguin", "supermicro"]);
    for (const i of cat.integrators) {
      expect(i.fullstackMarkup).toBeGreaterThan(i.componentMarkup);
      expect(i.slaUptime).toBeGreaterThanOrEqual(99);
      expect(i.sources.length).toBeGreaterThan(0);
      expect(i.sovereigntyTerms.length).toBeGreaterThan(20);
    }
    const partnerIds = cat.localPartners.map((p) => p.id);
    expect(new Set(partnerIds).size).toBe(partnerIds.length);
    for (const n of ["korea", "japan", "uae", "saudi", "india", "eu", "uk", "australia"])
      expect(
        cat.localPartners.some((p) => p.nation === n),
        n,
      ).toBe(true);
    expect(cat.memoryMakers.reduce((s, m) => s + m.share, 0)).toBeCloseTo(1, 6);
    expect(cat.memoryMakers.map((m) => m.id).sort()).toEqual(["micron", "samsung", "skhynix"]);
    expect(cat.pue.liquid).toBeLessThan(cat.pue.air);
  });
});
