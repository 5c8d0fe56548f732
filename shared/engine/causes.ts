/**
 * Why each headline figure moved this quarter: structured causes (a code, an amount in the figure's unit
 * and the parameters behind it), computed from the state before the quarter, the state being resolved and
 * the quarter's money flows. Pure; called once per nation from resolveTurn and kept on the nation
 * (Nation.lastTurn), so the seat's view carries it to the client. English comes from describeCause only.
 *
 * Every figure's causes sum to its change exactly: what the engine cannot attribute to a named cause
 * (rounding, caps at 0/100, event effects, deal adjustments) is a cause of its own with that name, never
 * silently dropped. The formulas mirror operations.ts, outcomes.ts, development.ts and money.ts.
 */
import type { Order } from "../protocol/orders";
import type { GameState, Nation, Quarter } from "./state";
import type { OperationsFigures } from "./operations";
import type { QuarterMoney } from "./money";
import { findAccelerator } from "./catalogue";
import { batchUtilisation, jvFee, managedFeeFactor } from "./operators";
import { FACILITY_OPEX_PER_MW, MANAGED_FEE_RATE } from "./costs";
import { orderCost } from "./order-cost";
import { dcPowerPrice } from "./power";
import { exportExposure, currentLicence, isSuspended } from "./licences";
import { expertiseGain } from "./development";
import { nationalTrainingShare, policySupport } from "./levers";
import { ALIGNMENT_SOVEREIGNTY, LOCALISATION_SOVEREIGNTY, POWER_SUBSIDY } from "./policy-rates";
import { SOVEREIGNTY_WEIGHTS as W } from "./score-rates";
import { scoreParts } from "./outcomes";
import { powInt } from "./det-math";

/** The headline figures that carry causes. */
export type FigureId = "treasury" | "compute" | "utilisation" | "sovereignty" | "expertise" | "support" | "capability" | "score" | "profit";

/** Unit of a figure's amounts: US$ M, peak PF, a 0..1 share, a 0..1 index, points (0..100 scales and score). */
export type FigureUnit = "usd_m" | "pf" | "share" | "index" | "points";

/** What moved a figure. */
export type CauseCode =
  | "deals_signed"
  | "order"
  | "deal_payments"
  | "licence_pledge"
  | "transfers"
  | "revenue_gpuaas"
  | "revenue_partnership"
  | "power"
  | "facility"
  | "managed_fees"
  | "jv_fees"
  | "other_running"
  | "unpaid_floor"
  | "budget"
  | "dc_compute"
  | "deal_compute"
  | "dc_utilisation"
  | "deal_utilisation"
  | "control_share"
  | "expertise_term"
  | "exposure_term"
  | "policy_term"
  | "rounding"
  | "orders_events"
  | "talent_drain"
  | "learning"
  | "drift"
  | "growth_bonus"
  | "milestone"
  | "unpaid"
  | "policy_support"
  | "training"
  | "score_part"
  | "revenue"
  | "running_costs"
  | "talent"
  | "financing";

/** One cause: its amount in the figure's unit (signed) and the parameters the describer fills in. */
export interface Cause {
  code: CauseCode;
  amount: number;
  params: Record<string, number | string>;
}

/** One figure before and after the quarter, with its causes (they sum to `change`). */
export interface FigureChange {
  figure: FigureId;
  unit: FigureUnit;
  before: number;
  after: number;
  change: number;
  causes: Cause[];
  /** The values the figure's formula read this quarter, where it has one (sovereignty: controlShare, expertise, exposure, policy). */
  inputs?: Record<string, number>;
}

/** A nation's resolved quarter: each headline figure with its causes, and the data centres that changed. */
export interface TurnCauses {
  /** The turn that was resolved. */
  turn: number;
  quarter: Quarter;
  figures: FigureChange[];
  /** Data centres founded, grown, brought online or given GPUs this quarter. */
  changedDcs: string[];
}

/** What resolveTurn knows about one nation's quarter when it calls turnCauses. */
export interface QuarterFacts {
  /** The state the quarter started from (before deals signed at the table) and after them (what orders were checked against). */
  input: GameState;
  base: GameState;
  /** The state being resolved (the nation's figures are final, its next budget not yet added). */
  state: GameState;
  nationId: string;
  /** Operations figures measured this quarter (before development). */
  figures: OperationsFigures;
  /** Peak PF online last quarter (the last history row). */
  prevCompute: number;
  /** Partnership revenue (stakes in integrators) of the quarter, US$ M. */
  partnership: number;
  /** Treasury just before revenue and running costs were booked. */
  treasuryBeforeMoney: number;
  unpaid: boolean;
  money: QuarterMoney;
  /** What the nation's orders took from the treasury. */
  spent: number;
}

const EPS = 1e-9;

/** The nation's quarter, explained: every headline figure with its change and causes. */
export function turnCauses(q: QuarterFacts): TurnCauses {
  const n = q.state.nations[q.nationId];
  const n0 = q.input.nations[q.nationId];
  const nb = q.base.nations[q.nationId] ?? n0;
  const eMid = expertiseBeforeDevelop(q.state, n);
  const figures = [
    treasuryChange(q, n, n0, nb, eMid),
    computeChange(q, n, n0),
    utilisationChange(q, n, n0),
    sovereigntyChange(q, n, n0),
    expertiseChange(q, n, n0, eMid),
    supportChange(q, n, n0),
    capabilityChange(q, n, n0, eMid),
    scoreChange(q, n, n0),
    profitChange(q, n),
  ];
  return { turn: q.state.turn, quarter: q.state.quarter, figures, changedDcs: changedDcs(n0, n) };
}

function figure(id: FigureId, unit: FigureUnit, before: number, after: number, causes: Cause[]): FigureChange {
  const change = after - before;
  const known = causes.reduce((s, c) => s + c.amount, 0);
  const rest = change - known;
  const all = Math.abs(rest) > EPS ? [...causes, { code: "rounding" as const, amount: rest, params: {} }] : causes;
  return { figure: id, unit, before, after, change, causes: all.filter((c) => Math.abs(c.amount) > EPS) };
}

function cause(code: CauseCode, amount: number, params: Record<string, number | string> = {}): Cause {
  return { code, amount, params };
}

/** The figures of an order a treasury cause names: its type and scalar fields (not its turn), and a GPU model's catalogue name (shared/describe/causes.ts writes the label). */
export function orderFigures(state: GameState, o: Order): Record<string, number | string> {
  const out: Record<string, number | string> = { type: o.type };
  for (const [k, v] of Object.entries(o)) if (k !== "turn" && k !== "type" && (typeof v === "number" || typeof v === "string")) out[k] = v;
  if ("model" in o && typeof o.model === "string") out.modelName = findAccelerator(state.catalogue, o.model)?.name ?? o.model;
  return out;
}

// ---- Treasury -------------------------------------------------------------------------------------------

function treasuryChange(q: QuarterFacts, n: Nation, n0: Nation, nb: Nation, eMid: number): FigureChange {
  const causes: Cause[] = [];
  causes.push(cause("deals_signed", nb.treasury - n0.treasury));
  let orders = 0;
  for (const o of n.lastOrders) {
    const cost = o.type === "sign_quote" ? 0 : orderCost(q.base, nb, o);
    if (o.type === "sign_quote" || cost > 0) {
      orders += cost;
      causes.push(cause("order", -cost, orderFigures(q.state, o)));
    }
  }
  // Signed quotes are priced by the negotiation at the table: what the orders took, less the priced ones.
  const quoteOrders = n.lastOrders.filter((o) => o.type === "sign_quote");
  if (quoteOrders.length) {
    const each = (q.spent - orders) / quoteOrders.length;
    for (const c of causes) if (c.params.type === "sign_quote") c.amount = -each;
  } else if (Math.abs(q.spent - orders) > EPS) causes.push(cause("order", -(q.spent - orders), { type: "adjustment" }));
  // Between the orders and the money: events, deal payments and licence pledges.
  const between = q.treasuryBeforeMoney - (nb.treasury - q.spent);
  const payments = dealPayments(q, n.id);
  const lic = currentLicence(n, q.state.turn);
  const pledge = lic && lic.pledgePerQuarter > 0 && !isSuspended(lic, q.state.turn) ? lic.pledgePerQuarter : 0;
  causes.push(cause("deal_payments", payments));
  causes.push(cause("licence_pledge", -pledge, { pledge }));
  causes.push(cause("transfers", between - payments + pledge));
  // Revenue and running costs.
  causes.push(cause("revenue_gpuaas", q.figures.revenue, { computePf: round(q.figures.effectiveCompute, 1) }));
  causes.push(cause("revenue_partnership", q.partnership));
  const run = runningCosts(q.state, { ...n, expertise: eMid });
  causes.push(cause("power", -run.power, { mwh: Math.round(run.mwh), pricePerMwh: round(run.mwh > 0 ? (run.power * 1e6) / run.mwh : n.powerPrice, 1) }));
  causes.push(cause("facility", -run.facility, { mw: run.mw }));
  causes.push(cause("managed_fees", -run.managed, { rate: MANAGED_FEE_RATE }));
  causes.push(cause("jv_fees", -run.jv));
  causes.push(cause("other_running", -(q.figures.opex - run.power - run.facility - run.managed - run.jv)));
  const afterMoney = q.treasuryBeforeMoney + q.figures.revenue + q.partnership - q.figures.opex;
  causes.push(cause("unpaid_floor", q.unpaid ? n.treasury - afterMoney : 0));
  causes.push(cause("budget", n.budgetPerQuarter));
  return figure("treasury", "usd_m", n0.treasury, n.treasury + n.budgetPerQuarter, causes);
}

/** Cash paid to the nation out of other nations' deal escrow this quarter, US$ M. */
function dealPayments(q: QuarterFacts, id: string): number {
  let paid = 0;
  for (const d of q.state.deals ?? []) {
    if (d.from !== id && d.to !== id) continue;
    const other = d.from === id ? d.to : d.from;
    const was = q.base.deals?.find((x) => x.id === d.id)?.escrow[other] ?? 0;
    paid += Math.max(0, was - (d.escrow[other] ?? 0));
  }
  return paid;
}

/** The running costs measureNation adds up, by kind (power, facility, managed fees, JV fees), US$ M. */
export function runningCosts(state: GameState, n: Nation): { power: number; facility: number; managed: number; jv: number; mwh: number; mw: number } {
  const out = { power: 0, facility: 0, managed: 0, jv: 0, mwh: 0, mw: 0 };
  const hours = state.catalogue.hoursPerQuarter;
  for (const dc of n.dataCentres) {
    if (dc.mwOnline <= 0) continue;
    const installedKw = dc.gpus.reduce((kw, g) => kw + g.count * (findAccelerator(state.catalogue, g.model)?.kw ?? 0), 0);
    const productive = installedKw > 0 ? Math.min(1, (dc.mwOnline * 1000) / installedKw) : 0;
    const pue = state.catalogue.pue[dc.cooling];
    for (const g of dc.gpus) {
      const a = findAccelerator(state.catalogue, g.model);
      if (!a || g.count === 0) continue;
      const u = batchUtilisation(state, n, dc, g, a);
      const mwh = ((g.count * productive * a.kw) / 1000) * (0.3 + 0.7 * u) * pue * hours;
      out.mwh += mwh;
      out.power += (mwh * dcPowerPrice(n, dc) * (n.policies.power_subsidy ? 1 - POWER_SUBSIDY : 1)) / 1e6;
      if (g.operator === "integrator") out.managed += g.value * MANAGED_FEE_RATE * managedFeeFactor(n, dc, g);
      out.jv += jvFee(dc, g);
    }
    out.facility += dc.mwOnline * FACILITY_OPEX_PER_MW;
    out.mw += dc.mwOnline;
  }
  return out;
}

// ---- Compute and utilisation --------------------------------------------------------------------------

/** Peak PF and effective PF of one data centre as measureNation counts it (utilisation as stored on the site). */
function dcPeak(state: GameState, dc: Nation["dataCentres"][number]): number {
  if (dc.mwOnline <= 0) return 0;
  const installedKw = dc.gpus.reduce((kw, g) => kw + g.count * (findAccelerator(state.catalogue, g.model)?.kw ?? 0), 0);
  const productive = installedKw > 0 ? Math.min(1, (dc.mwOnline * 1000) / installedKw) : 0;
  return dc.gpus.reduce((s, g) => s + g.count * productive * (findAccelerator(state.catalogue, g.model)?.pf ?? 0), 0);
}

function gpuCount(dc: Nation["dataCentres"][number] | undefined): number {
  return dc ? dc.gpus.reduce((s, g) => s + g.count, 0) : 0;
}

function computeChange(q: QuarterFacts, n: Nation, n0: Nation): FigureChange {
  const causes: Cause[] = [];
  let dcSum = 0;
  for (const dc of n.dataCentres) {
    const old = n0.dataCentres.find((d) => d.id === dc.id);
    const d = dcPeak(q.state, dc) - (old ? dcPeak(q.input, old) : 0);
    dcSum += d;
    if (Math.abs(d) > EPS)
      causes.push(
        cause("dc_compute", d, { dc: dc.name, dcId: dc.id, gpusAdded: gpuCount(dc) - gpuCount(old), mwBefore: old?.mwOnline ?? 0, mwAfter: dc.mwOnline }),
      );
  }
  const before = n0.history.at(-1)?.compute ?? 0;
  const after = n.history.at(-1)?.compute ?? round(q.figures.compute, 1); // the row computeOutcomes just wrote: what the dashboard shows
  // Leases, shared sites and cloud capacity (and last quarter's rounding): the rest of the change.
  causes.push(cause("deal_compute", after - before - dcSum));
  return figure("compute", "pf", before, after, causes);
}

function utilisationChange(q: QuarterFacts, n: Nation, n0: Nation): FigureChange {
  const before = n0.history.at(-1)?.utilisation ?? 0;
  const after = n.history.at(-1)?.utilisation ?? round(q.figures.utilisation, 3); // the row computeOutcomes just wrote (measured after development)
  const P1 = q.figures.compute;
  const causes: Cause[] = [];
  if (P1 > EPS) {
    // u1 − u0 = Σ_dc [(e1 − u0·p1) − (e0 − u0·p0)] / P1 + the deals' and cloud's part: each site's pull above or below last quarter's average.
    for (const dc of n.dataCentres) {
      const old = n0.dataCentres.find((d) => d.id === dc.id);
      const p1 = dcPeak(q.state, dc),
        p0 = old ? dcPeak(q.input, old) : 0;
      const u1 = q.figures.dcUtilisation[dc.id] ?? 0,
        u0 = old?.utilisation ?? 0;
      const d = (p1 * u1 - before * p1 - (p0 * u0 - before * p0)) / P1;
      if (Math.abs(d) > 1e-4)
        causes.push(
          cause("dc_utilisation", d, {
            dc: dc.name,
            dcId: dc.id,
            utilBefore: round(u0, 3),
            utilAfter: round(u1, 3),
            pfBefore: round(p0, 1),
            pfAfter: round(p1, 1),
            expertise: round(n.expertise, 1),
          }),
        );
    }
  }
  const known = causes.reduce((s, c) => s + c.amount, 0);
  causes.push(cause("deal_utilisation", after - before - known));
  return figure("utilisation", "share", before, after, causes);
}

// ---- Sovereignty ----------------------------------------------------------------------------------------

function policyTerm(n: Nation): number {
  return (n.policies.data_localisation ? LOCALISATION_SOVEREIGNTY : 0) - (n.policies.us_alignment ? ALIGNMENT_SOVEREIGNTY : 0);
}

function sovereigntyChange(q: QuarterFacts, n: Nation, n0: Nation): FigureChange {
  // sovereigntyIndex reads the exposure at history.length before its row is pushed: one less than now.
  const x0 = exportExposure(n0, Math.max(0, n0.history.length - 1)),
    x1 = exportExposure(n, n.history.length - 1);
  const cs0 = n0.history.length ? (n0.sovereignty - W.expertise * (n0.expertise / 100) - W.exposure * (1 - x0) - policyTerm(n0)) / W.control : undefined;
  // The share after is read back from the index as computeOutcomes set it (it measured after development), unless capped.
  const cs1 =
    n.sovereignty > 0 && n.sovereignty < 1
      ? (n.sovereignty - W.expertise * (n.expertise / 100) - W.exposure * (1 - x1) - policyTerm(n)) / W.control
      : q.figures.controlShare;
  const causes: Cause[] = [];
  if (cs0 !== undefined) causes.push(cause("control_share", W.control * (cs1 - cs0), { before: round(cs0, 3), after: round(cs1, 3) }));
  causes.push(cause("expertise_term", (W.expertise * (n.expertise - n0.expertise)) / 100, { before: round(n0.expertise, 1), after: round(n.expertise, 1) }));
  causes.push(cause("exposure_term", -W.exposure * (x1 - x0), { before: x0, after: x1 }));
  causes.push(cause("policy_term", policyTerm(n) - policyTerm(n0)));
  return {
    ...figure("sovereignty", "index", n0.sovereignty, n.sovereignty, causes),
    inputs: { controlShare: round(cs1, 3), expertise: round(n.expertise, 1), exposure: x1, policy: policyTerm(n) },
  };
}

// ---- Expertise, support, capability ------------------------------------------------------------------------

/** Expertise just before development (after talent orders and events), from develop's step inverted. */
function expertiseBeforeDevelop(state: GameState, n: Nation): number {
  const g = expertiseGain(state, n);
  const denom = 0.995 - g / 120;
  if (n.expertise <= 0 || n.expertise >= 100 || denom <= 0) return n.expertise;
  return (n.expertise - g) / denom;
}

function expertiseChange(q: QuarterFacts, n: Nation, n0: Nation, eMid: number): FigureChange {
  const g = expertiseGain(q.state, n);
  const talent = n.lastOrders.find((o) => o.type === "talent");
  return figure("expertise", "points", n0.expertise, n.expertise, [
    cause("orders_events", eMid - n0.expertise, { talentLevel: talent?.type === "talent" ? talent.level : 0 }),
    cause("talent_drain", -0.005 * eMid),
    cause("learning", g * (1 - eMid / 120), { gain: round(g, 2), sites: n.dataCentres.length }),
  ]);
}

function supportChange(q: QuarterFacts, n: Nation, n0: Nation): FigureChange {
  const milestone = n.milestoneTurn === q.state.turn ? 6 : 0;
  const growth = q.figures.compute > q.prevCompute * 1.1 && q.figures.compute > 0 ? 2 : 0;
  const unpaid = q.unpaid ? -4 : 0;
  const policy = policySupport(n);
  const causes: Cause[] = [];
  if (n.support > 0 && n.support < 100) {
    // develop: s1 = 0.9 × (s + milestone) + 5 + growth + unpaid + policy (no cap reached), inverted for s.
    const sPre = (n.support - 5 - growth - unpaid - policy) / 0.9 - milestone;
    causes.push(cause("orders_events", sPre - n0.support));
    causes.push(cause("milestone", milestone));
    causes.push(cause("drift", 0.1 * (50 - (sPre + milestone)), { toward: 50 }));
  }
  causes.push(cause("growth_bonus", growth, { computeBefore: round(q.prevCompute, 1), computeAfter: round(q.figures.compute, 1) }));
  causes.push(cause("unpaid", unpaid));
  causes.push(cause("policy_support", policy));
  return figure("support", "points", n0.support, n.support, causes);
}

function capabilityChange(q: QuarterFacts, n: Nation, n0: Nation, eMid: number): FigureChange {
  void eMid;
  const share = nationalTrainingShare(n);
  return figure("capability", "points", n0.capability, n.capability, [
    cause("training", n.capability - n0.capability, {
      domesticPf: round(q.figures.domesticCompute, 1),
      trainingShare: round(share, 2),
      expertise: round(n.expertise, 1),
    }),
  ]);
}

// ---- Score and profit ---------------------------------------------------------------------------------------

function scoreChange(q: QuarterFacts, n: Nation, n0: Nation): FigureChange {
  const p0 = scoreParts(q.input, n0, n0.history.at(-1)?.effectiveCompute ?? 0);
  const p1 = scoreParts(q.state, n, n.history.at(-1)?.effectiveCompute ?? q.figures.effectiveCompute);
  const causes = Object.keys(p1).map((k) => cause("score_part", p1[k] - (p0[k] ?? 0), { part: k, before: round(p0[k] ?? 0, 1), after: round(p1[k], 1) }));
  return figure("score", "points", n0.score, n.score, causes);
}

function profitChange(q: QuarterFacts, n: Nation): FigureChange {
  const m = q.money;
  return figure("profit", "usd_m", n.cumulativeProfit - m.profit, n.cumulativeProfit, [
    cause("revenue", m.revenue),
    cause("running_costs", -m.opex),
    cause("talent", -m.talent),
    cause("financing", -m.financing, { capitalEmployed: round(n.capitalEmployed, 0), rate: 0.01 }),
  ]);
}

// ---- Data centres -------------------------------------------------------------------------------------------

function changedDcs(n0: Nation, n: Nation): string[] {
  return n.dataCentres
    .filter((dc) => {
      const old = n0.dataCentres.find((d) => d.id === dc.id);
      return !old || old.status !== dc.status || old.mw !== dc.mw || old.mwOnline !== dc.mwOnline || gpuCount(old) !== gpuCount(dc);
    })
    .map((dc) => dc.id);
}

function round(x: number, d: number): number {
  const k = powInt(10, d);
  return Math.round(x * k) / k + 0; // + 0 turns −0 into 0 (a state must survive JSON unchanged)
}

// The words of figures and causes are the describer's (shared/describe/causes.ts).

/**
 * The change to show beside a figure now: its value now minus its value before the last resolved quarter.
 * For the treasury that includes next quarter's budget (booked after the history row) and cash moved by
 * deals signed since, so "US$1.50B ▼ US$230M" always leads to the US$1.27B shown.
 */
export function shownChange(t: TurnCauses | undefined, id: FigureId, now: number): number {
  const f = t?.figures.find((x) => x.figure === id);
  return f ? now - f.before : 0;
}
