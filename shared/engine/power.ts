/**
 * Power as the binding constraint: each nation's grid (free MW now, new MW a year, an interconnection
 * queue measured in MW), permitting, and the ways around them at a price (powered brownfield shells,
 * on-site generation, power-purchase agreements). Build time grows sub-linearly with size.
 *
 * Formulas (sources in facts.md; estimates say so):
 * - construction quarters = round(q50 × (MW / 50)^0.4), at least 1, where q50 is the builder's quarters
 *   for 50 MW (US integrator 2, local partner 3.5 × (1.3 − 0.5 × expertise/100), a joint venture their mean
 *   + 1 governance quarter: two owners agree design, budget and board approvals; estimate). Sub-linear: a 1 GW
 *   campus is ~3.3× a 50 MW hall, not 20×. Greenfield adds the nation's permitting quarters and takes at
 *   most 14 quarters in all (1 GW greenfield in 1–3.6 years, D9). Brownfield (an existing shell with
 *   power: ex-factory, converted hall) takes 1–4 quarters (xAI Colossus 122 days D32, Colossus 2 200 MW in
 *   ~6 months D33, KDDI Sakai ex-Sharp plant in ~6 months N14) and no permits.
 * - grid wait: 0 while the site fits the free grid MW; otherwise the request joins the queue behind the MW
 *   already waiting and is served by new grid MW (growthMwPerYear / 4 a quarter):
 *   wait = max(queueQuarters, ceil((queued + MW − free) / (growth / 4))). Queue waits per region: APAC
 *   18–36 months (6–12 quarters, D11), Europe up to 7 years (D10), N. Virginia 3–5+ years (D31), India
 *   states < 270 days (D12). A request that would wait more than 28 quarters (7 years, D10) is refused.
 * - on-site generation (gas turbines, solar + storage behind the meter): no grid queue, limited MW a year
 *   (turbine supply and permits), capex + US$1.2M per IT MW and the nation's on-site power price
 *   (estimates: gas plant ~US$1M/MW of generation × ~1.2 MW per IT MW; fuel-driven price).
 * - power-purchase agreement (a new solar/wind/nuclear plant contracted with the site): waits the plant's
 *   build (ppaQuarters), limited MW a year, capex + US$0.3M per MW (collateral and transmission share,
 *   estimate); its price is fixed (energy price spikes do not move it).
 * - brownfield: capex × 1.1 (the seller prices the speed; estimate), from a small stock of powered shells.
 */
import type { Builder, DataCentre, GameState, Integrator, LocalPartner, Nation } from "./state";
import type { ValidationResult } from "./errors";
import { OK, reject } from "./errors";
import { pow } from "./det-math";
import type { EventPlan } from "./event-types";
import { planSentence } from "../describe/plan";

/** Where a data centre's electricity comes from. */
export type PowerSource = "grid" | "onsite" | "ppa";
/** A new site on bare land (permits, grid connection) or an existing powered shell. */
export type SiteKind = "greenfield" | "brownfield";

/** A nation's power position: grid headroom and queue, permits and the ways around them. */
export interface GridState {
  /** Grid MW free now for new sites (connected without queueing). */
  headroomMw: number;
  /** New grid MW a year for data centres (released a quarter at a time, to the queue first). */
  growthMwPerYear: number;
  /** MW of earlier requests still waiting in the interconnection queue. */
  queuedMw: number;
  /** Shortest wait for a connection beyond the headroom, quarters (studies and works). */
  queueQuarters: number;
  /** Quarters of permitting before a greenfield site can start construction. */
  permitQuarters: number;
  /** MW of powered brownfield shells still on the market. */
  brownfieldMw: number;
  /** On-site generation MW that can still be installed (refills by onsiteMwPerYear / 4 a quarter, up to one year's worth). */
  onsiteMw: number;
  /** On-site generation MW a year (turbine supply, gas and permits). */
  onsiteMwPerYear: number;
  /** Price of on-site generation, US$ per MWh. */
  onsitePrice: number;
  /** MW of new PPA-backed plants that can still be contracted (refills like on-site). */
  ppaMw: number;
  /** PPA-backed MW a year. */
  ppaMwPerYear: number;
  /** Fixed PPA price, US$ per MWh. */
  ppaPrice: number;
  /** Quarters to build the plant behind a PPA. */
  ppaQuarters: number;
  /** Extra capex per MW for backup generation where the grid is less reliable (India), US$ M. */
  backupCapexPerMw: number;
}

/** Longest grid wait accepted, quarters (Europe's worst queues: up to 7 years, D10). */
export const MAX_GRID_WAIT = 28;
/** Exponent of build time in site size (sub-linear; calibrated so 1 GW greenfield lands in 4–14 quarters, D9). */
export const BUILD_SIZE_EXPONENT = 0.4;
/** Longest greenfield build, quarters (3.6 years, D9). */
export const MAX_GREENFIELD_QUARTERS = 14;
/** Longest brownfield conversion, quarters (D32, D33, N14). */
export const MAX_BROWNFIELD_QUARTERS = 4;
/** Extra quarter a joint-venture site takes to build: two owners agree design, budget and approvals (estimate). */
export const JV_GOVERNANCE_QUARTERS = 1;
/** Extra capex per IT MW for on-site generation, US$ M (estimate). */
export const ONSITE_CAPEX_PER_MW = 1.2;
/** Extra capex per MW for a PPA (collateral, transmission share), US$ M (estimate). */
export const PPA_CAPEX_PER_MW = 0.3;
/** Capex multiplier of a powered brownfield shell (estimate). */
export const BROWNFIELD_CAPEX_FACTOR = 1.1;

/** The grid of a nation built from scenario figures, with defaults from the legacy gridMw/gridQuarters. */
export function gridFromSetup(gridMw: number, gridQuarters: number, g: Partial<GridState> = {}): GridState {
  const onsiteMwPerYear = g.onsiteMwPerYear ?? 0;
  const ppaMwPerYear = g.ppaMwPerYear ?? 0;
  return {
    headroomMw: g.headroomMw ?? gridMw,
    growthMwPerYear: g.growthMwPerYear ?? gridMw,
    queuedMw: g.queuedMw ?? 0,
    queueQuarters: g.queueQuarters ?? gridQuarters,
    permitQuarters: g.permitQuarters ?? 0,
    brownfieldMw: g.brownfieldMw ?? 0,
    onsiteMw: g.onsiteMw ?? onsiteMwPerYear,
    onsiteMwPerYear,
    onsitePrice: g.onsitePrice ?? 150,
    ppaMw: g.ppaMw ?? ppaMwPerYear,
    ppaMwPerYear,
    ppaPrice: g.ppaPrice ?? 100,
    ppaQuarters: g.ppaQuarters ?? 4,
    backupCapexPerMw: g.backupCapexPerMw ?? 0,
  };
}

/** A nation's grid (old states without one get it from gridMw/gridQuarters). */
export function gridOf(n: Nation): GridState {
  if (!n.grid) n.grid = gridFromSetup(n.gridMw, n.gridQuarters);
  return n.grid;
}

/** The power choices of a build: defaults keep old orders valid (greenfield on the grid). */
export interface PowerChoice {
  siteKind?: SiteKind;
  power?: PowerSource;
}

/** Site kind and power source with defaults filled in (a brownfield shell always uses its own connection). */
export function powerChoice(o: PowerChoice): { siteKind: SiteKind; power: PowerSource } {
  const siteKind = o.siteKind ?? "greenfield";
  return { siteKind, power: siteKind === "brownfield" ? "grid" : (o.power ?? "grid") };
}

/** Construction quarters of `mw` by a builder (sub-linear in size), before permits and grid waits. */
export function constructionQuarters(
  nation: Nation,
  mw: number,
  builder: Builder,
  integrator?: Integrator,
  partner?: LocalPartner,
  siteKind: SiteKind = "greenfield",
): number {
  const us = integrator?.buildQuartersPer50Mw ?? 2;
  const localBase = partner?.buildQuartersPer50Mw ?? 3.5;
  const local = localBase * (1.3 - (0.5 * nation.expertise) / 100);
  const per50 = builder === "us" ? us : builder === "local" ? local : (us + local) / 2 + JV_GOVERNANCE_QUARTERS;
  const size = pow(Math.max(1, mw) / 50, BUILD_SIZE_EXPONENT);
  if (siteKind === "brownfield") return Math.min(MAX_BROWNFIELD_QUARTERS, Math.max(1, Math.round(per50 * 0.5 * size)));
  return Math.min(MAX_GREENFIELD_QUARTERS - gridOf(nation).permitQuarters, Math.max(1, Math.round(per50 * size)));
}

/** Quarters of permitting before construction (greenfield only). */
export function permitQuarters(nation: Nation, siteKind: SiteKind): number {
  return siteKind === "brownfield" ? 0 : gridOf(nation).permitQuarters;
}

/** Quarters until the power for `mw` is there, given the grid as it stands (0 = now). */
export function powerWaitQuarters(nation: Nation, mw: number, choice: PowerChoice = {}, grid: GridState = gridOf(nation)): number {
  const { siteKind, power } = powerChoice(choice);
  if (siteKind === "brownfield" || power === "onsite") return 0;
  if (power === "ppa") return grid.ppaQuarters;
  if (mw <= grid.headroomMw) return 0;
  const perQuarter = grid.growthMwPerYear / 4;
  if (perQuarter <= 0) return Infinity;
  return Math.max(grid.queueQuarters, Math.ceil((grid.queuedMw + mw - grid.headroomMw) / perQuarter));
}

/** Everything a build would take: quarters (permit, construction, power wait, total), extra capex and the price of its power. */
export interface BuildPlan {
  permit: number;
  construction: number;
  powerWait: number;
  /** Quarters until online: max(permit + construction, power wait) + event delays. */
  total: number;
  /** Capex multiplier and extra capex per MW (US$ M) from the site kind and power source. */
  capexFactor: number;
  extraCapexPerMw: number;
  /** US$ per MWh the site will pay. */
  powerPrice: number;
}

/** The plan of a new site or an expansion of `mw` (an expansion builds on its site: no permits). */
export function buildPlan(
  nation: Nation,
  mw: number,
  builder: Builder,
  choice: PowerChoice,
  integrator?: Integrator,
  partner?: LocalPartner,
  opts: { expansion?: boolean; grid?: GridState } = {},
): BuildPlan {
  const grid = opts.grid ?? gridOf(nation);
  const { siteKind, power } = powerChoice(choice);
  const permit = opts.expansion ? 0 : permitQuarters(nation, siteKind);
  const construction = constructionQuarters(nation, mw, builder, integrator, partner, siteKind);
  const powerWait = powerWaitQuarters(nation, mw, { siteKind, power }, grid);
  const extra = (power === "onsite" ? ONSITE_CAPEX_PER_MW : power === "ppa" ? PPA_CAPEX_PER_MW : 0) + (power === "grid" ? grid.backupCapexPerMw : 0);
  return {
    permit,
    construction,
    powerWait,
    total: Math.max(permit + construction, powerWait) + nation.buildDelay,
    capexFactor: siteKind === "brownfield" && !opts.expansion ? BROWNFIELD_CAPEX_FACTOR : 1,
    extraCapexPerMw: extra,
    powerPrice: sourcePrice(nation, power),
  };
}

/** US$ per MWh of a power source for a nation. */
export function sourcePrice(n: Nation, power: PowerSource): number {
  const g = gridOf(n);
  return power === "onsite" ? g.onsitePrice : power === "ppa" ? g.ppaPrice : n.powerPrice;
}

/** US$ per MWh a data centre pays (its power source; grid sites pay the nation's price). */
export function dcPowerPrice(n: Nation, dc: DataCentre): number {
  return sourcePrice(n, dc.power ?? "grid");
}

/** Take `mw` from the pool the choice draws on (grid headroom or queue, brownfield stock, on-site or PPA MW). */
export function commitPower(grid: GridState, mw: number, choice: PowerChoice): void {
  const { siteKind, power } = powerChoice(choice);
  if (siteKind === "brownfield") grid.brownfieldMw = Math.max(0, grid.brownfieldMw - mw);
  else if (power === "onsite") grid.onsiteMw = Math.max(0, grid.onsiteMw - mw);
  else if (power === "ppa") grid.ppaMw = Math.max(0, grid.ppaMw - mw);
  else if (mw <= grid.headroomMw) grid.headroomMw -= mw;
  else {
    grid.queuedMw += mw - grid.headroomMw;
    grid.headroomMw = 0;
  }
}

/** One quarter of grid growth: new MW serve the queue first, the rest frees headroom; on-site and PPA pools refill. */
export function advanceGrid(n: Nation): void {
  const g = gridOf(n);
  const fresh = g.growthMwPerYear / 4;
  const served = Math.min(g.queuedMw, fresh);
  g.queuedMw = round1(g.queuedMw - served);
  g.headroomMw = round1(g.headroomMw + fresh - served);
  g.onsiteMw = round1(Math.min(g.onsiteMwPerYear, g.onsiteMw + g.onsiteMwPerYear / 4));
  g.ppaMw = round1(Math.min(g.ppaMwPerYear, g.ppaMw + g.ppaMwPerYear / 4));
  n.gridMw = g.headroomMw;
}

/** A grid crunch: half of the free grid MW goes to other users first (it joins the queue ahead of the nation). */
export function gridCrunch(n: Nation): void {
  const g = gridOf(n);
  const taken = round1(g.headroomMw / 2);
  g.headroomMw = round1(g.headroomMw - taken);
  g.queuedMw = round1(g.queuedMw + taken);
  n.gridMw = g.headroomMw;
}

/** An energy price shock: the grid price and fuel-burning on-site generation move; PPA prices are fixed. */
export function powerPriceShock(n: Nation, factor: number): void {
  n.powerPrice = Math.round(n.powerPrice * factor * 10) / 10;
  const g = gridOf(n);
  g.onsitePrice = Math.round(g.onsitePrice * factor * 10) / 10;
}

/** One sentence on what a build waits for and what its power costs (for the order's news line and the client). */
export function describePlan(plan: BuildPlan, choice: { siteKind: SiteKind; power: PowerSource }): string {
  return planSentence(planFigures(plan, choice));
}

/** The figures of a build plan, as its news line carries them. */
export function planFigures(plan: BuildPlan, choice: { siteKind: SiteKind; power: PowerSource }): EventPlan {
  return {
    permit: plan.permit,
    construction: plan.construction,
    powerWait: plan.powerWait,
    powerPrice: plan.powerPrice,
    brownfield: choice.siteKind === "brownfield",
    power: choice.power,
  };
}

/** The nation's grid after the builds and expansions already ordered this turn. */
export function gridAfter(
  state: GameState,
  nation: Nation,
  prior: { type: string; mw?: number; siteKind?: SiteKind; power?: PowerSource; dcId?: string }[],
): GridState {
  const g: GridState = { ...gridOf(nation) };
  for (const o of prior) {
    if (o.type === "build_dc" && o.mw) commitPower(g, o.mw, o);
    if (o.type === "expand_dc" && o.mw) commitPower(g, o.mw, { power: nation.dataCentres.find((d) => d.id === o.dcId)?.power ?? "grid" });
  }
  return g;
}

/** Can the nation's power take `mw` more with this choice? A clear refusal when it cannot. */
export function checkPower(nation: Nation, mw: number, choice: PowerChoice, grid: GridState): ValidationResult {
  const { siteKind, power } = powerChoice(choice);
  if (siteKind === "brownfield") {
    if (mw > grid.brownfieldMw) {
      return reject("power/no_brownfield_left", { nation: nation.name, brownfieldMw: Math.floor(grid.brownfieldMw), mw });
    }
    return OK;
  }
  if (power === "onsite") {
    if (mw > grid.onsiteMw) {
      return reject("power/onsite_exhausted", { nation: nation.name, onsiteMw: Math.floor(grid.onsiteMw), onsiteMwPerYear: grid.onsiteMwPerYear, mw });
    }
    return OK;
  }
  if (power === "ppa") {
    if (mw > grid.ppaMw) {
      return reject("power/ppa_exhausted", { nation: nation.name, ppaMw: Math.floor(grid.ppaMw), ppaMwPerYear: grid.ppaMwPerYear, mw });
    }
    return OK;
  }
  const wait = powerWaitQuarters(nation, mw, choice, grid);
  if (wait > MAX_GRID_WAIT) {
    return reject("power/grid_queue_too_long", {
      nation: nation.name,
      headroomMw: Math.floor(grid.headroomMw),
      queuedMw: Math.round(grid.queuedMw),
      growthMwPerYear: grid.growthMwPerYear,
      mw,
      maxWait: MAX_GRID_WAIT,
    });
  }
  return OK;
}

/** Most MW a nation could have connected by the end of `quarters` more quarters with unlimited money (grid, brownfield, on-site, PPA). */
export function reachableMw(nation: Nation, quarters: number): number {
  const g = gridOf(nation);
  const grid = g.headroomMw + (Math.max(0, quarters) * g.growthMwPerYear) / 4 - g.queuedMw;
  const onsite = g.onsiteMw + (g.onsiteMwPerYear * Math.max(0, quarters - 1)) / 4;
  const ppa = quarters >= g.ppaQuarters ? g.ppaMw + (g.ppaMwPerYear * Math.max(0, quarters - g.ppaQuarters)) / 4 : 0;
  return Math.max(0, grid) + g.brownfieldMw + onsite + ppa;
}

function round1(x: number): number {
  return Math.round(x * 10) / 10 + 0; // + 0 turns −0 into 0 (a state must survive JSON unchanged)
}
