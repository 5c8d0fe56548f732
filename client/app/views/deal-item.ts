/** The "add to offer" form's values and the deal item they make, as pure functions (the form is views/deal-item-form.tsx). */
import type { DealItem, DealSide } from "../../../shared/protocol/deals";
import type { GameView } from "../../../shared/engine/view";
import type { Opt } from "./form-fields";

/** Item kinds, in the form's order, with their labels. */
export const KINDS: readonly (readonly [DealItem["kind"], string])[] = [
  ["cash", "Cash"],
  ["gpu_lease", "GPU lease"],
  ["co_invest", "Share of a data centre"],
  ["hbm_transfer", "HBM allocation"],
  ["joint_training", "Joint model training"],
  ["statement", "Statement (not binding)"],
];

/** The form's text fields (each keeps what was typed when the kind changes). */
export interface ItemFields {
  now: string;
  perQuarter: string;
  model: string;
  count: string;
  dc: string;
  share: string;
  tb: string;
  statement: string;
}

/** The form's first values. */
export const ITEM_DEFAULTS: ItemFields = { now: "50", perQuarter: "0", model: "", count: "256", dc: "", share: "20", tb: "10", statement: "" };

/** The GPU models a lease may name: the ones you have installed (with the count) when you give, any model when they give. */
export function leaseModels(v: GameView, nation: string, giver: DealSide): Opt[] {
  const own = v.own.find((n) => n.id === nation);
  const mine = new Map<string, number>();
  for (const dc of own?.dataCentres ?? []) for (const b of dc.gpus) mine.set(b.model, (mine.get(b.model) ?? 0) + b.count);
  const models = giver === "from" ? v.catalogue.accelerators.filter((a) => mine.has(a.id)) : v.catalogue.accelerators;
  return models.map((a): Opt => [a.id, giver === "from" ? `${a.name} (${(mine.get(a.id) ?? 0).toLocaleString("en-US")} installed)` : a.name]);
}

/** The data centres a share may name: yours when you give, the other nation's when they give. */
export function shareSites(v: GameView, nation: string, other: string, giver: DealSide): Opt[] {
  const dcs = giver === "from" ? (v.own.find((n) => n.id === nation)?.dataCentres ?? []) : (v.nations.find((n) => n.id === other)?.dataCentres ?? []);
  return dcs.map((d): Opt => [d.id, d.name]);
}

/** The item the form describes, or null when a required field is empty (no model, no site, no statement text). */
export function buildItem(kind: DealItem["kind"], giver: DealSide, f: ItemFields): DealItem | null {
  switch (kind) {
    case "cash":
      return { kind: "cash", giver, now: Number(f.now) || 0, perQuarter: Number(f.perQuarter) || 0 };
    case "gpu_lease":
      return f.model ? { kind: "gpu_lease", giver, model: f.model, count: Math.round(Number(f.count)) } : null;
    case "co_invest":
      return f.dc ? { kind: "co_invest", giver, dcId: f.dc, share: Number(f.share) / 100 } : null;
    case "hbm_transfer":
      return { kind: "hbm_transfer", giver, gbPerQuarter: Math.round(Number(f.tb) * 1000) };
    case "joint_training":
      return { kind: "joint_training" };
    case "statement":
      return f.statement.trim() ? { kind: "statement", giver, text: f.statement.trim() } : null;
  }
}
