/**
 * Who is in the room, for both sides of the door (#16, #19): the facilitator's queue of newcomers asking to
 * join (name, nation asked for, since when; Admit / Turn away), the seat list with online dots, ready state and
 * a Remove that asks first; the newcomer's "waiting for the facilitator" screen (they may say which nation
 * they would like), the nation picker for someone let in without a nation, and the screen of a player who was
 * removed or turned away. The server decides (shared/match/seats.ts); these only render the view and send intents.
 */
import { useEffect, useRef, useState } from "preact/hooks";
import type { RoomModel, SeatInfo } from "../../../shared/protocol/room-model";
import type { ScreenActions } from "./actions";
import { CheckLegend, CheckMarks } from "./check-count";
import { OnlineDot } from "./online-dot";
import { choiceLabel, fullReason, isFull } from "./team";
import "./admission.css";

/** "14:02" (local clock) of an epoch-ms time. */
function clockTime(ms: number): string {
  return new Date(ms).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
}

function nationName(m: RoomModel, id: string | null | undefined): string {
  return (id && m.view?.nations.find((n) => n.id === id)?.name) || "";
}

/** Players seated in `nation` now. */
function seatedIn(m: RoomModel, nation: string): number {
  return m.seats.filter((s) => s.role === "player" && s.nation === nation).length;
}

/** The seats waiting at the door, oldest first. */
export function waitingSeats(m: RoomModel): SeatInfo[] {
  return m.seats.filter((s) => s.role === "player" && s.waiting).sort((a, b) => (a.since ?? 0) - (b.since ?? 0));
}

/** The seat of this connection. */
export function mySeat(m: RoomModel): SeatInfo | undefined {
  return m.you.sessionId ? m.seats.find((s) => s.sessionId === m.you.sessionId) : undefined;
}

/** The facilitator's queue of newcomers asking to join; a live sentence announces each new arrival. */
export function AdmissionQueue({ m, actions }: { m: RoomModel; actions: ScreenActions }) {
  const queue = waitingSeats(m);
  const list = useRef<HTMLUListElement>(null);
  const newest = queue.at(-1);
  const announce = newest
    ? `${newest.name} is asking to join${newest.wants ? ` ${nationName(m, newest.wants)}` : ""}. ${queue.length} waiting.`
    : "Nobody is waiting to join.";
  /** After a decision the row goes (once the server's change arrives): focus moves to the next row's Admit, or the heading, so the keyboard stays in the queue. */
  const pending = useRef<{ sessionId: string; index: number } | null>(null);
  const keys = queue.map((s) => s.sessionId).join(" ");
  useEffect(() => {
    const p = pending.current;
    const root = list.current?.closest("section") ?? document.querySelector<HTMLElement>("[data-testid=admission]");
    if (!p || queue.some((s) => s.sessionId === p.sessionId) || !root) return;
    pending.current = null;
    const buttons = root.querySelectorAll<HTMLButtonElement>("button.admit");
    const next = buttons[Math.min(p.index, buttons.length - 1)];
    if (next) next.focus();
    else root.querySelector<HTMLElement>("h3")?.focus();
  }, [keys]);
  const decide = (s: SeatInfo, accept: boolean, i: number): void => {
    pending.current = { sessionId: s.sessionId, index: i };
    actions.facilitator({ cmd: "admit", sessionId: s.sessionId, accept });
  };
  return (
    <section class={`admission ${queue.length ? "" : "empty"}`} aria-labelledby="admission-h" data-testid="admission">
      <p class="sr-only" role="status" aria-live="polite">
        {announce}
      </p>
      {queue.length ? (
        <>
          <h3 id="admission-h" tabIndex={-1}>{`Asking to join (${queue.length})`}</h3>
          <ul ref={list}>
            {queue.map((s, i) => {
              // A nation asked for that filled up meanwhile: Admit lets them in without a nation (the server's admit rule), so the button says so.
              const wantsFull = !!s.wants && m.fullNations.includes(s.wants);
              const wants = nationName(m, s.wants);
              const into = wantsFull ? "" : wants;
              return (
                <li key={s.sessionId} data-testid="admission-row">
                  <OnlineDot on={s.connected} />
                  <strong class="who" id={`door-${s.sessionId}`}>
                    {s.name}
                  </strong>
                  <span class="wants">
                    {wants
                      ? wantsFull
                        ? `wants ${choiceLabel(wants, true)}`
                        : `wants ${wants}${seatedIn(m, s.wants!) ? ` (${seatedIn(m, s.wants!)} seated)` : ""}`
                      : "no nation chosen yet"}
                  </span>
                  <span class="muted since">{s.since ? `waiting since ${clockTime(s.since)}` : "waiting"}</span>
                  <span class="decide">
                    <button
                      type="button"
                      class="btn small primary admit"
                      data-session={s.sessionId}
                      onClick={() => decide(s, true, i)}
                      aria-describedby={`door-${s.sessionId}`}
                    >
                      {into ? `Admit to ${into}` : "Admit"}
                    </button>
                    <button type="button" class="btn small ghost" onClick={() => decide(s, false, i)} aria-describedby={`door-${s.sessionId}`}>
                      Turn away
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      ) : (
        <h3 id="admission-h" class="sr-only" tabIndex={-1}>
          Nobody is asking to join
        </h3>
      )}
    </section>
  );
}

/** "Remove Ana…" that asks first in a modal dialog (Escape or Cancel keeps them). */
export function KickButton({ s, actions, nation }: { s: SeatInfo; actions: ScreenActions; nation?: string }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  useEffect(() => {
    const d = dialog.current;
    if (open && d && !d.open) d.showModal();
  }, [open]);
  const close = (): void => {
    dialog.current?.close();
    setOpen(false);
  };
  const id = `kick-${s.sessionId}`;
  return (
    <>
      <button type="button" class="btn small ghost kick" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Remove<span class="sr-only">{` ${s.name}`}</span>…
      </button>
      {open ? (
        <dialog ref={dialog} class="modal confirm" aria-labelledby={`${id}-h`} aria-describedby={`${id}-p`} onClose={() => setOpen(false)}>
          <div class="panel dialog">
            <h2 id={`${id}-h`}>{`Remove ${s.name} from the game?`}</h2>
            <p id={`${id}-p`}>
              {`${s.name} leaves at once and sees that you removed them. They cannot come back under this name; a new name from the same device waits for your approval.`}
              {nation ? ` ${nation} stays in the game (the AI plays it if nobody else is seated).` : ""}
            </p>
            <div class="controls">
              <button
                type="button"
                class="btn danger"
                onClick={() => {
                  actions.facilitator({ cmd: "kick", sessionId: s.sessionId });
                  close();
                }}
              >
                {`Remove ${s.name}`}
              </button>
              <button type="button" class="btn" onClick={close} autoFocus>
                Cancel
              </button>
            </div>
          </div>
        </dialog>
      ) : null}
    </>
  );
}

/** The facilitator's list of players in the running game: online dot, name, the check sheets handed in and ready on one line; nation and Remove under it. */
export function SeatList({ m, actions }: { m: RoomModel; actions: ScreenActions }) {
  const players = m.seats.filter((s) => s.role === "player" && !s.waiting);
  const order = m.view?.nations.map((n) => n.id) ?? [];
  const rank = (s: SeatInfo): number => (s.nation ? order.indexOf(s.nation) : order.length);
  return (
    <section class="seat-list" aria-labelledby="seat-list-h" data-testid="seat-list">
      <h3 id="seat-list-h">{`Players (${players.filter((s) => s.connected).length} of ${players.length} online)`}</h3>
      {players.length === 0 ? (
        <p class="muted">Nobody has joined yet.</p>
      ) : (
        <ul>
          {[...players]
            .sort((a, b) => rank(a) - rank(b))
            .map((s) => {
              const nation = nationName(m, s.nation);
              const ready = !!s.nation && m.readyNations.includes(s.nation);
              return (
                <li key={s.sessionId}>
                  <OnlineDot on={s.connected} />
                  <span class="seat-line">
                    <span class="who">{s.name}</span>
                    <CheckMarks m={m} s={s} compact />
                    {m.phase === "orders" && s.nation ? <span class={`pill ${ready ? "accepted" : "proposed"}`}>{ready ? "ready" : "not ready"}</span> : null}
                  </span>
                  <span class="muted seat-nation">{nation || "no nation yet"}</span>
                  <KickButton s={s} actions={actions} nation={nation} />
                </li>
              );
            })}
        </ul>
      )}
      {players.some((s) => s.check && s.nation) ? <CheckLegend m={m} /> : null}
    </section>
  );
}

/** The newcomer's screen while the facilitator decides: a clear line, and the nation they would like (a wish, not a seat). */
export function WaitingRoom({ m, me, actions }: { m: RoomModel; me: SeatInfo; actions: ScreenActions }) {
  const nations = m.view?.nations ?? [];
  return (
    <section class="panel door" aria-labelledby="door-h" data-testid="waiting-room">
      <div role="status" aria-live="polite">
        <h2 id="door-h">Waiting for the facilitator to let you in</h2>
      </div>
      <p>{`You joined game ${m.code} as ${me.name}${m.phase === "lobby" ? "" : " after it started"}. The facilitator sees your name and lets you in or not; this page changes by itself.`}</p>
      {nations.length ? (
        <fieldset class="wish">
          <legend>Which nation would you like to join?</legend>
          <div class="nation-choices">
            {nations.map((n) => {
              const full = isFull(m, n.id) && me.wants !== n.id;
              return (
                <button
                  key={n.id}
                  type="button"
                  class={`btn nation-choice ${me.wants === n.id ? "primary" : ""}`}
                  aria-pressed={me.wants === n.id ? "true" : "false"}
                  disabled={full}
                  aria-describedby={full ? `wish-full-${n.id}` : undefined}
                  onClick={() => actions.chooseSeat(me.wants === n.id ? null : n.id)}
                >
                  <span class="swatch" style={`background:${n.colour}`} />
                  {choiceLabel(n.name, full)}
                </button>
              );
            })}
          </div>
          <FullReasons m={m} prefix="wish-full" />
          <p class="muted" aria-live="polite">
            {me.wants ? `You asked for ${nationName(m, me.wants)}. The facilitator may place you elsewhere.` : "Optional: the facilitator may choose for you."}
          </p>
        </fieldset>
      ) : null}
    </section>
  );
}

/** Why each full nation cannot be chosen (the server's sentence), the description of its disabled choice. */
function FullReasons({ m, prefix }: { m: RoomModel; prefix: string }) {
  const full = (m.view?.nations ?? []).filter((n) => isFull(m, n.id));
  if (!full.length) return null;
  return (
    <ul class="muted full-reasons">
      {full.map((n) => (
        <li key={n.id} id={`${prefix}-${n.id}`}>
          {fullReason(n.name, m.teamSize)}
        </li>
      ))}
    </ul>
  );
}

/** Someone let into a running game without a nation (the one asked for was full, or none): choose one (a full one is shown "(full)" and not offered; the server refuses it too). */
export function PickNation({ m, actions }: { m: RoomModel; actions: ScreenActions }) {
  return (
    <section class="panel door" aria-labelledby="pick-h" data-testid="pick-nation">
      <h2 id="pick-h">You are in: choose your nation</h2>
      <p class="muted">
        {(m.view?.nations ?? []).every((n) => isFull(m, n.id))
          ? "Every nation is full: the facilitator can place you, or a seat frees up when someone leaves."
          : "The game has started; you take over the nation's current position. The facilitator can also place you."}
      </p>
      <div class="nation-choices">
        {(m.view?.nations ?? []).map((n) => {
          const full = isFull(m, n.id);
          return (
            <button
              key={n.id}
              type="button"
              class="btn nation-choice"
              disabled={full}
              aria-describedby={full ? `pick-full-${n.id}` : undefined}
              onClick={() => actions.chooseSeat(n.id)}
            >
              <span class="swatch" style={`background:${n.colour}`} />
              {`Join ${choiceLabel(n.name, full)}`}
              <span class="muted">{` · ${seatedIn(m, n.id) ? `${seatedIn(m, n.id)} playing` : "AI now"}`}</span>
            </button>
          );
        })}
      </div>
      <FullReasons m={m} prefix="pick-full" />
    </section>
  );
}

/** The page after the server closed this seat for good: why, and the way back. */
export function Removed({ reason, actions }: { reason: string; actions: ScreenActions }) {
  const h = useRef<HTMLHeadingElement>(null);
  useEffect(() => h.current?.focus(), []);
  return (
    <section class="panel center door removed" aria-labelledby="removed-h" data-testid="removed">
      <h2 id="removed-h" ref={h} tabIndex={-1}>
        You are not in this game
      </h2>
      <p role="alert">{reason}</p>
      <p class="muted">Ask the facilitator if you think this is a mistake.</p>
      <button type="button" class="btn primary" onClick={() => actions.go("/")}>
        Back to the start page
      </button>
    </section>
  );
}
