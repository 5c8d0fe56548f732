/**
 * Deals between nations: negotiation threads with each other nation (the Phaser table shows the latest
 * offer), incoming proposals to accept, reject or counter, an editor for the terms with the engine's
 * preview of what the deal does to both sides, the deals in force and the promise ledger. The server and
 * the engine decide; this panel sends intents.
 */
import type { DealItem, DealTerms } from "../../shared/protocol/deals";
import type { DealProposal, RoomModel } from "../../shared/protocol/room-model";
import type { GameView } from "../../shared/engine/view";
import { describeDeal, flipGivers } from "../../shared/engine/deals";
import type { DealValue } from "../../shared/ai/deal-judge";
import { valueDeal } from "../../shared/ai/deal-judge";
import { h, mount } from "./dom";
import { field, opt } from "./form-bits";
import { pf, usd } from "./format";
import { dealCards, dealContext, dealSides, itemCard } from "./deal-lines";
import type { TableState } from "./negotiation-table";
import { NegotiationTable } from "./negotiation-table";

/** What the panel needs from the page. */
export interface DealsPanelDeps {
  propose(to: string, quarters: number, items: DealItem[], replyTo?: string): Promise<{ ok: true; id: string } | { ok: false; message: string }>;
  respond(id: string, accept: boolean): Promise<{ ok: true; id?: string } | { ok: false; message: string }>;
  /** A non-blocking notice (incoming proposal, an answer to ours). */
  notify(text: string): void;
}

type Draft = { to: string; quarters: number; items: DealItem[]; replyTo?: string };
const KINDS: [DealItem["kind"], string][] = [
  ["cash", "Cash"],
  ["gpu_lease", "GPU lease"],
  ["co_invest", "Share of a data centre"],
  ["hbm_transfer", "HBM allocation"],
  ["joint_training", "Joint model training"],
  ["statement", "Statement (not binding)"],
];
const STATUS_WORD: Record<DealProposal["status"], string> = {
  proposed: "proposed",
  countered: "countered",
  accepted: "signed",
  rejected: "rejected",
  expired: "expired",
};

/** The engine's projection of a deal for this nation in one line (with how it is computed on hover), or why it cannot be done. */
function projectionLine(value: DealValue, lead: string, refusal: string): HTMLElement {
  if (!value.ok) return h("p", { class: "why" }, `${refusal}: ${value.message}`);
  return h(
    "p",
    {
      class: "projection",
      title:
        "The engine plays your nation forward on your own view with and without the deal, following the same plan in both (the AI's normal play of your nation); the other side's private figures are unknown to you. Money left at the horizon counts at the score's revenue rate.",
    },
    `${lead}: score ${value.gain >= 0 ? "+" : "−"}${Math.abs(value.gain).toFixed(1)} points, compute ${pf(value.after.compute)} (vs ${pf(value.before.compute)} without), treasury ${usd(value.after.treasury)} (vs ${usd(value.before.treasury)}).`,
  );
}

/** The deals tab of the orders drawer. */
export class DealsPanel {
  readonly el = h("section", { class: "deals-panel", "aria-label": "Deals" });
  private readonly tableBox = h("div", { class: "table-box", "aria-hidden": "true" });
  private readonly table = new NegotiationTable(this.tableBox);
  private readonly threadsBox = h("div", { class: "threads" });
  private readonly historyBox = h("div", { class: "history", "aria-live": "polite" });
  private readonly editor = h("div", { class: "deal-editor" });
  private readonly itemsBox = h("ol", { class: "deal-items" });
  private readonly previewBox = h("div", { class: "deal-preview", role: "status" });
  private readonly statusLine = h("p", { class: "status", role: "status" });
  private readonly inForceBox = h("div", { class: "in-force" });
  private readonly toSelect = h("select", { name: "deal-to", "aria-label": "Propose to" });
  private readonly quartersInput = h("input", {
    type: "number",
    name: "deal-quarters",
    min: 1,
    max: 8,
    value: 2,
    inputmode: "numeric",
    "aria-label": "Quarters",
  });
  private readonly sendBtn = h("button", { class: "btn primary", type: "button" }, "Send proposal");
  private readonly addBox = h("div", { class: "add-item" });
  private view: GameView | null = null;
  private model: RoomModel | null = null;
  private nation = "";
  private thread: string | null = null;
  private draft: Draft = { to: "", quarters: 2, items: [] };
  private known = new Map<string, DealProposal["status"]>();
  private previewTimer: ReturnType<typeof setTimeout> | null = null;
  private addKind: DealItem["kind"] = "cash";

  constructor(private readonly deps: DealsPanelDeps) {
    this.toSelect.addEventListener("change", () => {
      this.draft = { to: this.toSelect.value, quarters: this.draft.quarters, items: this.draft.items };
      this.selectThread(this.toSelect.value, false);
    });
    this.quartersInput.addEventListener("input", () => {
      this.draft.quarters = Math.max(1, Math.min(8, Number(this.quartersInput.value) || 1));
      this.refreshDraft();
    });
    this.sendBtn.addEventListener("click", () => void this.send());
    mount(
      this.el,
      h("div", { class: "deals-top" }, this.tableBox, h("div", { class: "threads-col" }, h("h3", {}, "Negotiations"), this.threadsBox)),
      h(
        "div",
        { class: "deals-body" },
        h("div", { class: "deals-left" }, h("h3", {}, "Offers in this negotiation"), this.historyBox, h("h3", {}, "Deals in force"), this.inForceBox),
        h("div", { class: "deals-right" }, h("h3", {}, "Your offer"), this.editor),
      ),
      this.statusLine,
    );
    mount(
      this.editor,
      h("div", { class: "row" }, field("To", this.toSelect), field("Quarters", this.quartersInput)),
      this.itemsBox,
      this.addBox,
      this.previewBox,
      h("div", { class: "row" }, this.sendBtn, h("button", { class: "btn ghost", type: "button", onclick: () => this.clearDraft() }, "Clear")),
    );
  }

  /** Proposals addressed to this nation still waiting for its answer. */
  waiting(): number {
    return (this.model?.deals ?? []).filter((p) => p.terms.to === this.nation && p.status === "proposed").length;
  }

  /** Redraw for a new model (the editor's inputs are kept). */
  update(model: RoomModel, view: GameView, nation: string): void {
    const first = this.view === null || this.nation !== nation;
    this.model = model;
    this.view = view;
    this.nation = nation;
    this.announce(model, first);
    if (first) {
      mount(this.toSelect, ...view.nations.filter((n) => n.id !== nation).map((n) => opt(n.id, `${n.flag.toUpperCase()} · ${n.name}`)));
      this.draft.to = this.draft.to || this.toSelect.value;
      this.drawAdd();
    }
    this.toSelect.value = this.draft.to;
    if (!this.thread) this.thread = this.draft.to;
    this.drawThreads();
    this.drawHistory();
    this.drawInForce();
    this.refreshDraft();
  }

  /** Start the table once the panel is on the page. */
  shown(): void {
    this.table.start();
    this.showTable();
  }

  /** Tell the player about new proposals and answers without interrupting play. */
  private announce(model: RoomModel, first: boolean): void {
    for (const p of model.deals) {
      const before = this.known.get(p.id);
      this.known.set(p.id, p.status);
      if (first || before === p.status) continue;
      const other = (id: string): string => this.view?.nations.find((n) => n.id === id)?.name ?? id;
      if (before === undefined && p.terms.to === this.nation && p.status === "proposed")
        this.deps.notify(
          p.note && !p.replyTo
            ? `${p.note} Open Deals (D) to answer.`
            : `${other(p.terms.from)} ${p.replyTo ? "counters" : "proposes a deal"} (${p.byName}).${p.note ? ` ${p.note}` : ""} Open Deals (D) to answer.`,
        );
      else if (p.terms.from === this.nation && before === "proposed" && p.status !== "proposed")
        this.deps.notify(`${other(p.terms.to)}: your proposal was ${STATUS_WORD[p.status]}.${p.note ? ` ${p.note}` : ""}`);
    }
  }

  private counterpartOf(p: DealProposal): string {
    return p.terms.from === this.nation ? p.terms.to : p.terms.from;
  }

  private threadOf(id: string): DealProposal[] {
    return (this.model?.deals ?? []).filter((p) => this.counterpartOf(p) === id);
  }

  private drawThreads(): void {
    const v = this.view!;
    const others = v.nations.filter((n) => n.id !== this.nation);
    mount(
      this.threadsBox,
      h(
        "ul",
        { class: "thread-list" },
        ...others.map((n) => {
          const t = this.threadOf(n.id);
          const last = t.at(-1);
          const mine = t.filter((p) => p.terms.to === this.nation && p.status === "proposed").length;
          return h(
            "li",
            {},
            h(
              "button",
              {
                class: `thread ${this.thread === n.id ? "on" : ""}`,
                type: "button",
                "aria-pressed": String(this.thread === n.id),
                onclick: () => this.selectThread(n.id, true),
              },
              h("span", { class: "swatch", style: `background:${n.colour}` }),
              `${n.flag.toUpperCase()} ${n.name}`,
              last ? h("span", { class: `pill ${last.status}` }, STATUS_WORD[last.status]) : h("span", { class: "muted" }, " —"),
              mine ? h("span", { class: "badge", "aria-label": `${mine} waiting for your answer` }, String(mine)) : null,
            ),
          );
        }),
      ),
    );
  }

  private selectThread(id: string, setDraft: boolean): void {
    this.thread = id;
    if (setDraft && this.draft.to !== id) this.draft = { to: id, quarters: this.draft.quarters, items: [] };
    this.toSelect.value = this.draft.to;
    this.drawThreads();
    this.drawHistory();
    this.refreshDraft();
  }

  private drawHistory(): void {
    const v = this.view!;
    const t = this.thread ? this.threadOf(this.thread) : [];
    if (t.length === 0) {
      mount(this.historyBox, h("p", { class: "muted" }, "No offers yet. Build one under “Your offer”: pick items, read the engine's preview, send."));
      return;
    }
    mount(
      this.historyBox,
      h(
        "ol",
        { class: "offers" },
        ...[...t].reverse().map((p) => {
          const [a, b] = dealSides(v, p.terms);
          const forMe = p.terms.to === this.nation && p.status === "proposed" && p.turn === v.turn;
          return h(
            "li",
            { class: `offer ${p.status}`, "data-deal": p.id },
            h(
              "p",
              {},
              h("strong", {}, `${a.name} → ${b.name}`),
              ` · ${p.terms.quarters} quarter${p.terms.quarters > 1 ? "s" : ""} · `,
              h("span", { class: `pill ${p.status}` }, STATUS_WORD[p.status]),
              h("span", { class: "muted" }, ` by ${p.byName}, turn ${p.turn}`),
            ),
            h("ul", {}, ...[a, b].map((s) => h("li", {}, `${s.name} gives: ${s.gives.join("; ") || "nothing"}`))),
            p.note ? h("p", { class: "note" }, p.note) : null,
            forMe ? this.projectionFor(p) : null,
            forMe
              ? h(
                  "div",
                  { class: "row" },
                  h("button", { class: "btn primary", type: "button", onclick: () => void this.answer(p, true) }, "Accept and sign"),
                  h("button", { class: "btn", type: "button", onclick: () => this.counter(p) }, "Counter"),
                  h("button", { class: "btn ghost", type: "button", onclick: () => void this.answer(p, false) }, "Reject"),
                )
              : null,
          );
        }),
      ),
    );
  }

  private projections = new Map<string, HTMLElement>();

  /** The engine's projection of an incoming proposal for this nation (cached per proposal and turn). */
  private projectionFor(p: DealProposal): HTMLElement {
    const v = this.view!;
    const key = `${p.id}|${v.turn}|${v.own.find((n) => n.id === this.nation)?.treasury ?? 0}`;
    let el = this.projections.get(key);
    if (!el) {
      const value = valueDeal(v, this.nation, p.terms);
      el = projectionLine(value, `If you sign, by ${value.ok ? value.by : ""}`, "You could not sign this");
      this.projections.set(key, el);
    }
    return el;
  }

  private drawInForce(): void {
    const v = this.view!;
    const rows = v.deals.map((d) => {
      const left = d.untilTurn - v.turn + 1;
      const escrow = Object.entries(d.escrow)
        .filter(([, x]) => x > 1e-6)
        .map(([n, x]) => `${v.nations.find((y) => y.id === n)?.name ?? n} ${usd(x)} in escrow`);
      return h(
        "li",
        {},
        describeDeal(dealContext(v), d),
        h(
          "span",
          { class: "muted" },
          ` · ${left > 0 ? `${left} quarter${left > 1 ? "s" : ""} left` : "complete"}${escrow.length ? ` · ${escrow.join(", ")}` : ""}`,
        ),
      );
    });
    const promises = v.promises.map((p) =>
      h("li", {}, `T${p.turn} ${v.nations.find((n) => n.id === p.from)?.name ?? p.from} to ${v.nations.find((n) => n.id === p.to)?.name ?? p.to}: “${p.text}”`),
    );
    mount(
      this.inForceBox,
      rows.length
        ? h("ul", { class: "deals-in-force" }, ...rows)
        : h("p", { class: "muted" }, "No deal in force yet. Signed deals are enforced by the engine from the next resolution."),
      h("h4", { title: "Statements are not binding; the debrief shows who kept their word." }, "Promise ledger"),
      promises.length ? h("ul", { class: "promises" }, ...promises) : h("p", { class: "muted" }, "No statements yet."),
    );
  }

  private showTable(): void {
    const v = this.view;
    if (!v || !this.thread) return;
    const them = v.nations.find((n) => n.id === this.thread);
    const me = v.nations.find((n) => n.id === this.nation);
    if (!them || !me) return;
    const party = (n: typeof me) => ({ name: n.name, flag: n.flag.toUpperCase(), colour: n.colour });
    const last = this.threadOf(this.thread).at(-1);
    const drafting = this.draft.items.length > 0 && this.draft.to === this.thread && (!last || last.status !== "accepted" || this.draft.replyTo !== undefined);
    let state: TableState;
    if (drafting) {
      const terms: DealTerms = { from: this.nation, to: this.thread, quarters: this.draft.quarters, items: this.draft.items };
      state = {
        left: party(me),
        right: party(them),
        fromSide: "left",
        cards: dealCards(v, terms),
        status: last && last.status === "proposed" && this.draft.replyTo ? "countered" : "empty",
        caption: this.draft.replyTo ? "your counter-offer (draft)" : "your draft",
      };
    } else if (last) {
      state = {
        left: party(me),
        right: party(them),
        fromSide: last.terms.from === this.nation ? "left" : "right",
        cards: dealCards(v, last.terms),
        status: last.status,
        caption: `${last.terms.quarters} quarter${last.terms.quarters > 1 ? "s" : ""}, by ${last.byName}`,
      };
    } else {
      state = { left: party(me), right: party(them), fromSide: "left", cards: [], status: "empty", caption: "" };
    }
    this.table.show(state);
  }

  private counter(p: DealProposal): void {
    this.draft = { to: p.terms.from, quarters: p.terms.quarters, items: flipGivers(p.terms.items), replyTo: p.id };
    this.quartersInput.value = String(p.terms.quarters);
    this.selectThread(p.terms.from, false);
    this.statusLine.textContent = "Change the terms, then send your counter-offer.";
    (this.itemsBox.querySelector("button") as HTMLButtonElement | null)?.focus();
  }

  private async answer(p: DealProposal, accept: boolean): Promise<void> {
    const r = await this.deps.respond(p.id, accept);
    this.statusLine.textContent = r.ok ? (accept ? "Signed. The engine enforces it from this resolution." : "Rejected.") : `Refused: ${r.message}`;
  }

  private clearDraft(): void {
    this.draft = { to: this.draft.to, quarters: this.draft.quarters, items: [] };
    this.statusLine.textContent = "";
    this.refreshDraft();
  }

  private async send(): Promise<void> {
    if (this.draft.items.length === 0) {
      this.statusLine.textContent = "Add at least one item to the offer.";
      return;
    }
    const r = await this.deps.propose(this.draft.to, this.draft.quarters, this.draft.items, this.draft.replyTo);
    if (!r.ok) {
      this.statusLine.textContent = `Refused: ${r.message}`;
      return;
    }
    this.statusLine.textContent = this.draft.replyTo ? "Counter-offer sent." : "Proposal sent.";
    this.draft = { to: this.draft.to, quarters: this.draft.quarters, items: [] };
    this.refreshDraft();
  }

  private drawAdd(): void {
    const v = this.view!;
    const own = v.own.find((n) => n.id === this.nation);
    const kind = h("select", { name: "item-kind", "aria-label": "Item" }, ...KINDS.map(([k, l]) => opt(k, l)));
    kind.value = this.addKind;
    const giver = h("select", { name: "item-giver", "aria-label": "Who gives it" }, opt("from", "You give"), opt("to", "They give"));
    const fields = h("span", { class: "item-fields" });
    const num = (name: string, value: number, min: number, max: number, step = 1): HTMLInputElement =>
      h("input", { type: "number", name, value, min, max, step, inputmode: "numeric", "aria-label": name });
    let build: () => DealItem | null = () => null;
    const draw = (): void => {
      this.addKind = kind.value as DealItem["kind"];
      const g = giver.value as "from" | "to";
      const them = v.nations.find((n) => n.id === this.draft.to);
      giver.hidden = kind.value === "joint_training";
      if (kind.value === "cash") {
        const now = num("now", 50, 0, 100000),
          per = num("per-quarter", 0, 0, 10000);
        mount(fields, field("US$ M now", now), field("US$ M a quarter", per));
        build = () => ({ kind: "cash", giver: g, now: Number(now.value) || 0, perQuarter: Number(per.value) || 0 });
      } else if (kind.value === "gpu_lease") {
        const mine = new Map<string, number>();
        for (const dc of own?.dataCentres ?? []) for (const b of dc.gpus) mine.set(b.model, (mine.get(b.model) ?? 0) + b.count);
        const models = g === "from" ? v.catalogue.accelerators.filter((a) => mine.has(a.id)) : v.catalogue.accelerators;
        const model = h(
          "select",
          { name: "model", "aria-label": "Model" },
          ...models.map((a) => opt(a.id, g === "from" ? `${a.name} (${(mine.get(a.id) ?? 0).toLocaleString("en-US")} installed)` : a.name)),
        );
        const count = num("count", 256, 1, 1000000);
        mount(fields, field("Model", model), field("GPUs", count));
        build = () => (model.value ? { kind: "gpu_lease", giver: g, model: model.value, count: Math.round(Number(count.value)) } : null);
      } else if (kind.value === "co_invest") {
        const dcs =
          g === "from" ? (own?.dataCentres ?? []).map((d) => ({ id: d.id, name: d.name })) : (them?.dataCentres ?? []).map((d) => ({ id: d.id, name: d.name }));
        const dc = h("select", { name: "dc", "aria-label": "Data centre" }, ...dcs.map((d) => opt(d.id, d.name)));
        const share = num("share", 20, 5, 50);
        mount(fields, field("Data centre", dc), field("Share %", share));
        build = () => (dc.value ? { kind: "co_invest", giver: g, dcId: dc.value, share: Number(share.value) / 100 } : null);
      } else if (kind.value === "hbm_transfer") {
        const tb = num("tb", 10, 0.1, 10000, 0.1);
        mount(fields, field("TB a quarter", tb));
        build = () => ({ kind: "hbm_transfer", giver: g, gbPerQuarter: Math.round(Number(tb.value) * 1000) });
      } else if (kind.value === "joint_training") {
        mount(fields, h("span", { class: "muted" }, "Both sides pool researchers and compute."));
        build = () => ({ kind: "joint_training" });
      } else {
        const text = h("input", { name: "statement", maxlength: 280, placeholder: "e.g. We will not outbid you for HBM in 2027", "aria-label": "Statement" });
        mount(fields, field("Statement", text));
        build = () => (text.value.trim() ? { kind: "statement", giver: g, text: text.value.trim() } : null);
      }
    };
    kind.addEventListener("change", draw);
    giver.addEventListener("change", draw);
    this.toSelect.addEventListener("change", draw);
    draw();
    const add = h("button", { class: "btn", type: "button" }, "Add to offer");
    add.addEventListener("click", () => {
      const it = build();
      if (!it) {
        this.statusLine.textContent = "Fill in the item first.";
        return;
      }
      if (this.draft.items.length >= 8) {
        this.statusLine.textContent = "An offer holds at most 8 items.";
        return;
      }
      this.draft.items = [...this.draft.items, it];
      this.statusLine.textContent = "";
      this.refreshDraft();
    });
    mount(this.addBox, kind, giver, fields, add);
  }

  /** Redraw the draft's items, the table and (debounced) the engine's preview. */
  private refreshDraft(): void {
    const v = this.view;
    if (!v) return;
    const terms: DealTerms = { from: this.nation, to: this.draft.to, quarters: this.draft.quarters, items: this.draft.items };
    mount(
      this.itemsBox,
      ...this.draft.items.map((it, i) =>
        h(
          "li",
          {},
          `${"giver" in it ? (it.giver === "from" ? "You give: " : "They give: ") : "Both: "}${itemCard(v, terms, it).title}`,
          " ",
          h(
            "button",
            {
              class: "btn ghost small",
              type: "button",
              "aria-label": `Remove item ${i + 1}`,
              onclick: () => {
                this.draft.items = this.draft.items.filter((_, j) => j !== i);
                this.refreshDraft();
              },
            },
            "Remove",
          ),
        ),
      ),
    );
    this.sendBtn.textContent = this.draft.replyTo ? "Send counter-offer" : "Send proposal";
    this.sendBtn.disabled = this.draft.items.length === 0 || v.finished;
    this.showTable();
    if (this.previewTimer) clearTimeout(this.previewTimer);
    if (this.draft.items.length === 0) {
      mount(this.previewBox, h("p", { class: "muted" }, "Add items to see what the deal does to both sides."));
      return;
    }
    this.previewTimer = setTimeout(() => this.preview(terms), 120);
  }

  /** The engine's preview: what each side gives and gets, and the projection for this nation on its own view. */
  private preview(terms: DealTerms): void {
    const v = this.view!;
    const [a, b] = dealSides(v, terms);
    const value = valueDeal(v, this.nation, terms);
    const sideBox = (s: typeof a) =>
      h(
        "div",
        { class: "side-lines" },
        h("h4", {}, h("span", { class: "swatch", style: `background:${s.colour}` }), s.name),
        h("p", {}, h("span", { class: "muted" }, "Gives: "), s.gives.join("; ") || "nothing"),
        h("p", {}, h("span", { class: "muted" }, "Gets: "), s.gets.join("; ") || "nothing"),
      );
    const projection = projectionLine(value, `Engine projection for you by ${value.ok ? value.by : ""}`, "You cannot offer this");
    mount(
      this.previewBox,
      h("div", { class: "sides" }, sideBox(a), sideBox(b)),
      projection,
      h("p", { class: "muted" }, "Cash is held in escrow at signing and paid each quarter by the engine; a side that could not cover its part is refused."),
    );
  }

  /** Stop the table. */
  destroy(): void {
    this.table.destroy();
  }
}
