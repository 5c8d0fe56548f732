/** The lobby: nation cards with players under each; a player chooses, the facilitator moves, removes, hands to the AI and starts. */
import type { ComponentChildren } from "preact";
import type { RoomModel, SeatInfo } from "../../../shared/protocol/room-model";
import { idx, pf } from "../format";
import type { ScreenActions } from "./actions";
import { AdmissionQueue, KickButton } from "./admission";
import { OnlineDot } from "./online-dot";
import { JoinLink } from "./projector-join";
import { choiceLabel, fullReason, isFull, teamLine } from "./team";

type Role = "player" | "facilitator" | "projector";

/** "AI takes over" / "Hand back" for a seated nation (facilitator). */
export function AiToggle({ m, nation, actions }: { m: RoomModel; nation: string; actions: ScreenActions }) {
  const forced = m.aiNations.includes(nation);
  return (
    <button type="button" class="btn small" onClick={() => actions.facilitator({ cmd: "ai", nation, on: !forced })}>
      {forced ? "Hand back" : "AI takes over"}
    </button>
  );
}

/** The facilitator's "Move Ana…" / "Place Ana…": every other nation, a full one shown "(full)" and not offered. */
function MoveSelect({ m, s, here, label, actions }: { m: RoomModel; s: SeatInfo; here: string; label: string; actions: ScreenActions }) {
  const nations = m.view!.nations;
  return (
    <select
      aria-label={`${label} ${s.name}`}
      value={here}
      onChange={(e) => actions.facilitator({ cmd: "move_seat", sessionId: s.sessionId, nation: (e.target as HTMLSelectElement).value || null })}
    >
      <option value={here}>{`${label} ${s.name}…`}</option>
      {nations
        .filter((x) => x.id !== here)
        .map((x) => {
          const full = m.fullNations.includes(x.id);
          return (
            <option key={x.id} value={x.id} disabled={full} title={full ? fullReason(x.name, m.teamSize) : undefined}>
              {`→ ${choiceLabel(x.name, full)}`}
            </option>
          );
        })}
      {here ? <option value="">→ no nation</option> : null}
    </select>
  );
}

/** Players who joined but have no nation yet, with online dots (the facilitator can place them). */
function Waiting({ m, fac, actions }: { m: RoomModel; fac: boolean; actions: ScreenActions }) {
  const waiting = m.seats.filter((s) => s.role === "player" && !s.nation && !s.waiting);
  return (
    <section class="waiting" aria-label="Joined, no nation yet">
      <h3>{`Joined, no nation yet (${waiting.length})`}</h3>
      {waiting.length === 0 ? (
        <p class="muted">Everyone who joined has a nation.</p>
      ) : (
        <ul>
          {waiting.map((s) => (
            <li key={s.sessionId}>
              <OnlineDot on={s.connected} />
              {` ${s.name}`}
              {fac ? <MoveSelect m={m} s={s} here="" label="Place" actions={actions} /> : null}
              {fac ? <KickButton s={s} actions={actions} /> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The lobby screen. */
export function Lobby({ m, role, actions, check = null }: { m: RoomModel; role: Role; actions: ScreenActions; check?: ComponentChildren }) {
  const v = m.view!;
  const fac = role === "facilitator";
  return (
    <section class="panel lobby" aria-label="Lobby">
      <h2>{`Lobby — room ${m.code}`}</h2>
      {fac ? (
        <div class="console-join">
          <JoinLink code={m.code} big={false} id="console" />
          <p class="muted">{`Players open this link or scan the code (room ${m.code}). Start when everyone has a nation; empty nations are played by the AI.`}</p>
        </div>
      ) : (
        <p class="muted">{`Choose your nation. Up to ${m.teamSize} ${m.teamSize === 1 ? "person plays" : "people can share"} one.`}</p>
      )}
      {/* Start and Lock above the nations, in view at 1280×800 (below six cards, they were two screens down). */}
      {fac ? (
        <div class="controls start-controls">
          <button type="button" class="btn primary big" onClick={() => actions.facilitator({ cmd: "start" })}>
            Start the game
          </button>
          <button type="button" class="btn" onClick={() => actions.facilitator({ cmd: "lock", locked: !m.locked })}>
            {m.locked ? "Unlock room" : "Lock room"}
          </button>
        </div>
      ) : null}
      {fac ? <AdmissionQueue m={m} actions={actions} /> : null}
      {check}
      <div class="cards">
        {v.nations.map((n) => {
          const seated = m.seats.filter((s) => s.nation === n.id);
          const mine = m.you.nation === n.id;
          const own = v.own.find((o) => o.id === n.id);
          const full = isFull(m, n.id);
          const reasonId = `full-${n.id}`;
          return (
            <article key={n.id} class={`card ${mine ? "mine" : ""} ${full ? "full" : ""}`} style={`border-color:${n.colour}`} data-nation={n.id}>
              <h3>
                <span class="swatch" style={`background:${n.colour}`} />
                {`${n.flag.toUpperCase()} · ${choiceLabel(n.name, full)}`}
              </h3>
              <p>{n.profile}</p>
              <p class="muted">{`${n.dataCentres.length} data centre(s), ${pf(n.compute)} peak, sovereignty ${idx(n.sovereignty)}`}</p>
              {n.publicObjectives.map((o) => (
                <p key={o.id} class="objective">{`Objective: ${o.text}`}</p>
              ))}
              {own ? own.objectives.filter((o) => o.secret).map((o) => <p key={o.id} class="secret">{`Secret objective: ${o.text}`}</p>) : null}
              <p class="players">{seated.length ? `Players: ${seated.map((s) => s.name).join(", ")}` : "No players yet (AI)"}</p>
              <p class="muted team" data-testid="team-line">
                {teamLine(m, n.id)}
              </p>
              {full ? (
                <p class="muted full-reason" id={reasonId}>
                  {fullReason(n.name, m.teamSize)}
                </p>
              ) : null}
              {fac ? (
                <div class="controls">
                  {seated.map((s) => [
                    <MoveSelect key={`m-${s.sessionId}`} m={m} s={s} here={n.id} label="Move" actions={actions} />,
                    <KickButton key={`k-${s.sessionId}`} s={s} actions={actions} nation={n.name} />,
                  ])}
                  {seated.length > 0 ? <AiToggle m={m} nation={n.id} actions={actions} /> : null}
                </div>
              ) : null}
              {role === "player" ? (
                <button
                  type="button"
                  class={`btn ${mine || full ? "" : "primary"}`}
                  disabled={full}
                  aria-describedby={full ? reasonId : undefined}
                  onClick={() => actions.chooseSeat(mine ? null : n.id)}
                >
                  {mine ? "Leave" : full ? "Full" : "Choose"}
                </button>
              ) : null}
            </article>
          );
        })}
      </div>
      <Waiting m={m} fac={fac} actions={actions} />
    </section>
  );
}
