/** The facilitator's console: clock controls, the room overview, drafts and secrets, every deal, the inject composer, a broadcast. */
import { useState } from "preact/hooks";
import type { RoomModel } from "../../../shared/protocol/room-model";
import type { GameState } from "../../../shared/engine/state";
import { describeOrder } from "../../../shared/debrief/describe";
import { describeDeal } from "../../../shared/engine/deals";
import { dealContext } from "../deal-lines";
import { idx, pf, usd } from "../format";
import type { ScreenActions } from "./actions";
import { AiToggle } from "./lobby";
import { saidOf } from "./deal-model";
import { InjectComposer } from "./inject-composer";
import type { InjectOut } from "./inject-composer";
import { AdmissionQueue, SeatList } from "./admission";

/** Every proposal and deal in force, with the promise ledger: the facilitator sees all of them. */
function FacilitatorDeals({ m }: { m: RoomModel }) {
  const v = m.view!;
  const s = dealContext(v);
  const name = (id: string): string => v.nations.find((n) => n.id === id)?.name ?? id;
  return (
    <details class="fac-deals">
      <summary>{`Deals: ${m.deals.filter((p) => p.status === "proposed").length} open, ${v.deals.filter((d) => d.untilTurn >= v.turn).length} in force, ${v.promises.length} statements`}</summary>
      <ul>
        {[...m.deals]
          .reverse()
          .slice(0, 30)
          .map((p) => (
            <li key={p.id}>
              <span class={`pill ${p.status}`}>{p.status}</span>
              {` T${p.turn} ${name(p.terms.from)} → ${name(p.terms.to)} (${p.byName}): ${describeDeal(s, p.terms)}`}
              {p.said ? <span class="muted">{` — ${saidOf(p)}`}</span> : null}
            </li>
          ))}
      </ul>
      {v.promises.length ? (
        <ul class="promises">
          {v.promises.map((p, i) => (
            <li key={i}>{`T${p.turn} ${name(p.from)} to ${name(p.to)}: “${p.text}”`}</li>
          ))}
        </ul>
      ) : null}
    </details>
  );
}

/** The console (left column of the facilitator's game page); `inject` is the server's last answer to the inject composer. */
export function FacilitatorPanel({ m, actions, inject }: { m: RoomModel; actions: ScreenActions; inject: InjectOut }) {
  const v = m.view!;
  const [text, setText] = useState("");
  const cmd = (c: Parameters<ScreenActions["facilitator"]>[0]) => () => actions.facilitator(c);
  const state = { catalogue: v.catalogue } as GameState; // catalogue lookups only, for describing orders
  return (
    <section class="panel dash fac" aria-label="Facilitator console">
      <h2>Facilitator</h2>
      <AdmissionQueue m={m} actions={actions} />
      <div class="controls">
        {m.paused ? (
          <button type="button" class="btn primary" onClick={cmd({ cmd: "resume" })}>
            Resume
          </button>
        ) : (
          <button type="button" class="btn" onClick={cmd({ cmd: "pause" })}>
            Pause
          </button>
        )}
        <button type="button" class="btn" onClick={cmd({ cmd: "extend", seconds: 60 })}>
          +1 min
        </button>
        <button type="button" class="btn" onClick={cmd({ cmd: "extend", seconds: -60 })}>
          −1 min
        </button>
        <button type="button" class="btn" onClick={cmd({ cmd: "force_resolve" })}>
          Resolve now
        </button>
        <button type="button" class="btn danger" onClick={cmd({ cmd: "end" })}>
          End game
        </button>
      </div>
      <div class="table-wrap" tabIndex={0} role="region" aria-label="Room overview">
        <table class="overview">
          <thead>
            <tr>
              <th scope="col">Nation</th>
              <th scope="col" class="num">
                Treasury
              </th>
              <th scope="col" class="num">
                Compute
              </th>
            </tr>
          </thead>
          <tbody>
            {v.own.map((n) => {
              const players = m.seats.filter((s) => s.nation === n.id).length;
              const ai = m.aiNations.includes(n.id);
              const orders = (m.orders[n.id] ?? []).length;
              const who = ai ? (players ? `${players} watching · AI plays` : "AI plays") : `${players} ${players === 1 ? "player" : "players"}`;
              return (
                <tr key={n.id}>
                  <th scope="row">
                    <span class="overview-name">{n.name}</span>
                    <span class="overview-meta muted">
                      {`${who} · ${orders} ${orders === 1 ? "order" : "orders"}`}
                      {m.readyNations.includes(n.id) ? <span class="overview-ready"> · ready ✓</span> : null}
                    </span>
                    {players > 0 ? <AiToggle m={m} nation={n.id} actions={actions} /> : null}
                  </th>
                  <td class="num">{usd(n.treasury)}</td>
                  <td class="num">{pf(n.history.at(-1)?.compute ?? 0)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <SeatList m={m} actions={actions} />
      <details class="drafts">
        <summary>Draft orders and full state</summary>
        {v.own.map((n) => (
          <div key={n.id}>
            <h3>{`${n.name} — treasury ${usd(n.treasury)}, expertise ${n.expertise.toFixed(0)}, sovereignty ${idx(n.sovereignty)}`}</h3>
            <ul>
              {(m.orders[n.id] ?? []).length ? (
                (m.orders[n.id] ?? []).map((o, i) => <li key={i}>{describeOrder(state, o)}</li>)
              ) : (
                <li class="muted">No orders yet</li>
              )}
            </ul>
            <p class="muted">{`Secret objectives: ${
              n.objectives
                .filter((o) => o.secret)
                .map((o) => o.text)
                .join("; ") || "none"
            }`}</p>
          </div>
        ))}
      </details>
      <FacilitatorDeals m={m} />
      <div class="composer-slot">
        <InjectComposer nations={v.nations} turn={v.turn} out={inject} send={actions.facilitator} />
      </div>
      <h3>Broadcast</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (text.trim()) actions.facilitator({ cmd: "broadcast", text: text.trim() });
          setText("");
        }}
      >
        <input
          name="broadcast"
          placeholder="Message to every player"
          aria-label="Message to every player"
          maxLength={500}
          value={text}
          onInput={(e) => setText((e.target as HTMLInputElement).value)}
        />{" "}
        <button class="btn" type="submit">
          Send
        </button>
      </form>
    </section>
  );
}
