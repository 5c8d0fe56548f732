/** The map's camera maths, visible-rectangle search and hit-testing (client/app/map/*): the limits a player meets when dragging and zooming. */
import { describe, expect, it } from "vitest";
import { largestFreeRect } from "../../client/app/map/free-rect";
import { clampView, fitPoints, frameView, MAX_ZOOM, panBy, toScreen, toWorld, zoomAt } from "../../client/app/map/view-transform";
import { pointInRings, rotationFor } from "../../client/app/map/geometry";

const world = { w: 1000, h: 487 };
const rect = { x: 300, y: 60, w: 640, h: 660 };

describe("the visible map rectangle", () => {
  it("is the gap between the side panels, above the drawer and below the turn bar", () => {
    const vp = { x: 0, y: 0, w: 1280, h: 800 };
    const blocks = [
      { x: 0, y: 0, w: 1280, h: 60 },
      { x: 12, y: 72, w: 300, h: 640 },
      { x: 946, y: 72, w: 320, h: 640 },
      { x: 12, y: 728, w: 1256, h: 400 },
    ];
    expect(largestFreeRect(vp, blocks)).toEqual({ x: 312, y: 60, w: 634, h: 668 });
  });
  it("is the whole viewport when nothing covers it", () => {
    expect(largestFreeRect({ x: 0, y: 0, w: 390, h: 844 }, [])).toEqual({ x: 0, y: 0, w: 390, h: 844 });
  });
});

describe("the map camera", () => {
  it("round-trips screen and world points", () => {
    const v = { cx: 420, cy: 200, zoom: 2.5 };
    const [sx, sy] = toScreen(v, world, rect, 123, 321);
    const [wx, wy] = toWorld(v, world, rect, sx, sy);
    expect(wx).toBeCloseTo(123, 6);
    expect(wy).toBeCloseTo(321, 6);
  });
  it("puts the view's centre at the visible rectangle's centre", () => {
    expect(toScreen({ cx: 400, cy: 250, zoom: 3 }, world, rect, 400, 250)).toEqual([620, 390]);
  });
  it("keeps zoom between the whole world and the limit", () => {
    let v = clampView({ cx: 500, cy: 243, zoom: 1 }, world, rect);
    for (let i = 0; i < 50; i++) v = zoomAt(v, world, rect, 1.5, 600, 400);
    expect(v.zoom).toBe(MAX_ZOOM);
    for (let i = 0; i < 50; i++) v = zoomAt(v, world, rect, 1 / 1.5, 600, 400);
    expect(v.zoom).toBe(1);
  });
  it("zooms about the cursor: the world point under it stays put", () => {
    const v = clampView({ cx: 500, cy: 243, zoom: 2 }, world, rect);
    const before = toWorld(v, world, rect, 500, 300);
    const after = toWorld(zoomAt(v, world, rect, 1.3, 500, 300), world, rect, 500, 300);
    expect(after[0]).toBeCloseTo(before[0], 6);
    expect(after[1]).toBeCloseTo(before[1], 6);
  });
  it("never lets a drag push the world out of view", () => {
    let v = clampView({ cx: 500, cy: 243, zoom: 3 }, world, rect);
    for (let i = 0; i < 100; i++) v = panBy(v, world, rect, 500, 0);
    const [leftEdge] = toScreen(v, world, rect, 0, 0);
    expect(leftEdge).toBeCloseTo(rect.x, 6);
    v = panBy(v, world, rect, -100, 0);
    expect(toScreen(v, world, rect, 0, 0)[0]).toBeCloseTo(rect.x - 100, 6);
  });
  it("frames a focus with every point to keep inside the rectangle", () => {
    const keep: [number, number][] = [
      [100, 200],
      [900, 300],
    ];
    const v = frameView(world, rect, [600, 150], keep, 3);
    for (const [x, y] of keep) {
      const [sx, sy] = toScreen(v, world, rect, x, y);
      expect(sx).toBeGreaterThanOrEqual(rect.x);
      expect(sx).toBeLessThanOrEqual(rect.x + rect.w);
      expect(sy).toBeGreaterThanOrEqual(rect.y);
      expect(sy).toBeLessThanOrEqual(rect.y + rect.h);
    }
  });
  it("fits every nation for the projector", () => {
    const pts: [number, number][] = [
      [640, 130],
      [700, 160],
      [520, 180],
    ];
    const v = fitPoints(world, rect, pts, 3);
    expect(v.zoom).toBeGreaterThan(1);
    for (const [x, y] of pts) {
      const [sx, sy] = toScreen(v, world, rect, x, y);
      expect(sx > rect.x && sx < rect.x + rect.w && sy > rect.y && sy < rect.y + rect.h).toBe(true);
    }
  });
});

describe("map geometry", () => {
  it("hit-tests a polygon with a hole", () => {
    const outer: [number, number][] = [
      [0, 0],
      [10, 0],
      [10, 10],
      [0, 10],
    ];
    const hole: [number, number][] = [
      [4, 4],
      [6, 4],
      [6, 6],
      [4, 6],
    ];
    expect(pointInRings([outer, hole], 2, 2)).toBe(true);
    expect(pointInRings([outer, hole], 5, 5)).toBe(false);
    expect(pointInRings([outer], 11, 5)).toBe(false);
  });
  it("centres the projection so no nation sits on the map's edge", () => {
    // Korea, Japan, UAE, Saudi, India, EU, UK, Australia and the US: the edge falls in the Pacific east of Japan.
    const lon = rotationFor([127.8, 138.5, 54.3, 45, 78.9, 10, -2, 134, -98]);
    const edge = lon + 180;
    expect(edge).toBeGreaterThan(139);
    expect(edge).toBeLessThan(262);
  });
});
