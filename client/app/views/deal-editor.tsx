/**
 * "Your offer": to whom, for how many quarters, the items (each removable), the add-item form, the engine's
 * preview of what the deal does to both sides (computed a moment after the last change), Send and Clear.
 * The draft lives in DealsState, so it survives server updates and the drawer closing between quarters.
 */
import { useEffect, useState } from "preact/hooks";
import type { DealItem } from "../../../shared/protocol/deals";
import type { GameView } from "../../../shared/engine/view";
import type { DealValue } from "../../../shared/ai/deal-judge";
import { dealSides, itemCard } from "../deal-lines";
import type { DealSideLines } from "../deal-lines";
import { Field, NumberInput, Select } from "./form-fields";
import type { Opt } from "./form-fields";
import type { Draft } from "./deal-model";
import { draftTerms } from "./deal-model";
import type { DealsState } from "./deal-state";
import { DealItemForm } from "./deal-item-form";
import { Projection } from "./deal-projection";
import { DEAL_PANEL, itemGiver, itemsFull, projectionLead } from "../../../shared/describe/deal-panel";
import { DEAL_MAX_ITEMS, DEAL_MAX_QUARTERS } from "../../../shared/protocol/names";

/** Props: the view, your nation, the state, and what the buttons do. */
export interface EditorProps {
  v: GameView;
  nation: string;
  state: DealsState;
  /** Choose the addressee (the thread follows). */
  onTo(to: string): void;
  onSend(): void;
  onClear(): void;
}

/** What one side gives and gets. */
function SideLines({ s }: { s: DealSideLines }) {
  return (
    <div class="side-lines">
      <h4>
        <span class="swatch" style={{ background: s.colour }} />
        {s.name}
      </h4>
      <p>
        <span class="muted">Gives: </span>
        {s.gives.join("; ") || DEAL_PANEL.nothing}
      </p>
      <p>
        <span class="muted">Gets: </span>
        {s.gets.join("; ") || DEAL_PANEL.nothing}
      </p>
    </div>
  );
}

/** The engine's preview of the draft, recomputed 120 ms after it last changed. */
function Preview({ v, nation, state, draft }: { v: GameView; nation: string; state: DealsState; draft: Draft }) {
  const terms = draftTerms(nation, draft);
  const key = JSON.stringify(terms);
  const [value, setValue] = useState<{ key: string; value: DealValue } | null>(null);
  useEffect(() => {
    if (draft.items.length === 0) return;
    const t = setTimeout(() => setValue({ key, value: state.value(v, nation, terms, key) }), 120);
    return () => clearTimeout(t);
    // Recomputed when the terms, the quarter or your treasury change (the cache key of DealsState.value).
  }, [key, v.turn, nation]);
  if (draft.items.length === 0) return <p class="muted">{DEAL_PANEL.addItemsHint}</p>;
  if (!value) return null;
  const [a, b] = dealSides(v, terms);
  return (
    <>
      <div class="sides">
        <SideLines s={a} />
        <SideLines s={b} />
      </div>
      <Projection id="deal-draft" value={value.value} lead={projectionLead(value.value, true)} refusal={DEAL_PANEL.cannotOffer} />
      <p class="muted">{DEAL_PANEL.escrowNote}</p>
    </>
  );
}

/** The draft's items, each with a Remove button. */
function Items({ v, nation, draft, onRemove }: { v: GameView; nation: string; draft: Draft; onRemove(i: number): void }) {
  const terms = draftTerms(nation, draft);
  const who = (it: DealItem): string => itemGiver("giver" in it ? it.giver : undefined);
  return (
    <ol class="deal-items">
      {draft.items.map((it, i) => (
        <li key={`${i}-${JSON.stringify(it)}`}>
          {`${who(it)}${itemCard(v, terms, it).title}`}{" "}
          <button class="btn ghost small" type="button" aria-label={`Remove item ${i + 1}`} onClick={() => onRemove(i)}>
            Remove
          </button>
        </li>
      ))}
    </ol>
  );
}

/** The offer editor (class "deal-editor"). */
export function DealEditor({ v, nation, state, onTo, onSend, onClear }: EditorProps) {
  const draft = state.draft.value;
  const [quarters, setQuarters] = useState(String(draft.quarters));
  // A counter-offer sets the quarters: the field follows unless it already reads that number.
  useEffect(() => {
    if (Math.max(1, Math.min(DEAL_MAX_QUARTERS, Number(quarters) || 1)) !== draft.quarters) setQuarters(String(draft.quarters));
  }, [draft.quarters]);
  const others: Opt[] = v.nations.filter((n) => n.id !== nation).map((n): Opt => [n.id, `${n.flag.toUpperCase()} · ${n.name}`]);
  const onQuarters = (text: string): void => {
    setQuarters(text);
    state.draft.value = { ...state.draft.value, quarters: Math.max(1, Math.min(DEAL_MAX_QUARTERS, Number(text) || 1)) };
  };
  const add = (it: DealItem | null): void => {
    if (!it) state.status.value = DEAL_PANEL.fillItemFirst;
    else if (state.draft.value.items.length >= DEAL_MAX_ITEMS) state.status.value = itemsFull();
    else {
      state.draft.value = { ...state.draft.value, items: [...state.draft.value.items, it] };
      state.status.value = "";
    }
  };
  const remove = (i: number): void => {
    state.draft.value = { ...state.draft.value, items: state.draft.value.items.filter((_, j) => j !== i) };
  };
  return (
    <div class="deal-editor">
      <div class="row">
        <Field label="To">
          <Select name="deal-to" label="Propose to" value={draft.to} onValue={onTo} options={others} />
        </Field>
        <Field label="Quarters">
          <NumberInput name="deal-quarters" label="Quarters" value={quarters} onValue={onQuarters} min={1} max={DEAL_MAX_QUARTERS} />
        </Field>
      </div>
      <Items v={v} nation={nation} draft={draft} onRemove={remove} />
      <DealItemForm v={v} nation={nation} to={draft.to} onAdd={add} />
      <div class="deal-preview" role="status">
        <Preview v={v} nation={nation} state={state} draft={draft} />
      </div>
      <div class="row">
        <button class="btn primary" type="button" disabled={draft.items.length === 0 || v.finished} onClick={onSend}>
          {draft.replyTo ? "Send counter-offer" : "Send proposal"}
        </button>
        <button class="btn ghost" type="button" onClick={onClear}>
          Clear
        </button>
      </div>
    </div>
  );
}
