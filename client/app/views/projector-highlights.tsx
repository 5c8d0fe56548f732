/**
 * The projector's rotating highlights between turns (shared/describe/highlights.ts): one large card at a time,
 * readable from the back of the room (UI.md: 28 px body, 64 px+ headline figures), changing every 8 s,
 * with dots for how many there are. A Preact component: the rotation restarts when the highlights change,
 * and its timer ends with the component.
 */
import { useEffect, useMemo, useState } from "preact/hooks";
import type { RoomModel } from "../../../shared/protocol/room-model";
import { turnHighlights } from "../../../shared/describe/highlights";
import { SourceLine } from "./source-line";
import "../workshop-extras.css";

/** Seconds each highlight stays on the projector. */
export const HIGHLIGHT_SECONDS = 8;

/** The carousel of the quarter just resolved (an empty, hidden section when there is nothing to show yet). */
export function ProjectorHighlights({ m }: { m: RoomModel }) {
  const items = useMemo(() => (m.view ? turnHighlights(m.view, m.signedDeals ?? []) : []), [m.view, m.signedDeals]);
  const signature = `${m.view?.turn ?? 0}|${JSON.stringify(items)}`;
  const [at, setAt] = useState({ signature, index: 0 });
  // A new set of highlights starts at its first card.
  const index = at.signature === signature ? at.index : 0;
  const count = items.length;
  useEffect(() => {
    const timer = setInterval(
      () => setAt((a) => ({ signature, index: count < 2 ? 0 : ((a.signature === signature ? a.index : 0) + 1) % count })),
      HIGHLIGHT_SECONDS * 1000,
    );
    return () => clearInterval(timer);
  }, [signature, count]);
  const x = items[index];
  const nations = x ? x.nations.map((id) => m.view!.nations.find((n) => n.id === id)).filter((n) => n !== undefined) : [];
  return (
    <section class="highlights" data-testid="highlights" aria-label="Highlights of the quarter" aria-live="polite" hidden={count === 0} data-kind={x?.kind}>
      {x ? (
        <>
          <p class="hl-label">{`${x.label} · ${m.view ? `turn ${m.view.turn - 1}` : ""}`}</p>
          <p class="hl-headline">
            {nations.map((n) => (
              <span key={n.id} class="swatch" style={`background:${n.colour}`} title={n.name} />
            ))}
            <span>{x.headline}</span>
          </p>
          {x.figure ? <p class="hl-figure">{x.figure}</p> : null}
          {x.sources?.length ? (
            <p class="hl-source">
              <SourceLine text={x.sources.join(", ")} />
            </p>
          ) : null}
          {count > 1 ? (
            <p class="hl-dots" aria-label={`Highlight ${index + 1} of ${count}`}>
              {items.map((_, i) => (
                <span key={i} class={i === index ? "on" : ""}>
                  ●
                </span>
              ))}
            </p>
          ) : null}
        </>
      ) : null}
    </section>
  );
}
