/**
 * One figure of a quote, a licence offer or a memory preview: label and value, with a popover (what it is,
 * how it is computed, its source ids linked to the Sources page) on hover, keyboard focus and tap.
 */
import { citedIds } from "../../../shared/sources/ids";
import { FigurePopover, installTapToggle } from "../ui/figure-popover";
import "./panels.css";

/** A figure with its explanation; `id` is unique on the page (it names the popover). */
export function QFig({ id, label, value, why }: { id: string; label: string; value: string; why: string }) {
  installTapToggle();
  const tip = `figure-tip-${id}`;
  const ids = citedIds(why);
  return (
    <div class="qfig" tabIndex={0} data-figure={id} aria-describedby={why ? tip : undefined}>
      <span class="label">{label}</span>
      <span class="value">{value}</span>
      {why ? (
        <div class="figure-tip figure-pop" role="tooltip" id={tip}>
          <FigurePopover e={{ id, term: label, text: why, source: ids.length ? ids.join(", ") : undefined }} />
        </div>
      ) : null}
    </div>
  );
}
