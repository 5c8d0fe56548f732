/**
 * How an AI nation answers a deal proposal: it values the deal with the real engine on its own belief
 * (its view only), playing its plan forward with and without the deal, and accepts a good deal,
 * counters a greedy one by asking for the cash that would make it worthwhile, or refuses in a sentence.
 *
 * The other side is a "phantom" in the belief: a nation that can cover whatever it offers (the AI cannot
 * see its private figures; whether it really can is checked by the engine at acceptance). A shared site of
 * the other side is valued from its public GPU count at the least powerful catalogue model (conservative).
 */
import type { DealSaid, SaidQuarter } from "./deal-said";
import { describeDealSaid } from "../describe/deal-reasons";
import { describeViolation } from "../describe/refusals";
import type { ViolationKey, Params } from "../engine/errors";
import type { DealItem, DealTerms } from "../protocol/deals";
import type { Order } from "../protocol/orders";
import { dcPlant, type GameView, type PublicDataCentre } from "../engine/view";
import type { DataCentre, GameState, Nation } from "../engine/state";
import type { RngState } from "../engine/rng";
import type { AiProfile } from "./decide";
import { aiSeed, defaultProfile } from "./decide";
import { beliefState } from "./belief";
import { styleAt, withStrategy } from "./personality";
import { playStyle } from "./policy";
import { resolveTurn } from "../engine/resolve";
import { seedRng } from "../engine/rng";
import { flipGivers, validateDeal, withSignedDeals } from "../engine/deals";
import { measureNation } from "../engine/operations";
import { scoreParts } from "../engine/outcomes";
import { cashValuePerM } from "../engine/money";
import { addQuarters } from "../engine/quarter";

/** An AI nation's answer to a proposal. */
export interface DealVerdict {
  answer: "accept" | "counter" | "refuse";
  /** Why, as a code and figures (shared/describe/deal-reasons.ts writes the sentence a player reads). */
  said: DealSaid;
  /** The AI's counter-proposal (from the AI to the proposer), when it counters. */
  counter?: DealTerms;
  /** Score points the deal adds to the AI's projected score at the end of the horizon (money left counted at the score's revenue rate). */
  gain: number;
}

/** Items an offer may hold (DealTerms in shared/protocol/deals.ts). */
const MAX_ITEMS = 8;
/** Extra quarters the AI looks past the end of a deal. */
const AFTER_DEAL = 2;
/** The largest premium the AI asks for before it refuses outright, in quarters of its own budget. */
const MAX_ASK_BUDGETS = 3;

/** What a deal is worth to one side, projected with the engine on that side's own view. */
export type DealValue =
  | {
      ok: true;
      gain: number;
      perM: number;
      horizon: number;
      /** The quarter the projection reaches. */
      by: SaidQuarter;
      after: { score: number; compute: number; treasury: number };
      before: { score: number; compute: number; treasury: number };
    }
  /** It cannot value the deal: its own side breaks a rule (the violation), or it cannot take part now (none); `message` is the describer's words for it (the deals panel shows them). */
  | { ok: false; violation?: { key: ViolationKey; params: Params }; message: string };

function unavailable(): DealValue {
  return { ok: false, message: describeDealSaid({ code: "deal/unavailable", params: {} }) };
}

/**
 * Value `terms` for `nation` from `view` alone: play its plan forward with and without the deal and compare
 * projected score, with money left at the horizon counted at the score's revenue rate (unless the game ends).
 */
export function valueDeal(view: GameView, nation: string, terms: DealTerms, profile: AiProfile = defaultProfile(nation)): DealValue {
  const other = terms.from === nation ? terms.to : terms.from;
  if (!view.own.some((n) => n.id === nation) || !view.nations.some((n) => n.id === other) || view.finished) return unavailable();
  const seed = aiSeed(view, nation);
  const base = beliefState(view, nation, { shareOfSupply: true, seed });
  if (!base) return unavailable();
  const belief = withPhantom(base, view, other, terms);
  const own = validateDeal(belief, terms);
  if (!own.ok) return { ok: false, violation: { key: own.error.key, params: own.error.params }, message: describeViolation(own.error) };

  let style = styleAt(profile.personality, profile.difficulty);
  if (profile.strategy) style = withStrategy(style, profile.strategy);
  const horizon = Math.max(1, Math.min(profile.difficulty === "easy" ? 2 : terms.quarters + AFTER_DEAL, view.maxTurns - view.turn + 1));
  const atEnd = view.turn + horizon - 1 >= view.maxTurns;
  // Both worlds follow the same plan (the orders the nation would give without the deal), so the deal's own
  // effects are what differ: compute and its consequences in score points, and money, counted at the score's
  // rate for a US$ M of revenue (which prices compute near the GPU-rental market, facts.md G1–G15).
  const plan: Order[][] = [];
  type Outcome = { score: number; compute: number; treasury: number; capital: number };
  const project = (start: GameState, follow: boolean): Outcome => {
    const rng: RngState = seedRng(seed);
    let s = start;
    for (let q = 0; q < horizon && !s.finished; q++) {
      const mine = follow ? (plan[q] ?? []).map((o) => ({ ...o, turn: s.turn })) : playStyle(s, nation, style, [...rng] as RngState);
      if (!follow) plan.push(mine);
      s = resolveTurn(s, { [nation]: mine }).state;
    }
    const n = s.nations[nation];
    const f = measureNation(s, n);
    // GPUs still on order at the horizon are money held as hardware, not money lost (long-lead rack-scale parts).
    const onOrder = n.pendingGpus.reduce((sum, p) => sum + p.cost, 0);
    return {
      score: Object.values(scoreParts(s, n, f.effectiveCompute)).reduce((a, b) => a + b, 0),
      compute: f.compute,
      treasury: n.treasury + onOrder,
      capital: n.capitalEmployed,
    };
  };
  const without = project(belief, false);
  // Cash does not score, so the AI prices money at what it buys in the GPU-rental market (cashValuePerM): cash
  // left and capex made in the horizon (at book value, so a plan's spending is not a loss), even at the end of
  // the game: it does not give money away for nothing.
  const perM = view.scoring.revenue / 10 + cashValuePerM(view.scoring);
  const value = (p: Outcome): number => p.score + (atEnd && view.scoring.revenue > 0 ? 0 : perM * (p.treasury + p.capital));
  const withDeal = project(withSignedDeals(belief, [terms]), true);
  return {
    ok: true,
    gain: value(withDeal) - value(without),
    perM,
    horizon,
    by: addQuarters(view.quarter, horizon),
    before: without,
    after: withDeal,
  };
}

/** The AI's answer to `terms` (addressed to `nation`), decided from `view` alone. */
export function judgeDeal(view: GameView, nation: string, terms: DealTerms, profile: AiProfile = defaultProfile(nation)): DealVerdict {
  const other = terms.from === nation ? terms.to : terms.from;
  const me = view.own.find((n) => n.id === nation);
  const them = view.nations.find((n) => n.id === other);
  if (!me || !them || view.finished) return { answer: "refuse", said: { code: "deal/unavailable", params: {} }, gain: 0 };
  const v = valueDeal(view, nation, terms, profile);
  if (!v.ok)
    return {
      answer: "refuse",
      said: v.violation ? { code: "deal/cannot", params: { nation: me.name, violation: v.violation } } : { code: "deal/unavailable", params: {} },
      gain: 0,
    };
  const { gain, perM } = v;
  const mySide = terms.from === nation ? "from" : "to";
  const givesAnything = terms.items.some((it) => "giver" in it && it.kind !== "statement" && it.giver === mySide);
  const margin = profile.difficulty === "easy" || !givesAnything ? 0 : wariness(profile, terms, mySide) * Math.max(1, Math.abs(gain) * 0.15);
  const at = { nation: me.name, points: gain, by: v.by };
  if (!givesAnything && Math.abs(gain) < 0.05) return { answer: "accept", said: { code: "deal/accept_free", params: { nation: me.name } }, gain };
  if (gain >= margin) return { answer: "accept", said: { code: "deal/accept", params: at }, gain };

  const getsAnything = terms.items.some((it) => it.kind === "joint_training" || ("giver" in it && it.kind !== "statement" && it.giver !== mySide));
  if (!getsAnything) return { answer: "refuse", said: { code: "deal/refuse_nothing", params: at }, gain };
  const shortM = (margin - gain) / perM;
  const ask = roundUp(shortM * 1.15, terms.quarters);
  if (ask.total > MAX_ASK_BUDGETS * me.budgetPerQuarter || profile.difficulty === "easy") {
    return {
      answer: "refuse",
      said: { code: "deal/refuse_cost", params: { ...at, other: them.name } },
      gain,
    };
  }
  // The counter keeps the AI's side as proposed (already checked in valueDeal) and asks only cash of the proposer.
  const counter = withCash(terms, nation, ask);
  if (!counter)
    return {
      answer: "refuse",
      said: { code: "deal/refuse_full", params: at },
      gain,
    };
  return {
    answer: "counter",
    counter,
    gain,
    said: { code: "deal/counter", params: { ...at, other: them.name, now: ask.now, perQuarter: ask.perQuarter } },
  };
}

/** How much better than break-even a deal must be, by personality (a hawk guards its compute, a leverager its memory). */
function wariness(profile: AiProfile, terms: DealTerms, side: "from" | "to"): number {
  const gives = (k: DealItem["kind"]): boolean => terms.items.some((it) => it.kind === k && "giver" in it && it.giver === side);
  let w = 1;
  if (profile.personality === "hawk" && (gives("gpu_lease") || gives("co_invest"))) w += 2; // 3× the margin: compute now also earns its domestic-access rent (market.ts), which a builder values too
  if (profile.personality === "leverager" && gives("hbm_transfer")) w += 1;
  if (profile.personality === "builder") w -= 0.5;
  return w;
}

/** A cash ask of about `m` US$ M: now for a one-quarter deal, per quarter otherwise, rounded up to US$1M (US$5M above US$20M). */
export function roundUp(m: number, quarters: number): { now: number; perQuarter: number; total: number } {
  const step = (x: number): number => (x <= 20 ? Math.max(1, Math.ceil(x)) : Math.ceil(x / 5) * 5);
  if (quarters <= 1) {
    const now = step(m);
    return { now, perQuarter: 0, total: now };
  }
  const perQuarter = step(m / quarters);
  return { now: 0, perQuarter, total: perQuarter * quarters };
}

/** The AI's counter: the same items, from the AI to the proposer, plus the cash it asks of the proposer (null when an offer has no room for it). */
function withCash(terms: DealTerms, nation: string, ask: { now: number; perQuarter: number }): DealTerms | null {
  const items = terms.from === nation ? terms.items.map((it) => ({ ...it })) : flipGivers(terms.items);
  const theirCash = items.findIndex((it) => it.kind === "cash" && it.giver === "to");
  if (theirCash >= 0) {
    const c = items[theirCash] as Extract<DealItem, { kind: "cash" }>;
    items[theirCash] = { ...c, now: c.now + ask.now, perQuarter: c.perQuarter + ask.perQuarter };
  } else if (items.length < MAX_ITEMS) {
    items.push({ kind: "cash", giver: "to", now: ask.now, perQuarter: ask.perQuarter });
  } else {
    return null;
  }
  return { from: nation, to: terms.from === nation ? terms.to : terms.from, quarters: terms.quarters, items };
}

/** The belief with the other side added as a nation that can cover what it offers in `terms`. */
function withPhantom(base: GameState, view: GameView, other: string, terms: DealTerms): GameState {
  const s = structuredClone(base);
  const pub = view.nations.find((n) => n.id === other)!;
  const template = s.nations[s.order[0]];
  const otherSide = terms.from === other ? "from" : "to";
  const dcs: DataCentre[] = pub.dataCentres.map((dc) => phantomDc(dc, view));
  const lease = terms.items.filter((it): it is Extract<DealItem, { kind: "gpu_lease" }> => it.kind === "gpu_lease" && it.giver === otherSide);
  if (lease.length) {
    const site: PublicDataCentre = {
      id: "phantom-lease",
      nation: other,
      name: `${pub.name} leased GPUs`,
      site: "",
      lat: 0,
      lon: 0,
      mw: 1000,
      mwOnline: 1000,
      cooling: "liquid",
      builder: "local",
      status: "online",
      gpuCount: 0,
    };
    dcs.push({ ...phantomDc(site, view), gpus: lease.map((it) => ({ model: it.model, count: it.count, operator: "nation", vendor: "phantom", value: 0 })) });
  }
  const hbm = terms.items.reduce((sum, it) => sum + (it.kind === "hbm_transfer" && it.giver === otherSide ? it.gbPerQuarter : 0), 0);
  const phantom: Nation = {
    ...structuredClone(template),
    id: other,
    name: pub.name,
    flag: pub.flag,
    colour: pub.colour,
    treasury: 1e9,
    budgetPerQuarter: 0,
    dataCentres: dcs,
    pendingGpus: [],
    objectives: [],
    objectivesMet: [],
    history: [],
    memoryAgreements: hbm > 0 ? [{ id: "phantom-hbm", maker: "skhynix", gbPerQuarter: hbm, fromTurn: view.turn, toTurn: view.turn + terms.quarters }] : [],
  };
  s.nations[other] = phantom;
  s.order = [...s.order, other];
  // Its own joint-training programmes in force stay in the belief (as joint training only), so a new one is
  // valued at its diminishing share and its compute cost, and a second one with the same pair is refused.
  const me = terms.from === other ? terms.to : terms.from;
  s.deals = view.deals
    .filter((d) => (d.from === me || d.to === me) && d.untilTurn >= view.turn && d.items.some((it) => it.kind === "joint_training"))
    .map((d) => ({ ...structuredClone(d), items: [{ kind: "joint_training" as const }], escrow: {} }));
  return s;
}

/** A data centre of another nation rebuilt from its public figures (GPUs at the least powerful catalogue model). */
function phantomDc(dc: PublicDataCentre, view: GameView): DataCentre {
  const weakest = [...view.catalogue.accelerators].sort((a, b) => a.pf - b.pf)[0];
  return {
    ...dcPlant(dc),
    status: dc.status,
    quartersLeft: 0,
    buildQuarters: 0,
    gpus: dc.gpuCount > 0 ? [{ model: weakest.id, count: dc.gpuCount, operator: "nation", vendor: "phantom", value: 0 }] : [],
    cxl: false,
    utilisation: 0.6,
    capexSpent: 0,
    foundedTurn: 0,
  };
}
