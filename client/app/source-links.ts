/** "Source: M7" as links: each source id in a citation text becomes a link to its entry on the Sources page. */
import { splitCitation } from "../../shared/sources/ids";
import { h } from "./dom";

/** The address of a source's entry on the Sources page. */
export function sourceHref(id: string): string {
  return `/sources#${encodeURIComponent(id)}`;
}

/**
 * `text` ("facts.md M7–M10, G11 (estimate)") with every source id as a keyboard-focusable link to the
 * Sources page. In a game the page opens in a new tab, so the game keeps running.
 */
export function sourceLinks(text: string, newTab = true): (HTMLElement | string)[] {
  return splitCitation(text).map((part) =>
    "id" in part
      ? h(
          "a",
          {
            class: "source-link",
            href: sourceHref(part.id),
            target: newTab ? "_blank" : undefined,
            rel: newTab ? "noopener" : undefined,
            title: `Source ${part.id} on the Sources page`,
          },
          part.id,
        )
      : part.text,
  );
}

/** A "Source: …" line with linked ids (as used in tooltips, the news and the glossary). */
export function sourceLine(text: string, tail = ""): HTMLElement {
  return h("span", { class: "source" }, " Source: ", ...sourceLinks(text), tail);
}
