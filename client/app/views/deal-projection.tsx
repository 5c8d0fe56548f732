/**
 * The engine's projection of a deal for your nation in one line, explaining itself on hover, keyboard
 * focus and tap: how it is computed, with this offer's figures filled in. Or why the deal cannot be done.
 */
import type { DealValue } from "../../../shared/ai/deal-judge";
import { FigurePopover, installTapToggle } from "../ui/figure-popover";
import { projectionLine, projectionRefusal, projectionWhy } from "../../../shared/describe/deal-panel";

/** Props: the valuation, the line's lead ("If you sign, by Q3 2027"), the refusal's lead, and a page-unique id. */
export interface ProjectionProps {
  id: string;
  value: DealValue;
  lead: string;
  refusal: string;
}

/** One projection line (class "projection") with its popover, or the reason in a "why" line. */
export function Projection({ id, value, lead, refusal }: ProjectionProps) {
  installTapToggle();
  if (!value.ok) return <p class="why">{projectionRefusal(refusal, value.message)}</p>;
  const tip = `figure-tip-${id}`;
  return (
    <div class="projection" tabIndex={0} data-figure={id} aria-describedby={tip}>
      {projectionLine(lead, value)}
      <div class="figure-tip figure-pop" role="tooltip" id={tip}>
        <FigurePopover e={{ id, term: "Engine projection", text: projectionWhy(value) }} />
      </div>
    </div>
  );
}
