/**
 * A line of an order form that explains itself (the grid, a build plan, a price rule, the engine's preview): its text, and a
 * popover with how it is computed and its source ids linked to the Sources page, on hover, keyboard focus and tap (was a
 * `title` attribute, which a tap or the keyboard never shows).
 */
import type { ComponentChildren } from "preact";
import { citedIds } from "../../../shared/sources/ids";
import { FigurePopover, installTapToggle } from "../ui/figure-popover";
import "./panels.css";

/** `children` with the explanation `why` titled `term`; `id` is unique on the page (it names the popover). */
export function Why({ id, term, why, class: cls = "", children }: { id: string; term: string; why: string; class?: string; children: ComponentChildren }) {
  installTapToggle();
  const tip = `figure-tip-${id}`;
  const ids = citedIds(why);
  return (
    <div class={`explained ${cls}`} tabIndex={0} data-figure={id} aria-describedby={tip}>
      {children}
      <div class="figure-tip figure-pop" role="tooltip" id={tip}>
        <FigurePopover e={{ id, term, text: why, source: ids.length ? ids.join(", ") : undefined }} />
      </div>
    </div>
  );
}
