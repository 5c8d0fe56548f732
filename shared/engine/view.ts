/**
 * What each seat may see: viewFor(state, seat) projects the full state into a nation's view (its own
 * private state plus everyone's public state), the facilitator's view (everything) or the public view.
 * The server sends nothing that is not in a seat's view.
 */
import type { ActiveDeal, PromiseEntry } from "./deals";
import type { DataCentre, GameEvent, GameState, Market, Nation, NationStats, Objective, Quarter, ScoringWeights, Catalogue } from "./state";

/** Who is looking. */
export type Seat = { kind: "nation"; nation: string } | { kind: "facilitator" } | { kind: "public" };

/** A data centre as anyone can see it on the map: its own public fields plus its GPU count. */
export interface PublicDataCentre extends Pick<
  DataCentre,
  "id" | "nation" | "name" | "site" | "lat" | "lon" | "mw" | "mwOnline" | "cooling" | "builder" | "integrator" | "partner" | "status"
> {
  gpuCount: number;
}

/** Public history figures of a nation for one turn. */
export type PublicStats = Pick<NationStats, "turn" | "compute" | "sovereignty" | "capability" | "score">;

/** A nation as everyone sees it. */
export interface PublicNation {
  id: string;
  name: string;
  flag: string;
  colour: string;
  profile: string;
  language: string;
  compute: number;
  sovereignty: number;
  capability: number;
  milestoneTurn: number | null;
  score: number;
  /** US export-control status (licences.ts). */
  exportStatus: Nation["exportStatus"];
  dataCentres: PublicDataCentre[];
  publicObjectives: Objective[];
  history: PublicStats[];
  /** Ids of the objectives in publicObjectives that the nation has met (a met public objective is public news). */
  objectivesMet: string[];
}

/** Market figures everyone sees (the whole market is public: supply, prices, active shocks). */
export type PublicMarket = Market;

/** A seat's view of the game. `own` holds full private state for the seat's nation (or every nation for the facilitator). */
export interface GameView {
  seat: Seat;
  scenarioId: string;
  turn: number;
  maxTurns: number;
  quarter: Quarter;
  finished: boolean;
  catalogue: Catalogue;
  scoring: ScoringWeights;
  market: PublicMarket;
  nations: PublicNation[];
  own: Nation[];
  news: GameEvent[];
  /** Deals the seat's nation is a party to (every deal for the facilitator). */
  deals: ActiveDeal[];
  /** Non-binding statements made to or by the seat's nation (all for the facilitator). */
  promises: PromiseEntry[];
}

/**
 * Projections memoised by the identity of what they project (a state is never changed once made, and
 * shared/engine/share.ts keeps what a turn leaves alone as the same objects): the same source gives the same
 * projection, so views built from two states share their unchanged parts. Read-only, like the state.
 */
const dcMemo = new WeakMap<DataCentre, PublicDataCentre>();
const statsMemo = new WeakMap<NationStats, PublicStats>();
const nationMemo = new WeakMap<Nation, PublicNation[]>();
const dcListMemo = new WeakMap<readonly DataCentre[], PublicDataCentre[]>();
const historyMemo = new WeakMap<readonly NationStats[], PublicStats[]>();

/** `list.map(f)`, one result per list object in `memo`. */
function mapOnce<T extends object, U>(memo: WeakMap<readonly T[], U[]>, list: readonly T[], f: (x: T) => U): U[] {
  let out = memo.get(list);
  if (!out) memo.set(list, (out = list.map(f)));
  return out;
}

/** Public projection of one data centre (one object per data centre object). */
export function publicDataCentre(dc: DataCentre): PublicDataCentre {
  let out = dcMemo.get(dc);
  if (!out) dcMemo.set(dc, (out = projectDataCentre(dc)));
  return out;
}

function publicStats(h: NationStats): PublicStats {
  let out = statsMemo.get(h);
  if (!out) statsMemo.set(h, (out = { turn: h.turn, compute: h.compute, sovereignty: h.sovereignty, capability: h.capability, score: h.score }));
  return out;
}

/** The place and plant fields of a data centre, copied in this order (shared by the public form and by the AI's rebuilt private form). */
export function dcPlant(
  dc: PublicDataCentre | DataCentre,
): Pick<DataCentre, "id" | "nation" | "name" | "site" | "lat" | "lon" | "mw" | "mwOnline" | "cooling" | "builder"> {
  return {
    id: dc.id,
    nation: dc.nation,
    name: dc.name,
    site: dc.site,
    lat: dc.lat,
    lon: dc.lon,
    mw: dc.mw,
    mwOnline: dc.mwOnline,
    cooling: dc.cooling,
    builder: dc.builder,
  };
}

function projectDataCentre(dc: DataCentre): PublicDataCentre {
  return {
    ...dcPlant(dc),
    integrator: dc.integrator,
    partner: dc.partner,
    status: dc.status,
    gpuCount: dc.gpus.reduce((n, g) => n + g.count, 0),
  };
}

/** Public projection of one nation; secret objectives (and whether they were met) are revealed once the game is over. One object per nation object and `finished`. */
export function publicNation(n: Nation, finished = false): PublicNation {
  let slots = nationMemo.get(n);
  if (!slots) nationMemo.set(n, (slots = []));
  return (slots[finished ? 1 : 0] ??= projectNation(n, finished));
}

function projectNation(n: Nation, finished: boolean): PublicNation {
  const last = n.history[n.history.length - 1];
  const objectives = n.objectives.filter((o) => !o.secret || finished);
  return {
    id: n.id,
    name: n.name,
    flag: n.flag,
    colour: n.colour,
    profile: n.profile,
    language: n.language,
    compute: last?.compute ?? 0,
    sovereignty: n.sovereignty,
    // At the precision of the history rows (outcomes.ts round1): the client shows no more, and the wire form drops it as the last row's.
    capability: Math.round(n.capability * 10) / 10,
    milestoneTurn: n.milestoneTurn,
    score: n.score,
    exportStatus: n.exportStatus,
    dataCentres: mapOnce(dcListMemo, n.dataCentres, publicDataCentre),
    publicObjectives: objectives,
    history: mapOnce(historyMemo, n.history, publicStats),
    objectivesMet: n.objectivesMet.filter((id) => objectives.some((o) => o.id === id)),
  };
}

/** True when `seat` may see something between nations `a` and `b` (a deal, a promise). */
export function party(seat: Seat, a: string, b: string): boolean {
  return seat.kind === "facilitator" || (seat.kind === "nation" && (seat.nation === a || seat.nation === b));
}

/** True when `seat` may see event `e`. */
export function canSee(seat: Seat, e: GameEvent): boolean {
  if (e.nation === null) return true;
  if (seat.kind === "facilitator") return true;
  return seat.kind === "nation" && seat.nation === e.nation;
}

/** How to project: `copy: false` shares objects with the state (read-only use, e.g. AI in headless runs). */
export interface ViewOptions {
  copy?: boolean;
  /** Reveal every nation's secret objectives as if the game were over (a match ended early by the facilitator). */
  reveal?: boolean;
}

/** Project the state into what `seat` may see. Never includes the PRNG state or the undrawn deck. */
export function viewFor(state: GameState, seat: Seat, opts: ViewOptions = {}): GameView {
  const own =
    seat.kind === "facilitator"
      ? state.order.map((id) => state.nations[id])
      : seat.kind === "nation" && state.nations[seat.nation]
        ? [state.nations[seat.nation]]
        : [];
  const view: GameView = {
    seat,
    scenarioId: state.scenarioId,
    turn: state.turn,
    maxTurns: state.maxTurns,
    quarter: state.quarter,
    finished: state.finished,
    catalogue: state.catalogue,
    scoring: state.scoring,
    market: state.market,
    nations: state.order.map((id) => publicNation(state.nations[id], state.finished || opts.reveal === true)),
    own,
    news: state.log.filter((e) => canSee(seat, e)),
    deals: (state.deals ?? []).filter((d) => party(seat, d.from, d.to)),
    promises: (state.promises ?? []).filter((p) => party(seat, p.from, p.to)),
  };
  return opts.copy === false ? view : structuredCloneJson(view);
}

/** Deep copy through JSON (the state is plain JSON by design). */
export function structuredCloneJson<T>(v: T): T {
  return JSON.parse(JSON.stringify(v)) as T;
}
