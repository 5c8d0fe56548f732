/**
 * Deals between nations, the deals tab of the orders drawer: negotiation threads with each other nation
 * (the Phaser table shows the latest offer or your draft), the offers of the open thread with Accept,
 * Counter and Reject, your offer with the engine's preview, the deals in force and the promise ledger.
 * The server and the engine decide; this panel sends intents. Its state lives in DealsState.
 */
import { useRef } from "preact/hooks";
import type { DealItem } from "../../../shared/protocol/deals";
import type { DealProposal } from "../../../shared/protocol/room-model";
import type { GameView } from "../../../shared/engine/view";
import { flipGivers } from "../../../shared/engine/deals";
import { tableState, threadOf } from "./deal-model";
import type { DealsState } from "./deal-state";
import { DealThreads } from "./deal-threads";
import { DealOffers } from "./deal-offers";
import { DealsInForce } from "./deal-in-force";
import { DealEditor } from "./deal-editor";
import { NegotiationHost } from "./negotiation-host";
import { DEAL_PANEL, refused } from "../../../shared/describe/deal-panel";

/** What the panel may ask of the page. */
export interface DealActions {
  proposeDeal(to: string, quarters: number, items: DealItem[], replyTo?: string): Promise<{ ok: true; id: string } | { ok: false; message: string }>;
  respondDeal(id: string, accept: boolean): Promise<{ ok: true; id?: string } | { ok: false; message: string }>;
}

/** Props: the room's proposals and your view, your nation, the deals state, whether the deals tab is open, and the actions. */
export interface DealsPanelProps {
  deals: readonly DealProposal[];
  v: GameView;
  nation: string;
  state: DealsState;
  shown: boolean;
  /** The phone's open sheet tab (the table starts once its box is displayed, which on a phone depends on it). */
  sheet?: string | null;
  actions: DealActions;
}

/** The deals panel (a section named "Deals"). */
export function DealsPanel({ deals, v, nation, state, shown, sheet, actions }: DealsPanelProps) {
  const root = useRef<HTMLElement>(null);
  const thread = state.thread.value;
  const draft = state.draft.value;
  const openThread = (id: string, setDraft: boolean): void => {
    state.thread.value = id;
    const d = state.draft.value;
    if (setDraft && d.to !== id) state.draft.value = { to: id, quarters: d.quarters, items: [] };
  };
  const counter = (p: DealProposal): void => {
    state.draft.value = { to: p.terms.from, quarters: p.terms.quarters, items: flipGivers(p.terms.items), replyTo: p.id };
    openThread(p.terms.from, false);
    state.status.value = DEAL_PANEL.counterHint;
    // Focus the first item of the counter-offer once it is drawn (the keyboard path continues in the editor).
    setTimeout(() => root.current?.querySelector<HTMLButtonElement>(".deal-items button")?.focus(), 0);
  };
  const answer = async (p: DealProposal, accept: boolean): Promise<void> => {
    const r = await actions.respondDeal(p.id, accept);
    state.status.value = r.ok ? (accept ? DEAL_PANEL.signed : DEAL_PANEL.rejected) : refused(r.message);
  };
  const send = async (): Promise<void> => {
    const d = state.draft.value;
    if (d.items.length === 0) {
      state.status.value = DEAL_PANEL.needOneItem;
      return;
    }
    const r = await actions.proposeDeal(d.to, d.quarters, d.items, d.replyTo);
    if (!r.ok) {
      state.status.value = refused(r.message);
      return;
    }
    state.status.value = d.replyTo ? DEAL_PANEL.counterSent : DEAL_PANEL.proposalSent;
    state.draft.value = { to: d.to, quarters: d.quarters, items: [] };
  };
  const clear = (): void => {
    const d = state.draft.value;
    state.draft.value = { to: d.to, quarters: d.quarters, items: [] };
    state.status.value = "";
  };
  const onTo = (to: string): void => {
    const d = state.draft.value;
    state.draft.value = { to, quarters: d.quarters, items: d.items };
    openThread(to, false);
  };
  return (
    <section ref={root} class="deals-panel" aria-label="Deals">
      <div class="deals-top">
        <NegotiationHost state={state} table={thread ? tableState(v, nation, thread, draft, deals) : null} shown={shown} sheet={sheet ?? null} />
        <div class="threads-col">
          <h3>Negotiations</h3>
          <div class="threads">
            <DealThreads v={v} deals={deals} nation={nation} open={thread} onOpen={(id) => openThread(id, true)} />
          </div>
        </div>
      </div>
      <div class="deals-body">
        <div class="deals-left">
          <h3>Offers in this negotiation</h3>
          <div class="history" aria-live="polite">
            <DealOffers
              v={v}
              offers={thread ? threadOf(deals, nation, thread) : []}
              nation={nation}
              state={state}
              actions={{ answer: (p, a) => void answer(p, a), counter }}
            />
          </div>
          <h3>Deals in force</h3>
          <div class="in-force">
            <DealsInForce v={v} />
          </div>
        </div>
        <div class="deals-right">
          <h3>Your offer</h3>
          <DealEditor v={v} nation={nation} state={state} onTo={onTo} onSend={() => void send()} onClear={clear} />
        </div>
      </div>
      <p class="status" role="status">
        {state.status.value}
      </p>
    </section>
  );
}
