/**
 * The orders drawer's forms, one component a tab: short forms with sensible defaults for every order type,
 * each with an "Add order" row that the shared engine checks as you type (illegal orders disabled with the
 * engine's reason, the money named for what it is). Values live in component state, so they survive every
 * server update; a form starts afresh on a new quarter.
 */
import type { ComponentChildren } from "preact";
import { useMemo } from "preact/hooks";
import { describeViolation } from "../../../shared/describe/refusals";
import { policyLines } from "../../../shared/describe/policies";
import type { BuildDcOrder, Order } from "../../../shared/protocol/orders";
import type { GameView } from "../../../shared/engine/view";
import type { GameState, MemoryMakerId, Nation } from "../../../shared/engine/state";
import { makerShares } from "../../../shared/engine/hbm";
import { validateOrder } from "../../../shared/engine/validate";
import { buildPlan, describePlan, gridAfter, powerChoice } from "../../../shared/engine/power";
import { findIntegrator, findPartner } from "../../../shared/engine/catalogue";
import { CLOUD_PROVIDERS } from "../../../shared/engine/cloud";
import { describeOrder } from "../../../shared/debrief/describe";
import { usd, usdPer } from "../format";
import { costLine, costWhy } from "../ui/cost-line";
import { Field, NumberInput, Select, chosen, useFields } from "./form-fields";
import type { Opt } from "./form-fields";
import { GpuCatalogue } from "./gpu-catalogue";
import { Why } from "./why";
import { PackageField } from "./package-field";
import { MemoryPreview } from "./memory-preview";

/** The result of sending an intent to the server. */
export type SendResult = { ok: true } | { ok: false; message: string };

/** What every order form reads and may do. */
export interface OrderCtx {
  v: GameView;
  own: Nation;
  /** This nation's orders already placed this quarter. */
  orders: Order[];
  /** The nation's state as the engine sees it from this seat's view (null without a seat). */
  belief: GameState | null;
  send(order: Order): Promise<SendResult>;
  setStatus(text: string): void;
}

/** The money line of an order form; with its computation on hover, focus and tap when it has one. */
function CostLine({ id, line, why }: { id: string; line: string; why: string | null }) {
  return why ? (
    <Why id={id} term="What it costs" class="muted cost" why={why}>
      {line}
    </Why>
  ) : (
    <span class="muted cost">{line}</span>
  );
}

/** A form whose submit row checks the order it would send against the engine (with the orders already placed). */
export function OrderForm({ ctx, build, children }: { ctx: OrderCtx; build: () => Order; children: ComponentChildren }) {
  const o = build();
  const s = ctx.belief;
  const r = s ? validateOrder(s, ctx.own.id, o, ctx.orders) : null;
  const reason = !s ? "No nation seat." : r && !r.ok ? describeViolation(r.error) : null;
  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const order = build();
    const res = await ctx.send(order);
    ctx.setStatus(res.ok ? `Added: ${s ? describeOrder(s, order) : order.type}.` : `Refused: ${res.message}`);
  };
  return (
    <form onSubmit={submit}>
      {children}
      <div class="submit-row">
        <button class="btn primary" type="submit" disabled={reason !== null}>
          Add order
        </button>
        {reason || !s ? <span class="muted cost" /> : <CostLine id={`cost-${o.type}`} line={costLine(s, ctx.own.id, o)} why={costWhy(s, ctx.own.id, o)} />}
        <p class="why">{reason ?? ""}</p>
      </div>
    </form>
  );
}

const dcOptions = (own: Nation): Opt[] => own.dataCentres.map((d) => [d.id, d.name, false, `${d.mw} MW · ${d.cooling} · ${d.status}`]);
const modelOptions = (v: GameView): Opt[] => v.catalogue.accelerators.map((a) => [a.id, a.name]);
const partnersOf = (v: GameView, own: Nation) => v.catalogue.localPartners.filter((p) => p.nation === own.id);

/** Found or expand a data centre, with the engine's build plan (permits, grid queue, build time) as you choose. */
export function DcTab({ ctx }: { ctx: OrderCtx }) {
  const { v, own } = ctx;
  const cat = v.catalogue;
  const turn = v.turn;
  const sites: Opt[] = own.sites.map((s) => [s.id, s.name]);
  const integrators: Opt[] = cat.integrators.map((i) => [i.id, i.name]);
  const partners: Opt[] = partnersOf(v, own).map((p) => [p.id, p.name]);
  const dcs = dcOptions(own);
  const [f, set] = useFields(() => ({
    site: "",
    mw: "20",
    cooling: "liquid",
    builder: "us",
    integrator: "",
    partner: "",
    siteKind: "greenfield",
    power: "grid",
  }));
  const [x, setX] = useFields(() => ({ dc: "", mw: "10" }));
  const build = (): BuildDcOrder => ({
    type: "build_dc",
    turn,
    site: chosen(f.site, sites),
    mw: Number(f.mw),
    cooling: f.cooling as "air" | "liquid",
    builder: f.builder as "us" | "local" | "jv",
    integrator: f.builder === "local" ? undefined : chosen(f.integrator, integrators),
    partner: f.builder === "us" ? undefined : chosen(f.partner, partners),
    siteKind: f.siteKind as "greenfield" | "brownfield",
    power: f.power as "grid" | "onsite" | "ppa",
  });
  const n = ctx.belief?.nations[own.id];
  let plan = "";
  if (ctx.belief && n) {
    const o = build();
    const p = buildPlan(
      n,
      o.mw,
      o.builder,
      o,
      o.integrator ? findIntegrator(cat, o.integrator) : undefined,
      o.partner ? findPartner(cat, o.partner) : undefined,
      { grid: gridAfter(ctx.belief, n, ctx.orders) },
    );
    plan = `Online in ${p.total} quarter${p.total === 1 ? "" : "s"}:${describePlan(p, powerChoice(o))}`;
  }
  const g = own.grid;
  return (
    <div>
      <h3>Found a data centre</h3>
      <Why
        id="grid-line"
        term="Grid"
        class="muted grid-line"
        why="Grid headroom is connected without waiting; beyond it a site joins the interconnection queue behind the MW already waiting, served by the grid's growth (facts.md D10–D12, D18, D23; nation figures in the scenario)."
      >
        {`Grid: ${Math.floor(g.headroomMw)} MW free, ${Math.round(g.queuedMw)} MW queued, +${g.growthMwPerYear} MW a year; shortest queue ${g.queueQuarters} quarters; permits ${g.permitQuarters} quarters.`}
      </Why>
      <OrderForm ctx={ctx} build={build}>
        <Field label="Site">
          <Select name="site" value={f.site} onValue={set("site")} options={sites} />
        </Field>
        <Field label="IT MW">
          <NumberInput name="mw" value={f.mw} onValue={set("mw")} min={1} max={500} />
        </Field>
        <Field label="Cooling">
          <Select
            name="cooling"
            value={f.cooling}
            onValue={set("cooling")}
            options={[
              ["liquid", "Direct liquid (PUE 1.15)"],
              ["air", "Air (PUE 1.5)"],
            ]}
          />
        </Field>
        <Field label="Builder">
          <Select
            name="builder"
            value={f.builder}
            onValue={set("builder")}
            options={[
              ["us", "US integrator (fast, runs it for you)"],
              ["local", "Local partner (slower, builds expertise)"],
              ["jv", "Joint venture (both)"],
            ]}
          />
        </Field>
        <Field label="Integrator">
          <Select name="integrator" value={f.integrator} onValue={set("integrator")} options={integrators} />
        </Field>
        <Field label="Local partner">
          <Select name="partner" value={f.partner} onValue={set("partner")} options={partners} />
        </Field>
        <Field label="Site kind">
          <Select
            name="siteKind"
            value={f.siteKind}
            onValue={set("siteKind")}
            title="Brownfield: an existing shell with power (ex-factory, converted hall), online in 1–4 quarters (D32, D33, N14), 10 % dearer (estimate), from a small stock per nation."
            options={[
              ["greenfield", "Greenfield", false, "permits, grid queue"],
              ["brownfield", "Brownfield shell", false, `with power, fast; ${Math.floor(own.grid.brownfieldMw)} MW left`],
            ]}
          />
        </Field>
        <Field label="Power">
          <Select
            name="power"
            value={f.power}
            onValue={set("power")}
            title="Grid price: facts.md §3b (D14–D22). On-site generation skips the grid queue, +US$1.2M capex per MW; a PPA waits for its plant, +US$0.3M per MW, fixed price. On-site and PPA prices and MW a year are estimates (docs/power-and-money.md)."
            options={[
              ["grid", `Grid (${usdPer(own.powerPrice, "MWh", 0)})`],
              ["onsite", `On-site (${usdPer(own.grid.onsitePrice, "MWh", 0)})`, false, "on-site generation, skips the grid queue, +capex"],
              ["ppa", `PPA (${usdPer(own.grid.ppaPrice, "MWh", 0)}, fixed)`, false, "power-purchase agreement: waits for its plant"],
            ]}
          />
        </Field>
        {plan ? (
          <Why
            id="dc-plan"
            term="Build plan"
            class="muted plan"
            why="Computed by the engine (shared/engine/power.ts). Build times: 1 GW greenfield in 1–3.6 years (D9), brownfield conversions in 4–6 months (D32, D33, N14); grid queues: APAC 18–36 months (D11), Europe up to 7 years (D10), India under 270 days (D12); power prices facts.md §3b (D14–D22). On-site generation skips the grid queue, +US$1.2M capex per MW; a PPA waits for its plant, +US$0.3M per MW, at a fixed price; on-site and PPA prices are estimates. A brownfield shell comes with power, 10 % dearer (estimate), from a small stock per nation."
          >
            {plan}
          </Why>
        ) : null}
      </OrderForm>
      <h3>Expand a data centre</h3>
      <OrderForm ctx={ctx} build={() => ({ type: "expand_dc", turn, dcId: chosen(x.dc, dcs), mw: Number(x.mw) })}>
        <Field label="Site">
          <Select name="dc" value={x.dc} onValue={setX("dc")} options={dcs} />
        </Field>
        <Field label="Add MW">
          <NumberInput name="mw" value={x.mw} onValue={setX("mw")} min={1} max={500} />
        </Field>
      </OrderForm>
    </div>
  );
}

/** Order GPUs (with the NVIDIA vs AMD catalogue) and sign an offtake with an anchor tenant. */
export function GpusTab({ ctx }: { ctx: OrderCtx }) {
  const { v, own } = ctx;
  const turn = v.turn;
  const models = modelOptions(v);
  const vendors: Opt[] = [
    ...v.catalogue.integrators.map((i): Opt => [i.id, `${i.name} (US)`]),
    ...partnersOf(v, own).map((p): Opt => [p.id, `${p.name} (local)`]),
  ];
  const dcs = dcOptions(own);
  const [f, set] = useFields(() => ({ model: "b200", quantity: "500", vendor: "", package: "fullstack", dc: "" }));
  const [o, setO] = useFields(() => ({ dc: "", share: "50", quarters: "8" }));
  // Prices and rents move once a quarter: the table is built once a quarter (and when expertise changes), not on every update.
  const expertise = own.expertise ?? 50;
  const hasBelief = ctx.belief !== null;
  const catalogue = useMemo(() => <GpuCatalogue v={v} s={ctx.belief} expertise={expertise} />, [v.turn, expertise, hasBelief]);
  return (
    <div>
      <h3>Order GPUs</h3>
      <OrderForm
        ctx={ctx}
        build={() => ({
          type: "order_gpus",
          turn,
          model: chosen(f.model, models),
          quantity: Number(f.quantity),
          vendor: chosen(f.vendor, vendors),
          package: f.package as "fullstack" | "components",
          dcId: chosen(f.dc, dcs),
        })}
      >
        <Field label="Model">
          <Select name="model" value={f.model} onValue={set("model")} options={models} />
        </Field>
        <Field label="Quantity">
          <NumberInput name="quantity" value={f.quantity} onValue={set("quantity")} min={1} max={1_000_000} />
        </Field>
        <Field label="Vendor">
          <Select name="vendor" value={f.vendor} onValue={set("vendor")} options={vendors} />
        </Field>
        <PackageField name="package" value={f.package} onValue={set("package")} />
        <Field label="Data centre">
          <Select name="dc" value={f.dc} onValue={set("dc")} options={dcs} />
        </Field>
      </OrderForm>
      {catalogue}
      <h3>Offtake: sign capacity to an anchor tenant</h3>
      <Why
        id="offtake-why"
        term="Offtake"
        class="muted"
        why="Sources: facts.md §5 (xAI 500 MW at HUMAIN, N22–N27; OpenAI offtake at Stargate UK, N45–N47); G14 demand mix. Locked rent = market rent at signing − 10 % (estimate)."
      >
        An AI lab takes a share of one site's GPUs for N quarters at today's rent less 10 %: steady revenue whatever rents do, but that share trains its models,
        not yours, and data localisation keeps it out.
      </Why>
      <OrderForm ctx={ctx} build={() => ({ type: "offtake", turn, dcId: chosen(o.dc, dcs), share: Number(o.share) / 100, quarters: Number(o.quarters) })}>
        <Field label="Data centre">
          <Select name="dc" value={o.dc} onValue={setO("dc")} options={dcs} />
        </Field>
        <Field label="Share %">
          <NumberInput name="share" value={o.share} onValue={setO("share")} min={10} max={90} step={10} />
        </Field>
        <Field label="Quarters">
          <NumberInput name="quarters" value={o.quarters} onValue={setO("quarters")} min={4} max={12} />
        </Field>
      </OrderForm>
    </div>
  );
}

/** Rent a hyperscaler's sovereign cloud. */
export function CloudTab({ ctx }: { ctx: OrderCtx }) {
  const { v } = ctx;
  const providers: Opt[] = Object.entries(CLOUD_PROVIDERS).map(([id, p]) => [id, `${p.name} — ${p.offer}`]);
  const models = modelOptions(v);
  const [f, set] = useFields(() => ({ provider: "", model: "b200", gpus: "1024", quarters: "4" }));
  return (
    <div>
      <h3>Rent a hyperscaler's sovereign cloud</h3>
      <Why
        id="cloud-why"
        term="Sovereign cloud price"
        class="muted"
        why="Price: the part's 2026 rent × 2.0 hyperscaler premium (facts.md G3, G4, G6–G8) × provider factor × 1.05 sovereign-region premium, −3 % per quarter committed beyond the first (at most −30 %, G8). Online next quarter at 80 % utilisation × 99.9 % SLA (G14, C19); control weight 0.15; no rental revenue; does not count as compute you run for the local-language model."
      >
        Capacity online next quarter with no capex: the fee is a running cost every quarter. The provider runs it, so it adds little sovereignty and cannot
        train the nation's own model (facts.md §5: Microsoft US$30 B UK, AWS ¥2.2 tn Japan, Delos on Azure, Stargate).
      </Why>
      <OrderForm
        ctx={ctx}
        build={() => ({
          type: "cloud_contract",
          turn: v.turn,
          provider: chosen(f.provider, providers) as "aws",
          model: chosen(f.model, models),
          gpus: Number(f.gpus),
          quarters: Number(f.quarters),
        })}
      >
        <Field label="Provider">
          <Select name="provider" value={f.provider} onValue={set("provider")} options={providers} />
        </Field>
        <Field label="Model">
          <Select name="model" value={f.model} onValue={set("model")} options={models} />
        </Field>
        <Field label="GPUs">
          <NumberInput name="gpus" value={f.gpus} onValue={set("gpus")} min={8} max={200_000} step={8} />
        </Field>
        <Field label="Quarters">
          <NumberInput name="quarters" value={f.quarters} onValue={set("quarters")} min={1} max={12} />
        </Field>
      </OrderForm>
    </div>
  );
}

/** HBM supply agreement (with the engine's preview of what it reserves) and CXL memory expansion. */
export function MemoryTab({ ctx }: { ctx: OrderCtx }) {
  const { v, own } = ctx;
  const cat = v.catalogue;
  const shares = makerShares(v.quarter.year);
  const makers: Opt[] = cat.memoryMakers.map((m) => [m.id, `${m.name} (${Math.round(shares[m.id] * 100)} % of HBM)`]);
  const dcs = dcOptions(own);
  const [f, set] = useFields(() => ({ maker: "", tb: "100", quarters: "4" }));
  const [c, setC] = useFields(() => ({ dc: "" }));
  const maker = chosen(f.maker, makers) as MemoryMakerId;
  const gb = Math.round(Number(f.tb) * 1000);
  return (
    <div>
      <h3>HBM supply agreement</h3>
      <p class="muted">
        Reserved HBM serves your due orders first when memory is sold out (facts.md M7–M10); the rest of the pool is shared in proportion to need.
      </p>
      <OrderForm ctx={ctx} build={() => ({ type: "memory_agreement", turn: v.turn, maker, gbPerQuarter: gb, quarters: Number(f.quarters) })}>
        <Field label="Maker">
          <Select name="maker" value={f.maker} onValue={set("maker")} options={makers} />
        </Field>
        <Field label="TB per quarter">
          <NumberInput name="tb" value={f.tb} onValue={set("tb")} min={1} max={50_000} />
        </Field>
        <Field label="Quarters">
          <NumberInput name="quarters" value={f.quarters} onValue={set("quarters")} min={1} max={12} />
        </Field>
      </OrderForm>
      <div aria-live="polite">
        {ctx.belief ? <MemoryPreview state={ctx.belief} nation={own.id} maker={maker} gbPerQuarter={gb} prior={ctx.orders} /> : null}
      </div>
      <h3>CXL memory expansion</h3>
      <Why
        id="cxl-why"
        term="CXL memory expansion"
        class="muted"
        why="A 2 TB CXL card (4 × 512 GB RDIMM, facts.md M24, M25) per 8-GPU server holds the KV cache of long-context inference (M27); DDR5 costs ~1/5–1/6 of HBM per GB (M18, M19). About 1/100 of HBM's bandwidth: it adds capacity, not FLOPS. The +30 % is the fact sheet's estimate (§2c, +20–40 %)."
      >
        {`${usdPer(cat.cxlPerGpuK * 1000, "GPU", 0)} per installed GPU: more concurrent inference sessions and longer contexts (+${Math.round(cat.cxlInferenceUplift * 100)} % inference capacity), no extra training compute.`}
      </Why>
      <OrderForm ctx={ctx} build={() => ({ type: "cxl_upgrade", turn: v.turn, dcId: chosen(c.dc, dcs) })}>
        <Field label="Data centre">
          <Select name="dc" value={c.dc} onValue={setC("dc")} options={dcs} />
        </Field>
      </OrderForm>
    </div>
  );
}

/** A talent programme at one of three levels. */
export function TalentTab({ ctx }: { ctx: OrderCtx }) {
  const cat = ctx.v.catalogue;
  const levels: Opt[] = [1, 2, 3].map((l) => [
    String(l),
    `Level ${l}: ${["scholarships", "national AI institute", "talent visas + labs"][l - 1]} — ${usd(cat.talentCost[l - 1])}, +${cat.talentGain[l - 1]} expertise`,
  ]);
  const [f, set] = useFields(() => ({ level: "1" }));
  return (
    <div>
      <h3>Talent programme</h3>
      <OrderForm ctx={ctx} build={() => ({ type: "talent", turn: ctx.v.turn, level: Number(f.level) })}>
        <Field label="Programme">
          <Select name="level" value={f.level} onValue={set("level")} options={levels} />
        </Field>
      </OrderForm>
    </div>
  );
}

/** Turn a policy on or off. */
export function PolicyTab({ ctx }: { ctx: OrderCtx }) {
  const { own } = ctx;
  return (
    <div>
      <h3>Policy</h3>
      {policyLines(own.policies).map(({ id, on, text }) => (
        <OrderForm key={id} ctx={ctx} build={() => ({ type: "policy", turn: ctx.v.turn, policy: id, enabled: !on })}>
          <p>{text}</p>
        </OrderForm>
      ))}
    </div>
  );
}

/** A strategic investment in an integrator. */
export function InvestTab({ ctx }: { ctx: OrderCtx }) {
  const integrators: Opt[] = ctx.v.catalogue.integrators.map((i) => [i.id, i.name]);
  const [f, set] = useFields(() => ({ integrator: "", amount: "100" }));
  return (
    <div>
      <h3>Strategic investment in an integrator</h3>
      <p class="muted">
        US$100M+ buys priority in its allocation, a 3 % discount, expertise transfer and its share of the integrator's quarterly profit or loss (equity, not a
        bond: SK Telecom's US$200M bought ~10 % of Penguin, revenue ~US$1.2–1.44 B a year, facts.md C1, C2).
      </p>
      <OrderForm
        ctx={ctx}
        build={() => ({ type: "invest_integrator", turn: ctx.v.turn, integrator: chosen(f.integrator, integrators), amount: Number(f.amount) })}
      >
        <Field label="Integrator">
          <Select name="integrator" value={f.integrator} onValue={set("integrator")} options={integrators} />
        </Field>
        <Field label="US$ M">
          <NumberInput name="amount" value={f.amount} onValue={set("amount")} min={10} max={5000} step={10} />
        </Field>
      </OrderForm>
      <p class="muted">Trilateral partnership: build a joint-venture data centre (integrator + local partner) and hold an HBM agreement.</p>
    </div>
  );
}
