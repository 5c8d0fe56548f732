/**
 * Operations of a quarter: how much compute is online, how well it is used, what it earns and costs.
 * measureNation is pure (used for outcomes, previews and AI); the resolve phase applies its money flows.
 *
 * Formulas (sources in facts.md):
 * - utilisation and control weight: who runs a batch, its faults and its SLA (operators.ts).
 * - AMD software penalty: realised throughput × (1 − p), p = max(0.05, 0.25 − 0.20 × expertise/100) (A37).
 * - revenue (shared/engine/market.ts): GPU-hours rented (rent share 0.3, 0.6 with the GPUaaS-hub policy) × the
 *   part's rent inside its sourced band for the year (G1–G15); CXL adds its uplift on the inference share of
 *   demand (G14, M27, estimate); data localisation keeps foreign clients out (−15 %). Capacity signed to an
 *   anchor tenant (shared/engine/offtake.ts) earns the locked rent on its whole share and leaves sovereign compute.
 * - power: IT MW drawn × (0.3 + 0.7 × utilisation) × PUE × 2,190 h × US$/MWh (D14–D29); managed fee 2 % of
 *   integrator-run hardware value a quarter; staff and maintenance US$0.05M per MW online (estimates).
 */
import type { Accelerator, GameState, Nation } from "./state";
import { findAccelerator } from "./catalogue";
import { batchUtilisation, controlWeight, jvFee, jvPartnerCut, managedFeeFactor } from "./operators";
import { FACILITY_OPEX_PER_MW, MANAGED_FEE_RATE } from "./rates";
import { dcPowerPrice } from "./power";
import { batchRevenue, marketRent } from "./market";
import { offtakeShare } from "./offtake-book";
import { softwarePenalty } from "./software";
import { dealCompute, jointTrainingLoad } from "./lease-compute";
import { addCloudCapacity } from "./cloud";
import { addPolicyCosts } from "./levers";
import { BASE_RENT_SHARE, HUB_RENT_SHARE, POWER_SUBSIDY } from "./policy-rates";

/** Share of GPU-hours rented out as GPUaaS (the rest trains national models). */
export function rentShare(n: Nation): number {
  return n.policies.gpuaas_hub ? HUB_RENT_SHARE : BASE_RENT_SHARE;
}

/** AMD realised-throughput penalty for this nation's expertise (0 for NVIDIA): software.ts. */
export { softwarePenalty } from "./software";

/** Utilisation and control weight of a batch live in operators.ts (who runs it: faults, SLA, keys). */
export { batchUtilisation, controlWeight } from "./operators";

/** Rental price of a GPU model this quarter, US$ per hour (inside the year's sourced band: shared/engine/market.ts). */
export function rentPrice(state: GameState, a: Accelerator): number {
  return marketRent(state, a);
}

/** Figures of one quarter of operations for a nation. */
export interface OperationsFigures {
  /** Peak PF online. */
  compute: number;
  /** PF actually delivered (utilisation and software penalty applied). */
  effectiveCompute: number;
  /** Effective PF weighted by domestic control. */
  domesticCompute: number;
  /** Effective PF of GPUs the nation runs itself (no foreign operator): what can train a national model. */
  sovereignCompute: number;
  /** Share of effective compute under domestic control (0..1). */
  controlShare: number;
  utilisation: number;
  revenue: number;
  opex: number;
  /** Utilisation per data centre id. */
  dcUtilisation: Record<string, number>;
}

/** Measure a nation's operations this quarter without changing anything. */
export function measureNation(state: GameState, n: Nation): OperationsFigures {
  const hours = state.catalogue.hoursPerQuarter;
  const f: OperationsFigures = {
    compute: 0,
    effectiveCompute: 0,
    domesticCompute: 0,
    sovereignCompute: 0,
    controlShare: 0,
    utilisation: 0,
    revenue: 0,
    opex: 0,
    dcUtilisation: {},
  };
  for (const dc of n.dataCentres) {
    if (dc.mwOnline <= 0) continue;
    const installedKw = dc.gpus.reduce((kw, g) => kw + g.count * (findAccelerator(state.catalogue, g.model)?.kw ?? 0), 0);
    const productive = installedKw > 0 ? Math.min(1, (dc.mwOnline * 1000) / installedKw) : 0;
    const pue = state.catalogue.pue[dc.cooling];
    let dcPeak = 0;
    let dcEff = 0;
    const revenueBefore = f.revenue;
    const opexBefore = f.opex;
    for (const g of dc.gpus) {
      const a = findAccelerator(state.catalogue, g.model);
      if (!a || g.count === 0) continue;
      const count = g.count * productive;
      const u = batchUtilisation(state, n, dc, g, a);
      const peak = count * a.pf;
      const eff = peak * u * (1 - softwarePenalty(a, n.expertise));
      dcPeak += peak;
      dcEff += eff;
      f.domesticCompute += eff * controlWeight(dc, g, n);
      if (g.operator === "nation") f.sovereignCompute += eff * (1 - offtakeShare(n, dc.id, state.turn));
      f.revenue += batchRevenue(state, n, dc, g, a, count, u, rentShare(n));
      const powerPrice = dcPowerPrice(n, dc) * (n.policies.power_subsidy ? 1 - POWER_SUBSIDY : 1);
      f.opex += (((count * a.kw) / 1000) * (0.3 + 0.7 * u) * pue * hours * powerPrice) / 1e6;
      if (g.operator === "integrator") f.opex += g.value * MANAGED_FEE_RATE * managedFeeFactor(n, dc, g);
      f.opex += jvFee(dc, g);
    }
    f.opex += dc.mwOnline * FACILITY_OPEX_PER_MW;
    f.opex += jvPartnerCut(dc, f.revenue - revenueBefore, f.opex - opexBefore);
    f.compute += dcPeak;
    f.effectiveCompute += dcEff;
    f.dcUtilisation[dc.id] = dcPeak > 0 ? dcEff / dcPeak : 0;
  }
  addPolicyCosts(state, n, f);
  if (n.cloudContracts?.length) addCloudCapacity(state, n, f);
  if (state.deals?.length) {
    // Leases and shared sites move effective compute between the parties (foreign-run for the receiver).
    f.revenue *= 1 - jointTrainingLoad(state, n.id);
    const moved = dealCompute(state, n.id, (owner, dcId) => dcEffectiveCompute(state, owner, dcId));
    const before = f.effectiveCompute;
    f.compute = Math.max(0, f.compute + moved.compute);
    f.effectiveCompute = Math.max(0, f.effectiveCompute + moved.effective);
    if (moved.effective < 0 && before > 0) {
      const keep = f.effectiveCompute / before;
      f.domesticCompute *= keep;
      f.sovereignCompute *= keep;
      f.revenue *= keep;
    } else if (moved.effective > 0) {
      f.domesticCompute += moved.effective * 0.25;
    }
  }
  f.utilisation = f.compute > 0 ? f.effectiveCompute / f.compute : 0;
  f.controlShare = f.effectiveCompute > 0 ? f.domesticCompute / f.effectiveCompute : 0;
  return f;
}

/** Effective PF of one data centre of a nation this quarter, before any deal (for shares of a site). */
export function dcEffectiveCompute(state: GameState, nationId: string, dcId: string): number {
  const n = state.nations[nationId];
  if (!n || !n.dataCentres.some((d) => d.id === dcId)) return 0;
  const f = measureNation({ ...state, deals: [] }, { ...n, dataCentres: n.dataCentres.filter((d) => d.id === dcId), cloudContracts: [] });
  return f.effectiveCompute;
}
