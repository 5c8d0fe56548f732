/**
 * Where the map's tooltip goes: beside the marker it explains (below, above, right or left, and the corners),
 * inside the visible map area, over as few other labels and markers as possible, never over the marker itself.
 * Pure geometry in window pixels, so it is unit-tested (test/client/tip-place.test.ts).
 */
import type { Rect } from "./free-rect";

/** Gap between the marker's edge and the tooltip, px. */
const GAP = 10;
/** Room kept around each label or marker to avoid, px (so a tooltip never touches one edge to edge). */
const MARGIN = 3;

/** The area two rectangles share (0 when apart). */
export function overlapArea(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.w, b.x + b.w) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.h, b.y + b.h) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/** Move a `w`×`h` box at (x, y) inside `bounds` (its top-left corner wins when the box is larger). */
function clamp(x: number, y: number, w: number, h: number, bounds: Rect): { x: number; y: number } {
  return {
    x: Math.max(bounds.x, Math.min(x, bounds.x + bounds.w - w)),
    y: Math.max(bounds.y, Math.min(y, bounds.y + bounds.h - h)),
  };
}

/**
 * The tooltip's top-left corner for a `size` box explaining the marker at `at` (radius `r`): the first of the candidate
 * places (below, above, right, left, then the four corners) that, moved inside `bounds`, keeps clear of the marker and
 * covers the least of `avoid` (other labels and markers); ties keep the earlier, nearer place.
 */
export function placeTip(size: { w: number; h: number }, at: { x: number; y: number; r: number }, bounds: Rect, avoid: Rect[]): { x: number; y: number } {
  const { w, h } = size;
  const d = at.r + GAP;
  const marker: Rect = { x: at.x - at.r - 2, y: at.y - at.r - 2, w: 2 * at.r + 4, h: 2 * at.r + 4 };
  const candidates: [number, number][] = [
    [at.x - w / 2, at.y + d],
    [at.x - w / 2, at.y - d - h],
    [at.x + d, at.y - h / 2],
    [at.x - d - w, at.y - h / 2],
    [at.x + d * 0.7, at.y + d * 0.7],
    [at.x - d * 0.7 - w, at.y + d * 0.7],
    [at.x + d * 0.7, at.y - d * 0.7 - h],
    [at.x - d * 0.7 - w, at.y - d * 0.7 - h],
  ];
  const padded = avoid.map((b) => ({ x: b.x - MARGIN, y: b.y - MARGIN, w: b.w + 2 * MARGIN, h: b.h + 2 * MARGIN }));
  let best: { x: number; y: number; cost: number } | null = null;
  for (const [cx, cy] of candidates) {
    const p = clamp(Math.round(cx), Math.round(cy), w, h, bounds);
    const box: Rect = { x: p.x, y: p.y, w, h };
    // Covering the marker it explains is worse than covering any number of neighbours.
    const cost = overlapArea(box, marker) * 1e6 + padded.reduce((s, b) => s + overlapArea(box, b), 0);
    if (!best || cost < best.cost) best = { ...p, cost };
    if (cost === 0) break;
  }
  return { x: best!.x, y: best!.y };
}
