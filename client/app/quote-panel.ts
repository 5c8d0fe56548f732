/**
 * Vendor quotes: ask an integrator or local partner for GPUs, read its price, lead time, SLA and
 * sovereignty terms, counter-offer on any of them (the vendor accepts, meets halfway or refuses, always
 * with a reason) and sign, which places a `sign_quote` order the engine re-checks at resolution.
 */
import type { Order } from "../../shared/protocol/orders";
import type { QuoteAsk, QuoteRequest } from "../../shared/protocol/deals";
import type { Quote, QuoteAnswer } from "../../shared/engine/quotes";
import { termEffects } from "../../shared/engine/quotes";
import { beliefState } from "../../shared/ai/belief";
import type { GameView } from "../../shared/engine/view";
import { h, mount } from "./dom";
import { field, figure, opt } from "./form-bits";
import { pf, quarter, usd, usdK } from "./format";
import { dueLabel } from "../../shared/engine/due";

/** What the panel needs from the page. */
export interface QuotePanelDeps {
  requestQuote(request: QuoteRequest, asks: QuoteAsk[]): Promise<{ ok: true; quote: Quote; answers: QuoteAnswer[] } | { ok: false; message: string }>;
  send(order: Order): Promise<{ ok: true } | { ok: false; message: string }>;
}

/** The "Vendor quotes" tab of the orders drawer. */
export class QuotePanel {
  readonly el = h("section", { class: "quote-panel", "aria-label": "Vendor quotes" });
  private readonly requestBox = h("form", { class: "quote-request" });
  private readonly quoteBox = h("div", { class: "quote", "aria-live": "polite" });
  private readonly status = h("p", { class: "status", role: "status" });
  private view: GameView | null = null;
  private nation = "";
  private request: QuoteRequest | null = null;
  private asks: QuoteAsk[] = [];
  private current: { quote: Quote; answers: QuoteAnswer[] } | null = null;

  constructor(private readonly deps: QuotePanelDeps) {
    mount(
      this.el,
      h("div", { class: "quote-cols" }, h("div", {}, h("h3", {}, "Ask a vendor for a quote"), this.requestBox), h("div", {}, this.quoteBox)),
      this.status,
    );
  }

  /** Redraw for a new model; the request form is rebuilt only when the turn or nation changes (a quote expires with its quarter). */
  update(view: GameView, nation: string): void {
    const fresh = !this.view || this.view.turn !== view.turn || this.nation !== nation;
    this.view = view;
    this.nation = nation;
    if (!fresh) return;
    this.current = null;
    this.asks = [];
    this.drawRequest();
    this.drawQuote();
  }

  private drawRequest(): void {
    const v = this.view!;
    const own = v.own.find((n) => n.id === this.nation);
    if (!own) {
      mount(this.requestBox);
      return;
    }
    const partners = v.catalogue.localPartners.filter((p) => p.nation === own.id);
    const vendor = h(
      "select",
      { name: "q-vendor" },
      ...v.catalogue.integrators.map((i) => opt(i.id, `${i.name} (US integrator)`)),
      ...partners.map((p) => opt(p.id, `${p.name} (local partner)`)),
    );
    const model = h(
      "select",
      { name: "q-model" },
      ...v.catalogue.accelerators.map((a) => opt(a.id, `${a.name} · ${a.pf} PF · ${a.maker === "nvidia" ? "NVIDIA" : "AMD"}`)),
    );
    model.value = v.catalogue.accelerators.some((a) => a.id === "b200") ? "b200" : v.catalogue.accelerators[0].id;
    const qty = h("input", { type: "number", name: "q-quantity", value: 512, min: 1, max: 1_000_000, inputmode: "numeric" });
    const pkg = h("select", { name: "q-package" }, opt("fullstack", "Full-stack AI factory (managed, SLA)"), opt("components", "Components (you run them)"));
    const dc = h("select", { name: "q-dc" }, ...own.dataCentres.map((d) => opt(d.id, `${d.name} (${d.mw} MW, ${d.cooling})`)));
    mount(
      this.requestBox,
      field("Vendor", vendor),
      field("Model", model),
      field("Quantity", qty),
      field("Package", pkg),
      field("Data centre", dc),
      h("button", { class: "btn primary", type: "submit" }, "Ask for a quote"),
    );
    this.requestBox.onsubmit = (e) => {
      e.preventDefault();
      this.request = {
        vendor: vendor.value,
        model: model.value,
        quantity: Math.round(Number(qty.value)),
        package: pkg.value as "fullstack" | "components",
        dcId: dc.value,
      };
      this.asks = [];
      void this.ask();
    };
  }

  private async ask(extra?: QuoteAsk): Promise<void> {
    if (!this.request) return;
    const asks = extra ? [...this.asks, extra] : this.asks;
    this.status.textContent = "Waiting for the vendor…";
    const r = await this.deps.requestQuote(this.request, asks);
    if (!r.ok) {
      this.status.textContent = `No quote: ${r.message}`;
      return;
    }
    this.asks = asks;
    this.current = { quote: r.quote, answers: r.answers };
    this.status.textContent = extra ? `${r.quote.vendorName} answered your counter-offer.` : `${r.quote.vendorName} sent a quote.`;
    this.drawQuote();
  }

  private drawQuote(): void {
    const v = this.view;
    const c = this.current;
    if (!v || !c) {
      mount(
        this.quoteBox,
        h("p", { class: "muted" }, "A vendor's answer shows here: price, lead time, SLA and who controls the cluster. You can counter-offer before you sign."),
      );
      return;
    }
    const q = c.quote;
    const a = v.catalogue.accelerators.find((x) => x.id === q.request.model);
    const expires = q.expiresTurn - v.turn;
    const due = dueLabel(v.quarter, q.leadQuarters);
    const answers = c.answers.map((x, i) =>
      h("li", { class: `answer ${x.outcome}` }, h("strong", {}, `Counter-offer ${i + 1}: ${x.outcome === "halfway" ? "met halfway" : x.outcome}. `), x.reason),
    );
    const price = h("input", {
      type: "number",
      name: "ask-price",
      step: 0.1,
      min: 1,
      value: (q.unitPrice * 1000 * 0.95).toFixed(1),
      inputmode: "decimal",
      "aria-label": "Your price per GPU, US$ k",
    });
    const lead = h("input", {
      type: "number",
      name: "ask-lead",
      min: 1,
      max: 12,
      value: Math.max(1, q.leadQuarters - 1),
      inputmode: "numeric",
      "aria-label": "Lead time you ask, quarters",
    });
    const operator = h("select", { name: "ask-operator", "aria-label": "Who operates" }, opt("nation", "We operate it"), opt("vendor", "Vendor operates it"));
    operator.value = q.operator === "vendor" ? "nation" : "vendor";
    const counter = (ask: QuoteAsk) => () => void this.ask(ask);
    const sla = h("select", { name: "ask-sla", "aria-label": "SLA you ask, percent" }, ...["99", "99.5", "99.9", "99.95"].map((x) => opt(x, `${x} %`)));
    sla.value = String([99, 99.5, 99.9, 99.95].find((x) => x > q.slaUptime) ?? 99.95);
    const belief = beliefState(v, this.nation);
    const fx = belief ? termEffects(belief, this.nation, q) : null;
    mount(
      this.quoteBox,
      h(
        "h3",
        {},
        `${q.vendorName}: ${q.request.quantity.toLocaleString("en-US")} × ${a?.name ?? q.request.model}, ${q.request.package === "fullstack" ? "full-stack AI factory" : "components"}`,
      ),
      h(
        "div",
        { class: "qfigs" },
        figure(
          "Price per GPU",
          usdK(q.unitPrice),
          "Catalogue price through this vendor and package (facts.md §1, C8, C17), × 1.05 when HBM was sold out last quarter, × 1.03 export compliance for a licence-bound buyer, × 0.98 for a returning customer, then your counter-offers.",
        ),
        figure("Total", usd(q.total), "Price per GPU × quantity; paid when the quote is signed (held like any GPU order)."),
        figure("Peak compute", pf((a?.pf ?? 0) * q.request.quantity), "PFLOPS FP8 dense of these GPUs once installed (facts.md §1)."),
        figure(
          "Lead time",
          `${q.leadQuarters} quarter${q.leadQuarters > 1 ? "s" : ""} (due ${due})`,
          "Quarters until delivery if HBM and packaging allow (facts.md M1–M14, E11).",
        ),
        figure(
          "SLA uptime",
          q.slaUptime > 0 ? `${q.slaUptime.toFixed(2)} %` : "best effort",
          `${fx?.uptime ?? ""} Monthly availability (facts.md §7e, C19–C22).`,
        ),
        figure("Fault response", `${q.responseHours} h`, "Hours to respond to a fault under this contract (estimate)."),
        figure("Operated by", q.operator === "vendor" ? "the vendor" : "your nation", fx?.operator ?? ""),
        figure("Management software", q.mgmtSoftware === "in-country" ? "in the country" : "vendor cloud", fx?.mgmt ?? ""),
        figure("Data", "in the country", fx?.data ?? ""),
        figure(
          "Valid",
          expires <= 0 ? "this quarter only" : `${expires + 1} quarters`,
          "Quotes expire with the quarter they are made in: prices and allocations move.",
        ),
      ),
      fx
        ? h(
            "ul",
            { class: "effects muted", "aria-label": "What these terms do once signed" },
            h("li", {}, fx.uptime),
            h("li", {}, fx.operator),
            h("li", {}, fx.mgmt),
          )
        : null,
      answers.length ? h("ol", { class: "answers" }, ...answers) : null,
      h("h4", {}, "Counter-offer"),
      h(
        "div",
        { class: "row" },
        field("Price US$ k/GPU", price),
        h("button", { class: "btn", type: "button", onclick: () => void this.ask({ unitPrice: Number(price.value) / 1000 }) }, "Offer this price"),
      ),
      h(
        "div",
        { class: "row" },
        field("Lead time (quarters)", lead),
        h("button", { class: "btn", type: "button", onclick: () => void this.ask({ leadQuarters: Math.round(Number(lead.value)) }) }, "Ask for this lead time"),
      ),
      h(
        "div",
        { class: "row" },
        field("Operator", operator),
        h("button", { class: "btn", type: "button", onclick: () => void this.ask({ operator: operator.value as "vendor" | "nation" }) }, "Ask"),
      ),
      q.slaUptime > 0
        ? h(
            "div",
            { class: "row" },
            field("SLA", sla),
            h(
              "button",
              {
                class: "btn",
                type: "button",
                title: "±4 % of the price per point of availability (99–99.95 %, facts.md C19–C21; estimate).",
                onclick: () => void this.ask({ slaUptime: Number(sla.value) }),
              },
              "Ask for this SLA",
            ),
          )
        : null,
      q.mgmtSoftware !== "in-country"
        ? h(
            "div",
            { class: "row" },
            h("button", { class: "btn", type: "button", onclick: counter({ mgmtInCountry: true }) }, "Ask for management software in the country"),
          )
        : null,
      h(
        "div",
        { class: "row sign" },
        h("button", { class: "btn primary", type: "button", onclick: () => void this.sign() }, `Sign for ${usd(q.total)}`),
        h("span", { class: "muted" }, "Signing adds an order; the engine checks it again at resolution."),
      ),
    );
  }

  private async sign(): Promise<void> {
    const v = this.view;
    if (!v || !this.request) return;
    const r = await this.deps.send({ type: "sign_quote", turn: v.turn, ...this.request, asks: this.asks });
    this.status.textContent = r.ok ? `Signed: the order is in your list for ${quarter(v.quarter)}.` : `Refused: ${r.message}`;
  }
}
