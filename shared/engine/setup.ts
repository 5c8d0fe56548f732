/** createGame: a deterministic starting state from a validated scenario and a seed. */
import type { Scenario, NationSetup } from "../scenario/schema";
import { ownPeakPf } from "./milestone";
import type { Catalogue, DataCentre, EventCard, GameState, Nation } from "./state";
import { BASE_CATALOGUE, findAccelerator } from "./catalogue";
import { BASE_DECK } from "./deck";
import { seedRng } from "./rng";
import { computeOutcomes } from "./outcomes";
import { structuredCloneJson } from "./view";
import { gridFromSetup } from "./power";

/** The base catalogue with the scenario's per-accelerator overrides applied. */
export function catalogueFor(scenario: Scenario): Catalogue {
  const cat = structuredCloneJson(BASE_CATALOGUE);
  for (const [id, o] of Object.entries(scenario.catalogueOverrides)) {
    const a = cat.accelerators.find((x) => x.id === id);
    if (a) Object.assign(a, Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)));
  }
  return cat;
}

/** Every event card the scenario can use: the chosen base cards plus its own. */
export function deckFor(scenario: Scenario): EventCard[] {
  const base = scenario.deck === "all" ? BASE_DECK : BASE_DECK.filter((c) => (scenario.deck as string[]).includes(c.id));
  return structuredCloneJson([...base, ...scenario.extraEvents]);
}

function startingDc(cat: Catalogue, n: NationSetup, i: number): DataCentre {
  const d = n.dataCentres[i];
  const site = n.sites.find((s) => s.id === d.site) ?? n.sites[0];
  return {
    id: `${n.id}-dc${i + 1}`,
    nation: n.id,
    name: d.name,
    site: site.id,
    lat: site.lat,
    lon: site.lon,
    mw: d.mw,
    mwOnline: d.mw,
    cooling: d.cooling,
    builder: d.builder,
    integrator: d.integrator,
    partner: d.partner,
    status: "online",
    quartersLeft: 0,
    buildQuarters: 0,
    gpus: d.gpus
      .filter((g) => g.count > 0)
      .map((g) => ({
        model: g.model,
        count: g.count,
        operator: g.operator,
        vendor: g.vendor,
        value: (g.count * (findAccelerator(cat, g.model)?.priceK ?? 0)) / 1000,
      })),
    cxl: false,
    utilisation: 0,
    capexSpent: 0,
    foundedTurn: 0,
  };
}

/** Export status from the scenario: `exportStatus`, or a legacy `exportTier` (2 or 3 = licence-bound; the caps are gone, E5). */
function exportStatusOf(n: NationSetup): Nation["exportStatus"] {
  return n.exportStatus ?? ((n.exportTier ?? 1) > 1 ? "licence" : "ally");
}

function startingNation(cat: Catalogue, n: NationSetup): Nation {
  return {
    id: n.id,
    name: n.name,
    flag: n.flag,
    colour: n.colour,
    profile: n.profile,
    language: n.language,
    treasury: n.treasury,
    treasuryFloor: n.treasuryFloor,
    budgetPerQuarter: n.budgetPerQuarter,
    gridMw: n.gridMw,
    gridQuarters: n.gridQuarters,
    powerPrice: n.powerPrice,
    buildCostPerMw: n.buildCostPerMw,
    expertise: n.expertise,
    support: n.support,
    exportUsedThisYear: 0,
    champions: [...n.champions],
    sites: n.sites.map((s) => ({ ...s })),
    dataCentres: n.dataCentres.map((_, i) => startingDc(cat, n, i)),
    pendingGpus: [],
    memoryAgreements: [],
    stakes: {},
    policies: {},
    capability: 0,
    milestoneTurn: null,
    cumulativeRevenue: 0,
    sovereignty: 0,
    score: 0,
    objectives: n.objectives.map((o) => ({ ...o })),
    objectivesMet: [],
    buildDelay: 0,
    lastOrders: [],
    history: [],
    grid: gridFromSetup(n.gridMw, n.gridQuarters, n.grid),
    cumulativeProfit: 0,
    capitalEmployed: 0,
    exportStatus: exportStatusOf(n),
    licences: [],
    licenceFactor: 1,
    startingOwnPf: 0,
  };
}

/** A new game: the scenario's nations, catalogue and deck, a PRNG seeded from `seed`, turn 1. */
export function createGame(scenario: Scenario, seed: number): GameState {
  const catalogue = catalogueFor(scenario);
  const deck = deckFor(scenario);
  const nations: Record<string, Nation> = {};
  for (const n of scenario.nations) nations[n.id] = startingNation(catalogue, n);
  const state: GameState = {
    version: 1,
    scenarioId: scenario.id,
    turn: 1,
    maxTurns: scenario.turns,
    quarter: { ...scenario.start },
    rng: seedRng(seed),
    catalogue,
    market: {
      hbmPoolGb: scenario.market.hbmPoolGb,
      packagingCapGpus: scenario.market.packagingCapGpus,
      hbmPriceIndex: 1,
      rentIndex: 1,
      modifiers: [],
      lastHbmDemandGb: 0,
      lastHbmSupplyGb: 0,
      lastHbmDeliveredGb: 0,
      lastGpusDelivered: 0,
      lastPackagingCap: 0,
    },
    nations,
    order: scenario.nations.map((n) => n.id),
    deck: deck.filter((c) => !scenario.scheduled.some((s) => s.event === c.id)),
    eventChance: scenario.market.eventChance,
    scheduled: scenario.scheduled
      .map((s) => ({ turn: s.turn, card: deck.find((c) => c.id === s.event) }))
      .filter((s): s is { turn: number; card: EventCard } => s.card !== undefined),
    scoring: { ...scenario.scoring },
    log: [],
    finished: false,
    nextId: 1,
  };
  for (const id of state.order) state.nations[id].startingOwnPf = ownPeakPf(state, state.nations[id]);
  for (const id of state.order) computeOutcomes(state, state.nations[id], { revenue: 0, opex: 0, turn: 0 });
  return state;
}
