/**
 * Vendor quotes: ask an integrator or local partner for GPUs, read its price, lead time, SLA and
 * sovereignty terms (each figure explains itself on hover, focus and tap), counter-offer on any of them
 * (the vendor accepts, meets halfway or refuses, always with a reason) and sign, which places a
 * `sign_quote` order the engine re-checks at resolution. The server answers; this panel asks.
 */
import type { Order } from "../../../shared/protocol/orders";
import type { QuoteAsk, QuoteRequest } from "../../../shared/protocol/deals";
import type { Quote } from "../../../shared/engine/quotes";
import { termEffects, type ToldQuoteAnswer as QuoteAnswer } from "../../../shared/describe/quotes";
import { beliefState } from "../../../shared/ai/belief";
import type { GameView } from "../../../shared/engine/view";
import type { Nation } from "../../../shared/engine/state";
import { dueLabel } from "../../../shared/engine/due";
import { pf, quarter, usd, usdK } from "../format";
import { Field, NumberInput, Select, chosen, useFields } from "./form-fields";
import type { Opt } from "./form-fields";
import type { SendResult } from "./order-forms";
import { QFig } from "./qfig";
import { useNegotiation } from "./negotiation";
import { NegotiationPanel, SignRow } from "./negotiation-panel";
import { PackageField } from "./package-field";

/** What the panel may ask of the page. */
export interface QuoteActions {
  requestQuote(request: QuoteRequest, asks: QuoteAsk[]): Promise<{ ok: true; quote: Quote; answers: QuoteAnswer[] } | { ok: false; message: string }>;
  addOrder(order: Order): Promise<SendResult>;
}

type Current = { quote: Quote; answers: QuoteAnswer[] };

/** The vendor's answers to your counter-offers, in order. */
export function Answers({ answers }: { answers: { outcome: string; reason: string }[] }) {
  if (!answers.length) return null;
  return (
    <ol class="answers">
      {answers.map((x, i) => (
        <li key={i} class={`answer ${x.outcome}`}>
          <strong>{`Counter-offer ${i + 1}: ${x.outcome === "halfway" ? "met halfway" : x.outcome}. `}</strong>
          {x.reason}
        </li>
      ))}
    </ol>
  );
}

/** The request form: vendor, model, quantity, package and the data centre the GPUs go to. */
function RequestForm({ v, own, onAsk }: { v: GameView; own: Nation; onAsk(r: QuoteRequest): void }) {
  const vendors: Opt[] = [
    ...v.catalogue.integrators.map((i): Opt => [i.id, `${i.name} (US integrator)`]),
    ...v.catalogue.localPartners.filter((p) => p.nation === own.id).map((p): Opt => [p.id, `${p.name} (local partner)`]),
  ];
  const models: Opt[] = v.catalogue.accelerators.map((a) => [a.id, `${a.name} · ${a.pf} PF · ${a.maker === "nvidia" ? "NVIDIA" : "AMD"}`]);
  const dcs: Opt[] = own.dataCentres.map((d) => [d.id, d.name, false, `${d.mw} MW · ${d.cooling}`]);
  const [f, set] = useFields(() => ({ vendor: "", model: "b200", quantity: "512", package: "fullstack", dc: "" }));
  const submit = (e: Event): void => {
    e.preventDefault();
    onAsk({
      vendor: chosen(f.vendor, vendors),
      model: chosen(f.model, models),
      quantity: Math.round(Number(f.quantity)),
      package: f.package as "fullstack" | "components",
      dcId: chosen(f.dc, dcs),
    });
  };
  return (
    <form class="quote-request" onSubmit={submit}>
      <Field label="Vendor">
        <Select name="q-vendor" value={f.vendor} onValue={set("vendor")} options={vendors} />
      </Field>
      <Field label="Model">
        <Select name="q-model" value={f.model} onValue={set("model")} options={models} />
      </Field>
      <Field label="Quantity">
        <NumberInput name="q-quantity" value={f.quantity} onValue={set("quantity")} min={1} max={1_000_000} />
      </Field>
      <PackageField name="q-package" value={f.package} onValue={set("package")} />
      <Field label="Data centre">
        <Select name="q-dc" value={f.dc} onValue={set("dc")} options={dcs} />
      </Field>
      <button class="btn primary" type="submit">
        Ask for a quote
      </button>
    </form>
  );
}

const SLAS = [99, 99.5, 99.9, 99.95];

/** A quote's figures, the vendor's answers, the counter-offer controls (defaults from this quote) and the sign button. */
function QuoteView({ v, own, c, ask, sign }: { v: GameView; own: Nation; c: Current; ask(a: QuoteAsk): void; sign(): void }) {
  const q = c.quote;
  const a = v.catalogue.accelerators.find((x) => x.id === q.request.model);
  const expires = q.expiresTurn - v.turn;
  const due = dueLabel(v.quarter, q.leadQuarters);
  const [f, set] = useFields(() => ({
    price: (q.unitPrice * 1000 * 0.95).toFixed(1),
    lead: String(Math.max(1, q.leadQuarters - 1)),
    operator: q.operator === "vendor" ? "nation" : "vendor",
    sla: String(SLAS.find((x) => x > q.slaUptime) ?? 99.95),
  }));
  const belief = beliefState(v, own.id);
  const fx = belief ? termEffects(belief, own.id, q) : null;
  return (
    <>
      <h3>{`${q.vendorName}: ${q.request.quantity.toLocaleString("en-US")} × ${a?.name ?? q.request.model}, ${q.request.package === "fullstack" ? "full-stack AI factory" : "components"}`}</h3>
      <div class="qfigs">
        <QFig
          id="quote-price"
          label="Price per GPU"
          value={usdK(q.unitPrice)}
          why="Catalogue price through this vendor and package (facts.md §1, C8, C17), × 1.05 when HBM was sold out last quarter, × 1.03 export compliance for a licence-bound buyer, × 0.98 for a returning customer, then your counter-offers."
        />
        <QFig id="quote-total" label="Total" value={usd(q.total)} why="Price per GPU × quantity; paid when the quote is signed (held like any GPU order)." />
        <QFig
          id="quote-compute"
          label="Peak compute"
          value={pf((a?.pf ?? 0) * q.request.quantity)}
          why="PFLOPS FP8 dense of these GPUs once installed (facts.md §1)."
        />
        <QFig
          id="quote-lead"
          label="Lead time"
          value={`${q.leadQuarters} quarter${q.leadQuarters > 1 ? "s" : ""} (due ${due})`}
          why="Quarters until delivery if HBM and packaging allow (facts.md M1–M14, E11)."
        />
        <QFig
          id="quote-sla"
          label="SLA uptime"
          value={q.slaUptime > 0 ? `${q.slaUptime.toFixed(2)} %` : "best effort"}
          why={`${fx?.uptime ?? ""} Monthly availability (facts.md §7e, C19–C22).`.trim()}
        />
        <QFig id="quote-response" label="Fault response" value={`${q.responseHours} h`} why="Hours to respond to a fault under this contract (estimate)." />
        <QFig id="quote-operator" label="Operated by" value={q.operator === "vendor" ? "the vendor" : "your nation"} why={fx?.operator ?? ""} />
        <QFig id="quote-mgmt" label="Management software" value={q.mgmtSoftware === "in-country" ? "in the country" : "vendor cloud"} why={fx?.mgmt ?? ""} />
        <QFig id="quote-data" label="Data" value="in the country" why={fx?.data ?? ""} />
        <QFig
          id="quote-valid"
          label="Valid"
          value={expires <= 0 ? "this quarter only" : `${expires + 1} quarters`}
          why="Quotes expire with the quarter they are made in: prices and allocations move."
        />
      </div>
      {fx ? (
        <ul class="effects muted" aria-label="What these terms do once signed">
          <li>{fx.uptime}</li>
          <li>{fx.operator}</li>
          <li>{fx.mgmt}</li>
        </ul>
      ) : null}
      <Answers answers={c.answers} />
      <h4>Counter-offer</h4>
      <div class="row">
        <Field label="Price US$ k/GPU">
          <NumberInput
            name="ask-price"
            value={f.price}
            onValue={set("price")}
            min={1}
            max={1_000_000}
            step={0.1}
            mode="decimal"
            label="Your price per GPU, US$ k"
          />
        </Field>
        <button class="btn" type="button" onClick={() => ask({ unitPrice: Number(f.price) / 1000 })}>
          Offer this price
        </button>
      </div>
      <div class="row">
        <Field label="Lead time (quarters)">
          <NumberInput name="ask-lead" value={f.lead} onValue={set("lead")} min={1} max={12} label="Lead time you ask, quarters" />
        </Field>
        <button class="btn" type="button" onClick={() => ask({ leadQuarters: Math.round(Number(f.lead)) })}>
          Ask for this lead time
        </button>
      </div>
      <div class="row">
        <Field label="Operator">
          <Select
            name="ask-operator"
            label="Who operates"
            value={f.operator}
            onValue={set("operator")}
            options={[
              ["nation", "We operate it"],
              ["vendor", "Vendor operates it"],
            ]}
          />
        </Field>
        <button class="btn" type="button" onClick={() => ask({ operator: f.operator as "vendor" | "nation" })}>
          Ask
        </button>
      </div>
      {q.slaUptime > 0 ? (
        <div class="row">
          <Field label="SLA">
            <Select name="ask-sla" label="SLA you ask, percent" value={f.sla} onValue={set("sla")} options={SLAS.map((x): Opt => [String(x), `${x} %`])} />
          </Field>
          <button
            class="btn"
            type="button"
            title="±4 % of the price per point of availability (99–99.95 %, facts.md C19–C21; estimate)."
            onClick={() => ask({ slaUptime: Number(f.sla) })}
          >
            Ask for this SLA
          </button>
        </div>
      ) : null}
      {q.mgmtSoftware !== "in-country" ? (
        <div class="row">
          <button class="btn" type="button" onClick={() => ask({ mgmtInCountry: true })}>
            Ask for management software in the country
          </button>
        </div>
      ) : null}
      <SignRow label={`Sign for ${usd(q.total)}`} onSign={sign} />
    </>
  );
}

/** The "Vendor quotes" tab of the orders drawer (mount it keyed by turn: a quote expires with its quarter). */
export function QuotePanel({ v, own, actions }: { v: GameView; own: Nation; actions: QuoteActions }) {
  const { request, asks, current, answered, status, ask, sign } = useNegotiation<QuoteRequest, QuoteAsk, Current>({
    waiting: "Waiting for the vendor…",
    failed: "No quote",
    send: async (req, next) => {
      const r = await actions.requestQuote(req, next);
      return r.ok ? { ok: true, current: { quote: r.quote, answers: r.answers } } : r;
    },
    heard: (c, countered) => (countered ? `${c.quote.vendorName} answered your counter-offer.` : `${c.quote.vendorName} sent a quote.`),
    order: (req, next) => ({ type: "sign_quote", turn: v.turn, ...req, asks: next }),
    addOrder: (o) => actions.addOrder(o),
    signed: `Signed: the order is in your list for ${quarter(v.quarter)}.`,
  });
  return (
    <NegotiationPanel
      class="quote-panel"
      label="Vendor quotes"
      heading="Ask a vendor for a quote"
      form={<RequestForm v={v} own={own} onAsk={(r) => void ask(r, [])} />}
      terms={
        current && request ? <QuoteView key={answered} v={v} own={own} c={current} ask={(a) => void ask(request, asks, a)} sign={() => void sign()} /> : null
      }
      placeholder="A vendor's answer shows here: price, lead time, SLA and who controls the cluster. You can counter-offer before you sign."
      status={status}
    />
  );
}
