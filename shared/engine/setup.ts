/** createGame: a deterministic starting state from a validated scenario and a seed. */
import type { Scenario, NationSetup } from "../scenario/schema";
import { ownPeakPf } from "./milestone";
import type { Catalogue, DataCentre, EventCard, GameState, Nation } from "./state";
import { BASE_CATALOGUE, findAccelerator } from "./catalogue";
import { BASE_DECK } from "./deck";
import { seedRng } from "./rng";
import { computeOutcomes } from "./outcomes";
import { structuredCloneJson } from "./view";
import { commitPower, gridFromSetup } from "./power";
import { h100Eq } from "./licences";

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
    mwOnline: d.quartersLeft > 0 ? 0 : d.mw,
    cooling: d.cooling,
    builder: d.builder,
    integrator: d.integrator,
    partner: d.partner,
    status: d.quartersLeft > 0 ? "building" : "online",
    quartersLeft: d.quartersLeft,
    buildQuarters: d.quartersLeft,
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
    ...(d.quartersLeft > 0 || d.onOrder.length > 0 ? { sources: [...d.sources] } : {}),
  };
}

/**
 * The scenario's pre-game pipeline of a nation: GPUs ordered before the game (paid from the starting
 * treasury at their contracted price, counted as capital employed and against this year's export volume,
 * due on their turn and then subject to HBM and packaging like any order), sites under construction (their
 * MW taken from the grid headroom) and a US licence already in force (the Gulf licences of Nov 2025, N20).
 */
function startingPipeline(cat: Catalogue, setup: NationSetup, n: Nation): void {
  setup.dataCentres.forEach((d, i) => {
    const dc = n.dataCentres[i];
    if (d.quartersLeft > 0) commitPower(n.grid!, d.mw, {});
    d.onOrder.forEach((o, k) => {
      const a = findAccelerator(cat, o.model);
      const cost = (o.count * o.priceK) / 1000;
      n.treasury -= cost;
      n.capitalEmployed += cost;
      if (a) n.exportUsedThisYear += h100Eq(a, o.count);
      n.pendingGpus.push({
        id: `${n.id}-start${i + 1}-${k + 1}`,
        nation: n.id,
        model: o.model,
        quantity: o.count,
        vendor: o.vendor,
        package: o.package,
        dcId: dc.id,
        orderedTurn: 0,
        dueTurn: o.dueTurn,
        slipped: 0,
        cost,
        ...(o.operator ? { operator: o.operator } : {}),
        sources: [...o.sources],
      });
    });
  });
  n.gridMw = n.grid!.headroomMw;
  const l = setup.licence;
  const gb300 = findAccelerator(cat, "gb300");
  if (l && gb300)
    n.licences.push({
      id: `${n.id}-licence0`,
      volume: Math.round(h100Eq(gb300, l.gb300Equivalents)),
      conditions: [...l.conditions],
      pledgePerQuarter: 0,
      fromTurn: 1,
      toTurn: l.quarters,
      suspendedUntil: null,
    });
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
  for (const n of scenario.nations) {
    nations[n.id] = startingNation(catalogue, n);
    startingPipeline(catalogue, n, nations[n.id]);
  }
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
