/**
 * US export controls as they are after 13 May 2025 (facts.md §6): the AI Diffusion Rule and its country
 * tiers and caps were rescinded (E5, E16); the US grants licences bilaterally, with volumes and conditions
 * (19 Nov 2025: up to 35,000 GB300-equivalents each for G42 and HUMAIN, with security and reporting
 * conditions, N20, N21, E21), and revokes them when a condition is broken.
 *
 * - Control class: every accelerator of A100/H100 class or above is controlled (E1, E17). The game takes
 *   0.6 PF FP8 dense as the line (estimate: the 2023 rule's performance threshold of TPP 4,800 ÷ 8 bits);
 *   every part in the catalogue is above it, so nothing is "standard" for a licence-bound buyer.
 * - Allies (Korea, Japan, EU, UK, Australia) and India (a strategic trade partner whose only country cap was
 *   the rescinded rule, E3, E5) buy up to ALLY_LICENCE_FREE a year without a licence; beyond that, or for a
 *   licence-bound buyer (the UAE, Saudi Arabia) from the first GPU, a licence is needed.
 * - Negotiation, like a vendor quote (quotes.ts): ask for a volume and years → the US answers with a volume
 *   and conditions → counter-offers (more volume for an investment pledge in the US or stricter conditions)
 *   → sign (`sign_licence` order, re-derived at resolution). The US's base offer is 35,000 GB300-equivalents
 *   a year for a Gulf buyer (N20, E21; taken as yearly, estimate), twice that for an ally above its free volume.
 *   Ceiling = base × (1 + 0.25 for no Chinese vendors + 0.25 for an ally accepting audits) + 10,000
 *   H100-eq a year per US$ PLEDGE_PER_10K M pledged a quarter, at most MAX_MULTIPLE × base (estimates: the
 *   Gulf pledges of US investment, N27, bought licence volume). Licence-bound buyers cannot drop audits or
 *   reporting (E21).
 * - US alignment (policy): +50 % volume and approval the quarter it is signed (otherwise from the next
 *   quarter), but every licence then carries the no-Chinese-vendors condition, and the policy costs
 *   sovereignty (outcomes.ts). Estimates.
 * - Breach: a missed pledge payment suspends the licence for SUSPENSION_QUARTERS with a public event; a
 *   review event can suspend licences (all, or those without audits). Suspended, no new controlled orders.
 */
import { conditionLabel } from "../describe/licences";
import type { LicenceAsk, LicenceCondition, LicenceRequest } from "../protocol/licences";
import type { Order, SignLicenceOrder } from "../protocol/orders";
import type { Accelerator, ExportLicence, GameState, Nation } from "./state";
import { gameEvent } from "./event-types";
import type { GameEvent, SuspensionReason } from "./event-types";
import type { ValidationResult } from "./errors";
import { OK, reject } from "./errors";
import { findAccelerator } from "./catalogue";
import { ALIGNMENT_BONUS } from "./policy-rates";

/** FP8 dense PF from which an accelerator is export-controlled (estimate from the 2023 rule, E1, E17). */
export const CONTROL_THRESHOLD_PF = 0.6;
/** H100 FP8 dense PF, the unit of H100-equivalents (A1, A2). */
export const H100_PF = 1.98;
/** The Gulf licences of Nov 2025: 35,000 GB300-equivalents (N20, N21, E21) in H100-equivalents (GB300 5 PF, A12). */
export const GULF_LICENCE_H100_PER_YEAR = Math.round((35_000 * 5) / H100_PF);
/** H100-equivalents a year an ally buys without a licence (estimate: above Korea's yearly share of its 260,000 Blackwell deal, N4). */
export const ALLY_LICENCE_FREE_H100_PER_YEAR = 200_000;
/** US$ M a quarter of investment pledged in the US per extra 10,000 H100-equivalents a year (estimate, N27). */
export const PLEDGE_PER_10K = 20;
/** Largest licence as a multiple of the base offer (estimate). */
export const MAX_MULTIPLE = 2;
/** Quarters a breach suspends a licence (estimate). */
export const SUSPENSION_QUARTERS = 2;
/** Bounds of the licence climate factor events move. */
export const LICENCE_FACTOR_RANGE: [number, number] = [0.3, 1.5];

/** Control class the rules apply: the catalogue's label, but never "standard" at or above the threshold. */
export function controlClass(a: Accelerator): "standard" | "controlled" | "frontier" {
  if (a.exportClass === "frontier") return "frontier";
  return a.pf >= CONTROL_THRESHOLD_PF ? "controlled" : a.exportClass;
}

/** H100-equivalents of an accelerator count (by FP8 PFLOPS, H100 = 1.98 PF; A1). */
export function h100Eq(a: Accelerator, quantity: number): number {
  return (quantity * a.pf) / H100_PF;
}

/** True when the nation needs a licence for its first controlled GPU. */
export function needsLicence(n: Nation): boolean {
  return n.exportStatus === "licence";
}

/** H100-equivalents a year the nation buys without any licence. */
export function licenceFreeVolume(n: Nation): number {
  if (needsLicence(n)) return 0;
  return ALLY_LICENCE_FREE_H100_PER_YEAR * (n.policies.us_alignment ? 1 + ALIGNMENT_BONUS : 1);
}

/** The licence in force on `turn` (signed, not expired; suspended ones included), if any. */
export function currentLicence(n: Nation, turn: number): ExportLicence | undefined {
  return (n.licences ?? []).find((l) => l.fromTurn <= turn && l.toTurn >= turn);
}

/** True when the licence is suspended on `turn`. */
export function isSuspended(l: ExportLicence, turn: number): boolean {
  return l.suspendedUntil !== null && l.suspendedUntil >= turn;
}

/** The US's offer after a negotiation: what signing would grant. */
export interface LicenceOffer {
  request: LicenceRequest;
  volume: number;
  conditions: LicenceCondition[];
  pledgePerQuarter: number;
  fromTurn: number;
  toTurn: number;
  /** Largest volume the US would grant with the conditions and pledge so far. */
  ceiling: number;
  /** Last turn it can be signed. */
  expiresTurn: number;
}

/** The figures of each thing the US says about a term of a counter-offer (shared/describe/licence-answers.ts writes it). */
export interface LicenceSaidParams {
  "audit/required": Record<string, never>;
  "audit/dropped": Record<string, never>;
  "audit/added": Record<string, never>;
  "vendors/no_chinese": Record<string, never>;
  "pledge/set": { pledge: number };
  "pledge/none": Record<string, never>;
  "volume/granted": { volume: number };
  "volume/ceiling": { volume: number };
  "volume/refused": { volume: number };
  keeps: Record<string, never>;
}

/** What the US says about one term of a counter-offer: a code and its figures. */
export type LicenceSaid = { [C in keyof LicenceSaidParams]: { code: C; params: LicenceSaidParams[C] } }[keyof LicenceSaidParams];

/** The US's answer to one counter-offer (same shape as a vendor's): the outcome and what it said, term by term. */
export interface LicenceAnswer {
  outcome: "accepted" | "halfway" | "refused";
  said: LicenceSaid[];
}

/** Base volume the US offers this nation now, H100-equivalents a year. */
export function baseVolume(n: Nation): number {
  const base = needsLicence(n) ? GULF_LICENCE_H100_PER_YEAR : 2 * GULF_LICENCE_H100_PER_YEAR;
  return Math.round(base * (n.licenceFactor ?? 1) * (n.policies.us_alignment ? 1 + ALIGNMENT_BONUS : 1));
}

function ceilingOf(n: Nation, conditions: LicenceCondition[], pledge: number): number {
  const base = baseVolume(n);
  const bonus = (conditions.includes("no_chinese_vendors") ? 0.25 : 0) + (!needsLicence(n) && conditions.includes("security_audit") ? 0.25 : 0);
  return Math.round(Math.min(MAX_MULTIPLE * base, base * (1 + bonus) + (pledge / PLEDGE_PER_10K) * 10_000));
}

/** The US's first answer to a licence request, or why it will not answer. */
export function licenceOfferFor(
  state: GameState,
  nationId: string,
  req: LicenceRequest,
): { ok: true; offer: LicenceOffer } | Extract<ValidationResult, { ok: false }> {
  const n = state.nations[nationId];
  if (!n) return reject("order/unknown_nation", { nation: nationId });
  const conditions: LicenceCondition[] = needsLicence(n) ? ["reporting", "security_audit"] : ["reporting"];
  if (n.policies.us_alignment) conditions.push("no_chinese_vendors");
  const ceiling = ceilingOf(n, conditions, 0);
  const offer: LicenceOffer = {
    request: req,
    volume: Math.min(req.volume, ceiling),
    conditions,
    pledgePerQuarter: 0,
    fromTurn: state.turn + (n.policies.us_alignment ? 0 : 1),
    toTurn: state.turn + req.years * 4 - 1,
    ceiling,
    expiresTurn: state.turn,
  };
  return { ok: true, offer };
}

/** Apply one counter-offer: the US accepts, meets halfway or refuses, always with a reason. */
export function counterLicence(n: Nation, o: LicenceOffer, ask: LicenceAsk): { offer: LicenceOffer; answer: LicenceAnswer } {
  const next: LicenceOffer = { ...o, conditions: [...o.conditions] };
  const said: LicenceSaid[] = [];
  let outcome: LicenceAnswer["outcome"] = "accepted";
  const worst = (x: LicenceAnswer["outcome"]): void => {
    const rank = { accepted: 0, halfway: 1, refused: 2 };
    if (rank[x] > rank[outcome]) outcome = x;
  };
  const add = (c: LicenceCondition): void => {
    if (!next.conditions.includes(c)) next.conditions.push(c);
  };
  if (ask.securityAudit === false && next.conditions.includes("security_audit")) {
    if (needsLicence(n)) {
      worst("refused");
      said.push({ code: "audit/required", params: {} });
    } else {
      next.conditions = next.conditions.filter((c) => c !== "security_audit");
      said.push({ code: "audit/dropped", params: {} });
    }
  }
  if (ask.securityAudit === true && !next.conditions.includes("security_audit")) {
    add("security_audit");
    said.push({ code: "audit/added", params: {} });
  }
  if (ask.noChineseVendors === true && !next.conditions.includes("no_chinese_vendors")) {
    add("no_chinese_vendors");
    said.push({ code: "vendors/no_chinese", params: {} });
  }
  if (ask.pledgePerQuarter !== undefined && ask.pledgePerQuarter !== next.pledgePerQuarter) {
    next.pledgePerQuarter = Math.round(ask.pledgePerQuarter * 10) / 10;
    if (next.pledgePerQuarter > 0) add("us_investment");
    else next.conditions = next.conditions.filter((c) => c !== "us_investment");
    said.push(next.pledgePerQuarter > 0 ? { code: "pledge/set", params: { pledge: next.pledgePerQuarter } } : { code: "pledge/none", params: {} });
  }
  next.ceiling = ceilingOf(n, next.conditions, next.pledgePerQuarter);
  if (ask.volume !== undefined && ask.volume > next.volume) {
    if (ask.volume <= next.ceiling) {
      next.volume = ask.volume;
      said.push({ code: "volume/granted", params: { volume: ask.volume } });
    } else if (next.ceiling > next.volume) {
      worst("halfway");
      next.volume = next.ceiling;
      said.push({ code: "volume/ceiling", params: { volume: next.ceiling } });
    } else {
      worst("refused");
      said.push({ code: "volume/refused", params: { volume: next.ceiling } });
    }
  }
  next.volume = Math.min(next.volume, next.ceiling);
  if (said.length === 0) said.push({ code: "keeps", params: {} });
  return { offer: next, answer: { outcome, said } };
}

/** The offer after every counter-offer, in order (what `sign_licence` signs). */
export function negotiateLicence(
  state: GameState,
  nationId: string,
  req: LicenceRequest,
  asks: LicenceAsk[],
): { ok: true; offer: LicenceOffer; answers: LicenceAnswer[] } | Extract<ValidationResult, { ok: false }> {
  const first = licenceOfferFor(state, nationId, req);
  if (!first.ok) return first;
  let offer = first.offer;
  const answers: LicenceAnswer[] = [];
  for (const ask of asks) {
    const r = counterLicence(state.nations[nationId], offer, ask);
    offer = r.offer;
    answers.push(r.answer);
  }
  return { ok: true, offer, answers };
}

function priorLicence(state: GameState, n: Nation, prior: Order[]): LicenceOffer | undefined {
  const o = prior.filter((p): p is SignLicenceOrder => p.type === "sign_licence").pop();
  if (!o) return undefined;
  const { type: _t, turn: _turn, asks, ...req } = o;
  const r = negotiateLicence(state, n.id, req, asks);
  return r.ok ? r.offer : undefined;
}

/** H100-equivalents a year the nation may order this turn (licence-free volume + the licence in force). */
export function exportAllowance(
  state: GameState,
  n: Nation,
  prior: Order[] = [],
): { allowance: number; licence?: ExportLicence; suspended: boolean; signed?: LicenceOffer } {
  const signed = priorLicence(state, n, prior);
  if (signed && signed.fromTurn <= state.turn) return { allowance: licenceFreeVolume(n) + signed.volume, suspended: false, signed };
  const l = currentLicence(n, state.turn);
  const suspended = l !== undefined && isSuspended(l, state.turn);
  return { allowance: licenceFreeVolume(n) + (l && !suspended ? l.volume : 0), licence: l, suspended, signed };
}

/** The export part of a GPU order's check: controlled parts within the licence-free volume and the licence. */
export function checkExport(state: GameState, n: Nation, a: Accelerator, quantity: number, prior: Order[]): ValidationResult {
  if (controlClass(a) === "standard") return OK;
  const priorEq = prior
    .filter((p): p is Extract<Order, { type: "order_gpus" | "sign_quote" }> => p.type === "order_gpus" || p.type === "sign_quote")
    .reduce((s, p) => {
      const pa = findAccelerator(state.catalogue, p.model);
      return s + (pa && controlClass(pa) !== "standard" ? h100Eq(pa, p.quantity) : 0);
    }, 0);
  const used = n.exportUsedThisYear + priorEq;
  const eq = h100Eq(a, quantity);
  const { allowance, licence, suspended, signed } = exportAllowance(state, n, prior);
  if (used + eq <= allowance + 1e-6) return OK;
  if (suspended) return reject("export/restricted", { nation: n.name, suspendedUntil: licence!.suspendedUntil ?? 0, model: a.name });
  if (signed && signed.fromTurn > state.turn) return reject("export/restricted:licence_signed_quarter", { model: a.name });
  if (!licence && !signed && needsLicence(n)) {
    return reject("export/restricted:export_controlled_class", { model: a.name, controlClass: controlClass(a), nation: n.name });
  }
  return reject("export/cap_reached", {
    nation: n.name,
    allowance: Math.round(allowance),
    licence: Math.round((licence ?? signed)?.volume ?? 0),
    licenceFree: needsLicence(n) ? 0 : Math.round(licenceFreeVolume(n)),
    used: Math.round(used),
    eq: Math.round(eq),
  });
}

/** Grant a signed licence (replaces any older one). */
export function grantLicence(state: GameState, n: Nation, offer: LicenceOffer, events: GameEvent[]): void {
  const id = `${n.id}-lic${state.nextId++}`;
  n.licences = n.licences ?? [];
  for (const l of n.licences) if (l.toTurn >= state.turn) l.toTurn = Math.min(l.toTurn, offer.fromTurn - 1);
  n.licences = n.licences.filter((l) => l.toTurn >= l.fromTurn);
  n.licences.push({
    id,
    volume: offer.volume,
    conditions: [...offer.conditions],
    pledgePerQuarter: offer.pledgePerQuarter,
    fromTurn: offer.fromTurn,
    toTurn: offer.toTurn,
    suspendedUntil: null,
  });
  events.push(
    gameEvent(
      state.turn,
      null,
      "policy",
      "licence/granted",
      {
        nation: n.id,
        volume: offer.volume,
        toTurn: offer.toTurn,
        now: offer.fromTurn === state.turn,
        conditions: offer.conditions,
        pledge: offer.pledgePerQuarter,
      },
      { sources: ["N20", "N21", "E21"] },
    ),
  );
}

/** A condition in words (written in shared/describe/licences.ts). */
export { conditionLabel };

/** Suspend a licence with a public event. */
export function suspendLicence(state: GameState, n: Nation, l: ExportLicence, quarters: number, why: SuspensionReason, events: GameEvent[]): void {
  l.suspendedUntil = Math.max(l.suspendedUntil ?? 0, state.turn + quarters);
  events.push(gameEvent(state.turn, null, "policy", "licence/suspended", { nation: n.id, until: l.suspendedUntil, reason: why }, { sources: ["E5", "E21"] }));
}

/** Each quarter: pay investment pledges; a missed payment is a breach that suspends the licence. */
export function runLicences(state: GameState, events: GameEvent[]): void {
  for (const id of state.order) {
    const n = state.nations[id];
    const l = currentLicence(n, state.turn);
    if (!l || l.pledgePerQuarter <= 0 || isSuspended(l, state.turn)) continue;
    if (n.treasury - l.pledgePerQuarter >= n.treasuryFloor) {
      n.treasury -= l.pledgePerQuarter;
      events.push(gameEvent(state.turn, id, "finance", "licence/pledge_paid", { pledge: l.pledgePerQuarter }));
    } else {
      suspendLicence(state, n, l, SUSPENSION_QUARTERS, { why: "missed_pledge", pledge: l.pledgePerQuarter }, events);
    }
  }
}

/** Effect of a licence-volume event: scale held and future volumes within LICENCE_FACTOR_RANGE (never unlimited). */
export function scaleLicences(n: Nation, factor: number): void {
  const [lo, hi] = LICENCE_FACTOR_RANGE;
  const before = n.licenceFactor ?? 1;
  n.licenceFactor = Math.min(hi, Math.max(lo, before * factor));
  const applied = n.licenceFactor / before;
  for (const l of n.licences) l.volume = Math.round(l.volume * applied);
}

/** Effect of a licence review: suspend the nation's licence (or only if it has no security audits). */
export function reviewLicence(state: GameState, n: Nation, quarters: number, unlessAudited: boolean, events: GameEvent[]): void {
  const l = currentLicence(n, state.turn);
  if (!l || (unlessAudited && l.conditions.includes("security_audit"))) return;
  suspendLicence(state, n, l, quarters, unlessAudited ? { why: "no_audit" } : { why: "breach" }, events);
}

/** Export exposure (0..1) for the sovereignty index: US silicon for all, more for licence-bound buyers and each condition. */
export function exportExposure(n: Nation, turn: number): number {
  const l = currentLicence(n, turn);
  if (l && isSuspended(l, turn)) return 0.75;
  const base = needsLicence(n) ? 0.375 : 0.125;
  return Math.min(1, base + 0.05 * (l ? l.conditions.length : 0));
}
