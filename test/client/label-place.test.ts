/** The map's nation labels: beside their anchors, never over one another, never outside the visible map; crowding shrinks, then hides, the least important. */
import { describe, expect, it } from "vitest";
import { candidates, placeLabels } from "../../client/app/map/label-place";
import type { LabelRequest, PlacedLabel } from "../../client/app/map/label-place";
import type { Rect } from "../../client/app/map/free-rect";
import { overlapArea } from "../../client/app/map/tip-place";

const bounds: Rect = { x: 300, y: 60, w: 640, h: 660 };
const full = { w: 150, h: 22 },
  compact = { w: 50, h: 22 };
const req = (id: string, x: number, y: number, priority = 1, sizes = [full, compact]): LabelRequest => ({ id, x, y, sizes, priority });
const inside = (b: Rect, o: Rect): boolean => b.x >= o.x && b.y >= o.y && b.x + b.w <= o.x + o.w && b.y + b.h <= o.y + o.h;

/** No two shown labels intersect and each lies inside the bounds. */
function expectClear(placed: PlacedLabel[], within: Rect): void {
  const shown = placed.filter((p) => !p.hidden);
  for (const p of shown) expect(inside(p, within), `${p.id} ${JSON.stringify(p)} inside`).toBe(true);
  for (let i = 0; i < shown.length; i++)
    for (let j = i + 1; j < shown.length; j++) expect(overlapArea(shown[i], shown[j]), `${shown[i].id} × ${shown[j].id}`).toBe(0);
}

describe("placeLabels", () => {
  it("puts a lone label at its usual place, up and to the right of its anchor, full size", () => {
    const [p] = placeLabels([req("kr", 600, 300)], bounds);
    expect(p).toMatchObject({ hidden: false, size: 0, place: 0 });
    expect(p.x).toBeGreaterThan(600);
    expect(p.y + p.h).toBeLessThan(300);
  });

  it("moves two labels with near anchors apart (the UAE and Saudi Arabia a few pixels from each other)", () => {
    const placed = placeLabels([req("ae", 620, 400), req("sa", 600, 402)], bounds);
    expect(placed.every((p) => !p.hidden)).toBe(true);
    expectClear(placed, bounds);
  });

  it("keeps a label near the map's edge inside it by trying the other side of its anchor", () => {
    const [right] = placeLabels([req("jp", 930, 70)], bounds);
    expect(right.hidden).toBe(false);
    expect(right.x + right.w).toBeLessThanOrEqual(940);
    expect(right.y).toBeGreaterThanOrEqual(60);
    expect(right.x).toBeLessThan(930);
  });

  it("hides the label of an anchor outside the visible map", () => {
    const [p] = placeLabels([req("au", 100, 300)], bounds);
    expect(p.hidden).toBe(true);
  });

  it("in a crowd shrinks, then hides, the lowest priority first; the highest keeps its full size", () => {
    const crowd = [req("eu", 500, 300), req("uk", 495, 296), req("kr", 505, 304, 5), req("jp", 498, 302), req("in", 502, 298)];
    const small: Rect = { x: 380, y: 230, w: 260, h: 140 };
    const placed = placeLabels(crowd, small);
    expectClear(placed, small);
    const kr = placed.find((p) => p.id === "kr")!;
    expect(kr).toMatchObject({ hidden: false, size: 0 });
    expect(
      placed.some((p) => p.size === 1 || p.hidden),
      "some labels shrank or hid",
    ).toBe(true);
    // Of equal priority the first given is placed first: here none after it keeps more than it does.
    const rank = (p: PlacedLabel): number => (p.hidden ? 2 : p.size);
    const others = placed.filter((p) => p.id !== "kr");
    for (let i = 1; i < others.length; i++) expect(rank(others[i])).toBeGreaterThanOrEqual(rank(others[0]));
  });

  it("never overlaps, never leaves the bounds, over many random crowds", () => {
    let seed = 7;
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (let t = 0; t < 300; t++) {
      const n = 2 + Math.floor(rnd() * 8);
      const ls = Array.from({ length: n }, (_, i) =>
        req(`n${i}`, bounds.x + rnd() * bounds.w, bounds.y + rnd() * bounds.h, Math.floor(rnd() * 3), [
          { w: 60 + rnd() * 160, h: 18 + rnd() * 10 },
          { w: 40, h: 18 },
        ]),
      );
      expectClear(placeLabels(ls, bounds), bounds);
    }
  });

  it("prefers a place clear of the markers to avoid, and keeps last frame's place while it is free", () => {
    const first = candidates(600, 300, full.w, full.h)[0];
    const marker: Rect = { x: first[0] + 20, y: first[1] + 5, w: 20, h: 20 };
    const [p] = placeLabels([req("kr", 600, 300)], bounds, [marker]);
    expect(overlapArea(p, marker)).toBe(0);
    expect(p.place).not.toBe(0);
    const [q] = placeLabels([{ ...req("kr", 600, 300), prefer: 3 }], bounds);
    expect(q.place).toBe(3);
    // A label pushed out to a far place last frame comes back near once there is room.
    const [r] = placeLabels([{ ...req("kr", 600, 300), prefer: 12 }], bounds);
    expect(r.place).toBe(0);
  });
});
