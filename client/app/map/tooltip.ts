/** The map's tooltip: one DOM element (so it reads as text, not pixels) placed beside a marker or the pointer, kept inside the window. */
import type { TipContent } from "./describe";
import { flagDataUrl } from "./flags";

/** The tooltip element and how to show or hide it. */
export interface MapTooltip {
  el: HTMLElement;
  show(at: { x: number; y: number }, tip: TipContent): void;
  hide(): void;
}

/** Create the tooltip (appended to `host`, hidden). `origin` gives the canvas's offset in the window. */
export function createTooltip(host: HTMLElement, origin: () => { left: number; top: number }): MapTooltip {
  const el = document.createElement("div");
  el.className = "map-tip";
  el.id = `map-tip-${Math.random().toString(36).slice(2, 8)}`;
  el.setAttribute("role", "tooltip");
  el.hidden = true;
  host.append(el);
  return {
    el,
    show(at, tip) {
      el.replaceChildren();
      const head = document.createElement("strong");
      const src = tip.flag ? flagDataUrl(tip.flag) : null;
      if (src) {
        const img = document.createElement("img");
        img.src = src;
        img.alt = "";
        img.width = 21;
        img.height = 14;
        img.className = "flag";
        head.append(img);
      }
      head.append(tip.title);
      el.append(head);
      for (const line of tip.lines) {
        const p = document.createElement("span");
        p.textContent = line;
        el.append(p);
      }
      // Measure at the window's corner, so a previous position near an edge does not squeeze its width.
      el.style.left = "0px";
      el.style.top = "0px";
      el.hidden = false;
      const o = origin();
      const w = el.offsetWidth,
        h = el.offsetHeight;
      let x = o.left + at.x + 14,
        y = o.top + at.y + 14;
      if (x + w > window.innerWidth - 4) x = Math.max(4, o.left + at.x - w - 14);
      if (y + h > window.innerHeight - 4) y = Math.max(4, o.top + at.y - h - 14);
      el.style.left = `${x}px`;
      el.style.top = `${y}px`;
    },
    hide() {
      el.hidden = true;
    },
  };
}
