/** The turn bar: quarter and turn, phase, countdown, ready tally, connection state, who you are, Glossary, Keys and Ready. */
import { readyTally } from "../../../shared/match/ready";
import type { ReadonlySignal } from "@preact/signals";
import type { RoomModel } from "../../../shared/protocol/room-model";
import { quarter } from "../format";
import type { ScreenActions } from "./actions";

const PHASE_LABEL: Record<string, string> = {
  lobby: "Lobby",
  briefing: "Briefing",
  orders: "Orders",
  resolution: "Resolving…",
  results: "Results",
  ended: "Game over",
};

/** The phase's shorter word where a phone's turn bar is short of room (the full one stays for screen readers). */
const PHASE_SHORT: Record<string, string> = {
  resolution: "Resolving",
  ended: "Over",
};

/**
 * A phrase with a shorter form: the laptop shows `full`; a phone's turn bar (screen.css) shows `short` and keeps `full`
 * for screen readers, visually hidden, so no item of the one-row bar is cut to a stub.
 */
function Phrase({ full, short }: { full: string; short: string }) {
  if (full === short) return <>{full}</>;
  return (
    <>
      <span class="long">{full}</span>
      <span class="short" aria-hidden="true">
        {short}
      </span>
    </>
  );
}

/** Seconds left in the orders phase below which the timer pulses amber (UI.md: the last 30 s). */
const URGENT_SECONDS = 30;

/** True when the orders clock is running and in its last 30 seconds. */
export function clockUrgent(m: RoomModel, now = Date.now()): boolean {
  return m.phase === "orders" && !m.paused && m.deadline > 0 && m.deadline - now <= URGENT_SECONDS * 1000;
}

/** "2:41", "2:41 (paused)" or "" when no clock runs. */
export function countdown(m: RoomModel, now = Date.now()): string {
  const ms = m.paused ? m.remainingMs : Math.max(0, m.deadline - now);
  if (!m.deadline && !m.paused) return "";
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}${m.paused ? " (paused)" : ""}`;
}

/** Props of the turn bar. */
export interface TurnBarProps {
  m: RoomModel;
  status: string;
  /** The ticking clock; only the turn bar re-renders on its ticks. */
  now: ReadonlySignal<number>;
  /** A solo game: one human against AI nations, so no countdown and no ready tally. */
  solo: boolean;
  actions: ScreenActions;
}

/** The bar on top of every game page. */
export function TurnBar({ m, status, now: clock, solo, actions }: TurnBarProps) {
  const now = clock.value;
  const v = m.view;
  const me = m.you.nation ? v?.nations.find((n) => n.id === m.you.nation) : undefined;
  const iAmReady = m.you.nation ? m.readyNations.includes(m.you.nation) : false;
  const tally = readyTally(v?.nations.map((n) => n.id) ?? [], m.seats, m.aiNations, m.readyNations);
  const alone = solo && tally.of <= 1;
  const turn = v ? Math.min(v.turn, v.maxTurns) : 0;
  return (
    <header class="turnbar game-bar">
      <strong class="turn" data-turn={v ? turn : undefined}>
        {v ? <Phrase full={`${quarter(v.quarter)} · turn ${turn}/${v.maxTurns}`} short={`${quarter(v.quarter)} · ${turn}/${v.maxTurns}`} /> : m.code}
      </strong>
      <span class="phase" data-phase={m.phase}>
        <Phrase full={PHASE_LABEL[m.phase] ?? m.phase} short={PHASE_SHORT[m.phase] ?? PHASE_LABEL[m.phase] ?? m.phase} />
      </span>
      {alone ? null : (
        <span id="clock" class={`clock ${clockUrgent(m, now) ? "urgent" : ""}`} aria-live="off">
          {m.paused ? <Phrase full={countdown(m, now)} short="Paused" /> : countdown(m, now)}
        </span>
      )}
      {m.phase === "orders" && !alone ? (
        <span class="muted tally">
          <span class="sr-only">{`${tally.ready} of ${tally.of} nations ready`}</span>
          <span class="long" aria-hidden="true">{`${tally.ready}/${tally.of} ready`}</span>
          <span class="short" aria-hidden="true">{`${tally.ready}/${tally.of}`}</span>
        </span>
      ) : null}
      {status !== "connected" ? (
        <span class="warn" role="status">
          {status === "reconnecting" ? <Phrase full="Connection lost — reconnecting…" short="Reconnecting" /> : "Disconnected"}
        </span>
      ) : null}
      <span class="spacer" />
      {me ? (
        <span class="me">
          <span class="swatch" style={`background:${me.colour}`} />
          {`${me.name} · ${m.you.name || "you"}`}
        </span>
      ) : (
        <span class="muted">{`${m.you.role} · ${m.code}`}</span>
      )}
      <button type="button" class="btn ghost" onClick={() => actions.glossary()} aria-keyshortcuts="G">
        Glossary
      </button>
      <button type="button" class="btn ghost keys" onClick={() => actions.shortcuts()} aria-keyshortcuts="?" aria-label="Keyboard shortcuts">
        ?
      </button>
      {me && m.phase === "orders" ? (
        <button
          type="button"
          class={`btn ${iAmReady ? "" : "primary"} ready`}
          onClick={() => actions.ready()}
          aria-pressed={iAmReady ? "true" : "false"}
          aria-keyshortcuts="R"
        >
          {iAmReady ? "Ready ✓ (undo)" : "Ready"}
          <span class="key-hint"> (R)</span>
        </button>
      ) : null}
    </header>
  );
}
