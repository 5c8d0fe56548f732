/**
 * The results screen after each resolution: your orders' outcomes, the quarter's events, and each headline
 * figure with its change and its causes as the engine computed them (Nation.lastTurn), biggest movers first.
 * It stays until dismissed (button, Escape or Enter), then hands the changed data centres to the map.
 */
import { render } from "preact";
import { useEffect, useRef } from "preact/hooks";
import type { GameEvent, Nation } from "../../../shared/engine/state";
import type { EventContext } from "../../../shared/describe/events";
import { describeEvent } from "../../../shared/describe/events";
import type { FigureChange, TurnCauses } from "../../../shared/engine/causes";
import { causesHeading, FIGURE_NAMES } from "../../../shared/describe/causes";
import { biggestMovers, causeLines, formatAmount, formulaLine, valuePair } from "./figure-format";
import "./ui.css";

/** Kinds of private events that are the outcome of an order. */
const ORDER_KINDS: GameEvent["kind"][] = ["order", "build", "rejected", "policy"];

/** What the results screen shows. */
export interface ResultsProps {
  turn: TurnCauses;
  /** Events of the resolved turn this seat may see (news). */
  events: GameEvent[];
  /** Names and catalogue the events' sentences need. */
  ctx: EventContext;
  nationId: string;
  onDismiss: () => void;
}

function Mover({ f, open }: { f: FigureChange; open: boolean }) {
  const lines = causeLines(f);
  const formula = formulaLine(f);
  return (
    <details class="mover" open={open} data-figure-change={f.figure}>
      <summary>
        <span class="name">{FIGURE_NAMES[f.figure]}</span>
        <span>{valuePair(f)}</span>
        <span class={f.change >= 0 ? "up" : "down"}>{formatAmount(f.unit, f.change)}</span>
      </summary>
      {formula ? <p class="muted">{formula}</p> : null}
      <ul>
        {lines.map((l) => (
          <li key={l.code + l.text} data-cause={l.code}>
            <span class="amount">{l.amount}</span> {l.text}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** The results panel of one resolved quarter. */
export function ResultsScreen({ turn, events, ctx, nationId, onDismiss }: ResultsProps) {
  const close = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const a = document.activeElement;
    if (!a || a === document.body || !["INPUT", "SELECT", "TEXTAREA"].includes(a.tagName)) close.current?.focus({ preventScroll: true });
    const key = (e: KeyboardEvent): void => {
      if (e.key === "Escape" && !document.querySelector(".overlay")) {
        e.preventDefault();
        onDismiss();
      }
    };
    document.addEventListener("keydown", key);
    return () => document.removeEventListener("keydown", key);
  }, [turn.turn]);
  const mine = events.filter((e) => e.turn === turn.turn && e.nation === nationId);
  const outcomes = mine.filter((e) => ORDER_KINDS.includes(e.kind));
  const happened = events.filter((e) => e.turn === turn.turn && !outcomes.includes(e) && !(e.nation === nationId && e.code === "finance/quarter"));
  const movers = biggestMovers(turn.figures);
  return (
    <section
      class="results-screen"
      role="dialog"
      aria-modal="false"
      aria-labelledby="results-title"
      data-testid="results-screen"
      data-turn={turn.turn}
      data-changed-dcs={turn.changedDcs.join(" ")}
      onKeyDown={(e) => {
        if (e.key === "Enter" && (e.target as HTMLElement).tagName !== "SUMMARY" && (e.target as HTMLElement).tagName !== "A") {
          e.preventDefault();
          onDismiss();
        }
      }}
    >
      <div class="head">
        <h2 id="results-title">What changed and why — {causesHeading(turn)}</h2>
        <button class="btn ghost small" type="button" aria-label="Dismiss the results (Escape)" onClick={onDismiss}>
          ✕
        </button>
      </div>
      <h3>Biggest movers</h3>
      {movers.length ? movers.map((f, i) => <Mover key={f.figure} f={f} open={i < 4} />) : <p class="muted">No headline figure moved this quarter.</p>}
      <h3>Your orders</h3>
      {outcomes.length ? (
        <ul>
          {outcomes.map((e, i) => (
            <li key={i} class={`outcome ${e.kind}`}>
              {e.kind === "rejected" ? "✗ " : "✓ "}
              {describeEvent(e, ctx)}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No orders this quarter: the nation held.</p>
      )}
      <h3>Events</h3>
      {happened.length ? (
        <ul>
          {happened.map((e, i) => (
            <li key={i} class={e.nation ? "private" : ""}>
              {describeEvent(e, ctx)}
            </li>
          ))}
        </ul>
      ) : (
        <p class="muted">No news this quarter.</p>
      )}
      <div class="foot">
        <button ref={close} class="btn primary" type="button" onClick={onDismiss}>
          Back to the map
        </button>
        <span class="muted">Esc or Enter closes; changed sites pulse on the map.</span>
      </div>
    </section>
  );
}

/** Seat-local memory of the last results turn dismissed, per game (so a reload does not show it again). */
function dismissedKey(code: string): string {
  return `sar-results-dismissed-${code}`;
}

/**
 * Show (or hide) the results of `own`'s last resolved quarter in `host`: shown until dismissed, whatever the
 * phase; `onDismissed` receives the data centres that changed (for the map to pulse them).
 */
export function renderResults(
  host: HTMLElement,
  code: string,
  own: Nation | undefined,
  events: GameEvent[],
  ctx: EventContext | undefined,
  onDismissed: (changedDcs: string[]) => void,
): void {
  const t = own?.lastTurn;
  const dismissed = Number(sessionStorage.getItem(dismissedKey(code)) ?? 0);
  if (!own || !t || !ctx || t.turn <= dismissed) {
    render(null, host);
    return;
  }
  const dismiss = (): void => {
    sessionStorage.setItem(dismissedKey(code), String(t.turn));
    render(null, host);
    onDismissed(t.changedDcs);
  };
  render(<ResultsScreen turn={t} events={events} ctx={ctx} nationId={own.id} onDismiss={dismiss} />, host);
}
