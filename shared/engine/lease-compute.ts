/**
 * The compute that deals move between nations (GPU leases, shares of sites) and the load of joint training:
 * a leaf below operations.ts, which counts it, and deals.ts, which signs and runs the deals.
 */
import type { DealTerms } from "../protocol/deals";
import type { GameState } from "./state";
import type { ActiveDeal } from "./deals";
import { findAccelerator } from "./catalogue";
import { softwarePenalty } from "./software";

/** Share of rental revenue each side gives up per joint-training programme in force (pooled GPU-hours; estimate). */
export const JOINT_COMPUTE_COST = 0.1;

/** Joint-training programmes `nationId` has in force this turn (one per partner at most). */
export function jointPrograms(state: Pick<GameState, "deals" | "turn">, nationId: string): number {
  return (state.deals ?? []).filter(
    (d) => activeAt(d, state.turn) && (d.from === nationId || d.to === nationId) && d.items.some((it) => it.kind === "joint_training"),
  ).length;
}

/** Share of a nation's rental revenue lost to the GPU-hours it pools in joint training this turn. */
export function jointTrainingLoad(state: Pick<GameState, "deals" | "turn">, nationId: string): number {
  return Math.min(0.3, JOINT_COMPUTE_COST * jointPrograms(state, nationId));
}

/** Utilisation of leased GPUs (run by the lessor for the lessee; estimate, G11 managed level). */
export const LEASE_UTILISATION = 0.85;

/** The nation that gives an item of a deal. */
export const giverOf = (d: Pick<DealTerms, "from" | "to">, item: { giver: "from" | "to" }): string => (item.giver === "from" ? d.from : d.to);
/** The nation that receives an item of a deal. */
export const otherOf = (d: Pick<DealTerms, "from" | "to">, item: { giver: "from" | "to" }): string => (item.giver === "from" ? d.to : d.from);

/** True while a deal is in force on `turn`. */
export const activeAt = (d: ActiveDeal, turn: number): boolean => d.signedTurn <= turn && turn <= d.untilTurn;

/** What a lessor can really supply this quarter: powered GPUs of each model, allocated to its leases in signing order. */
interface LeaseSupply {
  /** GPUs actually supplied per lease item ("dealId#itemIndex"). */
  supplied: Map<string, number>;
  /** Share of each data centre's peak that is leased out (so a share of the site does not give the same GPUs twice). */
  leasedShare: Map<string, number>;
}

/**
 * Allocate a lessor's leases to its powered GPUs: GPUs in online halls, scaled down when the hall's online
 * MW cannot power all of them (as operations.ts does), first data centre first, earliest deal first.
 */
function leaseSupply(state: GameState, giverId: string): LeaseSupply {
  const out: LeaseSupply = { supplied: new Map(), leasedShare: new Map() };
  const n = state.nations[giverId];
  if (!n) return out;
  const batches: { dcId: string; model: string; left: number; pf: number }[] = [];
  const dcPeak = new Map<string, number>();
  for (const dc of n.dataCentres) {
    if (dc.mwOnline <= 0) continue;
    const kw = dc.gpus.reduce((x, g) => x + g.count * (findAccelerator(state.catalogue, g.model)?.kw ?? 0), 0);
    const productive = kw > 0 ? Math.min(1, (dc.mwOnline * 1000) / kw) : 0;
    for (const g of dc.gpus) {
      const a = findAccelerator(state.catalogue, g.model);
      if (!a || g.count === 0) continue;
      batches.push({ dcId: dc.id, model: g.model, left: g.count * productive, pf: a.pf });
      dcPeak.set(dc.id, (dcPeak.get(dc.id) ?? 0) + g.count * productive * a.pf);
    }
  }
  const leasedPeak = new Map<string, number>();
  for (const d of state.deals ?? []) {
    if (!activeAt(d, state.turn)) continue;
    d.items.forEach((it, i) => {
      if (it.kind !== "gpu_lease" || giverOf(d, it) !== giverId) return;
      let need = it.count;
      for (const b of batches) {
        if (need <= 0) break;
        if (b.model !== it.model || b.left <= 0) continue;
        const take = Math.min(need, b.left);
        b.left -= take;
        need -= take;
        leasedPeak.set(b.dcId, (leasedPeak.get(b.dcId) ?? 0) + take * b.pf);
      }
      out.supplied.set(`${d.id}#${i}`, it.count - need);
    });
  }
  for (const [dcId, peak] of dcPeak) out.leasedShare.set(dcId, peak > 0 ? Math.min(1, (leasedPeak.get(dcId) ?? 0) / peak) : 0);
  return out;
}

/**
 * Effective PF a nation gains (+) or gives (−) through leases and shares in force this quarter, and the raw PF.
 * A lease supplies only GPUs the lessor can power; a share of a site covers what is left of it after its leases.
 */
export function dealCompute(state: GameState, nationId: string, dcEffective: (owner: string, dcId: string) => number): { compute: number; effective: number } {
  let compute = 0,
    effective = 0;
  const supplies = new Map<string, LeaseSupply>();
  const supplyOf = (giver: string): LeaseSupply => {
    let x = supplies.get(giver);
    if (!x) {
      x = leaseSupply(state, giver);
      supplies.set(giver, x);
    }
    return x;
  };
  for (const d of state.deals ?? []) {
    if (!activeAt(d, state.turn)) continue;
    d.items.forEach((it, i) => {
      if (it.kind !== "gpu_lease" && it.kind !== "co_invest") return;
      const giver = giverOf(d, it);
      const sign = giver === nationId ? -1 : otherOf(d, it) === nationId ? 1 : 0;
      if (sign === 0) return;
      if (it.kind === "gpu_lease") {
        const a = findAccelerator(state.catalogue, it.model);
        const g = state.nations[giver];
        if (!a || !g) return;
        const count = supplyOf(giver).supplied.get(`${d.id}#${i}`) ?? 0;
        compute += sign * count * a.pf;
        effective += sign * count * a.pf * LEASE_UTILISATION * (1 - softwarePenalty(a, g.expertise));
      } else {
        const eff = it.share * dcEffective(giver, it.dcId) * (1 - (supplyOf(giver).leasedShare.get(it.dcId) ?? 0));
        compute += sign * eff;
        effective += sign * eff;
      }
    });
  }
  return { compute, effective };
}
