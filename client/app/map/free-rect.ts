/**
 * The part of the window where the map is really visible: the largest rectangle of the viewport that no
 * panel covers (turn bar above, dashboard and news columns at the sides, orders drawer below). The map's
 * projection and camera are fitted to it, so nothing the map frames ends up under a panel.
 */

/** An axis-aligned rectangle in CSS pixels (viewport coordinates). */
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/**
 * Elements that hide the map. Panels may also opt in with `data-covers-map` (the phone's bottom sheet,
 * a future layout) without touching this list.
 */
export const MAP_OCCLUDERS = [
  ".turnbar",
  ".layout > .panel",
  ".layout > .side",
  ".layout > aside",
  ".projector > .side",
  ".orders",
  ".sheet-tabs",
  "button.ready",
  "[data-testid=results-screen]",
  "[data-covers-map]",
].join(", ");

/** The largest empty rectangle of `viewport` that overlaps none of `blocks` (brute force over their edges: a page has a few panels). */
export function largestFreeRect(viewport: Rect, blocks: Rect[]): Rect {
  const inside = blocks.map((b) => clip(b, viewport)).filter((b): b is Rect => b !== null && b.w > 0 && b.h > 0);
  const xs = uniq([viewport.x, viewport.x + viewport.w, ...inside.flatMap((b) => [b.x, b.x + b.w])]);
  const ys = uniq([viewport.y, viewport.y + viewport.h, ...inside.flatMap((b) => [b.y, b.y + b.h])]);
  let best: Rect = { x: viewport.x, y: viewport.y, w: 0, h: 0 };
  for (let i = 0; i < xs.length; i++)
    for (let j = i + 1; j < xs.length; j++) {
      for (let k = 0; k < ys.length; k++)
        for (let l = k + 1; l < ys.length; l++) {
          const r = { x: xs[i], y: ys[k], w: xs[j] - xs[i], h: ys[l] - ys[k] };
          if (r.w * r.h <= best.w * best.h) continue;
          if (inside.every((b) => !overlaps(r, b))) best = r;
        }
    }
  return best;
}

/** The visible map rectangle now: the viewport minus every visible occluding panel; the whole viewport when that leaves too little. */
export function measureFreeRect(doc: Document = document, selector = MAP_OCCLUDERS): Rect {
  const win = doc.defaultView!;
  const viewport: Rect = { x: 0, y: 0, w: win.innerWidth, h: win.innerHeight };
  const blocks: Rect[] = [];
  for (const el of doc.querySelectorAll<HTMLElement>(selector)) {
    if (el.closest("#map")) continue;
    const s = win.getComputedStyle(el);
    if (s.display === "none" || s.visibility === "hidden") continue;
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.height > 0) blocks.push({ x: r.left, y: r.top, w: r.width, h: r.height });
  }
  const free = largestFreeRect(viewport, blocks);
  // A scrolled-away or phone layout may leave a sliver: then frame the whole window below the top bar.
  if (free.w < Math.min(240, viewport.w * 0.5) || free.h < Math.min(160, viewport.h * 0.25)) {
    const bar = blocks.filter((b) => b.y <= 1 && b.w >= viewport.w * 0.9).reduce((m, b) => Math.max(m, b.y + b.h), 0);
    return { x: 0, y: bar, w: viewport.w, h: Math.max(1, viewport.h - bar) };
  }
  return free;
}

function clip(b: Rect, v: Rect): Rect | null {
  const x1 = Math.max(b.x, v.x),
    y1 = Math.max(b.y, v.y);
  const x2 = Math.min(b.x + b.w, v.x + v.w),
    y2 = Math.min(b.y + b.h, v.y + v.h);
  return x2 > x1 && y2 > y1 ? { x: x1, y: y1, w: x2 - x1, h: y2 - y1 } : null;
}

function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
}

function uniq(v: number[]): number[] {
  return [...new Set(v.map((x) => Math.round(x)))].sort((a, b) => a - b);
}
