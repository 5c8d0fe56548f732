/**
 * Every number explains itself: the popover of a dashboard figure, on hover, keyboard focus and tap.
 * What the figure is, this quarter's computation with the values filled in (the engine's structured causes,
 * Nation.lastTurn) and its source ids linked to the in-game Sources page. The figure element keeps the
 * popover as a child, so Tab from the figure reaches the source links and focus keeps the popover open.
 */
import type { FigureChange } from "../../../shared/engine/causes";
import { splitCitation } from "../../../shared/sources/ids";
import { sourceHref } from "../source-links";
import { causeLines, changeLine, formulaLine } from "./figure-format";
import "./ui.css";

/** What a popover explains. */
export interface FigureExplanation {
  /** Figure id (data-figure). */
  id: string;
  term: string;
  text: string;
  source?: string;
  /** This quarter's change with its causes, when the figure has them. */
  change?: FigureChange;
}

/** Source ids in a citation as links to the Sources page (a new tab, so the game keeps running). */
export function SourceLinks({ text }: { text: string }) {
  return (
    <span class="source">
      Source:{" "}
      {splitCitation(text).map((part, i) =>
        "id" in part ? (
          <a key={i} class="source-link" href={sourceHref(part.id)} target="_blank" rel="noopener">
            {part.id}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </span>
  );
}

/** The popover's content. */
export function FigurePopover({ e }: { e: FigureExplanation }) {
  const f = e.change;
  const lines = f ? causeLines(f) : [];
  const formula = f ? formulaLine(f) : null;
  return (
    <div class="figure-pop-body">
      <strong class="figure-pop-term">{e.term}</strong>
      <p class="figure-pop-what">{e.text}</p>
      {f ? (
        <div class="figure-pop-turn" data-testid="figure-computation">
          <p class="figure-pop-change">Last quarter: {changeLine(f)}</p>
          {formula ? <p class="figure-pop-formula">{formula}</p> : null}
          {lines.length ? (
            <ul class="figure-pop-causes">
              {lines.slice(0, 8).map((l) => (
                <li key={l.code + l.text} data-cause={l.code}>
                  <span class="amount">{l.amount}</span> {l.text}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {e.source ? (
        <p class="figure-pop-source">
          <SourceLinks text={e.source} />
        </p>
      ) : null}
    </div>
  );
}

let installed = false;

/** Tap (or click) a figure to pin its popover open; tap elsewhere or press Escape to close it (installed once). */
export function installTapToggle(): void {
  if (installed) return;
  installed = true;
  document.addEventListener("click", (ev) => {
    const t = ev.target as HTMLElement | null;
    if (t?.closest(".figure-tip a")) return;
    const fig = t?.closest<HTMLElement>("[data-figure]");
    for (const open of document.querySelectorAll<HTMLElement>("[data-figure].open")) if (open !== fig) open.classList.remove("open");
    if (fig?.querySelector(".figure-tip")) fig.classList.toggle("open");
  });
  document.addEventListener("keydown", (ev) => {
    if (ev.key !== "Escape") return;
    for (const open of document.querySelectorAll<HTMLElement>("[data-figure].open")) open.classList.remove("open");
  });
}
