/**
 * The map's camera as plain numbers: which world point sits at the centre of the visible map rectangle,
 * and how far the player zoomed in. Zoom 1 fits the whole (projected) world into the visible rectangle;
 * panning is held so the world never leaves it. Pure functions, so the limits are unit-tested.
 */
import type { Rect } from "./free-rect";

/** Zoom limits relative to "the whole world fits the visible rectangle". */
export const MIN_ZOOM = 1;
/** Deep enough to tell a country's data centres apart, not so deep that the 110 m atlas falls apart. */
export const MAX_ZOOM = 8;

/** The camera: the world point at the visible rectangle's centre and the zoom. */
export interface MapView {
  cx: number;
  cy: number;
  zoom: number;
}

/** The size of the projected world (world units, origin at 0,0). */
export interface WorldSize {
  w: number;
  h: number;
}

/** Pixels per world unit at zoom 1: the world fits the rectangle with a small margin. */
export function baseScale(world: WorldSize, rect: Rect): number {
  return Math.min(rect.w / world.w, rect.h / world.h) * 0.97;
}

/** Pixels per world unit now. */
export function scaleOf(v: MapView, world: WorldSize, rect: Rect): number {
  return baseScale(world, rect) * v.zoom;
}

/** Where a world point is drawn on screen. */
export function toScreen(v: MapView, world: WorldSize, rect: Rect, x: number, y: number): [number, number] {
  const k = scaleOf(v, world, rect);
  return [rect.x + rect.w / 2 + (x - v.cx) * k, rect.y + rect.h / 2 + (y - v.cy) * k];
}

/** Which world point is under a screen point. */
export function toWorld(v: MapView, world: WorldSize, rect: Rect, sx: number, sy: number): [number, number] {
  const k = scaleOf(v, world, rect);
  return [v.cx + (sx - rect.x - rect.w / 2) / k, v.cy + (sy - rect.y - rect.h / 2) / k];
}

/** Hold the zoom within its limits and the world within view (inside the rectangle when smaller, covering it when larger). */
export function clampView(v: MapView, world: WorldSize, rect: Rect): MapView {
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, v.zoom));
  const k = baseScale(world, rect) * zoom;
  const axis = (c: number, size: number, px: number): number => {
    const half = px / 2 / k;
    return half * 2 >= size ? Math.min(half, Math.max(size - half, c)) : Math.min(size - half, Math.max(half, c));
  };
  return { zoom, cx: axis(v.cx, world.w, rect.w), cy: axis(v.cy, world.h, rect.h) };
}

/** Zoom by `factor` keeping the world point under the screen point (sx, sy) still (wheel, pinch, +/−). */
export function zoomAt(v: MapView, world: WorldSize, rect: Rect, factor: number, sx: number, sy: number): MapView {
  const [wx, wy] = toWorld(v, world, rect, sx, sy);
  const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, v.zoom * factor));
  const k = baseScale(world, rect) * zoom;
  return clampView({ zoom, cx: wx - (sx - rect.x - rect.w / 2) / k, cy: wy - (sy - rect.y - rect.h / 2) / k }, world, rect);
}

/** Move the map by screen pixels (a drag of +dx moves the world right). */
export function panBy(v: MapView, world: WorldSize, rect: Rect, dx: number, dy: number): MapView {
  const k = scaleOf(v, world, rect);
  return clampView({ ...v, cx: v.cx - dx / k, cy: v.cy - dy / k }, world, rect);
}

/**
 * The view that centres `focus` and keeps every point of `keep` in the rectangle (with a margin),
 * never closer than `maxZoom`: the start view (your nation, the ends of its flows) and the projector's
 * (every nation).
 */
export function frameView(world: WorldSize, rect: Rect, focus: [number, number], keep: [number, number][], maxZoom = 3): MapView {
  const k0 = baseScale(world, rect);
  let zoom = maxZoom;
  for (const [x, y] of keep) {
    const dx = Math.abs(x - focus[0]),
      dy = Math.abs(y - focus[1]);
    if (dx > 0) zoom = Math.min(zoom, ((rect.w / 2) * 0.88) / (dx * k0));
    if (dy > 0) zoom = Math.min(zoom, ((rect.h / 2) * 0.88) / (dy * k0));
  }
  return clampView({ cx: focus[0], cy: focus[1], zoom }, world, rect);
}

/** The view that shows the bounding box of `points` as large as fits (the projector: every nation). */
export function fitPoints(world: WorldSize, rect: Rect, points: [number, number][], maxZoom = 3): MapView {
  if (points.length === 0) return clampView({ cx: world.w / 2, cy: world.h / 2, zoom: 1 }, world, rect);
  const xs = points.map((p) => p[0]),
    ys = points.map((p) => p[1]);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const k0 = baseScale(world, rect);
  const zoom = Math.min(maxZoom, (rect.w * 0.9) / Math.max(1e-6, (x1 - x0) * k0), (rect.h * 0.9) / Math.max(1e-6, (y1 - y0) * k0));
  return clampView({ cx: (x0 + x1) / 2, cy: (y0 + y1) / 2, zoom }, world, rect);
}
