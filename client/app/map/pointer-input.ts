/**
 * Mouse and touch on the map canvas, through DOM pointer events: drag to pan, wheel to zoom at the cursor,
 * two-finger pinch to zoom (and pan), hover and tap to inspect. A press that moves less than a few pixels
 * is a tap, not a drag.
 */

/** What the map does with the gestures. */
export interface MapGestures {
  pan(dx: number, dy: number): void;
  zoomAt(factor: number, x: number, y: number): void;
  /** The mouse moved without a button (x, y in canvas pixels); null when it left the canvas. */
  hover(at: { x: number; y: number } | null): void;
  /** A tap or click that did not drag. */
  tap(x: number, y: number, touch: boolean): void;
}

/** How far a press may move and still count as a tap (CSS pixels). */
const TAP_SLOP = 8;

/** Listen on `el`; returns a function that removes every listener. */
export function attachGestures(el: HTMLElement, g: MapGestures): () => void {
  const down = new Map<number, { x: number; y: number; sx: number; sy: number; type: string }>();
  let moved = false;
  let pinch: { dist: number; mx: number; my: number } | null = null;
  const local = (e: { clientX: number; clientY: number }): [number, number] => {
    const r = el.getBoundingClientRect();
    return [e.clientX - r.left, e.clientY - r.top];
  };
  const pinchOf = (): { dist: number; mx: number; my: number } | null => {
    const [a, b] = [...down.values()];
    return a && b ? { dist: Math.hypot(a.x - b.x, a.y - b.y), mx: (a.x + b.x) / 2, my: (a.y + b.y) / 2 } : null;
  };

  const onDown = (e: PointerEvent): void => {
    if (e.button !== 0 && e.pointerType === "mouse") return;
    const [x, y] = local(e);
    down.set(e.pointerId, { x, y, sx: x, sy: y, type: e.pointerType });
    try {
      el.setPointerCapture(e.pointerId);
    } catch {
      /* synthetic pointers cannot be captured */
    }
    if (down.size === 1) moved = false;
    if (down.size === 2) {
      pinch = pinchOf();
      moved = true;
    }
  };
  const onMove = (e: PointerEvent): void => {
    const [x, y] = local(e);
    const p = down.get(e.pointerId);
    if (!p) {
      if (e.pointerType === "mouse") g.hover({ x, y });
      return;
    }
    const dx = x - p.x,
      dy = y - p.y;
    p.x = x;
    p.y = y;
    if (down.size >= 2) {
      const now = pinchOf();
      if (now && pinch && pinch.dist > 0) {
        g.pan(now.mx - pinch.mx, now.my - pinch.my);
        g.zoomAt(now.dist / pinch.dist, now.mx, now.my);
      }
      pinch = now;
      return;
    }
    if (!moved && Math.hypot(x - p.sx, y - p.sy) < TAP_SLOP) return;
    if (!moved) {
      moved = true;
      g.pan(x - p.sx, y - p.sy);
      g.hover(null);
      return;
    }
    g.pan(dx, dy);
  };
  const onUp = (e: PointerEvent): void => {
    const p = down.get(e.pointerId);
    if (!p) return;
    down.delete(e.pointerId);
    if (down.size < 2) pinch = null;
    if (e.type === "pointerup" && down.size === 0 && !moved) g.tap(p.x, p.y, p.type !== "mouse");
  };
  const onWheel = (e: WheelEvent): void => {
    e.preventDefault();
    const [x, y] = local(e);
    // A mouse wheel notch is ~100 px of deltaY; trackpads send many small deltas: zoom by 15 % per notch either way.
    const notches = Math.max(-3, Math.min(3, (e.deltaMode === 1 ? e.deltaY * 33 : e.deltaY) / 100));
    g.zoomAt(Math.pow(1.15, -notches), x, y);
  };
  const onLeave = (e: PointerEvent): void => {
    if (e.pointerType === "mouse" && down.size === 0) g.hover(null);
  };

  el.addEventListener("pointerdown", onDown);
  el.addEventListener("pointermove", onMove);
  el.addEventListener("pointerup", onUp);
  el.addEventListener("pointercancel", onUp);
  el.addEventListener("pointerleave", onLeave);
  el.addEventListener("wheel", onWheel, { passive: false });
  return () => {
    el.removeEventListener("pointerdown", onDown);
    el.removeEventListener("pointermove", onMove);
    el.removeEventListener("pointerup", onUp);
    el.removeEventListener("pointercancel", onUp);
    el.removeEventListener("pointerleave", onLeave);
    el.removeEventListener("wheel", onWheel);
  };
}
