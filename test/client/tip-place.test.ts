/** The map tooltip's place: beside its marker, inside the visible map, clear of the marker and of other labels where there is room. */
import { describe, expect, it } from "vitest";
import { overlapArea, placeTip } from "../../client/app/map/tip-place";
import type { Rect } from "../../client/app/map/free-rect";

const bounds: Rect = { x: 0, y: 60, w: 390, h: 500 };
const size = { w: 200, h: 80 };
const boxOf = (p: { x: number; y: number }): Rect => ({ ...p, ...size });
const inside = (b: Rect, o: Rect): boolean => b.x >= o.x && b.y >= o.y && b.x + b.w <= o.x + o.w && b.y + b.h <= o.y + o.h;

describe("placeTip", () => {
  it("goes below the marker when nothing is there", () => {
    const at = { x: 200, y: 200, r: 8 };
    const p = placeTip(size, at, bounds, []);
    expect(p.y).toBeGreaterThan(at.y + at.r);
    expect(inside(boxOf(p), bounds)).toBe(true);
  });

  it("flips above when a neighbour's label is below, and to the side when both are taken", () => {
    const at = { x: 110, y: 250, r: 8 };
    const below: Rect = { x: 70, y: 275, w: 45, h: 22 };
    const p = placeTip(size, at, bounds, [below]);
    expect(overlapArea(boxOf(p), below)).toBe(0);
    expect(p.y + size.h).toBeLessThan(at.y);
    const above: Rect = { x: 70, y: 200, w: 45, h: 22 };
    const q = placeTip(size, at, bounds, [below, above]);
    expect(overlapArea(boxOf(q), below) + overlapArea(boxOf(q), above)).toBe(0);
    expect(q.x).toBeGreaterThan(at.x + at.r);
  });

  it("stays inside the visible map near its edges and never covers the marker", () => {
    for (const at of [
      { x: 5, y: 70, r: 10 },
      { x: 385, y: 70, r: 10 },
      { x: 385, y: 550, r: 10 },
      { x: 5, y: 550, r: 10 },
    ]) {
      const b = boxOf(placeTip(size, at, bounds, []));
      expect(inside(b, bounds), JSON.stringify(at)).toBe(true);
      expect(overlapArea(b, { x: at.x - at.r, y: at.y - at.r, w: 2 * at.r, h: 2 * at.r }), JSON.stringify(at)).toBe(0);
    }
  });

  it("covers the least of the neighbours when every place touches one", () => {
    const at = { x: 195, y: 300, r: 8 };
    const big: Rect = { x: 0, y: 318, w: 390, h: 40 };
    const small: Rect = { x: 170, y: 250, w: 50, h: 20 };
    const p = placeTip(size, at, bounds, [big, small]);
    expect(overlapArea(boxOf(p), big)).toBe(0);
  });
});
