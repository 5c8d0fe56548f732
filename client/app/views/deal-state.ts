/**
 * The deals panel's state that outlives the panel (the orders drawer closes between quarters): the open
 * thread, the offer being written, the panel's status line, the statuses already announced, the Phaser
 * negotiation table (one WebGL game for the page) and the engine's valuations, cached per offer and quarter.
 */
import { signal } from "@preact/signals";
import type { DealProposal, RoomModel } from "../../../shared/protocol/room-model";
import type { DealTerms } from "../../../shared/protocol/deals";
import type { GameView } from "../../../shared/engine/view";
import type { DealValue } from "../../../shared/ai/deal-judge";
import { valueDeal } from "../../../shared/ai/deal-judge";
import { NegotiationTable } from "../negotiation-table";
import type { Draft } from "./deal-model";
import { dealNotices } from "./deal-model";

/** One page's deals state; the page creates it, the panel reads and writes its signals. */
export class DealsState {
  /** The nation whose negotiation is open ("" until the first model). */
  readonly thread = signal("");
  /** The offer being written. */
  readonly draft = signal<Draft>({ to: "", quarters: 2, items: [] });
  /** The panel's last word (sent, signed, refused and why). */
  readonly status = signal("");
  /** The Phaser table's box: one element kept for the page, moved into the panel whenever it mounts. */
  readonly tableBox: HTMLElement;
  /** The negotiation table drawn in `tableBox`. */
  readonly table: NegotiationTable;
  private readonly known = new Map<string, DealProposal["status"]>();
  private nation = "";
  private values = new Map<string, DealValue>();

  constructor() {
    this.tableBox = document.createElement("div");
    this.tableBox.className = "table-box";
    this.tableBox.setAttribute("aria-hidden", "true");
    this.table = new NegotiationTable(this.tableBox);
  }

  /** Follow a new model: the notices it deserves (none for the first one seen), and a default thread and addressee. */
  update(m: RoomModel, nation: string): string[] {
    const first = this.nation !== nation;
    this.nation = nation;
    const notices = dealNotices(this.known, m, nation, first);
    const other = m.view?.nations.find((n) => n.id !== nation)?.id ?? "";
    if (first || !this.draft.value.to) this.draft.value = { ...this.draft.value, to: this.draft.value.to || other };
    if (!this.thread.value) this.thread.value = this.draft.value.to;
    return notices;
  }

  /** The engine's valuation of `terms` for `nation` on its view, computed once per offer, quarter and treasury. */
  value(v: GameView, nation: string, terms: DealTerms, key: string): DealValue {
    const k = `${key}|${v.turn}|${v.own.find((n) => n.id === nation)?.treasury ?? 0}`;
    let value = this.values.get(k);
    if (!value) {
      if (this.values.size > 200) this.values = new Map();
      value = valueDeal(v, nation, terms);
      this.values.set(k, value);
    }
    return value;
  }

  /** Stop the table. */
  destroy(): void {
    this.table.destroy();
  }
}
