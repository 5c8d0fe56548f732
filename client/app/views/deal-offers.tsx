/**
 * The offers of one negotiation, newest first: who proposed what to whom, for how long, its status and
 * note; on an offer waiting for your answer this quarter, the engine's projection and Accept, Counter and Reject.
 */
import type { DealProposal } from "../../../shared/protocol/room-model";
import type { GameView } from "../../../shared/engine/view";
import { dealSides } from "../deal-lines";
import { DEAL_PANEL, DEAL_STATUS_WORD, offerBy, offerExpiry, offerLength, projectionLead, sideGives } from "../../../shared/describe/deal-panel";
import { answerable, saidOf } from "./deal-model";
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
        {offerLength(p.terms.quarters)}
        <span class={`pill ${p.status}`}>{DEAL_STATUS_WORD[p.status]}</span>
        <span class="muted">{offerBy(p.byName, p.turn)}</span>
      </p>
      <ul>
        {[a, b].map((s) => (
          <li key={s.id}>{sideGives(s.name, s.gives)}</li>
        ))}
      </ul>
      {p.said ? <p class="note">{saidOf(p)}</p> : null}
      {value ? <Projection id={`deal-${p.id}`} value={value} lead={projectionLead(value, false)} refusal={DEAL_PANEL.cannotSign} /> : null}
      {forMe ? <p class="muted expiry">{offerExpiry(v.quarter)}</p> : null}
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
  if (offers.length === 0) return <p class="muted">{DEAL_PANEL.noOffers}</p>;
  return (
    <ol class="offers">
      {[...offers].reverse().map((p) => (
        <Offer key={p.id} v={v} p={p} nation={nation} state={state} actions={actions} />
      ))}
    </ol>
  );
}
