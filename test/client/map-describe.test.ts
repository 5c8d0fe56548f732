/** The map tooltip's site line reads as a place, not an id (#18). */
import { describe, expect, it } from "vitest";
import { siteName } from "../../client/app/map/describe";

describe("siteName", () => {
  const view = { own: [{ id: "saudi", sites: [{ id: "oxagon", name: "Oxagon (NEOM)", lat: 0, lon: 0 }] }] } as never;
  it("uses your own site's name", () => {
    expect(siteName(view, { nation: "saudi", site: "oxagon" })).toBe("Oxagon (NEOM)");
  });
  it("writes another nation's site id as words", () => {
    expect(siteName(view, { nation: "uae", site: "abu_dhabi" })).toBe("Abu Dhabi");
    expect(siteName(view, { nation: "india", site: "mumbai" })).toBe("Mumbai");
  });
});
