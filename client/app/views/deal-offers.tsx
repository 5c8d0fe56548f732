/**
 * The offers of one negotiation, newest first: who proposed what to whom, for how long, its status and
 * note; on an offer waiting for your answer this quarter, the engine's projection and Accept, Counter and Reject.
 */
import type { DealProposal } from "../../../shared/protocol/room-model";
import type { GameView } from "../../../shared/engine/view";
import { dealSides } from "../deal-lines";
import { quarter } from "../format";
import { STATUS_WORD, answerable } from "./deal-model";
import type { DealsState } from "./deal-state";
import { Projection } from "./deal-projection";

/** What an offer's buttons do. */
export interface OfferActions {
  answer(p: DealProposal, accept: boolean): void;
  counter(p: DealProposal): void;
}

/** Props: the view, the thread's offers (oldest first), your nation, the state (valuations) and the actions. */
export interface OffersProps {
  v: GameView;
  offers: readonly DealProposal[];
  nation: string;
  state: DealsState;
  actions: OfferActions;
}

/** One offer. */
function Offer({ v, p, nation, state, actions }: { v: GameView; p: DealProposal; nation: string; state: DealsState; actions: OfferActions }) {
  const [a, b] = dealSides(v, p.terms);
  const forMe = answerable(p, nation, v.turn);
  const value = forMe ? state.value(v, nation, p.terms, p.id) : null;
  return (
    <li class={`offer ${p.status}`} data-deal={p.id}>
      <p>
        <strong>{`${a.name} → ${b.name}`}</strong>
        {` · ${p.terms.quarters} quarter${p.terms.quarters > 1 ? "s" : ""} · `}
        <span class={`pill ${p.status}`}>{STATUS_WORD[p.status]}</span>
        <span class="muted">{` by ${p.byName}, turn ${p.turn}`}</span>
      </p>
      <ul>
        {[a, b].map((s) => (
          <li key={s.id}>{`${s.name} gives: ${s.gives.join("; ") || "nothing"}`}</li>
        ))}
      </ul>
      {p.note ? <p class="note">{p.note}</p> : null}
      {value ? (
        <Projection id={`deal-${p.id}`} value={value} lead={`If you sign, by ${value.ok ? quarter(value.by) : ""}`} refusal="You could not sign this" />
      ) : null}
      {forMe ? <p class="muted expiry">{`Open until ${quarter(v.quarter)} resolves: unanswered, it expires.`}</p> : null}
      {forMe ? (
        <div class="row">
          <button class="btn primary" type="button" onClick={() => actions.answer(p, true)}>
            Accept and sign
          </button>
          <button class="btn" type="button" onClick={() => actions.counter(p)}>
            Counter
          </button>
          <button class="btn ghost" type="button" onClick={() => actions.answer(p, false)}>
            Reject
          </button>
        </div>
      ) : null}
    </li>
  );
}

/** The offers of the open thread (a hint when there is none yet). */
export function DealOffers({ v, offers, nation, state, actions }: OffersProps) {
  if (offers.length === 0) return <p class="muted">No offers yet. Build one under “Your offer”: pick items, read the engine's preview, send.</p>;
  return (
    <ol class="offers">
      {[...offers].reverse().map((p) => (
        <Offer key={p.id} v={v} p={p} nation={nation} state={state} actions={actions} />
      ))}
    </ol>
  );
}
