/**
 * Binding deals between nations, enforced by the engine. A deal is signed during the orders phase
 * (both sides agreed) and enters the next resolution as input, before the orders, so replay is exact.
 *
 * At signing: every cash sum (now + per quarter × quarters) leaves the giver's treasury; the "now" part
 * goes to the other side at once and the rest is held in escrow and paid out one quarter at a time. An
 * HBM transfer splits the giver's memory agreement for the deal's quarters. A GPU lease or a share of a
 * data centre moves effective compute (operations.ts) for the deal's quarters; the giver must have the
 * GPUs installed and not leased already. Joint training gives both sides +1 expertise point a
 * quarter and the capability a quarter of the partner's nation-run compute would train (estimate), with
 * limits: one joint-training item per deal and one programme in force per pair of nations (refused with
 * deal/joint_training_limit); a nation's researchers are shared among its programmes, so k programmes in
 * force each give 1/k of the gain (diminishing returns, no stacking); and the GPU-hours each side pools
 * cannot be rented out: −10 % rental revenue per programme, at most −30 % (estimate). Statements are not binding: they go to the promise ledger.
 * A deal that could not be covered is refused when proposed, accepted and signed, so a nation can never
 * lack what it promised. Money, GPUs and HBM are conserved across deals (tested).
 */
import type { DealItem, DealTerms } from "../protocol/deals";
import type { Order } from "../protocol/orders";
import type { GameState, Nation } from "./state";
import { gameEvent } from "./event-types";
import type { GameEvent } from "./event-types";
import type { ValidationResult } from "./errors";
import { OK, reject } from "./errors";
import { findAccelerator } from "./catalogue";
import { findDc } from "./costs";
import { moneyAvailable } from "./order-cost";
import { measureNation } from "./operations";
import { activeAt, giverOf, jointPrograms, otherOf } from "./lease-compute";
export { activeAt, dealCompute, giverOf, JOINT_COMPUTE_COST, jointPrograms, jointTrainingLoad, LEASE_UTILISATION, otherOf } from "./lease-compute";
import { clamp } from "./events";

/** A signed deal in force. */
export interface ActiveDeal extends DealTerms {
  id: string;
  signedTurn: number;
  /** Last turn whose resolution carries it out. */
  untilTurn: number;
  /** Cash still held for each payer, US$ M. */
  escrow: Record<string, number>;
}

/** A non-binding statement, kept for the debrief. */
export interface PromiseEntry {
  turn: number;
  from: string;
  to: string;
  text: string;
  dealId: string;
}

/** Share of a partner's nation-run compute a joint training programme pools for the other side (estimate). */
export const JOINT_POOL_SHARE = 0.25;
/** Expertise points each side of a joint training programme gains a quarter, before diminishing returns (estimate). */
export const JOINT_EXPERTISE = 1;

/**
 * Capability `n` gains this quarter from training jointly with `partner`: the development formula
 * (development.ts) applied to the share of the partner's nation-run compute that is pooled.
 */
export function jointTrainingGain(state: GameState, n: Nation, partner: Nation): number {
  const pooled = JOINT_POOL_SHARE * Math.max(0, measureNation(state, partner).domesticCompute);
  return Math.sqrt(pooled) * (0.3 + 0.7 * (n.expertise / 100)) * 0.5;
}

/** True when the pair already runs a joint-training programme that overlaps [from, to], or one is being signed this turn. */
function pairTrains(deals: readonly DealTerms[], a: string, b: string): boolean {
  return deals.some((d) => ((d.from === a && d.to === b) || (d.from === b && d.to === a)) && d.items.some((it) => it.kind === "joint_training"));
}

/** The same items with every giver swapped: the terms as the other side would propose them (a counter-offer). */
export function flipGivers(items: DealItem[]): DealItem[] {
  return items.map((it) => ("giver" in it ? { ...it, giver: it.giver === "from" ? "to" : "from" } : { ...it }) as DealItem);
}
/** Cash a nation must put up for a deal, US$ M. */
export function dealCashOf(d: DealTerms, nation: string): number {
  return d.items.reduce((s, it) => s + (it.kind === "cash" && giverOf(d, it) === nation ? it.now + it.perQuarter * d.quarters : 0), 0);
}

/** GPUs of a model a nation has installed. */
function installed(n: Nation, model: string): number {
  return n.dataCentres.reduce((s, dc) => s + dc.gpus.filter((g) => g.model === model).reduce((x, g) => x + g.count, 0), 0);
}

/** GPUs of a model a nation has leased out in `deals` in force during [from, to], plus in `extra` (deals being signed). */
export function leasedOut(deals: readonly ActiveDeal[], nation: string, model: string, from: number, to: number, extra: DealTerms[] = []): number {
  let n = 0;
  for (const d of deals) {
    if (d.untilTurn < from || d.signedTurn > to) continue;
    for (const it of d.items) if (it.kind === "gpu_lease" && it.model === model && giverOf(d, it) === nation) n += it.count;
  }
  for (const d of extra) for (const it of d.items) if (it.kind === "gpu_lease" && it.model === model && giverOf(d, it) === nation) n += it.count;
  return n;
}

/**
 * Can both sides cover this deal now, after their orders of this turn and the deals already signed this
 * turn? Returns a typed code and a sentence naming the side and the item that cannot be covered.
 */
export function validateDeal(state: GameState, d: DealTerms, orders: Record<string, Order[]> = {}, signedThisTurn: DealTerms[] = []): ValidationResult {
  if (state.finished) return reject("game/over");
  const from = state.nations[d.from];
  const to = state.nations[d.to];
  if (!from || !to) return reject("order/unknown_nation", { nation: !from ? d.from : d.to });
  if (d.from === d.to) return reject("deal/self");
  const last = state.turn + d.quarters - 1;
  if (d.items.some((it) => it.kind === "joint_training")) {
    if (d.items.filter((it) => it.kind === "joint_training").length > 1) return reject("deal/joint_training_limit");
    const inForce = (state.deals ?? []).filter((x) => x.untilTurn >= state.turn);
    if (pairTrains(inForce, d.from, d.to) || pairTrains(signedThisTurn, d.from, d.to))
      return reject("deal/joint_training_limit:and_already_train", { from: from.name, to: to.name });
  }
  for (const side of [from, to]) {
    const cash = dealCashOf(d, side.id);
    if (cash <= 0) continue;
    const committed = signedThisTurn.reduce((s, x) => s + dealCashOf(x, side.id), 0);
    const left = moneyAvailable(state, side, orders[side.id] ?? []) - committed;
    if (cash > left + 1e-9) return reject("deal/uncovered", { side: side.name, cash, left: Math.max(0, left) });
  }
  // Items of the same resource in one deal are checked together (two leases of one model, two shares of one site, two HBM transfers).
  const leases = new Map<string, { giver: Nation; model: string; count: number }>();
  const shares = new Map<string, { giver: Nation; dcId: string; share: number }>();
  const hbm = new Map<string, { giver: Nation; gb: number }>();
  for (const it of d.items) {
    if (it.kind === "cash" || it.kind === "joint_training" || it.kind === "statement") continue;
    const giver = state.nations[giverOf(d, it)];
    if (it.kind === "gpu_lease") {
      const key = `${giver.id}|${it.model}`;
      leases.set(key, { giver, model: it.model, count: (leases.get(key)?.count ?? 0) + it.count });
    } else if (it.kind === "co_invest") {
      const key = `${giver.id}|${it.dcId}`;
      shares.set(key, { giver, dcId: it.dcId, share: (shares.get(key)?.share ?? 0) + it.share });
    } else {
      hbm.set(giver.id, { giver, gb: (hbm.get(giver.id)?.gb ?? 0) + it.gbPerQuarter });
    }
  }
  for (const { giver, model, count } of leases.values()) {
    const a = findAccelerator(state.catalogue, model);
    if (!a) return reject("gpu/unknown_model", { model });
    const free = installed(giver, model) - leasedOut(state.deals ?? [], giver.id, model, state.turn, last, signedThisTurn);
    if (count > free) return reject("deal/uncovered:only_installed_and", { giver: giver.name, free: Math.max(0, free), model: a.name, count });
  }
  for (const { giver, dcId, share } of shares.values()) {
    const dc = findDc(giver, dcId);
    if (!dc) return reject("dc/unknown", { nation: giver.name, dcId });
    const sold = [...(state.deals ?? []).filter((x) => x.untilTurn >= state.turn), ...signedThisTurn].reduce(
      (sum, x) => sum + x.items.reduce((y, i) => y + (i.kind === "co_invest" && i.dcId === dcId ? i.share : 0), 0),
      0,
    );
    if (sold + share > 0.5 + 1e-9)
      return reject("deal/uncovered:at_most_half", { dc: dc.name, soldPct: Math.round(sold * 100), askedPct: Math.round(share * 100) });
  }
  for (const { giver, gb } of hbm.values()) {
    const ok = giver.memoryAgreements.some((m) => m.fromTurn <= state.turn + 1 && m.toTurn >= last && m.gbPerQuarter >= gb);
    const pending = signedThisTurn.reduce(
      (sum, x) => sum + x.items.reduce((y, i) => y + (i.kind === "hbm_transfer" && giverOf(x, i) === giver.id ? i.gbPerQuarter : 0), 0),
      0,
    );
    if (!ok || pending > 0) return reject("deal/uncovered:memory_agreement_reserving", { giver: giver.name, gb, quarters: d.quarters });
  }
  return OK;
}

/** Sign deals: take escrow and transfers now (at the start of the resolution, or for the live state of the orders phase). Returns a new state. */
export function withSignedDeals(input: GameState, deals: DealTerms[], events: GameEvent[] = []): GameState {
  if (deals.length === 0) return input;
  const state: GameState = { ...input, nations: structuredClone(input.nations), deals: [...(input.deals ?? [])], promises: [...(input.promises ?? [])] };
  const signed: DealTerms[] = [];
  for (const d of deals) {
    const check = validateDeal(state, d, {}, []);
    if (!check.ok) {
      for (const n of [d.from, d.to])
        events.push(
          gameEvent(state.turn, n, "rejected", "deal/void", { from: d.from, to: d.to, violation: { key: check.error.key, params: check.error.params } }),
        );
      continue;
    }
    signed.push(d);
    const id = `deal-${state.turn}-${state.deals!.length + 1}`;
    const active: ActiveDeal = { ...structuredClone(d), id, signedTurn: state.turn, untilTurn: state.turn + d.quarters - 1, escrow: {} };
    active.items.forEach((it, i) => applyAtSigning(state, active, it, i));
    state.deals!.push(active);
    const a = state.nations[d.from],
      b = state.nations[d.to];
    for (const n of [a, b]) events.push(gameEvent(state.turn, n.id, "info", "deal/signed", { deal: structuredClone(d) }));
  }
  return state;
}

function applyAtSigning(state: GameState, d: ActiveDeal, it: DealItem, index: number): void {
  if (it.kind === "cash") {
    const giver = state.nations[giverOf(d, it)];
    const other = state.nations[otherOf(d, it)];
    giver.treasury -= it.now + it.perQuarter * d.quarters;
    if (other) other.treasury += it.now;
    d.escrow[giver.id] = (d.escrow[giver.id] ?? 0) + it.perQuarter * d.quarters;
  } else if (it.kind === "hbm_transfer") {
    const giver = state.nations[giverOf(d, it)];
    const other = state.nations[otherOf(d, it)];
    const m = giver.memoryAgreements.find((x) => x.fromTurn <= state.turn + 1 && x.toTurn >= d.untilTurn && x.gbPerQuarter >= it.gbPerQuarter);
    if (!m) return; // validateDeal guarantees one; never crash a resolution
    // Split the agreement: the deal's quarters lose the transferred GB, the rest of the term keeps all of it.
    if (m.toTurn > d.untilTurn) giver.memoryAgreements.push({ ...m, id: `${m.id}-after-${d.id}`, fromTurn: d.untilTurn + 1 });
    m.toTurn = d.untilTurn;
    m.gbPerQuarter -= it.gbPerQuarter;
    const n = d.items.filter((x, i) => x.kind === "hbm_transfer" && i < index).length;
    if (other)
      other.memoryAgreements.push({
        id: `${d.id}-hbm${n ? `-${n + 1}` : ""}`,
        maker: m.maker,
        gbPerQuarter: it.gbPerQuarter,
        fromTurn: Math.max(state.turn, m.fromTurn),
        toTurn: d.untilTurn,
      });
  } else if (it.kind === "statement") {
    state.promises!.push({ turn: state.turn, from: giverOf(d, it), to: otherOf(d, it), text: it.text, dealId: d.id });
  }
}

/** Carry out the deals in force this quarter: pay one quarter of escrowed cash, joint training. */
export function runDeals(state: GameState, events: GameEvent[]): void {
  const programs = new Map(state.order.map((id) => [id, jointPrograms(state, id)]));
  for (const d of state.deals ?? []) {
    if (!activeAt(d, state.turn)) continue;
    for (const it of d.items) {
      if (it.kind === "cash" && it.perQuarter > 0) {
        const payer = giverOf(d, it);
        const held = d.escrow[payer] ?? 0;
        // The last quarter pays out whatever is left (several cash items of one payer share its escrow), so no money is lost or left over.
        const lastForPayer =
          state.turn === d.untilTurn && !d.items.some((x, i) => i > d.items.indexOf(it) && x.kind === "cash" && x.perQuarter > 0 && giverOf(d, x) === payer);
        const pay = lastForPayer ? held : Math.min(it.perQuarter, held);
        d.escrow[payer] = lastForPayer ? 0 : held - pay;
        const other = state.nations[otherOf(d, it)];
        if (other) other.treasury += pay;
      } else if (it.kind === "joint_training") {
        const a = state.nations[d.from],
          b = state.nations[d.to];
        if (!a || !b) continue;
        const gains = [jointTrainingGain(state, a, b), jointTrainingGain(state, b, a)];
        [a, b].forEach((n, i) => {
          const k = Math.max(1, programs.get(n.id) ?? 1);
          n.expertise = clamp(n.expertise + (JOINT_EXPERTISE / k) * (1 - n.expertise / 120), 0, 100);
          n.capability += gains[i] / k;
        });
      }
    }
    if (state.turn === d.untilTurn) {
      for (const id of [d.from, d.to]) if (state.nations[id]) events.push(gameEvent(state.turn, id, "info", "deal/complete", { from: d.from, to: d.to }));
    }
  }
}

// A deal in words is the describer's (shared/describe/deals.ts); re-exported here for the panels that still import it from the engine.
export { describeDeal } from "../describe/deals";
export type { DealContext } from "../describe/deals";
