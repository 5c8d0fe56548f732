/**
 * The "add to offer" form of the deals panel: the kind of item, who gives it, its fields (cash now and a
 * quarter, a GPU lease, a share of a data centre, HBM, joint training, a statement) and "Add to offer".
 * Typed values live in the component, so a server update or a change of kind keeps them.
 */
import { useState } from "preact/hooks";
import type { DealItem, DealSide } from "../../../shared/protocol/deals";
import type { GameView } from "../../../shared/engine/view";
import { DEAL_STATEMENT_MAX_CHARS } from "../../../shared/protocol/names";
import { Field, NumberInput, Select, chosen } from "./form-fields";
import type { Opt } from "./form-fields";
import type { ItemFields } from "./deal-item";
import { ITEM_DEFAULTS, KINDS, buildItem, leaseModels, shareSites } from "./deal-item";

/** Props: the view, your nation, the addressee, and what to do with a built item (null: a field is missing). */
export interface ItemFormProps {
  v: GameView;
  nation: string;
  to: string;
  onAdd(item: DealItem | null): void;
}

const KIND_OPTS: Opt[] = KINDS.map(([k, l]) => [k, l]);
const GIVER_OPTS: Opt[] = [
  ["from", "You give"],
  ["to", "They give"],
];

/** The add-item form (class "add-item"). */
export function DealItemForm({ v, nation, to, onAdd }: ItemFormProps) {
  const [kind, setKind] = useState<DealItem["kind"]>("cash");
  const [giver, setGiver] = useState<DealSide>("from");
  const [f, setF] = useState<ItemFields>(ITEM_DEFAULTS);
  const set = (k: keyof ItemFields) => (x: string) => setF((old) => ({ ...old, [k]: x }));
  const models = kind === "gpu_lease" ? leaseModels(v, nation, giver) : [];
  const sites = kind === "co_invest" ? shareSites(v, nation, to, giver) : [];
  const add = (): void => onAdd(buildItem(kind, giver, { ...f, model: chosen(f.model, models), dc: chosen(f.dc, sites) }));
  return (
    <div class="add-item">
      <Select name="item-kind" label="Item" value={kind} onValue={(k) => setKind(k as DealItem["kind"])} options={KIND_OPTS} />
      {kind === "joint_training" ? null : (
        <Select name="item-giver" label="Who gives it" value={giver} onValue={(g) => setGiver(g as DealSide)} options={GIVER_OPTS} />
      )}
      <span class="item-fields">
        {kind === "cash" ? (
          <>
            <Field label="US$ M now">
              <NumberInput name="now" value={f.now} onValue={set("now")} min={0} max={100000} />
            </Field>
            <Field label="US$ M a quarter">
              <NumberInput name="per-quarter" value={f.perQuarter} onValue={set("perQuarter")} min={0} max={10000} />
            </Field>
          </>
        ) : kind === "gpu_lease" ? (
          <>
            <Field label="Model">
              <Select name="model" value={f.model} onValue={set("model")} options={models} />
            </Field>
            <Field label="GPUs">
              <NumberInput name="count" value={f.count} onValue={set("count")} min={1} max={1000000} />
            </Field>
          </>
        ) : kind === "co_invest" ? (
          <>
            <Field label="Data centre">
              <Select name="dc" value={f.dc} onValue={set("dc")} options={sites} />
            </Field>
            <Field label="Share %">
              <NumberInput name="share" value={f.share} onValue={set("share")} min={5} max={50} />
            </Field>
          </>
        ) : kind === "hbm_transfer" ? (
          <Field label="TB a quarter">
            <NumberInput name="tb" value={f.tb} onValue={set("tb")} min={0.1} max={10000} step={0.1} mode="decimal" />
          </Field>
        ) : kind === "joint_training" ? (
          <span class="muted">Both sides pool researchers and compute.</span>
        ) : (
          <Field label="Statement">
            <input
              name="statement"
              maxLength={DEAL_STATEMENT_MAX_CHARS}
              placeholder="e.g. We will not outbid you for HBM in 2027"
              value={f.statement}
              onInput={(e) => set("statement")((e.target as HTMLInputElement).value)}
            />
          </Field>
        )}
      </span>
      <button class="btn" type="button" onClick={add}>
        Add to offer
      </button>
    </div>
  );
}
