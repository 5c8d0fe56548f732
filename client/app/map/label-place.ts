/**
 * Where the map's nation labels go: each beside its anchor (a nation's first data centre or its centre), tried at
 * a few places around it in order, full size first and then its compact form (letter code only); a label that finds
 * no free place is hidden. Labels are placed in priority order, so crowding shrinks and hides the lowest-priority
 * ones first. No two placed labels intersect and none leaves the visible map. Pure geometry in canvas pixels,
 * unit-tested in test/client/label-place.test.ts.
 */
import type { Rect } from "./free-rect";
import { overlapArea } from "./tip-place";

/** Room kept between two labels, px. */
const GAP = 2;
/** How many of the candidate places are the near ones (the first ring around the anchor). */
const NEAR = 8;

/** One label to place: its anchor, its sizes (full first, then smaller forms) and how much it matters. */
export interface LabelRequest {
  id: string;
  /** The anchor point the label stands beside. */
  x: number;
  y: number;
  /** The label's sizes in order of preference (e.g. flag + "KR Korea", then flag + "KR"). */
  sizes: { w: number; h: number }[];
  /** Higher is placed first (the player's own nation above the others). */
  priority: number;
  /** The candidate place it had last frame, tried first so labels do not jump while the map moves. */
  prefer?: number;
}

/** Where a label goes: its box, which size and which candidate place; `hidden` when it found no room. */
export interface PlacedLabel extends Rect {
  id: string;
  size: number;
  place: number;
  hidden: boolean;
}

/**
 * The top-left corners tried for a `w`×`h` label anchored at (x, y), nearest first: upper right (the usual place),
 * lower right, upper left, lower left, right, left, above, below, then the same farther out.
 */
export function candidates(x: number, y: number, w: number, h: number): [number, number][] {
  const out: [number, number][] = [];
  for (const d of [10, 26]) {
    const up = y - h - d / 2,
      down = y + d / 2;
    out.push(
      [x + d, up],
      [x + d, down],
      [x - d - w, up],
      [x - d - w, down],
      [x + d, y - h / 2],
      [x - d - w, y - h / 2],
      [x - w / 2, up - d / 2],
      [x - w / 2, down + d / 2],
    );
  }
  return out;
}

const inside = (b: Rect, bounds: Rect): boolean => b.x >= bounds.x && b.y >= bounds.y && b.x + b.w <= bounds.x + bounds.w && b.y + b.h <= bounds.y + bounds.h;
const grow = (b: Rect, m: number): Rect => ({ x: b.x - m, y: b.y - m, w: b.w + 2 * m, h: b.h + 2 * m });

/**
 * Place every label inside `bounds`, none over another: by priority (ties keep the given order), each at the first free
 * candidate place of its first size that has one, preferring places that cover the least of `avoid` (markers); a label whose
 * anchor is outside `bounds`, or that finds no free place at any size, is hidden. Results come back in the given order.
 */
export function placeLabels(labels: LabelRequest[], bounds: Rect, avoid: Rect[] = []): PlacedLabel[] {
  const order = labels.map((l, i) => ({ l, i })).sort((a, b) => b.l.priority - a.l.priority || a.i - b.i);
  const taken: Rect[] = [];
  const out: PlacedLabel[] = new Array<PlacedLabel>(labels.length);
  for (const { l, i } of order) {
    let best: PlacedLabel | null = null;
    const anchorIn = l.x >= bounds.x && l.x <= bounds.x + bounds.w && l.y >= bounds.y && l.y <= bounds.y + bounds.h;
    for (let s = 0; anchorIn && s < l.sizes.length && !best; s++) {
      const { w, h } = l.sizes[s];
      const spots = candidates(l.x, l.y, w, h);
      const tryOrder = spots.map((_, k) => k);
      // Last frame's place is kept only among the near ones: a label pushed out farther comes back as soon as there is room.
      if (l.prefer !== undefined && l.prefer >= 0 && l.prefer < NEAR) tryOrder.unshift(...tryOrder.splice(l.prefer, 1));
      let bestCost = Infinity;
      for (const k of tryOrder) {
        const box: Rect = { x: Math.round(spots[k][0]), y: Math.round(spots[k][1]), w, h };
        if (!inside(box, bounds) || taken.some((t) => overlapArea(grow(box, GAP / 2), grow(t, GAP / 2)) > 0)) continue;
        const cost = avoid.reduce((sum, a) => sum + overlapArea(box, a), 0);
        if (cost < bestCost) {
          bestCost = cost;
          best = { id: l.id, ...box, size: s, place: k, hidden: false };
        }
        if (cost === 0) break;
      }
    }
    if (best) taken.push(best);
    out[i] = best ?? { id: l.id, x: l.x, y: l.y, w: 0, h: 0, size: -1, place: -1, hidden: true };
  }
  return out;
}
