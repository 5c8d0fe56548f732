/**
 * The check for the facilitator (and the projector's count): "Check: 5 of 8 players answered before the game
 * (1 of 2 who joined late answered on arrival), 3 after", and, in the facilitator's view, who answered which sheet.
 */
import type { RoomModel, SeatInfo } from "../../../shared/protocol/room-model";
import { OnlineDot } from "./online-dot";

/** The check's answer counts, or nothing when the game has no check. */
export function CheckCount({ m }: { m: RoomModel }) {
  const c = m.check;
  if (!c) return null;
  const players = m.seats.filter((s) => s.role === "player" && s.nation).length;
  return (
    <p class="check-count" data-testid="check-count">
      {`Check: ${c.counts.pre} of ${players} answered before the game`}
      {c.counts.latePlayers ? ` (${c.counts.late ?? 0} of ${c.counts.latePlayers} who joined late answered on arrival)` : ""}
      {m.phase === "ended" ? `, ${c.counts.post} after` : ""}
    </p>
  );
}

/** A mark's word: full ("Before", "On arrival", "After") or compact ("Pre", "Late", "Post") where a narrow column is short of room. */
function markLabel(s: SeatInfo, stage: "pre" | "post", compact: boolean): string {
  if (stage === "post") return compact ? "Post" : "After";
  if (s.check?.late) return compact ? "Late" : "On arrival";
  return compact ? "Pre" : "Before";
}

/** One sheet's mark: "Before ✓" or "Before —" (compact: "Pre ✓"), with the whole sentence as its tooltip and for a screen reader. */
function Mark({ s, stage, compact }: { s: SeatInfo; stage: "pre" | "post"; compact: boolean }) {
  const done = !!s.check?.[stage];
  const said = `${s.name} ${done ? "answered" : "has not answered"} the ${stage === "pre" ? (s.check?.late ? "check on arrival" : "check before the game") : "check after the game"}`;
  return (
    <span class={`check-mark ${done ? "done" : "open"}`} data-stage={stage} data-done={done ? "1" : "0"} title={said}>
      <span aria-hidden="true">{`${markLabel(s, stage, compact)} ${done ? "✓" : "—"}`}</span>
      <span class="sr-only">{said}</span>
    </span>
  );
}

/**
 * Which sheets a player handed in (facilitator's view: absent elsewhere, then nothing is drawn); the "after" mark once the game has ended.
 * `compact` marks ("Pre ✓") fit on the player's line in the console's narrow column; `CheckLegend` says what they mean.
 */
export function CheckMarks({ m, s, compact = false }: { m: RoomModel; s: SeatInfo; compact?: boolean }) {
  if (!s.check || !s.nation) return null;
  return (
    <span class={`check-marks ${compact ? "compact" : ""}`} data-testid="check-marks">
      <Mark s={s} stage="pre" compact={compact} />
      {m.phase === "ended" || s.check.post ? <Mark s={s} stage="post" compact={compact} /> : null}
    </span>
  );
}

/** What the compact marks mean, under a list that shows them (nothing when the game has no check). */
export function CheckLegend({ m }: { m: RoomModel }) {
  if (!m.check) return null;
  return (
    <p class="check-legend muted" data-testid="check-legend">
      Check sheets: <b>Pre</b> before the game (<b>Late</b> on arrival), <b>Post</b> after it; ✓ handed in, — not yet.
    </p>
  );
}

/** The facilitator's list of seated players with online dots and the sheets each handed in (lobby and end screen). */
export function CheckRoster({ m }: { m: RoomModel }) {
  const order = m.view?.nations.map((n) => n.id) ?? [];
  const players = m.seats.filter((s) => s.role === "player" && s.nation && s.check).sort((a, b) => order.indexOf(a.nation!) - order.indexOf(b.nation!));
  if (!m.check || players.length === 0) return null;
  const nation = (id: string): string => m.view?.nations.find((n) => n.id === id)?.name ?? id;
  return (
    <ul class="check-roster" aria-label="Who answered the check" data-testid="check-roster">
      {players.map((s) => (
        <li key={s.sessionId}>
          <OnlineDot on={s.connected} />
          <span class="who">{s.name}</span>
          <span class="muted">{nation(s.nation!)}</span>
          <CheckMarks m={m} s={s} />
        </li>
      ))}
    </ul>
  );
}
