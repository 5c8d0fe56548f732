/**
 * What national policies cost (no free levers). Each policy has a price and a trade-off:
 * - gpuaas_hub: rents 60 % of GPU-hours instead of 30 % (operations.ts), but the hub must be sold and
 *   served: sales, marketing, billing and tenant support cost 15 % of rental revenue (estimate: neocloud
 *   selling and support costs), and the extra hours sell down-market, about 30 % below the specialist tier
 *   (long-tail US$1.49–2.50 against specialist US$2.50–3.50 for an H100, G3–G5), 15 % of rental revenue
 *   more; plus US$5M a quarter for the programme (estimate). The hours rented out are not training national
 *   models: capability trains on 0.4/0.7 of the domestic compute (development.ts).
 * - data_localisation: +3 support when enacted and +0.05 sovereignty (outcomes.ts), but foreign clients stay
 *   away (−15 % rental revenue) and a vendor-cloud control plane pays a compliance premium (operators.ts).
 * - power_subsidy: the nation's data centres pay 25 % less for power (operations.ts), but the treasury pays
 *   the subsidy to every large user, private AI data centres included: twice the nation's own saving
 *   (estimate), for +1 support a quarter (cheaper power is popular; estimate).
 * - us_alignment: the export helper's (export controls).
 */
import type { GameState, Nation } from "./state";
import type { OperationsFigures } from "./operations";
import { findAccelerator } from "./catalogue";
import { BASE_RENT_SHARE, HUB_COST_SHARE, HUB_FIXED_COST, HUB_RENT_SHARE, POWER_SUBSIDY, SUBSIDY_SPILLOVER, SUBSIDY_SUPPORT } from "./policy-rates";

/** Share of domestic compute that trains national models (the rest is rented out). */
export function nationalTrainingShare(n: Nation): number {
  return n.policies.gpuaas_hub ? (1 - HUB_RENT_SHARE) / (1 - BASE_RENT_SHARE) : 1;
}

/** The subsidy the nation's own data centres receive this quarter, US$ M (the power bill's 25 %, at last quarter's utilisation). */
export function ownPowerSubsidy(state: GameState, n: Nation): number {
  if (!n.policies.power_subsidy) return 0;
  let mwh = 0;
  for (const dc of n.dataCentres) {
    if (dc.mwOnline <= 0) continue;
    const kw = dc.gpus.reduce((s, g) => s + g.count * (findAccelerator(state.catalogue, g.model)?.kw ?? 0), 0);
    mwh += (Math.min(kw, dc.mwOnline * 1000) / 1000) * (0.3 + 0.7 * dc.utilisation) * state.catalogue.pue[dc.cooling] * state.catalogue.hoursPerQuarter;
  }
  return (mwh * n.powerPrice * POWER_SUBSIDY) / 1e6;
}

/** Add this quarter's policy costs to a nation's operations figures (opex). */
export function addPolicyCosts(state: GameState, n: Nation, f: OperationsFigures): void {
  if (n.policies.gpuaas_hub) f.opex += HUB_FIXED_COST + HUB_COST_SHARE * f.revenue;
  if (n.policies.power_subsidy) f.opex += SUBSIDY_SPILLOVER * ownPowerSubsidy(state, n);
}

/** Support a policy mix adds every quarter (power subsidy +1). */
export function policySupport(n: Nation): number {
  return n.policies.power_subsidy ? SUBSIDY_SUPPORT : 0;
}

/** Operating profit this quarter with a policy on minus with it off, US$ M (what the lever earns or costs now). */
export function policyProfitDelta(
  state: GameState,
  n: Nation,
  policy: "gpuaas_hub" | "power_subsidy" | "data_localisation",
  measure: (s: GameState, x: Nation) => OperationsFigures,
): number {
  const on = measure(state, { ...n, policies: { ...n.policies, [policy]: true } });
  const off = measure(state, { ...n, policies: { ...n.policies, [policy]: false } });
  return on.revenue - on.opex - (off.revenue - off.opex);
}
