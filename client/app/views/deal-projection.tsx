/**
 * The engine's projection of a deal for your nation in one line, explaining itself on hover, keyboard
 * focus and tap: how it is computed, with this offer's figures filled in. Or why the deal cannot be done.
 */
import type { DealValue } from "../../../shared/ai/deal-judge";
import { FigurePopover, installTapToggle } from "../ui/figure-popover";
import { pf, usd } from "../format";
import { quarter } from "../format";

const sign = (x: number): string => `${x >= 0 ? "+" : "−"}${Math.abs(x).toFixed(1)}`;

/** The projection's explanation, with this offer's values. */
export function projectionWhy(value: Extract<DealValue, { ok: true }>): string {
  return (
    `The engine plays your nation forward on your own view ${value.horizon} quarter${value.horizon === 1 ? "" : "s"} (to ${quarter(value.by)}) with and without the deal, ` +
    `following the same plan in both (the AI's normal play of your nation); the other side's private figures are unknown to you. ` +
    `Score ${value.after.score.toFixed(1)} with the deal against ${value.before.score.toFixed(1)} without (${sign(value.gain)} points); ` +
    `compute ${pf(value.after.compute)} against ${pf(value.before.compute)}; treasury ${usd(value.after.treasury)} against ${usd(value.before.treasury)}. ` +
    `Money left at the horizon counts at the score's revenue rate.`
  );
}

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
  if (!value.ok) return <p class="why">{`${refusal}: ${value.message}`}</p>;
  const tip = `figure-tip-${id}`;
  return (
    <div class="projection" tabIndex={0} data-figure={id} aria-describedby={tip}>
      {`${lead}: score ${sign(value.gain)} points, compute ${pf(value.after.compute)} (vs ${pf(value.before.compute)} without), treasury ${usd(value.after.treasury)} (vs ${usd(value.before.treasury)}).`}
      <div class="figure-tip figure-pop" role="tooltip" id={tip}>
        <FigurePopover e={{ id, term: "Engine projection", text: projectionWhy(value) }} />
      </div>
    </div>
  );
}
