/**
 * The orders drawer: short forms with sensible defaults for every order type, illegal choices disabled
 * with the engine's reason, a live preview from the shared engine, and the nation's current order set.
 */
import type { BuildDcOrder, Order } from "../../shared/protocol/orders";
import type { GameView } from "../../shared/engine/view";
import type { Nation } from "../../shared/engine/state";
import { validateOrder } from "../../shared/engine/validate";
import { previewOrders } from "../../shared/engine/preview";
import { orderCost } from "../../shared/engine/costs";
import { buildPlan, describePlan, gridAfter, powerChoice } from "../../shared/engine/power";
import { findIntegrator, findPartner } from "../../shared/engine/catalogue";
import { describeOrder } from "../../shared/debrief/describe";
import { beliefState } from "../../shared/ai/belief";
import { h, mount } from "./dom";
import { pf, usd, idx } from "./format";

type Tab = "dc" | "gpus" | "memory" | "talent" | "policy" | "invest";
const TABS: [Tab, string][] = [["dc", "Data centres"], ["gpus", "GPUs"], ["memory", "Memory & CXL"], ["talent", "Talent"], ["policy", "Policy"], ["invest", "Partners"]];

/** A tab whose content another component owns (vendor quotes, deals). */
export interface ExtraTab {
  id: string;
  label(): string;
  el: HTMLElement;
  /** Called after the tab's content is on the page. */
  shown?(): void;
}

/** What the panel needs from the page. */
export interface OrdersPanelDeps {
  send(order: Order): Promise<{ ok: true } | { ok: false; message: string }>;
  remove(index: number): void;
  extraTabs?: ExtraTab[];
}

const opt = (value: string, label: string, disabled = false): HTMLOptionElement => h("option", { value, disabled }, label);
const num = (name: string, value: number, min: number, max: number, step = 1): HTMLInputElement => h("input", { type: "number", name, value, min, max, step, inputmode: "numeric" });
const labelled = (label: string, control: HTMLElement): HTMLElement => h("label", { class: "field inline" }, h("span", {}, label), control);

/** The orders panel; call render(view, orders) on each model change. */
export class OrdersPanel {
  readonly el = h("section", { class: "orders panel", id: "orders", "aria-label": "Orders" });
  private tab: Tab | string = "gpus";
  private status = h("p", { class: "status", role: "status" });
  private view: GameView | null = null;
  private nation = "";
  private orders: Order[] = [];
  private formBox = h("div", { class: "order-form" });
  private listBox = h("div", { class: "order-list" });
  private previewBox = h("div", { class: "preview" });

  constructor(private readonly deps: OrdersPanelDeps) {}

  /** Redraw for a new model. */
  render(view: GameView, nation: string, orders: Order[]): void {
    const formChanged = !this.view || this.view.turn !== view.turn || this.nation !== nation;
    this.view = view;
    this.nation = nation;
    this.orders = orders;
    const extra = (this.deps.extraTabs ?? []).find((t) => t.id === this.tab);
    if (!extra && (formChanged || this.formBox.childElementCount === 0)) this.drawForm();
    this.drawList();
    const tabs: [string, string][] = [...TABS, ...(this.deps.extraTabs ?? []).map((t): [string, string] => [t.id, t.label()])];
    mount(this.el,
      h("div", { class: "tabs", role: "tablist" }, ...tabs.map(([id, label]) => h("button", { class: `tab ${this.tab === id ? "on" : ""}`, role: "tab", "data-tab": id, "aria-selected": String(this.tab === id), onclick: () => this.open(id) }, label))),
      extra ? extra.el : h("div", { class: "orders-body" }, this.formBox, h("div", {}, h("h3", {}, `Your orders for ${view.quarter.q ? `Q${view.quarter.q} ${view.quarter.year}` : ""}`), this.listBox, this.previewBox)),
      this.status,
    );
    if (extra) queueMicrotask(() => extra.shown?.());
  }

  /** Switch to a tab (an order form, or an extra tab such as deals). */
  open(tab: string): void {
    this.tab = tab;
    if (!(this.deps.extraTabs ?? []).some((t) => t.id === tab)) this.drawForm();
    if (this.view) this.render(this.view, this.nation, this.orders);
  }

  private own(): Nation | undefined {
    return this.view?.own.find((n) => n.id === this.nation);
  }

  /** Check an order against the engine with the orders already placed: null when legal, else the reason. */
  private reason(order: Order): string | null {
    const s = this.view && beliefState(this.view, this.nation);
    if (!s) return "No nation seat.";
    const r = validateOrder(s, this.nation, order, this.orders);
    return r.ok ? null : r.error.message;
  }

  private submitRow(build: () => Order | null): HTMLElement {
    const cost = h("span", { class: "muted cost" });
    const why = h("p", { class: "why" });
    const btn = h("button", { class: "btn primary", type: "submit" }, "Add order");
    const check = (): void => {
      const o = build();
      const s = this.view && beliefState(this.view, this.nation);
      if (!o || !s) return;
      const r = this.reason(o);
      btn.disabled = r !== null;
      why.textContent = r ?? "";
      cost.textContent = r ? "" : `Cost ${usd(orderCost(s, s.nations[this.nation], o))}`;
    };
    queueMicrotask(check);
    return h("div", { class: "submit-row", oninput: check, onchange: check }, btn, cost, why);
  }

  private form(children: HTMLElement[], build: () => Order | null): HTMLFormElement {
    const f = h("form", {
      onsubmit: async (e: Event) => {
        e.preventDefault();
        const o = build();
        if (!o) return;
        const r = await this.deps.send(o);
        this.status.textContent = r.ok ? `Added: ${describeOrder(beliefState(this.view!, this.nation)!, o)}.` : `Refused: ${r.message}`;
      },
    }, ...children);
    const row = this.submitRow(build);
    f.append(row);
    f.addEventListener("input", () => row.dispatchEvent(new Event("input")));
    f.addEventListener("change", () => row.dispatchEvent(new Event("change")));
    return f;
  }

  private drawForm(): void {
    const v = this.view;
    const own = this.own();
    if (!v || !own) { mount(this.formBox, h("p", { class: "muted" }, "Take a seat in a nation to give orders.")); return; }
    const turn = v.turn;
    const cat = v.catalogue;
    const partners = cat.localPartners.filter((p) => p.nation === own.id);
    const dcSelect = (): HTMLSelectElement => h("select", { name: "dc" }, ...own.dataCentres.map((d) => opt(d.id, `${d.name} (${d.mw} MW, ${d.cooling}, ${d.status})`)));
    let content: HTMLElement;
    if (this.tab === "dc") {
      const site = h("select", { name: "site" }, ...own.sites.map((s) => opt(s.id, s.name)));
      const mw = num("mw", 20, 1, 500);
      const cooling = h("select", { name: "cooling" }, opt("liquid", "Direct liquid (PUE 1.15)"), opt("air", "Air (PUE 1.5)"));
      const builder = h("select", { name: "builder" }, opt("us", "US integrator (fast, runs it for you)"), opt("local", "Local partner (slower, builds expertise)"), opt("jv", "Joint venture (both)"));
      const integ = h("select", { name: "integrator" }, ...cat.integrators.map((i) => opt(i.id, i.name)));
      const partner = h("select", { name: "partner" }, ...partners.map((p) => opt(p.id, p.name)));
      const kind = h("select", { name: "siteKind", title: "Brownfield: an existing shell with power (ex-factory, converted hall), online in 1–4 quarters (D32, D33, N14), 10 % dearer (estimate), from a small stock per nation." }, opt("greenfield", "Greenfield (permits, grid queue)"), opt("brownfield", `Brownfield shell with power (fast; ${Math.floor(own.grid.brownfieldMw)} MW left)`));
      const power = h("select", { name: "power", title: "Grid price: facts.md §3b (D14–D22). On-site generation skips the grid queue, +US$1.2M capex per MW; a PPA waits for its plant, +US$0.3M per MW, fixed price. On-site and PPA prices and MW a year are estimates (docs/power-and-money.md)." }, opt("grid", `Grid (US$${own.powerPrice}/MWh)`), opt("onsite", `On-site generation (US$${own.grid.onsitePrice}/MWh, +capex)`), opt("ppa", `Power-purchase agreement (US$${own.grid.ppaPrice}/MWh, fixed)`));
      const build = (): BuildDcOrder => ({ type: "build_dc", turn, site: site.value, mw: Number(mw.value), cooling: cooling.value as "air" | "liquid", builder: builder.value as "us" | "local" | "jv", integrator: builder.value === "local" ? undefined : integ.value, partner: builder.value === "us" ? undefined : partner.value, siteKind: kind.value as "greenfield" | "brownfield", power: power.value as "grid" | "onsite" | "ppa" });
      const plan = h("p", { class: "muted plan", title: "Computed by the engine (shared/engine/power.ts). Build times: 1 GW greenfield in 1–3.6 years (D9), brownfield conversions in 4–6 months (D32, D33, N14); grid queues: APAC 18–36 months (D11), Europe up to 7 years (D10), India under 270 days (D12); power prices facts.md §3b (D14–D22); on-site and PPA prices are estimates." });
      const showPlan = (): void => {
        const s = beliefState(v, this.nation);
        const n = s?.nations[this.nation];
        if (!s || !n) return;
        const o = build();
        const p = buildPlan(n, o.mw, o.builder, o, o.integrator ? findIntegrator(cat, o.integrator) : undefined, o.partner ? findPartner(cat, o.partner) : undefined, { grid: gridAfter(s, n, this.orders) });
        plan.textContent = `Online in ${p.total} quarter${p.total === 1 ? "" : "s"}:${describePlan(p, powerChoice(o))}`;
      };
      const expDc = dcSelect();
      const expMw = num("mw", 10, 1, 500);
      const buildForm = this.form([labelled("Site", site), labelled("IT MW", mw), labelled("Cooling", cooling), labelled("Builder", builder), labelled("Integrator", integ), labelled("Local partner", partner), labelled("Site kind", kind), labelled("Power", power), plan], build);
      buildForm.addEventListener("input", showPlan);
      buildForm.addEventListener("change", showPlan);
      queueMicrotask(showPlan);
      const g = own.grid;
      content = h("div", {},
        h("h3", {}, "Found a data centre"),
        h("p", { class: "muted grid-line", title: "Grid headroom is connected without waiting; beyond it a site joins the interconnection queue behind the MW already waiting, served by the grid's growth (facts.md D10–D12, D18, D23; nation figures in the scenario)." }, `Grid: ${Math.floor(g.headroomMw)} MW free, ${Math.round(g.queuedMw)} MW queued, +${g.growthMwPerYear} MW a year; shortest queue ${g.queueQuarters} quarters; permits ${g.permitQuarters} quarters.`),
        buildForm,
        h("h3", {}, "Expand a data centre"),
        this.form([labelled("Site", expDc), labelled("Add MW", expMw)], () => ({ type: "expand_dc", turn, dcId: expDc.value, mw: Number(expMw.value) })),
      );
    } else if (this.tab === "gpus") {
      const model = h("select", { name: "model" }, ...cat.accelerators.map((a) => opt(a.id, a.name)));
      model.value = "b200";
      const qty = num("quantity", 500, 1, 1_000_000);
      const vendor = h("select", { name: "vendor" }, ...cat.integrators.map((i) => opt(i.id, `${i.name} (US)`)), ...partners.map((p) => opt(p.id, `${p.name} (local)`)));
      const pkg = h("select", { name: "package" }, opt("fullstack", "Full-stack AI factory (managed, SLA)"), opt("components", "Components (you run them)"));
      const dc = dcSelect();
      content = h("div", {},
        h("h3", {}, "Order GPUs"),
        this.form([labelled("Model", model), labelled("Quantity", qty), labelled("Vendor", vendor), labelled("Package", pkg), labelled("Data centre", dc)],
          () => ({ type: "order_gpus", turn, model: model.value, quantity: Number(qty.value), vendor: vendor.value, package: pkg.value as "fullstack" | "components", dcId: dc.value })),
        this.catalogueTable(),
      );
    } else if (this.tab === "memory") {
      const maker = h("select", { name: "maker" }, ...cat.memoryMakers.map((m) => opt(m.id, `${m.name} (${Math.round(m.share * 100)} % of HBM)`)));
      const tb = num("tb", 100, 1, 50_000);
      const quarters = num("quarters", 4, 1, 12);
      const dc = dcSelect();
      content = h("div", {},
        h("h3", {}, "HBM supply agreement"),
        h("p", { class: "muted" }, "Reserved HBM is served first when memory is sold out (facts.md M7–M10)."),
        this.form([labelled("Maker", maker), labelled("TB per quarter", tb), labelled("Quarters", quarters)], () => ({ type: "memory_agreement", turn, maker: maker.value as "skhynix" | "samsung" | "micron", gbPerQuarter: Math.round(Number(tb.value) * 1000), quarters: Number(quarters.value) })),
        h("h3", {}, "CXL memory expansion"),
        this.form([labelled("Data centre", dc)], () => ({ type: "cxl_upgrade", turn, dcId: dc.value })),
      );
    } else if (this.tab === "talent") {
      const level = h("select", { name: "level" }, ...[1, 2, 3].map((l) => opt(String(l), `Level ${l}: ${["scholarships", "national AI institute", "talent visas + labs"][l - 1]} — ${usd(cat.talentCost[l - 1])}, +${cat.talentGain[l - 1]} expertise`)));
      content = h("div", {}, h("h3", {}, "Talent programme"), this.form([labelled("Programme", level)], () => ({ type: "talent", turn, level: Number(level.value) })));
    } else if (this.tab === "policy") {
      const policies: [string, string][] = [["data_localisation", "Data localisation: +0.05 sovereignty, −15 % GPUaaS revenue"], ["power_subsidy", "Power subsidy: −25 % power price for data centres"], ["gpuaas_hub", "GPUaaS hub: rent out 60 % of GPU-hours instead of 30 %"], ["us_alignment", "US alignment: one export tier better, −0.05 sovereignty"]];
      content = h("div", {}, h("h3", {}, "Policy"), ...policies.map(([id, label]) => {
        const on = Boolean(own.policies[id as keyof typeof own.policies]);
        return this.form([h("p", {}, `${label} — now ${on ? "ON" : "off"}`)], () => ({ type: "policy", turn, policy: id as "data_localisation", enabled: !on }));
      }));
    } else {
      const integ = h("select", { name: "integrator" }, ...cat.integrators.map((i) => opt(i.id, i.name)));
      const amount = num("amount", 100, 10, 5000, 10);
      content = h("div", {}, h("h3", {}, "Strategic investment in an integrator"),
        h("p", { class: "muted" }, "US$100M+ buys priority in its allocation, expertise transfer and a share of its sales abroad (as SK Telecom's US$200M in Penguin, facts.md C1)."),
        this.form([labelled("Integrator", integ), labelled("US$ M", amount)], () => ({ type: "invest_integrator", turn, integrator: integ.value, amount: Number(amount.value) })),
        h("p", { class: "muted" }, "Trilateral partnership: build a joint-venture data centre (integrator + local partner) and hold an HBM agreement."));
    }
    mount(this.formBox, content);
  }

  private catalogueTable(): HTMLElement {
    const v = this.view!;
    const q = v.quarter.year * 4 + v.quarter.q;
    return h("div", { class: "table-wrap" }, h("table", { class: "catalogue" },
      h("caption", {}, "NVIDIA vs AMD (per GPU; sources in the glossary and facts.md §1)"),
      h("thead", {}, h("tr", {}, ...["Model", "PF FP8", "HBM GB", "kW", "US$ k", "Lead q", "Cooling", "Software", "From"].map((x) => h("th", { scope: "col" }, x)))),
      h("tbody", {}, ...v.catalogue.accelerators.map((a) => h("tr", { class: a.available.year * 4 + a.available.q > q ? "future" : "" },
        h("th", { scope: "row" }, a.name), h("td", {}, a.pf.toFixed(1)), h("td", {}, a.hbmGb), h("td", {}, a.kw.toFixed(1)), h("td", {}, a.priceK.toFixed(1)),
        h("td", {}, a.leadQuarters), h("td", {}, a.liquidOnly ? "liquid" : "air/liquid"), h("td", {}, a.maker === "nvidia" ? "CUDA (mature)" : "ROCm (−5–25 %)"), h("td", {}, `Q${a.available.q} ${a.available.year}`)))),
    ));
  }

  private drawList(): void {
    const v = this.view;
    const s = v && beliefState(v, this.nation);
    if (!v || !s) { mount(this.listBox); mount(this.previewBox); return; }
    mount(this.listBox, this.orders.length === 0 ? h("p", { class: "muted" }, "No orders yet: the nation holds.") : h("ol", {}, ...this.orders.map((o, i) => h("li", {}, describeOrder(s, o), " ", h("button", { class: "btn ghost small", "aria-label": `Remove order ${i + 1}`, onclick: () => this.deps.remove(i) }, "Remove")))));
    if (this.orders.length === 0) { mount(this.previewBox); return; }
    const p = previewOrders(s, this.nation, this.orders).difference;
    const parts = [
      p.pendingCompute > 0 ? `+${pf(p.pendingCompute)} on order${p.onlineBy ? ` (due ${p.onlineBy})` : ""}` : null,
      `${usd(p.treasury)} this quarter`,
      p.sovereignty !== 0 ? `sovereignty ${p.sovereignty > 0 ? "+" : "−"}${idx(Math.abs(p.sovereignty))}` : null,
      p.expertise !== 0 ? `expertise ${p.expertise > 0 ? "+" : ""}${p.expertise.toFixed(1)}` : null,
    ].filter(Boolean);
    mount(this.previewBox, h("p", { class: "preview-line", title: "Preview computed with the shared engine on a copy of your state (random events excluded)." }, "Preview: ", parts.join(", ")));
  }
}
