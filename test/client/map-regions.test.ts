/** The map finds a nation's countries and label point by the view's flag code in assets/public/map/regions.json, for every preset nation (#15). */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import type { MapRegions } from "../../client/app/map/regions";
import { countriesOf, regionOf } from "../../client/app/map/regions";
import { PRESET_INDEX } from "../../shared/scenario/preset-index";

const regions = JSON.parse(fs.readFileSync("assets/public/map/regions.json", "utf8")) as MapRegions;
const world = JSON.parse(fs.readFileSync("assets/public/map/countries-110m.json", "utf8")) as {
  objects: { countries: { geometries: { id?: string | number }[] } };
};
const ids = new Set(world.objects.countries.geometries.map((g) => String(g.id)));

describe("map regions", () => {
  it("has a region for every preset nation's flag, with countries the world map draws and a label point", () => {
    for (const p of PRESET_INDEX)
      for (const n of p.nations) {
        const r = regionOf(regions, n.flag);
        expect(r, `${p.id}/${n.id} (${n.flag})`).toBeDefined();
        expect(r!.countries.length).toBeGreaterThan(0);
        expect(
          r!.countries.filter((c) => !ids.has(c)),
          `${n.flag}: ids not on the map`,
        ).toEqual([]);
        const [lon, lat] = r!.label;
        expect(Math.abs(lon) <= 180 && Math.abs(lat) <= 90).toBe(true);
      }
  });

  it("looks up by flag code in any case, and knows nothing of an unknown code", () => {
    expect(countriesOf(regions, "KR")).toEqual(["410"]);
    expect(countriesOf(regions, "eu")).toContain("276");
    expect(countriesOf(regions, "zz")).toEqual([]);
    expect(regionOf(regions, undefined)).toBeUndefined();
  });
});
