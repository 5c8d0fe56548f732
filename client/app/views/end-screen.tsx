/** The end of a game: your verdict, the final ranking, objectives revealed, debrief and exports; and the projector's versions. */
import type { ComponentChildren } from "preact";
import { ObjectivesReveal, revealFromView } from "../objectives-reveal";
import { CheckCount } from "./check-count";
import type { RoomModel } from "../../../shared/protocol/room-model";
import type { ScreenActions } from "./actions";
import { Leaderboard, News } from "./side-panels";
import { ProjectorJoin } from "./projector-join";
import { ProjectorHighlights } from "./projector-highlights";
import { ProjectorClock } from "./projector-clock";
import type { ReadonlySignal } from "@preact/signals";

const ordinal = (k: number): string => `${k}${k % 100 >= 11 && k % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][k % 10] ?? "th")}`;

/** "You finished 2nd of 6" and each of your objectives met or missed. */
function Verdict({ m }: { m: RoomModel }) {
  const own = m.view!.own.find((n) => n.id === m.you.nation);
  if (!own) return null;
  const rows = [...m.view!.nations].sort((a, b) => b.score - a.score);
  const rank = rows.findIndex((n) => n.id === own.id) + 1;
  return (
    <section class="verdict" data-testid="verdict" aria-label="Your result">
      <h2>{rank === 1 ? `You won: ${own.name} finished 1st of ${rows.length}` : `You finished ${ordinal(rank)} of ${rows.length}`}</h2>
      <p>{`${own.name} · ${own.score} points`}</p>
      <ul class="objectives">
        {own.objectives.map((o) => {
          const met = own.objectivesMet.includes(o.id);
          return (
            <li key={o.id} class={met ? "met" : "missed"}>
              <span class="mark" aria-hidden="true">
                {met ? "✓" : "✗"}
              </span>
              {` ${met ? "Met" : "Missed"}${o.secret ? " (secret)" : ""}: ${o.text} `}
              <span class="muted">{met ? `+${o.points} points` : `${o.points} points missed`}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** A player's or facilitator's end screen. */
export function EndScreen({ m, actions, check = null }: { m: RoomModel; actions: ScreenActions; check?: ComponentChildren }) {
  // The facilitator's next step is the debrief: its link comes first. A player's comes after the check they answer here.
  const fac = m.you.role === "facilitator";
  const links = (
    <p class="end-links">
      <a class="btn primary" href={`/debrief/${m.code}`}>
        Open the debrief
      </a>
      <span class="exports">
        <a href={`/api/games/${m.code}/debrief.csv`}>CSV</a>
        {" · "}
        <a href={`/api/games/${m.code}/export`}>Replay file (JSON)</a>
      </span>
    </p>
  );
  return (
    <section class="panel end" aria-label="Game over">
      <Verdict m={m} />
      {fac ? links : null}
      {check}
      <h2>Final ranking</h2>
      <Leaderboard m={m} big />
      <div class="reveal-slot">
        <ObjectivesReveal nations={revealFromView(m.view!.nations)} />
      </div>
      {fac ? null : links}
      <button type="button" class="btn" onClick={() => actions.go("/")}>
        New game
      </button>
    </section>
  );
}

/** The projector: lobby with code, join URL and QR; the game with map, leaderboard and news; the winner at the end. */
export function Projector({ m, now }: { m: RoomModel; now: ReadonlySignal<number> }) {
  const v = m.view!;
  if (m.phase === "lobby") {
    const players = m.seats.filter((s) => s.role === "player");
    return (
      <div class="projector-lobby">
        <section class="join" aria-label="Join the game">
          <p class="lead">Join the game</p>
          <div class="room-code" data-testid="projector-code">
            {m.code}
          </div>
          <div class="slot">
            <ProjectorJoin code={m.code} />
          </div>
        </section>
        <section class="joined" aria-label="Who has joined">
          <h2>{`${players.length} joined`}</h2>
          <ul class="nations">
            {v.nations.map((n) => {
              const names = players.filter((s) => s.nation === n.id).map((s) => s.name);
              return (
                <li key={n.id}>
                  <span class="swatch" style={`background:${n.colour}`} />
                  <strong>{`${n.flag.toUpperCase()} ${n.name}`}</strong>
                  <span class="muted">{names.length ? ` ${names.join(", ")}` : " AI"}</span>
                </li>
              );
            })}
          </ul>
          {players.some((s) => !s.nation) ? (
            <p class="muted">{`Choosing a nation: ${players
              .filter((s) => !s.nation)
              .map((s) => s.name)
              .join(", ")}`}</p>
          ) : null}
          <div class="check-slot">
            <CheckCount m={m} />
          </div>
        </section>
      </div>
    );
  }
  if (m.phase === "ended" || v.finished) {
    const rows = [...v.nations].sort((a, b) => b.score - a.score);
    const winner = rows[0];
    return (
      <div class="projector-over">
        <p class="lead">Game over</p>
        <h1 class="winner" data-testid="winner">
          <span class="swatch" style={`background:${winner.colour}`} />
          {`${winner.flag.toUpperCase()} ${winner.name} wins`}
        </h1>
        <p class="winner-score">{`${winner.score} points`}</p>
        <div class="over-body">
          <Leaderboard m={m} big />
          <div class="reveal-slot">
            <ObjectivesReveal nations={revealFromView(v.nations)} big />
          </div>
        </div>
      </div>
    );
  }
  return (
    <div class="projector">
      <div class="map-space" />
      <aside class="side" aria-label="Standings and news">
        <div class="code-row">
          <div class="room-code">{m.code}</div>
          <ProjectorClock m={m} now={now} />
        </div>
        <div class="highlights-slot">
          <ProjectorHighlights m={m} />
        </div>
        <Leaderboard m={m} big />
        <News m={m} />
      </aside>
    </div>
  );
}
