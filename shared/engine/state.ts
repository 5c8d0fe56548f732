/**
 * The game state: plain JSON data, the single source of truth for server, client previews, AI and tests.
 * Units: money in USD millions (M), compute in PFLOPS FP8 dense (PF), power in MW of IT load, HBM in GB,
 * one turn = one quarter.
 */
import type { GameEvent } from "./event-types";
import type { Order, PolicyId } from "../protocol/orders";
import type { LicenceCondition } from "../protocol/licences";
import type { ActiveDeal, PromiseEntry } from "./deals";
import type { GridState, PowerSource, SiteKind } from "./power";
import type { Offtake } from "./offtake";
import type { TurnCauses } from "./causes";

/** A calendar quarter. */
export interface Quarter {
  year: number;
  q: 1 | 2 | 3 | 4;
}

/** GPU maker. */
export type ChipMaker = "nvidia" | "amd";
/** HBM maker. */
export type MemoryMakerId = "skhynix" | "samsung" | "micron";
/** Cooling of a data hall. */
export type Cooling = "air" | "liquid";
/** Who builds (and by default operates) a data centre. */
export type Builder = "us" | "local" | "jv";
/** What a GPU order buys: bare components, or a full-stack AI factory with managed operations. */
export type GpuPackage = "components" | "fullstack";

/** One accelerator in the catalogue (per GPU package; racks are counted per GPU). */
export interface Accelerator {
  id: string;
  name: string;
  maker: ChipMaker;
  /** PFLOPS FP8 dense per GPU. */
  pf: number;
  /** HBM per GPU, GB. */
  hbmGb: number;
  /** All-in IT power per GPU (GPU + share of CPU, network, fans), kW. */
  kw: number;
  /** Unit price per GPU, US$ thousands. */
  priceK: number;
  /** First quarter it can be ordered. */
  available: Quarter;
  /** Base lead time from order to delivery, quarters. */
  leadQuarters: number;
  /** Liquid cooling required. */
  liquidOnly: boolean;
  /** GPUaaS rental price when new, US$ per GPU-hour. */
  rentPerHour: number;
  /**
   * US export-control class (licences.ts): "controlled" = A100/H100 class and above (licence needed for
   * licence-bound buyers, E1, E17); "frontier" = the newest generations (Blackwell, MI355X and later);
   * "standard" = below the control threshold (the engine still controls any part at or above it).
   */
  exportClass: "standard" | "controlled" | "frontier";
  /** Share of the unit price that is HBM (drives price moves when HBM gets dear). */
  hbmShareOfPrice: number;
  /** Rack-scale system (NVL72-class): needs an integrator or a skilled local partner. */
  rackScale: boolean;
  /** HBM generation of the part (the memory model splits supply and premiums by generation, facts.md M14). */
  hbmGen: "hbm3" | "hbm3e" | "hbm4" | "hbm4e";
  /** PFLOPS FP4 dense per GPU (inference value); parts without FP4 carry their FP8 rate. */
  fp4Pf: number;
  /** GPUs in one scale-up domain (NVLink/UALink): 8 for HGX/OAM nodes, 72 for NVL72/Helios, 144+ for NVL576/UAL256. */
  scaleUp: number;
  /** GPUaaS rent band in its reference year (2026, or the launch year if later), US$ per GPU-hour: [trough, top]. */
  rentBand: [number, number];
}

/** A US integrator selling components or full-stack AI factories. */
export interface Integrator {
  id: string;
  name: string;
  /** Price multiplier on hardware for components. */
  componentMarkup: number;
  /** Price multiplier on hardware for a full-stack AI factory (hardware, network, software, managed ops). */
  fullstackMarkup: number;
  /** Lead-time change in quarters (negative = faster). */
  leadDelta: number;
  /** Monthly availability promised in the SLA, percent. */
  slaUptime: number;
  /** Utilisation of a cluster it operates (full stack). */
  managedUtilisation: number;
  /** Expertise points per quarter transferred to the nation per DC it runs. */
  expertiseTransfer: number;
  /** Where the management software and operations sit. */
  sovereigntyTerms: string;
  /** Construction premium on capex when it builds a data centre. */
  buildMarkup: number;
  /** Quarters it needs to build 50 MW. */
  buildQuartersPer50Mw: number;
  /** facts.md source ids. */
  sources: string[];
}

/** A local partner (telco, cloud, DC operator) in one nation. */
export interface LocalPartner {
  id: string;
  name: string;
  nation: string;
  /** Can it integrate rack-scale liquid-cooled systems on its own? */
  rackScale: boolean;
  /** Price multiplier on hardware it resells. */
  markup: number;
  /** Quarters it needs to build 50 MW. */
  buildQuartersPer50Mw: number;
  /** Expertise points per quarter the nation gains per DC it builds or runs. */
  expertiseGain: number;
  sources: string[];
}

/** A memory maker and its share of the HBM pool. */
export interface MemoryMaker {
  id: MemoryMakerId;
  name: string;
  country: string;
  /** Share of the HBM pool (0..1). */
  share: number;
  sources: string[];
}

/** Everything the rules read about products and vendors. */
export interface Catalogue {
  accelerators: Accelerator[];
  integrators: Integrator[];
  localPartners: LocalPartner[];
  memoryMakers: MemoryMaker[];
  /** HBM price, US$ per GB, at the base index. */
  hbmPricePerGb: number;
  /** Premium paid to reserve HBM in a supply agreement, US$ per GB per quarter. */
  hbmReservationPerGb: number;
  /** CXL expansion cost per GPU, US$ thousands. */
  cxlPerGpuK: number;
  /** Inference capacity uplift from CXL (0..1). */
  cxlInferenceUplift: number;
  /** Talent programme cost per level, US$ M per quarter. */
  talentCost: [number, number, number];
  /** Expertise points per quarter per level. */
  talentGain: [number, number, number];
  /** PUE by cooling. */
  pue: Record<Cooling, number>;
  /** Extra capex per MW for direct liquid cooling, US$ M. */
  liquidCapexPerMw: number;
  /** Hours in a quarter. */
  hoursPerQuarter: number;
}

/** A typed, mechanical effect an event (or a facilitator inject) applies. */
export type Effect =
  | { kind: "hbm_supply"; factor: number; quarters: number }
  | { kind: "packaging_cap"; factor: number; quarters: number }
  | { kind: "gpu_price"; maker: ChipMaker | "all"; factor: number; quarters: number }
  | { kind: "power_price"; nations: string[]; factor: number }
  | { kind: "support"; nations: string[]; delta: number; ifSovereigntyAbove?: number }
  | { kind: "expertise"; nations: string[]; delta: number }
  | { kind: "rent_price"; factor: number }
  | { kind: "build_delay"; nations: string[]; quarters: number }
  | { kind: "treasury"; nations: string[]; delta: number }
  /** Scale the US licence volumes of the nations (held and offered); bounded, never unlimited (licences.ts). */
  | { kind: "licence_volume"; nations: string[]; factor: number }
  /** Suspend the nations' US licences for some quarters (all, or only those without security audits). */
  | { kind: "licence_review"; nations: string[]; quarters: number; unlessAudited?: boolean };

/** A card of the events deck (or an inject). `nations: ["*"]` in an effect means every nation. */
export interface EventCard {
  id: string;
  headline: string;
  text: string;
  effects: Effect[];
  /** The real-world counterpart and its facts.md source ids. */
  realWorld: string;
  sources: string[];
}

/** An objective: reach a threshold on a metric by the end (or by a turn). */
export interface Objective {
  id: string;
  text: string;
  metric: "compute" | "sovereignty" | "expertise" | "capability" | "revenue" | "milestone" | "support";
  target: number;
  byTurn?: number;
  points: number;
  secret: boolean;
}

/** A data centre of a nation. */
export interface DataCentre {
  id: string;
  nation: string;
  name: string;
  site: string;
  lat: number;
  lon: number;
  /** IT load capacity, MW (including any expansion under construction). */
  mw: number;
  /** MW already online (less than mw while an expansion is being built). */
  mwOnline: number;
  cooling: Cooling;
  builder: Builder;
  integrator?: string;
  partner?: string;
  status: "planned" | "building" | "online";
  /** Quarters left until the (new or expanded) capacity is online; 0 when online. */
  quartersLeft: number;
  /** Construction quarters (the last part of quartersLeft, after any wait for a grid connection). */
  buildQuarters: number;
  /** Installed GPUs per accelerator id, with who operates them. */
  gpus: InstalledGpus[];
  cxl: boolean;
  /** Utilisation last quarter (0..1). */
  utilisation: number;
  capexSpent: number;
  foundedTurn: number;
  /** Where its electricity comes from (absent = the grid; shared/engine/power.ts). */
  power?: PowerSource;
  /** Built on bare land or in an existing powered shell (absent = greenfield). */
  siteKind?: SiteKind;
  /** facts.md ids behind a site the scenario starts with (absent for sites built in the game). */
  sources?: string[];
}

/** A batch of installed GPUs of one model under one operator. */
export interface InstalledGpus {
  model: string;
  count: number;
  /** Who runs it: the integrator (full stack), or the nation itself (components/local). */
  operator: "integrator" | "nation";
  vendor: string;
  /** Hardware value paid, US$ M (for managed-service fees). */
  value: number;
  /** True for GPUs of an order placed before the game (the scenario's pipeline): not the nation's own choice in play. */
  pipeline?: boolean;
}

/** A GPU order waiting for delivery (already paid: money is held for it). */
export interface PendingGpuOrder {
  id: string;
  nation: string;
  model: string;
  quantity: number;
  vendor: string;
  package: GpuPackage;
  dcId: string;
  orderedTurn: number;
  /** Turn it is due (slips push it later). */
  dueTurn: number;
  /** Number of quarters it has slipped. */
  slipped: number;
  cost: number;
  /** Who runs it once installed, when a signed quote says so (otherwise: the integrator for full stack, else the nation). */
  operator?: "integrator" | "nation";
  /** facts.md ids behind an order placed before the game (absent for orders given in the game). */
  sources?: string[];
}

/** An HBM supply agreement: reserved GB per quarter with one maker. */
export interface MemoryAgreement {
  id: string;
  maker: MemoryMakerId;
  gbPerQuarter: number;
  fromTurn: number;
  toTurn: number;
}

/** One turn's outcome figures for a nation (history for charts and debrief). */
export interface NationStats {
  turn: number;
  compute: number;
  effectiveCompute: number;
  utilisation: number;
  revenue: number;
  opex: number;
  sovereignty: number;
  expertise: number;
  capability: number;
  treasury: number;
  support: number;
  score: number;
  /** Operating profit of the quarter: revenue − running costs − talent − financing, US$ M (shared/engine/money.ts). */
  profit: number;
  /** Cost of capital charged this quarter on the capex spent in the game, US$ M. */
  financing: number;
  /** Operating profit summed over the game so far, US$ M. */
  cumulativeProfit: number;
}

/** A nation in play. */
export interface Nation {
  id: string;
  name: string;
  flag: string;
  colour: string;
  profile: string;
  language: string;
  treasury: number;
  /** Floor the treasury never goes below (0 = no borrowing). */
  treasuryFloor: number;
  budgetPerQuarter: number;
  /** Grid power available for new data centres, MW of IT load. */
  gridMw: number;
  /** Quarters to connect a new site to the grid. */
  gridQuarters: number;
  /** Large-user power price, US$ per MWh. */
  powerPrice: number;
  /** Shell-and-M&E construction cost, US$ M per MW of IT. */
  buildCostPerMw: number;
  /** 0..100 */
  expertise: number;
  /** 0..100 */
  support: number;
  /** H100-equivalents of controlled parts ordered in the current calendar year (licences.ts). */
  exportUsedThisYear: number;
  champions: string[];
  sites: { id: string; name: string; lat: number; lon: number }[];
  dataCentres: DataCentre[];
  pendingGpus: PendingGpuOrder[];
  memoryAgreements: MemoryAgreement[];
  /** Stakes in integrators, US$ M invested, by integrator id. */
  stakes: Record<string, number>;
  policies: Partial<Record<PolicyId, boolean>>;
  /** 0.. (grows with domestic compute and expertise). */
  capability: number;
  milestoneTurn: number | null;
  cumulativeRevenue: number;
  sovereignty: number;
  score: number;
  objectives: Objective[];
  /** Ids of objectives met (their points are in the score). */
  objectivesMet: string[];
  /** Extra construction quarters from grid crunch events, applied to the next site started. */
  buildDelay: number;
  lastOrders: Order[];
  history: NationStats[];
  /** Grid headroom, interconnection queue, permits and the ways around them (shared/engine/power.ts). */
  grid: GridState;
  /** Operating profit summed over the game, US$ M (what the money part of the score reads). */
  cumulativeProfit: number;
  /** Capex spent during the game (sites, GPUs, memory, stakes), US$ M: the base of the financing cost. */
  capitalEmployed: number;
  /** Capacity signed to anchor tenants at a fixed rent (absent until the first offtake). */
  offtakes?: Offtake[];
  /** Service terms of signed quotes, per batch (data centre, model, vendor, operator); absent until the first (operators.ts). */
  serviceTerms?: ServiceTerms[];
  /** Hyperscaler sovereign-cloud contracts (cloud.ts); absent until the first. */
  cloudContracts?: CloudContract[];
  /** US export-control status after May 2025 (licences.ts): "ally" buys most volumes licence-free; "licence" needs a bilateral US licence for controlled parts. */
  exportStatus: ExportStatus;
  /** US export licences granted (the newest replaces the older ones). */
  licences: ExportLicence[];
  /** Multiplier on the volumes the US offers and holds for this nation, moved by events (0.3..1.5). */
  licenceFactor: number;
  /** Peak PF of nation-run GPUs installed at the start (the milestone needs compute added beyond it and beyond the pre-game pipeline; milestone.ts). */
  startingOwnPf: number;
  /** The last resolved quarter explained: each headline figure with its change and causes (causes.ts); absent before the first. */
  lastTurn?: TurnCauses;
}

/** The service terms a signed quote sets for the batch it delivers (the latest signed quote governs the batch). */
export interface ServiceTerms {
  dcId: string;
  model: string;
  vendor: string;
  operator: "integrator" | "nation";
  /** Monthly availability promised, percent (0 = best effort). */
  slaUptime: number;
  /** The vendor's management software and control plane are hosted in the country. */
  mgmtInCountry: boolean;
}

/** Capacity rented from a hyperscaler's sovereign region (cloud.ts). */
export interface CloudContract {
  id: string;
  provider: "aws" | "azure" | "google" | "oracle";
  model: string;
  gpus: number;
  /** First and last turn the capacity is online. */
  fromTurn: number;
  toTurn: number;
  /** Fee per quarter, US$ M (opex). */
  feePerQuarter: number;
}

/** US export-control status of a nation (there are no country tiers or caps after 13 May 2025, facts.md E5). */
export type ExportStatus = "ally" | "licence";

/** A US export licence: a yearly volume of H100-equivalents with conditions, revocable on breach. */
export interface ExportLicence {
  id: string;
  /** H100-equivalents (by FP8 PFLOPS) a calendar year. */
  volume: number;
  conditions: LicenceCondition[];
  /** Investment pledged in the US, US$ M paid every quarter of the licence. */
  pledgePerQuarter: number;
  /** First and last turn it is in force. */
  fromTurn: number;
  toTurn: number;
  /** Suspended through this turn after a breach (null = in good standing). */
  suspendedUntil: number | null;
}

/** Market-wide state. */
export interface Market {
  /** HBM available to the sovereign buyers in the game per quarter, GB (before event factors). */
  hbmPoolGb: number;
  /** Accelerator packages (CoWoS) available to the sovereign buyers per quarter, GPUs. */
  packagingCapGpus: number;
  /** HBM price index (1 = base). */
  hbmPriceIndex: number;
  /** GPUaaS rental price index (1 = catalogue prices). */
  rentIndex: number;
  /** Temporary modifiers: factor and last turn they apply. */
  modifiers: { kind: "hbm_supply" | "packaging_cap" | "gpu_price"; maker?: ChipMaker | "all"; factor: number; untilTurn: number }[];
  /** HBM GB demanded, available and delivered last quarter. */
  lastHbmDemandGb: number;
  lastHbmSupplyGb: number;
  lastHbmDeliveredGb: number;
  /** GPUs delivered last quarter and the packaging cap in force. */
  lastGpusDelivered: number;
  lastPackagingCap: number;
  /** Last quarter's HBM3E and HBM4 pools: supply, demand, reserved by agreements and delivered, GB (absent before the first quarter resolves). */
  hbmPools?: Record<"hbm3e" | "hbm4", { supplyGb: number; demandGb: number; reservedGb: number; deliveredGb: number }>;
}

/** Something that happened: shown in the news (public) or to one nation (private). */
export type { GameEvent };

/** Scoring weights (points per unit; see shared/engine/score.ts for the formula). */
export interface ScoringWeights {
  /** × 100 × log2(1 + effective PF / 5,000) */
  compute: number;
  /** per 0.01 of sovereignty index */
  sovereignty: number;
  /** per expertise point */
  expertise: number;
  /** × 100 × log2(1 + capability / 150) */
  capability: number;
  /** per US$ 10 M of cumulative gross revenue (legacy: the presets set 0 and score operating profit instead) */
  revenue: number;
  /** per support point */
  support: number;
  /** for the local-language model milestone */
  milestone: number;
  /** × 100 × sign(P) × log2(1 + |P| / profitScale), P = cumulative operating profit, US$ M (absent = 0) */
  profit?: number;
  /** US$ M where the money term's log bends (absent = 250; shared/engine/money.ts) */
  profitScale?: number;
}

/** The whole game. */
export interface GameState {
  version: 1;
  scenarioId: string;
  /** 1-based number of the quarter being played (orders are for this turn). */
  turn: number;
  maxTurns: number;
  quarter: Quarter;
  /** PRNG state (xoshiro128**), advanced only by the engine. */
  rng: [number, number, number, number];
  catalogue: Catalogue;
  market: Market;
  nations: Record<string, Nation>;
  /** Nation ids in a fixed order. */
  order: string[];
  deck: EventCard[];
  /** Probability that a deck event is drawn in a quarter. */
  eventChance: number;
  /** Events scheduled for a turn (scenario or facilitator). */
  scheduled: { turn: number; card: EventCard }[];
  scoring: ScoringWeights;
  log: GameEvent[];
  finished: boolean;
  /** Next id counter for data centres, orders and agreements. */
  nextId: number;
  /** Deals signed between nations (absent until the first one). */
  deals?: ActiveDeal[];
  /** Non-binding statements made in deals (absent until the first one). */
  promises?: PromiseEntry[];
}
