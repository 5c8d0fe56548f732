/**
 * The order-building kit the scripted archetypes share: it reads only a nation's own view (through a
 * one-nation belief state), checks every order with the engine's validateOrder after the ones before
 * it, and falls back (smaller site, fewer GPUs, another vendor) instead of giving a refused order. So an
 * archetype is a few calls, and it keeps giving legal orders when the rules change.
 */
import type { Order } from "../protocol/orders";
import { Order as OrderSchema } from "../protocol/orders";
import type { Accelerator, Builder, ChipMaker, DataCentre, GameState, GpuPackage, MemoryMakerId, Nation } from "../engine/state";
import type { GameView } from "../engine/view";
import type { PolicyId } from "../protocol/orders";
import { beliefState } from "../ai/belief";
import { validateOrder } from "../engine/validate";
import { dcInstalledKw, dcPendingKw, findVendor, gpuUnitPrice, isAvailable } from "../engine/costs";
import { moneyAvailable } from "../engine/order-cost";
import { findAccelerator } from "../engine/catalogue";
import { softwarePenalty } from "../engine/operations";
import { negotiate } from "../engine/quote-check";
import { quarterIndex } from "../engine/quarter";
import { aiLicenceOrder } from "../ai/licence";

/** The hyperscaler clouds of the `cloud_contract` order (added by the `paths` rules). */
export const CLOUD_PROVIDERS = ["aws", "azure", "google", "oracle"] as const;
/** One hyperscaler cloud. */
export type CloudProvider = (typeof CLOUD_PROVIDERS)[number];

/** How a kit picks the accelerator to buy: best effective PF per dollar, or the newest generation on sale. */
export type ModelPick = "value" | "newest";

/** True when these rules' Order schema accepts a `cloud_contract` order (the hyperscaler-cloud path). */
export function cloudContractsExist(): boolean {
  return OrderSchema.safeParse({ type: "cloud_contract", turn: 1, provider: "aws", model: "h100", gpus: 8, quarters: 1 }).success;
}

/** Data centres of a nation with power still free after installed, pending and this turn's GPU orders, kW. */
export function freeKwAfter(state: GameState, n: Nation, dc: DataCentre, prior: Order[]): number {
  const priorKw = prior.reduce((s, o) => {
    if ((o.type !== "order_gpus" && o.type !== "sign_quote") || o.dcId !== dc.id) return s;
    return s + o.quantity * (findAccelerator(state.catalogue, o.model)?.kw ?? 0);
  }, 0);
  return dc.mw * 1000 - dcInstalledKw(state, dc) - dcPendingKw(state, n, dc.id) - priorKw;
}

/** Options of a build step. */
export interface BuildStep {
  builder: Builder;
  /** Wanted IT MW (halved down to 10 MW when the treasury or the rules refuse it). */
  mw: number;
  /** Sites under construction at once. */
  maxBuilding: number;
  integrator?: string;
  partner?: string;
  /** Money kept after the build, in quarters of budget. */
  reserve: number;
}

/** Options of a GPU purchase step. */
export interface BuyStep {
  maker: ChipMaker | "any";
  pick: ModelPick;
  pkg: GpuPackage;
  /** Vendors tried in order (integrator or local partner ids). */
  vendors: string[];
  /** Share of the money above the reserve spent on GPUs this quarter. */
  spend: number;
  /** Money kept, in quarters of budget. */
  reserve: number;
  /** Sign a quote at the vendor's floor price instead of ordering at list (a negotiating buyer). */
  haggle: boolean;
  /** The plan's builder: sites of the scenario's pre-game pipeline built by another are not filled (the plan builds its own). */
  builder?: Builder;
  /** Share of each site's free kW this step may fill (default 1: all of it; a maker mix leaves the rest to the next step). */
  kwShare?: number;
  /** Most PF this step may buy over all sites (default: no limit). */
  maxPf?: number;
}

/** True for a site of the scenario's pre-game pipeline (under construction or with GPUs on order at the start: setup.ts) built by another builder than `builder`. */
export function otherPipelineSite(dc: DataCentre, builder: Builder | undefined): boolean {
  return builder !== undefined && dc.foundedTurn === 0 && dc.sources !== undefined && dc.builder !== builder;
}

/** Builds one quarter's orders for one nation from its own view; every order it keeps passes validateOrder. */
export class OrderKit {
  /** The nation's belief: its own state and the public market, as an engine state. */
  readonly state: GameState | null;
  readonly nationId: string;
  /** Orders kept so far this quarter. */
  readonly orders: Order[] = [];
  /** Why a step gave nothing (for tests and the bench's warnings). */
  readonly notes: string[] = [];
  /** Nations in the game (a fair share of a market is its total over this). */
  readonly nationCount: number;

  constructor(view: GameView, nationId: string) {
    this.nationId = nationId;
    this.nationCount = Math.max(1, view.nations.length);
    this.state = view.finished ? null : beliefState(view, nationId);
  }

  /** The nation (undefined once the game is over or without a seat). */
  get nation(): Nation | undefined {
    return this.state?.nations[this.nationId];
  }

  /** The turn the orders are for. */
  get turn(): number {
    return this.state?.turn ?? 0;
  }

  /** Keep `o` when the rules accept it after the orders kept so far. */
  add(o: Order): boolean {
    if (!this.state || !validateOrder(this.state, this.nationId, o, this.orders).ok) return false;
    this.orders.push(o);
    return true;
  }

  /** Keep an order the current Order schema may not know (new order types): parsed, then validated. */
  addUnknown(raw: unknown): boolean {
    const parsed = OrderSchema.safeParse(raw);
    return parsed.success ? this.add(parsed.data) : false;
  }

  /** Money left after the kept orders, less `reserve` quarters of budget, US$ M. */
  spare(reserve = 0): number {
    const n = this.nation;
    return this.state && n ? moneyAvailable(this.state, n, this.orders) - n.budgetPerQuarter * reserve : 0;
  }

  /** Apply for (or renew) a US export licence when the nation needs one to buy GPUs, as the AI does (shared/ai/licence.ts). */
  licence(): void {
    const s = this.state,
      n = this.nation;
    if (!s || !n) return;
    const o = aiLicenceOrder(s, n);
    if (o) this.add(o);
  }

  /** Switch on every listed policy that is off. */
  policies(ids: readonly PolicyId[]): void {
    const n = this.nation;
    if (!n) return;
    for (const policy of ids) if (!n.policies[policy]) this.add({ type: "policy", turn: this.turn, policy, enabled: true });
  }

  /** Fund the highest talent programme up to `level` while expertise is below `until`. */
  talent(level: 0 | 1 | 2 | 3, until: number): void {
    const n = this.nation;
    if (!n || level === 0 || n.expertise >= until) return;
    for (let l = level; l >= 1; l--) if (this.add({ type: "talent", turn: this.turn, level: l })) return;
  }

  /** Reserve `share` of the fair HBM pool (the pool split among the nations) with `maker`, when no agreement covers next quarter. */
  memory(share: number, maker: MemoryMakerId, quarters: number, reserve: number): void {
    const s = this.state,
      n = this.nation;
    if (!s || !n || share <= 0) return;
    if (n.dataCentres.length === 0 && n.pendingGpus.length === 0 && !this.orders.some((o) => o.type === "build_dc")) return;
    if (n.memoryAgreements.some((m) => m.toTurn >= this.turn + 1)) return;
    const fair = s.market.hbmPoolGb / this.nationCount;
    const mk = s.catalogue.memoryMakers.find((m) => m.id === maker) ?? s.catalogue.memoryMakers[0];
    const cap = Math.floor(s.market.hbmPoolGb * mk.share * 0.5);
    const q = Math.max(1, Math.min(12, Math.round(quarters)));
    for (const gb of [Math.floor(fair * share), Math.floor((fair * share) / 4), 1000]) {
      const o: Order = { type: "memory_agreement", turn: this.turn, maker: mk.id, gbPerQuarter: Math.max(1000, Math.min(gb, cap)), quarters: q };
      if (this.spare(reserve) > 0 && this.add(o)) return;
    }
  }

  /** Buy a strategic stake of `amount` in `integrator` once, when at least twice that is spare. */
  stake(integrator: string, amount: number, reserve: number): void {
    const n = this.nation;
    if (!n || amount < 10 || (n.stakes[integrator] ?? 0) > 0) return;
    if (this.spare(reserve) > amount * 2) this.add({ type: "invest_integrator", turn: this.turn, integrator, amount: Math.round(Math.min(5000, amount)) });
  }

  /** Found a data centre when fewer than `maxBuilding` are being built and none has room for GPUs. */
  build(step: BuildStep): void {
    const s = this.state,
      n = this.nation;
    if (!s || !n || n.sites.length === 0) return;
    // Sites of the scenario's pre-game pipeline (foundedTurn 0: Stargate UAE, HUMAIN, Korea's NAICC) are not the plan's own builds.
    const building = n.dataCentres.filter((d) => d.quartersLeft > 0 && d.foundedTurn !== 0).length + this.orders.filter((o) => o.type === "build_dc").length;
    const roomy = n.dataCentres.some((d) => d.mwOnline > 0 && !otherPipelineSite(d, step.builder) && freeKwAfter(s, n, d, this.orders) > 2000);
    if (building >= step.maxBuilding || roomy || s.maxTurns - s.turn < 2) return;
    const site = n.sites[n.dataCentres.length % n.sites.length];
    for (const mw of [step.mw, step.mw / 2, step.mw / 4, 10].map((x) => Math.max(1, Math.min(2000, Math.round(x))))) {
      const base = { type: "build_dc" as const, turn: this.turn, site: site.id, mw, cooling: "liquid" as const };
      const o: Order =
        step.builder === "local"
          ? { ...base, builder: "local", partner: step.partner }
          : step.builder === "jv"
            ? { ...base, builder: "jv", integrator: step.integrator, partner: step.partner }
            : { ...base, builder: "us", integrator: step.integrator };
      if (!validateOrder(s, this.nationId, o, this.orders).ok) continue;
      this.orders.push(o);
      if (this.spare(step.reserve) >= 0) return;
      this.orders.pop();
    }
  }

  /** Fill the free power of every data centre that is online (or nearly) with GPUs chosen by `step`. */
  buyGpus(step: BuyStep): void {
    const s = this.state,
      n = this.nation;
    if (!s || !n) return;
    let pfLeft = step.maxPf ?? Infinity;
    for (const dc of n.dataCentres) {
      if ((dc.mwOnline === 0 && dc.quartersLeft > 2) || otherPipelineSite(dc, step.builder)) continue;
      const kw = freeKwAfter(s, n, dc, this.orders) * Math.max(0, Math.min(1, step.kwShare ?? 1));
      if (kw <= 0) continue;
      const choice = this.chooseModel(dc, step);
      if (!choice) continue;
      const budget = this.spare(step.reserve) * step.spend;
      let quantity = Math.min(Math.floor(kw / choice.a.kw), Math.floor(budget / choice.unit), Math.floor(pfLeft / choice.a.pf));
      while (quantity >= 8) {
        if (this.orderGpus(choice.a.id, quantity, choice.vendor, step, dc.id)) {
          pfLeft -= quantity * choice.a.pf;
          break;
        }
        quantity = Math.floor(quantity / 2);
      }
    }
  }

  /** PF the nation bought in play by maker: installed, on order and ordered this quarter (the scenario's pre-game pipeline left out). */
  ownPfByMaker(): { nvidia: number; amd: number } {
    const out = { nvidia: 0, amd: 0 };
    const s = this.state,
      n = this.nation;
    if (!s || !n) return out;
    const add = (model: string, count: number): void => {
      const a = s.catalogue.accelerators.find((x) => x.id === model);
      if (a) out[a.maker] += a.pf * count;
    };
    for (const dc of n.dataCentres) for (const g of dc.gpus) if (!g.pipeline) add(g.model, g.count);
    for (const p of n.pendingGpus) if (p.orderedTurn > 0) add(p.model, p.quantity);
    for (const o of this.orders) if (o.type === "order_gpus" || o.type === "sign_quote") add(o.model, o.quantity);
    return out;
  }

  /** Fit CXL to data centres with GPUs while money above the reserve allows. */
  cxl(reserve: number): void {
    const n = this.nation;
    if (!n) return;
    for (const dc of n.dataCentres)
      if (!dc.cxl && dc.gpus.length > 0 && this.spare(reserve) > 0) this.add({ type: "cxl_upgrade", turn: this.turn, dcId: dc.id });
  }

  /**
   * Rent `gpus` of the best model on sale from a hyperscaler sovereign cloud for `quarters`, halving the
   * count until the rules accept it. False (with a note) when these rules have no `cloud_contract` order.
   */
  cloud(provider: CloudProvider, maker: ChipMaker | "any", pick: ModelPick, gpus: number, quarters: number): boolean {
    const s = this.state;
    if (!s) return false;
    if (!cloudContractsExist()) {
      this.notes.push("cloud_contract is not an order in these rules");
      return false;
    }
    const models = this.onSale(maker, true).sort((a, b) => this.rank(b, pick) - this.rank(a, pick) || a.id.localeCompare(b.id));
    const q = Math.max(1, Math.min(12, Math.round(quarters)));
    for (const a of models.slice(0, 3)) {
      for (let g = Math.min(200_000, Math.round(gpus)); g >= 8; g = Math.floor(g / 2)) {
        if (this.addUnknown({ type: "cloud_contract", turn: this.turn, provider, model: a.id, gpus: g, quarters: q })) return true;
      }
    }
    return false;
  }

  /** The orders for the quarter (a hold when there is nothing to do). */
  finish(): Order[] {
    if (!this.state) return [];
    return this.orders.length ? [...this.orders] : [{ type: "hold", turn: this.turn }];
  }

  private onSale(maker: ChipMaker | "any", liquid: boolean): Accelerator[] {
    const s = this.state!;
    return s.catalogue.accelerators.filter((a) => isAvailable(s, a) && (maker === "any" || a.maker === maker) && (liquid || !a.liquidOnly));
  }

  private rank(a: Accelerator, pick: ModelPick): number {
    return pick === "newest" ? quarterIndex(a.available) * 1000 + a.pf : a.pf;
  }

  private chooseModel(dc: DataCentre, step: BuyStep): { a: Accelerator; vendor: string; unit: number } | null {
    const s = this.state!,
      n = this.nation!;
    const options: { a: Accelerator; vendor: string; unit: number; v: number }[] = [];
    for (const a of this.onSale(step.maker, dc.cooling === "liquid")) {
      for (const vendor of step.vendors) {
        const probe: Order = { type: "order_gpus", turn: this.turn, model: a.id, quantity: 8, vendor, package: step.pkg, dcId: dc.id };
        const ok = validateOrder(s, this.nationId, probe, this.orders);
        if (!ok.ok && ok.error.code !== "money/cannot_afford") continue;
        const v = findVendor(s, vendor);
        if (!v) continue;
        const unit = gpuUnitPrice(s, n, a, v, step.pkg);
        const value = (a.pf * (1 - softwarePenalty(a, n.expertise))) / unit;
        options.push({ a, vendor, unit, v: step.pick === "newest" ? this.rank(a, "newest") + value / 1e6 : value });
        break;
      }
    }
    options.sort((x, y) => y.v - x.v || x.a.id.localeCompare(y.a.id));
    return options[0] ?? null;
  }

  private orderGpus(model: string, quantity: number, vendor: string, step: BuyStep, dcId: string): boolean {
    if (step.haggle && this.state) {
      const req = { vendor, model, quantity, package: step.pkg, dcId };
      const q = negotiate(this.state, this.nationId, req, []);
      if (q.ok && this.add({ type: "sign_quote", turn: this.turn, ...req, asks: [{ unitPrice: q.quote.floor }] })) return true;
    }
    return this.add({ type: "order_gpus", turn: this.turn, model, quantity, vendor, package: step.pkg, dcId });
  }
}
