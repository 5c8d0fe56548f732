/**
 * Scripted archetypes for the balance bench: a plan is a handful of parameters (who builds, who runs,
 * which chips, how much to spend, which policies, ...), `planOrders` turns a plan into one quarter's
 * orders from the nation's own view (through the OrderKit, so every order passes validateOrder), and an
 * archetype is a named plan with the strategy family it is meant to play (shared/ai/family.ts files a
 * nation by what it did, so a test checks each archetype is filed as itself).
 */
import type { Order, PolicyId } from "../protocol/orders";
import { PolicyId as PolicyIdSchema } from "../protocol/orders";
import type { Builder, ChipMaker, GpuPackage, MemoryMakerId } from "../engine/state";
import type { GameView } from "../engine/view";
import type { Family } from "../ai/family";
import type { CloudProvider, ModelPick } from "./order-kit";
import { OrderKit, cloudContractsExist } from "./order-kit";

/** The parameters of a scripted plan (what the search varies). */
export interface Plan {
  /** Who builds new data centres. */
  builder: Builder;
  /** "fullstack": integrator-run AI factories; "components": the nation runs its GPUs. */
  pkg: GpuPackage;
  /** Who sells the GPUs: a US integrator or the nation's local partner. */
  vendor: "integrator" | "partner";
  /** The US integrator it works with (the catalogue's first when unknown). */
  integrator: string;
  maker: ChipMaker | "any";
  pick: ModelPick;
  /** Size of a new data centre, MW. */
  buildMw: number;
  /** Data centres under construction at once. */
  maxBuilding: number;
  /** Share of the money above the reserve spent on GPUs each quarter (0..1). */
  spend: number;
  /** Money kept, in quarters of budget. */
  reserve: number;
  talent: 0 | 1 | 2 | 3;
  /** Expertise at which the talent programme stops. */
  talentUntil: number;
  /** Share of the fair HBM pool reserved in supply agreements (0 = none). */
  memory: number;
  memoryMaker: MemoryMakerId;
  cxl: boolean;
  /** Strategic stake in the integrator, US$ M (0 = none). */
  stake: number;
  policies: PolicyId[];
  /** GPUs rented from a hyperscaler sovereign cloud per contract (0 = none; needs the `cloud_contract` order). */
  cloudGpus: number;
  cloudQuarters: number;
  cloudProvider: CloudProvider;
  /** Sign vendor quotes at the vendor's floor price instead of list orders. */
  haggle: boolean;
  /** AMD's share of the PF the plan buys (NVIDIA the rest; each quarter's money and free kW split alike); absent: `maker` alone decides. */
  amdShare?: number;
}

/** A plan that does the plain thing: US-built, self-run, best value, modest spending. */
export const BASE_PLAN: Plan = {
  builder: "us",
  pkg: "components",
  vendor: "integrator",
  integrator: "penguin",
  maker: "any",
  pick: "value",
  buildMw: 60,
  maxBuilding: 1,
  spend: 0.8,
  reserve: 0.3,
  talent: 1,
  talentUntil: 70,
  memory: 0.1,
  memoryMaker: "skhynix",
  cxl: false,
  stake: 0,
  policies: [],
  cloudGpus: 0,
  cloudQuarters: 4,
  cloudProvider: "aws",
  haggle: false,
};

/** Every policy lever these rules have. */
export const ALL_POLICIES: PolicyId[] = [...PolicyIdSchema.options];

/** One quarter's orders of `plan` for `nation`, from its own view. */
export function planOrders(view: GameView, nation: string, plan: Plan): Order[] {
  const kit = new OrderKit(view, nation);
  const s = kit.state,
    n = kit.nation;
  if (!s || !n) return kit.finish();
  const integrator = s.catalogue.integrators.find((i) => i.id === plan.integrator)?.id ?? s.catalogue.integrators[0].id;
  const partners = s.catalogue.localPartners.filter((p) => p.nation === nation);
  const partner = (partners.find((p) => n.champions.includes(p.id) && p.rackScale) ?? partners.find((p) => n.champions.includes(p.id)) ?? partners[0])?.id;
  const builder: Builder = plan.builder !== "us" && !partner ? "us" : plan.builder;
  const vendors = plan.vendor === "partner" && partner ? [partner, integrator] : partner ? [integrator, partner] : [integrator];

  kit.licence();
  kit.policies(plan.policies);
  kit.talent(plan.talent, plan.talentUntil);
  kit.stake(integrator, plan.stake, plan.reserve);
  if (plan.cloudGpus > 0 && (s.turn - 1) % Math.max(1, plan.cloudQuarters) === 0) {
    kit.cloud(plan.cloudProvider, plan.maker, plan.pick, plan.cloudGpus, plan.cloudQuarters);
  }
  kit.build({ builder, mw: plan.buildMw, maxBuilding: plan.maxBuilding, integrator, partner, reserve: plan.reserve });
  kit.memory(plan.memory, plan.memoryMaker, 4, plan.reserve);
  const buy = { pick: plan.pick, pkg: plan.pkg, vendors, reserve: plan.reserve, haggle: plan.haggle, builder };
  if (plan.amdShare === undefined) kit.buyGpus({ ...buy, maker: plan.maker, spend: plan.spend });
  else {
    // A maker mix by PF, never past `amdShare` of the PF bought in play (AMD is cheaper per PF, so a money split would
    // overshoot): AMD first up to the share of what is already bought (so a licence's volume is split too), then NVIDIA
    // with the rest of the money and kW, then AMD again up to the share of the total.
    const a = Math.max(0, Math.min(0.95, plan.amdShare));
    const room = (): number => {
      const pf = kit.ownPfByMaker();
      return (a / (1 - a)) * pf.nvidia - pf.amd;
    };
    const catchUp = room();
    if (catchUp > 0) kit.buyGpus({ ...buy, maker: "amd", spend: plan.spend * a, kwShare: a, maxPf: catchUp });
    kit.buyGpus({ ...buy, maker: "nvidia", spend: plan.spend * (1 - a), kwShare: 1 - a });
    const topUp = room();
    if (topUp > 0) kit.buyGpus({ ...buy, maker: "amd", spend: plan.spend * a, maxPf: topUp });
  }
  if (plan.cxl) kit.cxl(plan.reserve + 1);
  return kit.finish();
}

/** A named scripted plan and the family it plays. */
export interface Archetype {
  id: string;
  name: string;
  /** The family shared/ai/family.ts should file its games under. */
  family: Family;
  plan: Plan;
  /** Why it cannot be played under these rules (then the bench skips it and warns), or null. */
  unavailable: () => string | null;
}

const always = (): null => null;
const arch = (id: string, name: string, family: Family, plan: Partial<Plan>, unavailable: () => string | null = always): Archetype => ({
  id,
  name,
  family,
  plan: { ...BASE_PLAN, ...plan },
  unavailable,
});

/** The archetypes the bench plays for every nation. */
export const ARCHETYPES: Archetype[] = [
  arch("us_fullstack", "US full-stack", "us_fullstack", {
    builder: "us",
    pkg: "fullstack",
    vendor: "integrator",
    maker: "nvidia",
    spend: 0.9,
    policies: ["us_alignment"],
  }),
  arch("local_only", "Local-only", "local_only", {
    builder: "local",
    pkg: "components",
    vendor: "partner",
    talent: 2,
    talentUntil: 85,
    memory: 0,
    policies: ["data_localisation"],
  }),
  arch("jv_trilateral", "JV / trilateral", "jv_trilateral", { builder: "jv", pkg: "components", vendor: "integrator", memory: 0.2, stake: 200, talent: 2 }),
  arch(
    "hyperscaler_cloud",
    "Hyperscaler cloud",
    "hyperscaler_cloud",
    { cloudGpus: 20_000, cloudQuarters: 4, maxBuilding: 0, spend: 0.2, memory: 0, maker: "nvidia", pick: "newest" },
    () => (cloudContractsExist() ? null : "Hyperscaler cloud: not available in these rules (the Order schema has no cloud_contract order); archetype skipped."),
  ),
  arch("amd_value", "AMD value", "amd_heavy", { maker: "amd", pick: "value", pkg: "components", talent: 2, talentUntil: 85 }),
  arch("nvidia_leading", "NVIDIA leading edge", "nvidia_heavy", { maker: "nvidia", pick: "newest", pkg: "components", memory: 0.2, spend: 0.95, reserve: 0.2 }),
  arch("local_amd_30", "Local, 30 % AMD", "local_only", {
    builder: "local",
    pkg: "components",
    vendor: "partner",
    maker: "any",
    amdShare: 0.3,
    talent: 2,
    talentUntil: 85,
    memory: 0.1,
  }),
  arch("policy_max", "Policy-maximiser", "policy_maximiser", { policies: ALL_POLICIES }),
  arch("cash_hoarder", "Cash hoarder", "cash_hoarder", { spend: 0.3, reserve: 40, buildMw: 20, memory: 0, talent: 1, talentUntil: 60 }),
];

/** The archetype with this id. */
export function archetype(id: string): Archetype | undefined {
  return ARCHETYPES.find((a) => a.id === id);
}
