/** A page of the single-page app as its own Preact root: a box in `root` (display: contents, so the page's layout is unchanged). */
import { render } from "preact";
import type { VNode } from "preact";

/** A page on show: `stop` unmounts its tree (its effects and listeners end) and removes its box. */
export interface PageHandle {
  stop(): void;
}

/**
 * Render `page` into a fresh box that replaces root's children (the other pages replace them too, and the game screen renders into
 * root itself, so no page meets another's tree). The router stops the handle when it shows the next page.
 */
export function mountPage(root: HTMLElement, page: VNode, cls: string): PageHandle {
  const box = document.createElement("div");
  box.className = cls;
  box.style.display = "contents";
  root.replaceChildren(box);
  render(page, box);
  return {
    stop() {
      render(null, box);
      box.remove();
    },
  };
}
