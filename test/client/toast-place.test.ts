/** The notices' place: bottom-centre of the visible map, inside it, so they never cover the turn bar or the panels. */
import { describe, expect, it } from "vitest";
import { toastSpot } from "../../client/app/ui/toast-place";

describe("toastSpot", () => {
  it("on a laptop sits at the bottom of the gap between the side panels, above the orders drawer", () => {
    const free = { x: 312, y: 60, w: 634, h: 686 };
    const s = toastSpot(free, 800);
    expect(s.centreX).toBe(629);
    expect(800 - s.bottom).toBe(746 - 8); // the stack's bottom edge, 8 px above the drawer
    expect(s.maxWidth).toBe(618);
    expect(s.maxHeight).toBe(670);
    // The tallest stack still starts below the turn bar.
    expect(800 - s.bottom - s.maxHeight).toBeGreaterThanOrEqual(free.y);
  });

  it("on a phone sits just above the thumb-reach Ready, full width less the margins", () => {
    const s = toastSpot({ x: 0, y: 50, w: 390, h: 674 }, 844);
    expect(s).toEqual({ centreX: 195, bottom: 844 - 724 + 8, maxWidth: 374, maxHeight: 658 });
  });

  it("keeps to 680 px on a wide screen and never goes negative on a sliver", () => {
    expect(toastSpot({ x: 400, y: 60, w: 1100, h: 900 }, 1080).maxWidth).toBe(680);
    const s = toastSpot({ x: 0, y: 0, w: 10, h: 10 }, 10);
    expect(Math.min(s.maxWidth, s.maxHeight, s.bottom)).toBeGreaterThanOrEqual(0);
  });
});
