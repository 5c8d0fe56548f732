/** The tutorial's coach box never covers the element it highlights, wherever that element is. */
import { describe, expect, it } from "vitest";
import { coachPosition } from "../../client/app/tutorial";

const overlaps = (a: { left: number; top: number; width: number; height: number }, b: { left: number; top: number; width: number; height: number }): boolean =>
  a.left < b.left + b.width && b.left < a.left + a.width && a.top < b.top + b.height && b.top < a.top + a.height;

describe("coach box placement", () => {
  const views = [
    { width: 1280, height: 800 },
    { width: 390, height: 844 },
    { width: 1920, height: 1080 },
  ];
  it("keeps clear of a small target anywhere on the screen (ready button, a tab, a bottom-sheet tab)", () => {
    for (const view of views) {
      const size = { width: Math.min(480, view.width * 0.92), height: 230 };
      for (let x = 0; x < view.width - 80; x += 97)
        for (let y = 0; y < view.height - 40; y += 61) {
          const target = { left: x, top: y, width: 80, height: 40 };
          const p = coachPosition(size, target, view);
          expect(overlaps({ ...p, ...size }, target), `${view.width}x${view.height} target at ${x},${y}`).toBe(false);
        }
    }
  });
  it("sits inside the viewport, below the turn bar", () => {
    const p = coachPosition({ width: 480, height: 230 }, { left: 500, top: 700, width: 100, height: 40 }, { width: 1280, height: 800 });
    expect(p.top).toBeGreaterThanOrEqual(64);
    expect(p.top + 230).toBeLessThanOrEqual(800);
    expect(p.left + 480).toBeLessThanOrEqual(1280);
  });
});
