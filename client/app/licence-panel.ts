/**
 * US export licences: ask Washington for a yearly volume of H100-equivalents, read its answer (volume,
 * conditions, approval date), counter-offer (more volume for an investment pledge or stricter conditions;
 * the US accepts, meets halfway or refuses, always with a reason) and sign, which places a `sign_licence`
 * order the engine re-checks at resolution. Follows the vendor-quote panel (quote-panel.ts).
 */
import type { Order } from "../../shared/protocol/orders";
import type { LicenceAsk, LicenceRequest } from "../../shared/protocol/licences";
import type { LicenceAnswer, LicenceOffer } from "../../shared/engine/licences";
import { ALLY_LICENCE_FREE_H100_PER_YEAR, conditionLabel, currentLicence, isSuspended, PLEDGE_PER_10K } from "../../shared/engine/licences";
import type { GameView } from "../../shared/engine/view";
import { h, mount } from "./dom";
import { field, figure } from "./form-bits";
import { pf, quarter, usd } from "./format";

/** What the panel needs from the page. */
export interface LicencePanelDeps {
  requestLicence(
    request: LicenceRequest,
    asks: LicenceAsk[],
  ): Promise<{ ok: true; offer: LicenceOffer; answers: LicenceAnswer[] } | { ok: false; message: string }>;
  send(order: Order): Promise<{ ok: true } | { ok: false; message: string }>;
}

const eq = (v: number): string => `${Math.round(v).toLocaleString("en-US")} H100-eq/yr`;

/** The "Export licence" tab of the orders drawer. */
export class LicencePanel {
  readonly el = h("section", { class: "quote-panel licence-panel", "aria-label": "US export licence" });
  private readonly requestBox = h("form", { class: "quote-request" });
  private readonly offerBox = h("div", { class: "quote", "aria-live": "polite" });
  private readonly status = h("p", { class: "status", role: "status" });
  private view: GameView | null = null;
  private nation = "";
  private request: LicenceRequest | null = null;
  private asks: LicenceAsk[] = [];
  private current: { offer: LicenceOffer; answers: LicenceAnswer[] } | null = null;

  constructor(private readonly deps: LicencePanelDeps) {
    mount(
      this.el,
      h("div", { class: "quote-cols" }, h("div", {}, h("h3", {}, "Ask Washington for an export licence"), this.requestBox), h("div", {}, this.offerBox)),
      this.status,
    );
  }

  /** Redraw for a new model; the form is rebuilt only when the turn or nation changes (an offer lasts one quarter). */
  update(view: GameView, nation: string): void {
    const fresh = !this.view || this.view.turn !== view.turn || this.nation !== nation;
    this.view = view;
    this.nation = nation;
    if (!fresh) return;
    this.current = null;
    this.asks = [];
    this.drawRequest();
    this.drawOffer();
  }

  private drawRequest(): void {
    const v = this.view!;
    const own = v.own.find((n) => n.id === this.nation);
    if (!own) {
      mount(this.requestBox);
      return;
    }
    const held = currentLicence(own, v.turn);
    const status =
      own.exportStatus === "licence"
        ? "Every accelerator in the catalogue is export-controlled for your nation: you need a US licence before you order any (facts.md E1, E17, N20, E21)."
        : `Your nation buys up to ${eq(ALLY_LICENCE_FREE_H100_PER_YEAR)} without a licence (no country caps since 13 May 2025, facts.md E5); a licence adds volume beyond that.`;
    const licenceLine = held
      ? `Licence in force: ${eq(held.volume)} until turn ${held.toTurn}${isSuspended(held, v.turn) ? `, SUSPENDED until after turn ${held.suspendedUntil}` : ""}; conditions: ${held.conditions.map(conditionLabel).join(", ")}. Used this year: ${eq(own.exportUsedThisYear)}.`
      : `No licence in force. Used this year: ${eq(own.exportUsedThisYear)}.`;
    const volume = h("input", { type: "number", name: "l-volume", value: 88_384, min: 1000, max: 2_000_000, step: 1000, inputmode: "numeric" });
    const years = h("input", { type: "number", name: "l-years", value: 2, min: 1, max: 4, inputmode: "numeric" });
    mount(
      this.requestBox,
      h("p", { class: "muted" }, status),
      h("p", {}, licenceLine),
      field("H100-equivalents a year", volume),
      field("Years", years),
      h("button", { class: "btn primary", type: "submit" }, "Ask for a licence"),
    );
    this.requestBox.onsubmit = (e) => {
      e.preventDefault();
      this.request = { volume: Math.round(Number(volume.value)), years: Math.round(Number(years.value)) };
      this.asks = [];
      void this.ask();
    };
  }

  private async ask(extra?: LicenceAsk): Promise<void> {
    if (!this.request) return;
    const asks = extra ? [...this.asks, extra] : this.asks;
    this.status.textContent = "Waiting for Washington…";
    const r = await this.deps.requestLicence(this.request, asks);
    if (!r.ok) {
      this.status.textContent = `No answer: ${r.message}`;
      return;
    }
    this.asks = asks;
    this.current = { offer: r.offer, answers: r.answers };
    this.status.textContent = extra ? "Washington answered your counter-offer." : "Washington sent its terms.";
    this.drawOffer();
  }

  private drawOffer(): void {
    const v = this.view;
    const c = this.current;
    if (!v || !c) {
      mount(this.offerBox, h("p", { class: "muted" }, "Washington's answer shows here: volume, conditions and approval date. Counter-offer before you sign."));
      return;
    }
    const o = c.offer;
    const answers = c.answers.map((x, i) =>
      h("li", { class: `answer ${x.outcome}` }, h("strong", {}, `Counter-offer ${i + 1}: ${x.outcome === "halfway" ? "met halfway" : x.outcome}. `), x.reason),
    );
    const more = h("input", {
      type: "number",
      name: "ask-volume",
      value: Math.round(o.volume * 1.5),
      min: 1000,
      max: 2_000_000,
      step: 1000,
      inputmode: "numeric",
      "aria-label": "Volume you ask, H100-equivalents a year",
    });
    const pledge = h("input", {
      type: "number",
      name: "ask-pledge",
      value: Math.max(PLEDGE_PER_10K, o.pledgePerQuarter),
      min: 0,
      max: 5000,
      inputmode: "decimal",
      "aria-label": "Investment pledged in the US, US$ M a quarter",
    });
    const approved = o.fromTurn === v.turn ? "this quarter (US alignment fast-track)" : "from next quarter";
    mount(
      this.offerBox,
      h("h3", {}, `Washington: ${eq(o.volume)} for ${o.request.years} year${o.request.years > 1 ? "s" : ""}`),
      h(
        "div",
        { class: "qfigs" },
        figure(
          "Volume",
          eq(o.volume),
          "H100-equivalents a calendar year, by FP8 PFLOPS (H100 = 1.98 PF). The Nov 2025 Gulf licences were up to 35,000 GB300-equivalents each (N20, N21, E21).",
        ),
        figure("Peak compute a year", pf(o.volume * 1.98), "PFLOPS FP8 dense this volume buys each year, in any mix of parts."),
        figure(
          "Largest on these terms",
          eq(o.ceiling),
          `Washington goes up to its base offer × (1 + 25 % for no Chinese vendors, + 25 % for an ally accepting audits) + 10,000 a year per ${usd(PLEDGE_PER_10K)} a quarter pledged, at most twice the base offer (estimates).`,
        ),
        figure(
          "Conditions",
          o.conditions.map(conditionLabel).join(", "),
          "Each condition costs 0.05 of export exposure in the sovereignty index; breaking one (a missed pledge payment) suspends the licence with a public event (licences.ts).",
        ),
        figure(
          "Pledge",
          o.pledgePerQuarter > 0 ? `${usd(o.pledgePerQuarter)} a quarter` : "none",
          "Investment in the US paid every quarter of the licence (estimate; Gulf buyers pledged US investment, N27). A missed payment is a breach.",
        ),
        figure("Approved", approved, "Approval takes a quarter (estimate); the US-alignment policy fast-tracks it."),
        figure("Valid until", `turn ${o.toTurn}`, "A licence runs for the years you ask; signing a new one replaces the old."),
        figure("Offer valid", `this quarter only (${quarter(v.quarter)})`, "Like a vendor quote, the terms last for the quarter they are given in."),
      ),
      answers.length ? h("ol", { class: "answers" }, ...answers) : null,
      h("h4", {}, "Counter-offer"),
      h(
        "div",
        { class: "row" },
        field("Volume (H100-eq/yr)", more),
        h("button", { class: "btn", type: "button", onclick: () => void this.ask({ volume: Math.round(Number(more.value)) }) }, "Ask for this volume"),
      ),
      h(
        "div",
        { class: "row" },
        field("Pledge US$ M/quarter", pledge),
        h("button", { class: "btn", type: "button", onclick: () => void this.ask({ pledgePerQuarter: Number(pledge.value) }) }, "Offer this pledge"),
      ),
      !o.conditions.includes("no_chinese_vendors")
        ? h(
            "div",
            { class: "row" },
            h("button", { class: "btn", type: "button", onclick: () => void this.ask({ noChineseVendors: true }) }, "Accept: no Chinese vendors"),
          )
        : null,
      !o.conditions.includes("security_audit")
        ? h(
            "div",
            { class: "row" },
            h("button", { class: "btn", type: "button", onclick: () => void this.ask({ securityAudit: true }) }, "Accept on-site security audits"),
          )
        : null,
      o.conditions.includes("security_audit")
        ? h(
            "div",
            { class: "row" },
            h("button", { class: "btn", type: "button", onclick: () => void this.ask({ securityAudit: false }) }, "Ask to drop the audits"),
          )
        : null,
      h(
        "div",
        { class: "row sign" },
        h("button", { class: "btn primary", type: "button", onclick: () => void this.sign() }, `Sign the licence (${eq(o.volume)})`),
        h("span", { class: "muted" }, "Signing adds an order; the engine checks it again at resolution."),
      ),
    );
  }

  private async sign(): Promise<void> {
    const v = this.view;
    if (!v || !this.request) return;
    const r = await this.deps.send({ type: "sign_licence", turn: v.turn, ...this.request, asks: this.asks });
    this.status.textContent = r.ok ? `Signed: the licence is in your orders for ${quarter(v.quarter)}.` : `Refused: ${r.message}`;
  }
}
