/**
 * The orders drawer: short forms with sensible defaults for every order type, illegal choices disabled
 * with the engine's reason, a live preview from the shared engine, and the nation's current order set.
 */
import { describeViolation } from "../../shared/describe/refusals";
import type { BuildDcOrder, Order } from "../../shared/protocol/orders";
import type { GameView } from "../../shared/engine/view";
import type { MemoryMakerId, Nation } from "../../shared/engine/state";
import { makerShares } from "../../shared/engine/hbm";
import { memoryPreview } from "./memory-preview";
import { validateOrder } from "../../shared/engine/validate";
import { previewOrders } from "../../shared/engine/preview";
import { buildPlan, describePlan, gridAfter, powerChoice } from "../../shared/engine/power";
import { findIntegrator, findPartner } from "../../shared/engine/catalogue";
import { CLOUD_PROVIDERS } from "../../shared/engine/cloud";
import { describeOrder } from "../../shared/debrief/describe";
import { beliefState } from "../../shared/ai/belief";
import { marketPriceK } from "../../shared/engine/prices";
import { inferenceValue, marketRent, rentBandAt, trainingValue } from "../../shared/engine/market";
import { h as jsx, render as renderTree } from "preact";
import { h, mount } from "./dom";
import { pf, usd, usdPer, idxDelta } from "./format";
import { costLine } from "./ui/cost-line";

type Tab = "dc" | "gpus" | "cloud" | "memory" | "talent" | "policy" | "invest";
const TABS: [Tab, string][] = [
  ["dc", "Data centres"],
  ["gpus", "GPUs"],
  ["cloud", "Cloud"],
  ["memory", "Memory & CXL"],
  ["talent", "Talent"],
  ["policy", "Policy"],
  ["invest", "Partners"],
];

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
const num = (name: string, value: number, min: number, max: number, step = 1): HTMLInputElement =>
  h("input", { type: "number", name, value, min, max, step, inputmode: "numeric" });
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

  private readonly tabsBox = h("div", { class: "tabs", role: "tablist", "aria-label": "Order types" });
  private readonly bodyBox = h("div", { class: "orders-main" });
  private readonly heading = h("h3", {});
  private readonly formBody = h("div", { class: "orders-body" }, this.formBox, h("div", {}, this.heading, this.listBox, this.previewBox));

  /** The tab on show. */
  get current(): string {
    return this.tab;
  }

  /** Redraw for a new model; the tab buttons, the form and the focus inside them stay in place. */
  render(view: GameView, nation: string, orders: Order[]): void {
    const formChanged = !this.view || this.view.turn !== view.turn || this.nation !== nation;
    this.view = view;
    this.nation = nation;
    this.orders = orders;
    const extra = (this.deps.extraTabs ?? []).find((t) => t.id === this.tab);
    if (!extra && (formChanged || this.formBox.childElementCount === 0)) this.drawForm();
    this.drawList();
    if (this.el.firstChild !== this.tabsBox) mount(this.el, this.tabsBox, this.bodyBox, this.status);
    const tabs: [string, string][] = [...TABS, ...(this.deps.extraTabs ?? []).map((t): [string, string] => [t.id, t.label()])];
    renderTree(
      tabs.map(([id, label]) =>
        jsx(
          "button",
          {
            key: id,
            type: "button",
            class: `tab ${this.tab === id ? "on" : ""}`,
            role: "tab",
            "data-tab": id,
            "aria-selected": String(this.tab === id),
            tabIndex: this.tab === id ? 0 : -1,
            onClick: () => this.open(id),
            onKeyDown: (e: KeyboardEvent) =>
              this.arrowTabs(
                e,
                tabs.map((t) => t[0]),
              ),
          },
          label,
        ),
      ),
      this.tabsBox,
    );
    this.heading.textContent = `Your orders for ${view.quarter.q ? `Q${view.quarter.q} ${view.quarter.year}` : ""}`;
    const body = extra ? extra.el : this.formBody;
    if (this.bodyBox.firstChild !== body) this.bodyBox.replaceChildren(body);
    if (extra) queueMicrotask(() => extra.shown?.());
  }

  /** Left/right arrows move between tabs (the ARIA tabs pattern), keeping the focus on the tab bar. */
  private arrowTabs(e: KeyboardEvent, ids: string[]): void {
    if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
    e.preventDefault();
    e.stopPropagation();
    const i = ids.indexOf(this.tab);
    const next = ids[(i + (e.key === "ArrowRight" ? 1 : ids.length - 1)) % ids.length];
    this.open(next);
    this.tabsBox.querySelector<HTMLElement>(`[data-tab="${next}"]`)?.focus();
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
    return r.ok ? null : describeViolation(r.error);
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
      cost.textContent = r ? "" : costLine(s, this.nation, o);
    };
    queueMicrotask(check);
    return h("div", { class: "submit-row", oninput: check, onchange: check }, btn, cost, why);
  }

  private form(children: HTMLElement[], build: () => Order | null): HTMLFormElement {
    const f = h(
      "form",
      {
        onsubmit: async (e: Event) => {
          e.preventDefault();
          const o = build();
          if (!o) return;
          const r = await this.deps.send(o);
          this.status.textContent = r.ok ? `Added: ${describeOrder(beliefState(this.view!, this.nation)!, o)}.` : `Refused: ${r.message}`;
        },
      },
      ...children,
    );
    const row = this.submitRow(build);
    f.append(row);
    f.addEventListener("input", () => row.dispatchEvent(new Event("input")));
    f.addEventListener("change", () => row.dispatchEvent(new Event("change")));
    return f;
  }

  private drawForm(): void {
    const v = this.view;
    const own = this.own();
    if (!v || !own) {
      mount(this.formBox, h("p", { class: "muted" }, "Take a seat in a nation to give orders."));
      return;
    }
    const turn = v.turn;
    const cat = v.catalogue;
    const partners = cat.localPartners.filter((p) => p.nation === own.id);
    const dcSelect = (): HTMLSelectElement =>
      h("select", { name: "dc" }, ...own.dataCentres.map((d) => opt(d.id, `${d.name} (${d.mw} MW, ${d.cooling}, ${d.status})`)));
    let content: HTMLElement;
    if (this.tab === "dc") {
      const site = h("select", { name: "site" }, ...own.sites.map((s) => opt(s.id, s.name)));
      const mw = num("mw", 20, 1, 500);
      const cooling = h("select", { name: "cooling" }, opt("liquid", "Direct liquid (PUE 1.15)"), opt("air", "Air (PUE 1.5)"));
      const builder = h(
        "select",
        { name: "builder" },
        opt("us", "US integrator (fast, runs it for you)"),
        opt("local", "Local partner (slower, builds expertise)"),
        opt("jv", "Joint venture (both)"),
      );
      const integ = h("select", { name: "integrator" }, ...cat.integrators.map((i) => opt(i.id, i.name)));
      const partner = h("select", { name: "partner" }, ...partners.map((p) => opt(p.id, p.name)));
      const kind = h(
        "select",
        {
          name: "siteKind",
          title:
            "Brownfield: an existing shell with power (ex-factory, converted hall), online in 1–4 quarters (D32, D33, N14), 10 % dearer (estimate), from a small stock per nation.",
        },
        opt("greenfield", "Greenfield (permits, grid queue)"),
        opt("brownfield", `Brownfield shell with power (fast; ${Math.floor(own.grid.brownfieldMw)} MW left)`),
      );
      const power = h(
        "select",
        {
          name: "power",
          title:
            "Grid price: facts.md §3b (D14–D22). On-site generation skips the grid queue, +US$1.2M capex per MW; a PPA waits for its plant, +US$0.3M per MW, fixed price. On-site and PPA prices and MW a year are estimates (docs/power-and-money.md).",
        },
        opt("grid", `Grid (${usdPer(own.powerPrice, "MWh", 0)})`),
        opt("onsite", `On-site generation (${usdPer(own.grid.onsitePrice, "MWh", 0)}, +capex)`),
        opt("ppa", `Power-purchase agreement (${usdPer(own.grid.ppaPrice, "MWh", 0)}, fixed)`),
      );
      const build = (): BuildDcOrder => ({
        type: "build_dc",
        turn,
        site: site.value,
        mw: Number(mw.value),
        cooling: cooling.value as "air" | "liquid",
        builder: builder.value as "us" | "local" | "jv",
        integrator: builder.value === "local" ? undefined : integ.value,
        partner: builder.value === "us" ? undefined : partner.value,
        siteKind: kind.value as "greenfield" | "brownfield",
        power: power.value as "grid" | "onsite" | "ppa",
      });
      const plan = h("p", {
        class: "muted plan",
        title:
          "Computed by the engine (shared/engine/power.ts). Build times: 1 GW greenfield in 1–3.6 years (D9), brownfield conversions in 4–6 months (D32, D33, N14); grid queues: APAC 18–36 months (D11), Europe up to 7 years (D10), India under 270 days (D12); power prices facts.md §3b (D14–D22); on-site and PPA prices are estimates.",
      });
      const showPlan = (): void => {
        const s = beliefState(v, this.nation);
        const n = s?.nations[this.nation];
        if (!s || !n) return;
        const o = build();
        const p = buildPlan(
          n,
          o.mw,
          o.builder,
          o,
          o.integrator ? findIntegrator(cat, o.integrator) : undefined,
          o.partner ? findPartner(cat, o.partner) : undefined,
          { grid: gridAfter(s, n, this.orders) },
        );
        plan.textContent = `Online in ${p.total} quarter${p.total === 1 ? "" : "s"}:${describePlan(p, powerChoice(o))}`;
      };
      const expDc = dcSelect();
      const expMw = num("mw", 10, 1, 500);
      const buildForm = this.form(
        [
          labelled("Site", site),
          labelled("IT MW", mw),
          labelled("Cooling", cooling),
          labelled("Builder", builder),
          labelled("Integrator", integ),
          labelled("Local partner", partner),
          labelled("Site kind", kind),
          labelled("Power", power),
          plan,
        ],
        build,
      );
      buildForm.addEventListener("input", showPlan);
      buildForm.addEventListener("change", showPlan);
      queueMicrotask(showPlan);
      const g = own.grid;
      content = h(
        "div",
        {},
        h("h3", {}, "Found a data centre"),
        h(
          "p",
          {
            class: "muted grid-line",
            title:
              "Grid headroom is connected without waiting; beyond it a site joins the interconnection queue behind the MW already waiting, served by the grid's growth (facts.md D10–D12, D18, D23; nation figures in the scenario).",
          },
          `Grid: ${Math.floor(g.headroomMw)} MW free, ${Math.round(g.queuedMw)} MW queued, +${g.growthMwPerYear} MW a year; shortest queue ${g.queueQuarters} quarters; permits ${g.permitQuarters} quarters.`,
        ),
        buildForm,
        h("h3", {}, "Expand a data centre"),
        this.form([labelled("Site", expDc), labelled("Add MW", expMw)], () => ({ type: "expand_dc", turn, dcId: expDc.value, mw: Number(expMw.value) })),
      );
    } else if (this.tab === "gpus") {
      const model = h("select", { name: "model" }, ...cat.accelerators.map((a) => opt(a.id, a.name)));
      model.value = "b200";
      const qty = num("quantity", 500, 1, 1_000_000);
      const vendor = h(
        "select",
        { name: "vendor" },
        ...cat.integrators.map((i) => opt(i.id, `${i.name} (US)`)),
        ...partners.map((p) => opt(p.id, `${p.name} (local)`)),
      );
      const pkg = h("select", { name: "package" }, opt("fullstack", "Full-stack AI factory (managed, SLA)"), opt("components", "Components (you run them)"));
      const dc = dcSelect();
      const offtakeDc = dcSelect();
      const offtakeShare = num("share", 50, 10, 90, 10);
      const offtakeQuarters = num("quarters", 8, 4, 12);
      content = h(
        "div",
        {},
        h("h3", {}, "Order GPUs"),
        this.form(
          [labelled("Model", model), labelled("Quantity", qty), labelled("Vendor", vendor), labelled("Package", pkg), labelled("Data centre", dc)],
          () => ({
            type: "order_gpus",
            turn,
            model: model.value,
            quantity: Number(qty.value),
            vendor: vendor.value,
            package: pkg.value as "fullstack" | "components",
            dcId: dc.value,
          }),
        ),
        this.catalogueTable(),
        h("h3", {}, "Offtake: sign capacity to an anchor tenant"),
        h(
          "p",
          {
            class: "muted",
            title:
              "Sources: facts.md §5 (xAI 500 MW at HUMAIN, N22–N27; OpenAI offtake at Stargate UK, N45–N47); G14 demand mix. Locked rent = market rent at signing − 10 % (estimate).",
          },
          "An AI lab takes a share of one site's GPUs for N quarters at today's rent less 10 %: steady revenue whatever rents do, but that share trains its models, not yours, and data localisation keeps it out.",
        ),
        this.form([labelled("Data centre", offtakeDc), labelled("Share %", offtakeShare), labelled("Quarters", offtakeQuarters)], () => ({
          type: "offtake",
          turn,
          dcId: offtakeDc.value,
          share: Number(offtakeShare.value) / 100,
          quarters: Number(offtakeQuarters.value),
        })),
      );
    } else if (this.tab === "cloud") {
      const provider = h("select", { name: "provider" }, ...Object.entries(CLOUD_PROVIDERS).map(([id, p]) => opt(id, `${p.name} — ${p.offer}`)));
      const model = h("select", { name: "model" }, ...cat.accelerators.map((a) => opt(a.id, a.name)));
      model.value = "b200";
      const gpus = num("gpus", 1024, 8, 200_000, 8);
      const quarters = num("quarters", 4, 1, 12);
      content = h(
        "div",
        {},
        h("h3", {}, "Rent a hyperscaler's sovereign cloud"),
        h(
          "p",
          {
            class: "muted",
            title:
              "Price: the part's 2026 rent × 2.0 hyperscaler premium (facts.md G3, G4, G6–G8) × provider factor × 1.05 sovereign-region premium, −3 % per quarter committed beyond the first (at most −30 %, G8). Online next quarter at 80 % utilisation × 99.9 % SLA (G14, C19); control weight 0.15; no rental revenue; does not count as compute you run for the local-language model.",
          },
          "Capacity online next quarter with no capex: the fee is a running cost every quarter. The provider runs it, so it adds little sovereignty and cannot train the nation's own model (facts.md §5: Microsoft US$30 B UK, AWS ¥2.2 tn Japan, Delos on Azure, Stargate).",
        ),
        this.form([labelled("Provider", provider), labelled("Model", model), labelled("GPUs", gpus), labelled("Quarters", quarters)], () => ({
          type: "cloud_contract",
          turn,
          provider: provider.value as "aws",
          model: model.value,
          gpus: Number(gpus.value),
          quarters: Number(quarters.value),
        })),
      );
    } else if (this.tab === "memory") {
      const shares = makerShares(v.quarter.year);
      const maker = h("select", { name: "maker" }, ...cat.memoryMakers.map((m) => opt(m.id, `${m.name} (${Math.round(shares[m.id] * 100)} % of HBM)`)));
      const tb = num("tb", 100, 1, 50_000);
      const memPreview = h("div", { "aria-live": "polite" });
      const showPreview = (): void => {
        const s = beliefState(v, this.nation);
        if (s) mount(memPreview, memoryPreview(s, this.nation, maker.value as MemoryMakerId, Math.round(Number(tb.value) * 1000), this.orders));
      };
      maker.addEventListener("change", showPreview);
      tb.addEventListener("input", showPreview);
      queueMicrotask(showPreview);
      const quarters = num("quarters", 4, 1, 12);
      const dc = dcSelect();
      content = h(
        "div",
        {},
        h("h3", {}, "HBM supply agreement"),
        h(
          "p",
          { class: "muted" },
          "Reserved HBM serves your due orders first when memory is sold out (facts.md M7–M10); the rest of the pool is shared in proportion to need.",
        ),
        this.form([labelled("Maker", maker), labelled("TB per quarter", tb), labelled("Quarters", quarters)], () => ({
          type: "memory_agreement",
          turn,
          maker: maker.value as "skhynix" | "samsung" | "micron",
          gbPerQuarter: Math.round(Number(tb.value) * 1000),
          quarters: Number(quarters.value),
        })),
        memPreview,
        h("h3", {}, "CXL memory expansion"),
        h(
          "p",
          {
            class: "muted",
            tabindex: 0,
            title:
              "A 2 TB CXL card (4 × 512 GB RDIMM, facts.md M24, M25) per 8-GPU server holds the KV cache of long-context inference (M27); DDR5 costs ~1/5–1/6 of HBM per GB (M18, M19). About 1/100 of HBM's bandwidth: it adds capacity, not FLOPS. The +30 % is the fact sheet's estimate (§2c, +20–40 %).",
          },
          `${usdPer(cat.cxlPerGpuK * 1000, "GPU", 0)} per installed GPU: more concurrent inference sessions and longer contexts (+${Math.round(cat.cxlInferenceUplift * 100)} % inference capacity), no extra training compute.`,
        ),
        this.form([labelled("Data centre", dc)], () => ({ type: "cxl_upgrade", turn, dcId: dc.value })),
      );
    } else if (this.tab === "talent") {
      const level = h(
        "select",
        { name: "level" },
        ...[1, 2, 3].map((l) =>
          opt(
            String(l),
            `Level ${l}: ${["scholarships", "national AI institute", "talent visas + labs"][l - 1]} — ${usd(cat.talentCost[l - 1])}, +${cat.talentGain[l - 1]} expertise`,
          ),
        ),
      );
      content = h(
        "div",
        {},
        h("h3", {}, "Talent programme"),
        this.form([labelled("Programme", level)], () => ({ type: "talent", turn, level: Number(level.value) })),
      );
    } else if (this.tab === "policy") {
      const policies: [string, string][] = [
        [
          "data_localisation",
          "Data localisation: +0.05 sovereignty, +3 support, −15 % GPUaaS revenue; a vendor-cloud control plane pays 50 % more in managed fees",
        ],
        [
          "power_subsidy",
          "Power subsidy: −25 % power price for your data centres, but the treasury pays the subsidy to every large user (2× your saving); +1 support a quarter",
        ],
        [
          "gpuaas_hub",
          "GPUaaS hub: rent out 60 % of GPU-hours instead of 30 %; costs 30 % of rental revenue (selling, support, down-market prices, G3–G5) + US$5M a quarter, and national models train on less compute",
        ],
        [
          "us_alignment",
          "US alignment: +50 % US licence volume and same-quarter approval, but −0.05 sovereignty and a no-Chinese-vendors condition on every licence",
        ],
      ];
      content = h(
        "div",
        {},
        h("h3", {}, "Policy"),
        ...policies.map(([id, label]) => {
          const on = Boolean(own.policies[id as keyof typeof own.policies]);
          return this.form([h("p", {}, `${label} — now ${on ? "ON" : "off"}`)], () => ({
            type: "policy",
            turn,
            policy: id as "data_localisation",
            enabled: !on,
          }));
        }),
      );
    } else {
      const integ = h("select", { name: "integrator" }, ...cat.integrators.map((i) => opt(i.id, i.name)));
      const amount = num("amount", 100, 10, 5000, 10);
      content = h(
        "div",
        {},
        h("h3", {}, "Strategic investment in an integrator"),
        h(
          "p",
          { class: "muted" },
          "US$100M+ buys priority in its allocation, a 3 % discount, expertise transfer and its share of the integrator's quarterly profit or loss (equity, not a bond: SK Telecom's US$200M bought ~10 % of Penguin, revenue ~US$1.2–1.44 B a year, facts.md C1, C2).",
        ),
        this.form([labelled("Integrator", integ), labelled("US$ M", amount)], () => ({
          type: "invest_integrator",
          turn,
          integrator: integ.value,
          amount: Number(amount.value),
        })),
        h("p", { class: "muted" }, "Trilateral partnership: build a joint-venture data centre (integrator + local partner) and hold an HBM agreement."),
      );
    }
    mount(this.formBox, content);
  }

  private catalogueTable(): HTMLElement {
    const v = this.view!;
    const s = beliefState(v, this.nation);
    const q = v.quarter.year * 4 + v.quarter.q;
    const e = this.view!.own.find((n) => n.id === this.nation)?.expertise ?? 50;
    const cols: [string, string][] = [
      ["Model", "Per GPU package; racks counted per GPU (facts.md §1)."],
      ["PF FP8", "PFLOPS FP8 dense (facts.md §0, §1: A1–A36; later parts are estimates or projections, E15)."],
      ["PF FP4", "PFLOPS FP4 dense, the inference rate (A4, A7, A12, A16, A29, A32; Hopper and MI300 have no FP4)."],
      ["HBM GB", "HBM per GPU and its generation (facts.md §1, M14)."],
      ["Scale-up", "GPUs in one NVLink/UALink domain: 8-GPU nodes vs NVL72 / Helios / NVL576 racks (A16, A27, A36)."],
      [
        "Training",
        `Training PF for your expertise: FP8 × scale-up efficiency (0.6 for 8-GPU nodes … 1.05 for 144+, estimate from A27, A35, A36) × (1 − AMD gap 10–30 %, A37).`,
      ],
      ["Inference", "Inference capacity (FP4 PF-equivalents): FP4 × HBM per FLOP factor × (1 − smaller AMD gap) (§1c, M27; estimate)."],
      ["kW", "All-in IT power per GPU (A40 ratio; estimates marked in the catalogue)."],
      [
        "US$ k now",
        "Street price this quarter: 2026 price (facts.md table) × 0.98 a quarter × 0.9 per newer generation of the maker, floor 40 %; HBM pass-through within its BOM share × (+20 %/−30 %) (M15, M16).",
      ],
      ["Trend", "Street price change over the last four quarters."],
      [
        "Rent US$/h",
        "GPUaaS rent this quarter inside the year's band (G1–G15: H100 US$1.70–2.95 in 2026, B200 US$2.25–6.03, MI300X US$1.71–1.85; 25 % lower per later year, G1).",
      ],
      ["Lead q", "Quarters from order to delivery before vendor and HBM effects (M29, M30)."],
      ["Cooling", "Rack-scale parts need direct liquid cooling (A7, A12, A17)."],
      ["From", "First quarter it can be ordered."],
    ];
    const yearAgo = s ? { ...s, quarter: { year: s.quarter.year - 1, q: s.quarter.q } } : null;
    return h(
      "div",
      { class: "table-wrap", tabindex: 0, role: "region", "aria-label": "NVIDIA vs AMD catalogue (scrolls sideways)" },
      h(
        "table",
        { class: "catalogue" },
        h("caption", {}, "NVIDIA vs AMD (per GPU; hover a heading for the formula and sources)"),
        h("thead", {}, h("tr", {}, ...cols.map(([x, tip]) => h("th", { scope: "col", title: tip }, x)))),
        h(
          "tbody",
          {},
          ...v.catalogue.accelerators.map((a) => {
            const now = s ? marketPriceK(s, a) : a.priceK;
            const before = yearAgo ? marketPriceK(yearAgo, a) : now;
            const trend =
              a.available.year * 4 + a.available.q > q - 4 ? "new" : `${now < before ? "−" : "+"}${Math.abs(Math.round((now / before - 1) * 100))} %`;
            const [lo, hi] = rentBandAt(a, v.quarter);
            return h(
              "tr",
              { class: a.available.year * 4 + a.available.q > q ? "future" : "" },
              h(
                "th",
                {
                  scope: "row",
                  title:
                    a.name.includes("projection") || a.name.includes("estimate")
                      ? "Not announced: figures are projections from the vendors' yearly cadence (E15, A36)."
                      : a.name,
                },
                a.name,
              ),
              h("td", {}, a.pf.toFixed(1)),
              h("td", {}, a.fp4Pf.toFixed(1)),
              h("td", {}, `${a.hbmGb} ${a.hbmGen.toUpperCase()}`),
              h("td", {}, a.scaleUp),
              h("td", {}, trainingValue(a, e).toFixed(1)),
              h("td", {}, inferenceValue(a, e).toFixed(1)),
              h("td", {}, a.kw.toFixed(1)),
              h("td", {}, now.toFixed(1)),
              h("td", {}, trend),
              h("td", { title: `Band this year ${usdPer(lo, "h")}–${usdPer(hi, "h")}` }, s ? marketRent(s, a).toFixed(2) : a.rentPerHour.toFixed(2)),
              h("td", {}, a.leadQuarters),
              h("td", {}, a.liquidOnly ? "liquid" : "air/liquid"),
              h("td", {}, `Q${a.available.q} ${a.available.year}`),
            );
          }),
        ),
      ),
    );
  }

  private drawList(): void {
    const v = this.view;
    const s = v && beliefState(v, this.nation);
    if (!v || !s) {
      mount(this.listBox);
      mount(this.previewBox);
      return;
    }
    mount(
      this.listBox,
      this.orders.length === 0
        ? h("p", { class: "muted" }, "No orders yet: the nation holds.")
        : h(
            "ol",
            {},
            ...this.orders.map((o, i) =>
              h(
                "li",
                {},
                describeOrder(s, o),
                " ",
                h("button", { class: "btn ghost small", "aria-label": `Remove order ${i + 1}`, onclick: () => this.deps.remove(i) }, "Remove"),
              ),
            ),
          ),
    );
    if (this.orders.length === 0) {
      mount(this.previewBox);
      return;
    }
    const p = previewOrders(s, this.nation, this.orders).difference;
    const parts = [
      p.pendingCompute > 0 ? `+${pf(p.pendingCompute)} on order${p.onlineBy ? ` (due ${p.onlineBy})` : ""}` : null,
      `${usd(p.treasury)} this quarter`,
      idxDelta(p.sovereignty) ? `sovereignty ${idxDelta(p.sovereignty)}` : null,
      p.expertise !== 0 ? `expertise ${p.expertise > 0 ? "+" : ""}${p.expertise.toFixed(1)}` : null,
    ].filter(Boolean);
    mount(
      this.previewBox,
      h(
        "p",
        { class: "preview-line", title: "Preview computed with the shared engine on a copy of your state (random events excluded)." },
        "Preview: ",
        parts.join(", "),
      ),
    );
  }
}
