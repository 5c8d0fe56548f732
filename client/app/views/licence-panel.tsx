/**
 * US export licences: ask Washington for a yearly volume of H100-equivalents, read its answer (volume,
 * conditions, approval date; each figure explains itself on hover, focus and tap), counter-offer (more
 * volume for an investment pledge or stricter conditions; the US accepts, meets halfway or refuses, always
 * with a reason) and sign, which places a `sign_licence` order the engine re-checks at resolution.
 * Follows the vendor-quote panel (quote-panel.tsx).
 */
import type { Order } from "../../../shared/protocol/orders";
import type { LicenceAsk, LicenceRequest } from "../../../shared/protocol/licences";
import type { LicenceOffer } from "../../../shared/engine/licences";
import type { ToldLicenceAnswer as LicenceAnswer } from "../../../shared/describe/licence-answers";
import { ALLY_LICENCE_FREE_H100_PER_YEAR, conditionLabel, currentLicence, isSuspended, PLEDGE_PER_10K } from "../../../shared/engine/licences";
import type { GameView } from "../../../shared/engine/view";
import type { Nation } from "../../../shared/engine/state";
import { pf, quarter, usd } from "../format";
import { Field, NumberInput, useFields } from "./form-fields";
import type { SendResult } from "./order-forms";
import { QFig } from "./qfig";
import { useNegotiation } from "./negotiation";
import { NegotiationPanel, SignRow } from "./negotiation-panel";
import { Answers } from "./quote-panel";

/** What the panel may ask of the page. */
export interface LicenceActions {
  requestLicence(
    request: LicenceRequest,
    asks: LicenceAsk[],
  ): Promise<{ ok: true; offer: LicenceOffer; answers: LicenceAnswer[] } | { ok: false; message: string }>;
  addOrder(order: Order): Promise<SendResult>;
}

type Current = { offer: LicenceOffer; answers: LicenceAnswer[] };
const eq = (v: number): string => `${Math.round(v).toLocaleString("en-US")} H100-eq/yr`;

/** Where the nation stands (licence-bound or an ally's free volume, the licence in force) and the request form. */
function RequestForm({ v, own, onAsk }: { v: GameView; own: Nation; onAsk(r: LicenceRequest): void }) {
  const [f, set] = useFields(() => ({ volume: "88384", years: "2" }));
  const held = currentLicence(own, v.turn);
  const status =
    own.exportStatus === "licence"
      ? "Every accelerator in the catalogue is export-controlled for your nation: you need a US licence before you order any (facts.md E1, E17, N20, E21)."
      : `Your nation buys up to ${eq(ALLY_LICENCE_FREE_H100_PER_YEAR)} without a licence (no country caps since 13 May 2025, facts.md E5); a licence adds volume beyond that.`;
  const licenceLine = held
    ? `Licence in force: ${eq(held.volume)} until turn ${held.toTurn}${isSuspended(held, v.turn) ? `, SUSPENDED until after turn ${held.suspendedUntil}` : ""}; conditions: ${held.conditions.map(conditionLabel).join(", ")}. Used this year: ${eq(own.exportUsedThisYear)}.`
    : `No licence in force. Used this year: ${eq(own.exportUsedThisYear)}.`;
  const submit = (e: Event): void => {
    e.preventDefault();
    onAsk({ volume: Math.round(Number(f.volume)), years: Math.round(Number(f.years)) });
  };
  return (
    <form class="quote-request" onSubmit={submit}>
      <p class="muted">{status}</p>
      <p>{licenceLine}</p>
      <Field label="H100-equivalents a year">
        <NumberInput name="l-volume" value={f.volume} onValue={set("volume")} min={1000} max={2_000_000} step={1000} />
      </Field>
      <Field label="Years">
        <NumberInput name="l-years" value={f.years} onValue={set("years")} min={1} max={4} />
      </Field>
      <button class="btn primary" type="submit">
        Ask for a licence
      </button>
    </form>
  );
}

/** Washington's terms, its answers, the counter-offer controls (defaults from this offer) and the sign button. */
function OfferView({ v, c, ask, sign }: { v: GameView; c: Current; ask(a: LicenceAsk): void; sign(): void }) {
  const o = c.offer;
  const [f, set] = useFields(() => ({ volume: String(Math.round(o.volume * 1.5)), pledge: String(Math.max(PLEDGE_PER_10K, o.pledgePerQuarter)) }));
  const approved = o.fromTurn === v.turn ? "this quarter (US alignment fast-track)" : "from next quarter";
  return (
    <>
      <h3>{`Washington: ${eq(o.volume)} for ${o.request.years} year${o.request.years > 1 ? "s" : ""}`}</h3>
      <div class="qfigs">
        <QFig
          id="licence-volume"
          label="Volume"
          value={eq(o.volume)}
          why="H100-equivalents a calendar year, by FP8 PFLOPS (H100 = 1.98 PF). The Nov 2025 Gulf licences were up to 35,000 GB300-equivalents each (N20, N21, E21)."
        />
        <QFig
          id="licence-compute"
          label="Peak compute a year"
          value={pf(o.volume * 1.98)}
          why="PFLOPS FP8 dense this volume buys each year, in any mix of parts."
        />
        <QFig
          id="licence-ceiling"
          label="Largest on these terms"
          value={eq(o.ceiling)}
          why={`Washington goes up to its base offer × (1 + 25 % for no Chinese vendors, + 25 % for an ally accepting audits) + 10,000 a year per ${usd(PLEDGE_PER_10K)} a quarter pledged, at most twice the base offer (estimates).`}
        />
        <QFig
          id="licence-conditions"
          label="Conditions"
          value={o.conditions.map(conditionLabel).join(", ")}
          why="Each condition costs 0.05 of export exposure in the sovereignty index; breaking one (a missed pledge payment) suspends the licence with a public event (licences.ts)."
        />
        <QFig
          id="licence-pledge"
          label="Pledge"
          value={o.pledgePerQuarter > 0 ? `${usd(o.pledgePerQuarter)} a quarter` : "none"}
          why="Investment in the US paid every quarter of the licence (estimate; Gulf buyers pledged US investment, N27). A missed payment is a breach."
        />
        <QFig id="licence-approved" label="Approved" value={approved} why="Approval takes a quarter (estimate); the US-alignment policy fast-tracks it." />
        <QFig
          id="licence-until"
          label="Valid until"
          value={`turn ${o.toTurn}`}
          why="A licence runs for the years you ask; signing a new one replaces the old."
        />
        <QFig
          id="licence-offer-valid"
          label="Offer valid"
          value={`this quarter only (${quarter(v.quarter)})`}
          why="Like a vendor quote, the terms last for the quarter they are given in."
        />
      </div>
      <Answers answers={c.answers} />
      <h4>Counter-offer</h4>
      <div class="row">
        <Field label="Volume (H100-eq/yr)">
          <NumberInput
            name="ask-volume"
            value={f.volume}
            onValue={set("volume")}
            min={1000}
            max={2_000_000}
            step={1000}
            label="Volume you ask, H100-equivalents a year"
          />
        </Field>
        <button class="btn" type="button" onClick={() => ask({ volume: Math.round(Number(f.volume)) })}>
          Ask for this volume
        </button>
      </div>
      <div class="row">
        <Field label="Pledge US$ M/quarter">
          <NumberInput
            name="ask-pledge"
            value={f.pledge}
            onValue={set("pledge")}
            min={0}
            max={5000}
            mode="decimal"
            label="Investment pledged in the US, US$ M a quarter"
          />
        </Field>
        <button class="btn" type="button" onClick={() => ask({ pledgePerQuarter: Number(f.pledge) })}>
          Offer this pledge
        </button>
      </div>
      {!o.conditions.includes("no_chinese_vendors") ? (
        <div class="row">
          <button class="btn" type="button" onClick={() => ask({ noChineseVendors: true })}>
            Accept: no Chinese vendors
          </button>
        </div>
      ) : null}
      {o.conditions.includes("security_audit") ? (
        <div class="row">
          <button class="btn" type="button" onClick={() => ask({ securityAudit: false })}>
            Ask to drop the audits
          </button>
        </div>
      ) : (
        <div class="row">
          <button class="btn" type="button" onClick={() => ask({ securityAudit: true })}>
            Accept on-site security audits
          </button>
        </div>
      )}
      <SignRow label={`Sign the licence (${eq(o.volume)})`} onSign={sign} />
    </>
  );
}

/** The "Export licence" tab of the orders drawer (mount it keyed by turn: an offer lasts one quarter). */
export function LicencePanel({ v, own, actions }: { v: GameView; own: Nation; actions: LicenceActions }) {
  const { request, asks, current, answered, status, ask, sign } = useNegotiation<LicenceRequest, LicenceAsk, Current>({
    waiting: "Waiting for Washington…",
    failed: "No answer",
    send: async (req, next) => {
      const r = await actions.requestLicence(req, next);
      return r.ok ? { ok: true, current: { offer: r.offer, answers: r.answers } } : r;
    },
    heard: (_c, countered) => (countered ? "Washington answered your counter-offer." : "Washington sent its terms."),
    order: (req, next) => ({ type: "sign_licence", turn: v.turn, ...req, asks: next }),
    addOrder: (o) => actions.addOrder(o),
    signed: `Signed: the licence is in your orders for ${quarter(v.quarter)}.`,
  });
  return (
    <NegotiationPanel
      class="quote-panel licence-panel"
      label="US export licence"
      heading="Ask Washington for an export licence"
      form={<RequestForm v={v} own={own} onAsk={(r) => void ask(r, [])} />}
      terms={current && request ? <OfferView key={answered} v={v} c={current} ask={(a) => void ask(request, asks, a)} sign={() => void sign()} /> : null}
      placeholder="Washington's answer shows here: volume, conditions and approval date. Counter-offer before you sign."
      status={status}
    />
  );
}
