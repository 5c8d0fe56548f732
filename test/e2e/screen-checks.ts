/** Browser-side checks shared by the screen tests: overflow, smallest visible text, axe, focus. */
import type { Page } from "playwright-core";
import AxeBuilder from "@axe-core/playwright";

/**
 * Elements wider than the viewport, and the page's horizontal scroll width. Content inside a sideways
 * scroller that itself fits (the GPU catalogue table, the tab strip) does not count: the page does not move.
 */
export async function overflow(page: Page): Promise<{ scrollWidth: number; width: number; wide: string[] }> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const wide: string[] = [];
    for (const el of Array.from(document.querySelectorAll("body *"))) {
      if (el.closest("#map") || el.tagName === "CANVAS") continue;
      let scroller = false;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
        if (["auto", "scroll"].includes(getComputedStyle(a).overflowX) && a.getBoundingClientRect().width <= width + 1) {
          scroller = true;
          break;
        }
      if (scroller) continue;
      const r = el.getBoundingClientRect();
      if (r.width > width + 1 && (el as HTMLElement).checkVisibility?.())
        wide.push(`${el.tagName.toLowerCase()}.${(el as HTMLElement).className} ${Math.round(r.width)}px`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, width, wide: wide.slice(0, 10) };
  });
}

/** The smallest computed font size of text a user can see now (clipped by no scroller, inside the viewport), with examples. */
export async function smallestText(page: Page): Promise<{ min: number; small: string[] }> {
  return page.evaluate(() => {
    const visibleRect = (el: Element): boolean => {
      let r = el.getBoundingClientRect();
      if (r.width < 1 || r.height < 1) return false;
      let top = Math.max(r.top, 0),
        bottom = Math.min(r.bottom, window.innerHeight),
        left = Math.max(r.left, 0),
        right = Math.min(r.right, window.innerWidth);
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX !== "visible" || s.overflowY !== "visible") {
          r = a.getBoundingClientRect();
          top = Math.max(top, r.top);
          bottom = Math.min(bottom, r.bottom);
          left = Math.max(left, r.left);
          right = Math.min(right, r.right);
        }
      }
      return bottom - top > 1 && right - left > 1;
    };
    let min = Infinity;
    const small: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.textContent?.trim();
      const el = n.parentElement;
      if (!text || !el || el.closest("#map, script, style, [aria-hidden=true]")) continue;
      if (!el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) || !visibleRect(el)) continue;
      const size = parseFloat(getComputedStyle(el).fontSize);
      if (size < min) min = size;
      if (size < 14 && small.length < 12) small.push(`${size}px ${el.tagName.toLowerCase()}.${el.className}: ${text.slice(0, 40)}`);
    }
    return { min, small };
  });
}

/** Serious and critical axe violations on the page as it is now: "rule-id (n): target, …". */
export async function axeSerious(page: Page): Promise<string[]> {
  const r = await new AxeBuilder({ page }).exclude("#map canvas").analyze();
  return r.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.nodes.length}): ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(", ")}`,
    );
}

/** A description of the focused element ("button.tab[data-tab=gpus]"), or "body". */
export async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    if (!a || a === document.body) return "body";
    return `${a.tagName.toLowerCase()}${a.id ? `#${a.id}` : ""}${a.dataset.tab ? `[data-tab=${a.dataset.tab}]` : ""}${a.getAttribute("name") ? `[name=${a.getAttribute("name")}]` : ""}`;
  });
}

/** Visible selects with an option (any, not only the chosen one) whose text is wider than the box shows (measured in the select's own font, less its padding and arrow). */
export const cutSelects = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const ctx = document.createElement("canvas").getContext("2d")!;
    const out: string[] = [];
    for (const sel of document.querySelectorAll("select")) {
      const r = sel.getBoundingClientRect();
      const cs = getComputedStyle(sel);
      if (r.width === 0 || cs.visibility === "hidden") continue;
      ctx.font = `${cs.fontWeight} ${cs.fontSize} ${cs.fontFamily}`;
      // The arrow takes about 20 px: a select sized to its widest option leaves it 19.7–22 px (rounding), its text whole.
      const room = sel.clientWidth - parseFloat(cs.paddingLeft) - parseFloat(cs.paddingRight) - 18;
      for (const option of sel.options) {
        const text = option.textContent ?? "";
        if (ctx.measureText(text).width > room) out.push(`"${text}" in ${Math.round(room)} px`);
      }
    }
    return out;
  });
