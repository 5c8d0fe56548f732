/** What each national policy does, in words built from the engine's policy rates (shared/engine/policy-rates.ts): the client shows these, never its own copy. */
import { POLICY_IDS } from "../protocol/names";
import {
  ALIGNMENT_BONUS,
  ALIGNMENT_SOVEREIGNTY,
  BASE_RENT_SHARE,
  HUB_COST_SHARE,
  HUB_FIXED_COST,
  HUB_RENT_SHARE,
  LOCALISATION_MANAGED_PREMIUM,
  LOCALISATION_REVENUE_LOSS,
  LOCALISATION_SOVEREIGNTY,
  LOCALISATION_SUPPORT,
  POWER_SUBSIDY,
  SUBSIDY_SPILLOVER,
  SUBSIDY_SUPPORT,
} from "../engine/policy-rates";
import { usd } from "./money";

/** One policy lever as a player reads it. */
export type PolicyKey = (typeof POLICY_IDS)[number];

const pct = (x: number): string => `${Math.round(x * 100)} %`;
const idx = (x: number): string => x.toFixed(2);

/** Display name of each policy. */
export const POLICY_NAMES: Record<PolicyKey, string> = {
  data_localisation: "Data localisation",
  power_subsidy: "Power subsidy",
  gpuaas_hub: "GPUaaS hub",
  us_alignment: "US alignment",
};

/** What a policy brings and costs, one sentence with the engine's figures. */
export function policyEffect(id: PolicyKey): string {
  switch (id) {
    case "data_localisation":
      return `+${idx(LOCALISATION_SOVEREIGNTY)} sovereignty, +${LOCALISATION_SUPPORT} support, −${pct(LOCALISATION_REVENUE_LOSS)} GPUaaS revenue; a vendor-cloud control plane pays ${pct(LOCALISATION_MANAGED_PREMIUM)} more in managed fees`;
    case "power_subsidy":
      return `−${pct(POWER_SUBSIDY)} power price for your data centres, but the treasury pays the subsidy to every large user (${SUBSIDY_SPILLOVER}× your saving); +${SUBSIDY_SUPPORT} support a quarter`;
    case "gpuaas_hub":
      return `rent out ${pct(HUB_RENT_SHARE)} of GPU-hours instead of ${pct(BASE_RENT_SHARE)}; costs ${pct(HUB_COST_SHARE)} of rental revenue (selling, support, down-market prices, G3–G5) + ${usd(HUB_FIXED_COST)} a quarter, and national models train on less compute`;
    case "us_alignment":
      return `+${pct(ALIGNMENT_BONUS)} US licence volume and same-quarter approval, but −${idx(ALIGNMENT_SOVEREIGNTY)} sovereignty and a no-Chinese-vendors condition on every licence`;
  }
}

/** "Data localisation: +0.05 sovereignty, … — now ON": the policy tab's line for one lever. */
export function policyLine(id: PolicyKey, on: boolean): string {
  return `${POLICY_NAMES[id]}: ${policyEffect(id)} — now ${on ? "ON" : "off"}`;
}

/** Every policy with its line, in the protocol's order. */
export function policyLines(policies: Partial<Record<PolicyKey, boolean>>): { id: PolicyKey; on: boolean; text: string }[] {
  return POLICY_IDS.map((id) => ({ id, on: Boolean(policies[id]), text: policyLine(id, Boolean(policies[id])) }));
}

/** "±0.05 for data localisation and US alignment": the policy term of the sovereignty index. */
export function sovereigntyPolicyTerm(): string {
  return LOCALISATION_SOVEREIGNTY === ALIGNMENT_SOVEREIGNTY
    ? `±${idx(LOCALISATION_SOVEREIGNTY)} for data localisation (+) and US alignment (−)`
    : `+${idx(LOCALISATION_SOVEREIGNTY)} for data localisation, −${idx(ALIGNMENT_SOVEREIGNTY)} for US alignment`;
}
