/**
 * The map's tooltip: one DOM element with a Preact body (so it reads as text, not pixels) placed beside a marker or the pointer, inside the
 * visible map area and off the other labels and markers where there is room (tip-place.ts), always inside the window.
 */
import { render } from "preact";
import type { TipContent } from "./describe";
import { flagDataUrl } from "./flags";
import type { Rect } from "./free-rect";
import { placeTip } from "./tip-place";

/** Where a tooltip may go, canvas pixels: inside `bounds`, clear of the `r` around its point, over as little of `avoid` as it can. */
export interface TipRoom {
  r: number;
  bounds: Rect;
  avoid: Rect[];
}

/** The tooltip element and how to show or hide it. */
export interface MapTooltip {
  el: HTMLElement;
  show(at: { x: number; y: number }, tip: TipContent, room?: TipRoom): void;
  hide(): void;
  /** Unmount the content and remove the element. */
  destroy(): void;
}

/** The tooltip's content: the title with its flag, then one line a figure. */
function TipBody({ tip }: { tip: TipContent }) {
  const src = tip.flag ? flagDataUrl(tip.flag) : null;
  return (
    <>
      <strong>
        {src ? <img src={src} alt="" width={21} height={14} class="flag" /> : null}
        {tip.title}
      </strong>
      {tip.lines.map((line, i) => (
        <span key={i}>{line}</span>
      ))}
    </>
  );
}

/** Create the tooltip (appended to `host`, hidden; its content is a Preact tree, rendered synchronously so it can be measured). `origin` gives the canvas's offset in the window. */
export function createTooltip(host: HTMLElement, origin: () => { left: number; top: number }): MapTooltip {
  const el = document.createElement("div");
  el.className = "map-tip";
  el.id = `map-tip-${Math.random().toString(36).slice(2, 8)}`;
  el.setAttribute("role", "tooltip");
  el.hidden = true;
  host.append(el);
  return {
    el,
    show(at, tip, room) {
      render(<TipBody tip={tip} />, el);
      // Measure at the window's corner, so a previous position near an edge does not squeeze its width.
      el.style.left = "0px";
      el.style.top = "0px";
      el.hidden = false;
      const o = origin();
      const size = el.getBoundingClientRect();
      const w = Math.ceil(size.width),
        h = Math.ceil(size.height);
      const win: Rect = { x: 4, y: 4, w: window.innerWidth - 8, h: window.innerHeight - 8 };
      const shift = (b: Rect): Rect => ({ x: b.x + o.left, y: b.y + o.top, w: b.w, h: b.h });
      // The visible map area in window pixels, within the window; the whole window when the tooltip does not fit in it.
      const map = room ? intersect(shift(room.bounds), win) : null;
      const bounds = map && map.w >= w && map.h >= h ? map : win;
      const p = placeTip({ w, h }, { x: o.left + at.x, y: o.top + at.y, r: room?.r ?? 4 }, bounds, (room?.avoid ?? []).map(shift));
      el.style.left = `${p.x}px`;
      el.style.top = `${p.y}px`;
    },
    hide() {
      el.hidden = true;
    },
    destroy() {
      render(null, el);
      el.remove();
    },
  };
}

/** The part two rectangles share, or null. */
function intersect(a: Rect, b: Rect): Rect | null {
  const x = Math.max(a.x, b.x),
    y = Math.max(a.y, b.y);
  const w = Math.min(a.x + a.w, b.x + b.w) - x,
    h = Math.min(a.y + a.h, b.y + b.h) - y;
  return w > 0 && h > 0 ? { x, y, w, h } : null;
}
