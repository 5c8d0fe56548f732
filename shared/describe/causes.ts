/** The words of a quarter's explanation: figure names, each cause of a figure's change (the engine's Cause codes, shared/engine/causes.ts), the heading. */
import type { Cause, FigureId, TurnCauses } from "../engine/causes";
import { quarterLabel } from "../engine/quarter";
import { usd, usdPer } from "./money";
import { SOVEREIGNTY_WEIGHTS as W } from "../engine/score-rates";
import { ALIGNMENT_SOVEREIGNTY, LOCALISATION_SOVEREIGNTY } from "../engine/policy-rates";

/** The name of a figure for players. */
export const FIGURE_NAMES: Record<FigureId, string> = {
  treasury: "Treasury",
  compute: "Compute online",
  utilisation: "Utilisation",
  sovereignty: "Sovereignty index",
  expertise: "Expertise",
  support: "Public support",
  capability: "AI capability",
  score: "Score",
  profit: "Operating profit",
};

const SCORE_PARTS: Record<string, string> = {
  compute: "effective compute",
  sovereignty: "sovereignty",
  expertise: "expertise",
  capability: "AI capability",
  revenue: "revenue (legacy)",
  profit: "operating profit",
  support: "public support",
  milestone: "language milestone",
  objectives: "objectives met",
};

/** The short label of an order a treasury cause names, from its figures (shared/engine/causes.ts orderFigures). */
export function orderLabel(p: Record<string, number | string>): string {
  const n = (x: number | string | undefined): string => Number(x).toLocaleString("en-US");
  switch (p.type) {
    case "build_dc":
      return `Build ${p.mw} MW (${p.cooling})`;
    case "expand_dc":
      return `Expand ${p.dcId} by ${p.mw} MW`;
    case "order_gpus":
      return `${n(p.quantity)} ${p.modelName} (${p.package === "fullstack" ? "full stack" : "components"})`;
    case "sign_quote":
      return `Quote: ${n(p.quantity)} ${p.modelName} from ${p.vendor}`;
    case "memory_agreement":
      return `HBM reservation fee (${p.maker}, ${n(Number(p.gbPerQuarter) / 1000)} TB/quarter × ${p.quarters})`;
    case "cxl_upgrade":
      return `CXL for ${p.dcId}`;
    case "talent":
      return `Talent programme level ${p.level}`;
    case "invest_integrator":
      return `Stake in ${p.integrator}`;
    case "cloud_contract":
      return `Cloud contract (${p.provider})`;
    case "offtake":
      return "Anchor-tenant offtake";
    case "sign_licence":
      return "US export licence";
    case "policy":
      return `Policy ${p.policy}`;
    case "hold":
      return "Hold";
    case "adjustment":
      return "Order cost adjustments";
  }
  // A cause recorded before orders were figures carries its label.
  return typeof p.order === "string" ? p.order : String(p.type);
}

/** One cause in words (without its amount, which the caller formats in the figure's unit). */
export function describeCause(figureId: FigureId, c: Cause): string {
  const p = c.params;
  const pct = (x: unknown): string => `${Math.round(Number(x) * 100)} %`;
  const num = (x: unknown): string => Number(x).toLocaleString("en-US", { maximumFractionDigits: 1 });
  switch (c.code) {
    case "deals_signed":
      return "Cash moved by deals signed at the table (escrow)";
    case "order":
      return orderLabel(p);
    case "deal_payments":
      return "Deal payments received from escrow";
    case "licence_pledge":
      return `US investment pledge of the export licence (${usd(Number(p.pledge))} a quarter)`;
    case "transfers":
      return "Events of the quarter and other transfers";
    case "revenue_gpuaas":
      return `Revenue: GPU-hours sold and the domestic-access rent (${num(p.computePf)} PF effective)`;
    case "revenue_partnership":
      return "Share of integrator profits (stakes)";
    case "power":
      return `Power bill: ${num(p.mwh)} MWh at ${usdPer(Number(p.pricePerMwh), "MWh", 0)}`;
    case "facility":
      return `Facility staff and maintenance (${p.mw} MW online × US$0.05M)`;
    case "managed_fees":
      return `Managed-service fees (${pct(p.rate)} of integrator-run hardware a quarter)`;
    case "jv_fees":
      return "Joint-venture partner fees";
    case "other_running":
      return "Other running costs (policies, cloud contracts)";
    case "unpaid_floor":
      return "Unpaid bills written off at the treasury floor";
    case "budget":
      return "Programme budget for next quarter";
    case "dc_compute":
      return `${p.dc}: ${Number(p.gpusAdded) > 0 ? `${Number(p.gpusAdded).toLocaleString("en-US")} GPUs installed` : "capacity changed"}${p.mwBefore !== p.mwAfter ? `, ${p.mwBefore} → ${p.mwAfter} MW online` : ""}`;
    case "deal_compute":
      return "Leases, shared sites and cloud capacity";
    case "dc_utilisation":
      return `${p.dc}: utilisation ${pct(p.utilBefore)} → ${pct(p.utilAfter)} on ${num(p.pfBefore)} → ${num(p.pfAfter)} PF (expertise ${p.expertise})`;
    case "deal_utilisation":
      return "Leases, shared sites and cloud capacity";
    case "control_share":
      return `Share of compute under domestic control ${pct(p.before)} → ${pct(p.after)} (× ${W.control.toFixed(2)})`;
    case "expertise_term":
      return `Expertise ${p.before} → ${p.after} (× ${W.expertise.toFixed(2)} / 100)`;
    case "exposure_term":
      return `US export exposure ${p.before} → ${p.after} (× −${W.exposure.toFixed(2)})`;
    case "policy_term":
      return `Data localisation (+${LOCALISATION_SOVEREIGNTY.toFixed(2)}) or US alignment (−${ALIGNMENT_SOVEREIGNTY.toFixed(2)}) switched`;
    case "rounding":
      return figureId === "support" || figureId === "expertise" ? "Capped at 0–100 and rounding" : "Rounding";
    case "orders_events":
      return figureId === "expertise" && Number(p.talentLevel) > 0
        ? `Talent programme level ${p.talentLevel} and events`
        : "Orders, policies and events of the quarter";
    case "talent_drain":
      return "Talent drain (−0.5 % a quarter)";
    case "learning":
      return `Learning from ${p.sites} site(s), partners and self-run clusters (+${p.gain} before diminishing returns)`;
    case "drift":
      return `Drift 10 % toward ${p.toward}`;
    case "growth_bonus":
      return `Compute grew more than 10 % (${num(p.computeBefore)} → ${num(p.computeAfter)} PF)`;
    case "milestone":
      return "Local-language milestone";
    case "unpaid":
      return "Bills went unpaid";
    case "policy_support":
      return "Power subsidy";
    case "training":
      return `Training on ${num(p.domesticPf)} PF of domestic compute (share ${p.trainingShare}, expertise ${p.expertise})`;
    case "score_part":
      return `${SCORE_PARTS[String(p.part)] ?? p.part}: ${num(p.before)} → ${num(p.after)} points`;
    case "revenue":
      return "Revenue";
    case "running_costs":
      return "Running costs (power, facility, managed fees)";
    case "talent":
      return "Talent programmes";
    case "financing":
      return `Financing: 1 % of ${usd(Number(p.capitalEmployed))} capital employed`;
  }
  return c.code;
}

/** "Q3 2026 resolved" for a results heading. */
export function causesHeading(t: TurnCauses): string {
  return `${quarterLabel(t.quarter)} (turn ${t.turn})`;
}
