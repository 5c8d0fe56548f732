/**
 * Where the stack of notices (deal proposals, warnings) goes: centred at the bottom of the visible map rectangle
 * (map/free-rect.ts), so it never covers the turn bar, the panels or the top of the map, and on a phone it sits just
 * above the thumb-reach Ready. Pure geometry in CSS pixels, unit-tested in test/client/toast-place.test.ts.
 */
import type { Rect } from "../map/free-rect";
import { MAP_OCCLUDERS, measureFreeRect } from "../map/free-rect";

/** Room kept between the notices and the edges of the free rectangle, px. */
const MARGIN = 8;
/** The widest a notice grows, px (a sentence and two buttons). */
const MAX_WIDTH = 680;

/** The stack's fixed position: its horizontal centre, its distance from the window's bottom edge, and its widest and tallest. */
export interface ToastSpot {
  centreX: number;
  bottom: number;
  maxWidth: number;
  maxHeight: number;
}

/** The stack's place for a free rectangle `free` in a window `windowHeight` px high: bottom-centre of `free`, inside it by MARGIN. */
export function toastSpot(free: Rect, windowHeight: number): ToastSpot {
  return {
    centreX: Math.round(free.x + free.w / 2),
    bottom: Math.max(0, Math.round(windowHeight - (free.y + free.h) + MARGIN)),
    maxWidth: Math.max(0, Math.min(MAX_WIDTH, Math.floor(free.w - 2 * MARGIN))),
    maxHeight: Math.max(0, Math.floor(free.h - 2 * MARGIN)),
  };
}

/** Put the stack `el` at its spot in the page now (the free rectangle measured as the map measures it). */
export function placeToasts(el: HTMLElement, doc: Document = document): void {
  const spot = toastSpot(measureFreeRect(doc, MAP_OCCLUDERS), doc.defaultView!.innerHeight);
  Object.assign(el.style, {
    top: "auto",
    bottom: `${spot.bottom}px`,
    left: `${spot.centreX}px`,
    maxWidth: `${spot.maxWidth}px`,
    maxHeight: `${spot.maxHeight}px`,
  });
}
