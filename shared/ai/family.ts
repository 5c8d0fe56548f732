/**
 * Strategy families (the balance report's categories): what a nation actually did over a game, read from
 * the orders the engine accepted and, when given, its state at the end, never from the label of the plan
 * or AI that played it. The behaviour is summed up as shares of the compute it bought (by who built the
 * site, who runs the GPUs, who sold them, who made them), the compute it rented from a hyperscaler cloud,
 * the policies it used and the cash it left unspent. A nation belongs to exactly one family, checked in
 * this order:
 * 1. hyperscaler cloud: at least half of its compute rented from a sovereign cloud;
 * 2. cash hoarder: it ends with at least 85 % of all the money it received (or bought no compute at all;
 *    export-capped nations that cannot spend keep 50–80 %, so the line is drawn above them);
 * 3. policy-maximiser: it switched on at least 3 policies (and at least 60 % of the policies the rules have);
 * 4. JV / trilateral: at least half of its compute in joint-venture sites (a stake alone is not a JV);
 * 5. US full-stack: at least half of its compute run by a US integrator;
 * 6. local-only: at least 70 % in locally built sites, 70 % self-run, and under 10 % in US-built sites;
 * 7. AMD-heavy when AMD makes at least half of its compute, else NVIDIA-heavy.
 */
import type { Order } from "../protocol/orders";
import { POLICY_IDS } from "../protocol/names";
import type { Builder, Catalogue, DataCentre, Nation } from "../engine/state";
import type { StrategyOverride } from "./personality";

/** The strategy families of the balance report. */
export const FAMILIES = [
  "jv_trilateral",
  "us_fullstack",
  "local_only",
  "amd_heavy",
  "nvidia_heavy",
  "hyperscaler_cloud",
  "policy_maximiser",
  "cash_hoarder",
] as const;
/** One strategy family. */
export type Family = (typeof FAMILIES)[number];
/** The families an AI can be told to play (balance runs deal them to AI nations). */
export const DEALT_FAMILIES = ["jv_trilateral", "us_fullstack", "local_only", "amd_heavy", "nvidia_heavy"] as const satisfies readonly StrategyOverride[];
/** How the report names each family. */
export const FAMILY_NAMES: Record<Family, string> = {
  jv_trilateral: "JV / trilateral",
  us_fullstack: "US full-stack",
  local_only: "Local-only",
  amd_heavy: "AMD-heavy",
  nvidia_heavy: "NVIDIA-heavy",
  hyperscaler_cloud: "Hyperscaler cloud",
  policy_maximiser: "Policy-maximiser",
  cash_hoarder: "Cash hoarder",
};

/** What a nation did over a game, as the classifier reads it. PF are FP8 PFLOPS bought (installed or on order). */
export interface Behaviour {
  ownedPf: number;
  /** PF by who built the data centre it sits in. */
  pfByBuilder: Record<Builder, number>;
  /** PF run by a US integrator (full-stack or vendor-operated). */
  integratorRunPf: number;
  /** PF sold by a local partner. */
  partnerSoldPf: number;
  amdPf: number;
  /** PF rented from a hyperscaler cloud (GPUs × PF of each contract). */
  cloudPf: number;
  /** Distinct policies switched on during the game. */
  policies: string[];
  /** Strategic stakes bought, US$ M. */
  stakes: number;
  /** Treasury at the end over all the money received (0 when unknown). */
  cashLeftShare: number;
}

/** Share of the money received left unspent from which a nation is a cash hoarder. */
export const CASH_HOARDER_SHARE = 0.85;

/** Policies a nation must use to be a policy-maximiser under rules with `count` policies. */
export function policyMaximiserThreshold(count = POLICY_IDS.length): number {
  return Math.max(3, Math.ceil(0.6 * count));
}

/** The `cloud_contract` order's fields when `o` is one (the order exists only in rules that have hyperscaler clouds). */
function cloudContract(o: unknown): { model: string; gpus: number } | null {
  const c = o as { type?: unknown; model?: unknown; gpus?: unknown };
  return c.type === "cloud_contract" && typeof c.model === "string" && typeof c.gpus === "number" ? { model: c.model, gpus: c.gpus } : null;
}

/**
 * Sum up what a nation did from the orders the engine accepted, its state at the end (`end`, for the
 * compute it really holds and where) and the money it received (`moneyIn`, for the cash it left).
 */
export function behaviourOf(orders: Order[], catalogue: Catalogue, end?: Nation, moneyIn?: number): Behaviour {
  const pf = (model: string): number => catalogue.accelerators.find((a) => a.id === model)?.pf ?? 0;
  const maker = (model: string): string | undefined => catalogue.accelerators.find((a) => a.id === model)?.maker;
  const partners = new Set(catalogue.localPartners.map((p) => p.id));
  const b: Behaviour = {
    ownedPf: 0,
    pfByBuilder: { us: 0, local: 0, jv: 0 },
    integratorRunPf: 0,
    partnerSoldPf: 0,
    amdPf: 0,
    cloudPf: 0,
    policies: [],
    stakes: 0,
    cashLeftShare: 0,
  };
  const addBatch = (model: string, count: number, builder: Builder, integratorRun: boolean, vendor: string): void => {
    const p = pf(model) * count;
    b.ownedPf += p;
    b.pfByBuilder[builder] += p;
    if (integratorRun) b.integratorRunPf += p;
    if (partners.has(vendor)) b.partnerSoldPf += p;
    if (maker(model) === "amd") b.amdPf += p;
  };
  const policies = new Set<string>();
  const buildMw: Record<Builder, number> = { us: 0, local: 0, jv: 0 };
  for (const o of orders) {
    const cloud = cloudContract(o);
    if (cloud) b.cloudPf += pf(cloud.model) * cloud.gpus;
    else if (o.type === "policy" && o.enabled) policies.add(o.policy);
    else if (o.type === "invest_integrator") b.stakes += o.amount;
    else if (o.type === "build_dc") buildMw[o.builder] += o.mw;
  }
  if (end) {
    // GPUs ordered before the game (the scenario's pipeline, e.g. HUMAIN's 2025 GB300 order) are not the nation's behaviour,
    // and GPUs it puts into a site it started with (built before the game, e.g. Stargate UAE's first 200 MW) count by who
    // builds the sites it founds itself (the MW of its build orders), as they do without an end state.
    const mw = buildMw.us + buildMw.local + buildMw.jv;
    const add = (dc: DataCentre | undefined, model: string, count: number, integratorRun: boolean, vendor: string): void => {
      if (!dc || dc.foundedTurn > 0 || mw === 0) return addBatch(model, count, dc?.builder ?? "us", integratorRun, vendor);
      for (const builder of ["us", "local", "jv"] as const)
        if (buildMw[builder] > 0) addBatch(model, (count * buildMw[builder]) / mw, builder, integratorRun, vendor);
    };
    for (const dc of end.dataCentres) for (const g of dc.gpus) if (!g.pipeline) add(dc, g.model, g.count, g.operator === "integrator", g.vendor);
    for (const p of end.pendingGpus) {
      if (p.orderedTurn === 0) continue;
      const integratorRun = p.operator ? p.operator === "integrator" : p.package === "fullstack" && !partners.has(p.vendor);
      add(
        end.dataCentres.find((d) => d.id === p.dcId),
        p.model,
        p.quantity,
        integratorRun,
        p.vendor,
      );
    }
    for (const [id, on] of Object.entries(end.policies)) if (on) policies.add(id);
    if (moneyIn && moneyIn > 0) b.cashLeftShare = Math.max(0, end.treasury) / moneyIn;
  } else {
    // Without the end state, GPUs are spread over the builders in proportion to the MW each built.
    const mw = buildMw.us + buildMw.local + buildMw.jv;
    for (const o of orders) {
      if (o.type !== "order_gpus" && o.type !== "sign_quote") continue;
      const vendorRun =
        o.type === "sign_quote" && o.asks.some((a) => a.operator)
          ? o.asks.some((a) => a.operator === "vendor")
          : o.package === "fullstack" && !partners.has(o.vendor);
      for (const builder of ["us", "local", "jv"] as const) {
        const share = mw > 0 ? buildMw[builder] / mw : builder === "us" ? 1 : 0;
        if (share > 0) addBatch(o.model, o.quantity * share, builder, vendorRun, o.vendor);
      }
    }
  }
  b.policies = [...policies].sort();
  return b;
}

/** The family of a behaviour (see the file comment for the rules and their order). */
export function familyOf(b: Behaviour): Family {
  const pf = b.ownedPf;
  if (b.cloudPf > 0 && b.cloudPf >= 0.5 * (b.cloudPf + pf)) return "hyperscaler_cloud";
  if (b.cashLeftShare >= CASH_HOARDER_SHARE || (pf === 0 && b.cloudPf === 0)) return "cash_hoarder";
  if (b.policies.length >= policyMaximiserThreshold()) return "policy_maximiser";
  if (b.pfByBuilder.jv >= 0.5 * pf) return "jv_trilateral";
  if (b.integratorRunPf >= 0.5 * pf) return "us_fullstack";
  if (b.pfByBuilder.local >= 0.7 * pf && pf - b.integratorRunPf >= 0.7 * pf && b.pfByBuilder.us < 0.1 * pf) return "local_only";
  return b.amdPf >= 0.5 * pf ? "amd_heavy" : "nvidia_heavy";
}

/** The family of a nation that gave `orders` over a game (with its end state and money received, when known). */
export function strategyFamily(orders: Order[], catalogue: Catalogue, end?: Nation, moneyIn?: number): Family {
  return familyOf(behaviourOf(orders, catalogue, end, moneyIn));
}
