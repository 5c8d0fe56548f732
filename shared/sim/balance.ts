/**
 * Balance games: AI-vs-AI games of a preset with seeded personalities (the quick report of win rates by
 * nation, personality and strategy family), and the bench game of `npm run balance`: one nation played by
 * a scripted plan (shared/sim/archetypes.ts) against hard AI, or every nation hard AI, optionally with one
 * nation's power price swapped for the dearest nation's. Pure: the script spreads games over threads.
 */
import type { Scenario } from "../scenario/schema";
import type { PresetId } from "../scenario/presets";
import type { Order } from "../protocol/orders";
import type { Difficulty, Personality } from "../ai/personality";
import type { AiProfile } from "../ai/decide";
import type { Family } from "../ai/family";
import type { GameState, Nation } from "../engine/state";
import type { Bot } from "./run";
import type { Plan } from "./archetypes";
import { PERSONALITIES } from "../ai/personality";
import { DEALT_FAMILIES, FAMILIES, FAMILY_NAMES, behaviourOf, familyOf, strategyFamily } from "../ai/family";
import { aiOrders } from "../ai/decide";
import { viewFor } from "../engine/view";
import { nextInt, seedRng } from "../engine/rng";
import { createGame } from "../engine/setup";
import { resolveTurn } from "../engine/resolve";
import { findAccelerator } from "../engine/catalogue";
import { presetScenario } from "../scenario/presets";
import { planOrders } from "./archetypes";
import { runSim } from "./run";
import { swapPowerPrice } from "./power-swap";

/** Share of games above which one strategy family counts as dominant. */
export const DOMINANT_SHARE = 0.6;

/** A bot that plays every nation with the AI from its own view. */
export function aiBot(profiles: Record<string, AiProfile>): Bot {
  return (state, nation) => aiOrders(viewFor(state, { kind: "nation", nation }, { copy: false }), nation, profiles[nation]);
}

/** Personalities and strategy families dealt to the nations of a balance game, from its seed (every family equally often). */
export function dealProfiles(seed: number, nations: string[], difficulty: Difficulty): Record<string, AiProfile> {
  const rng = seedRng(seed ^ 0x5bd1e995);
  const offset = nextInt(rng, DEALT_FAMILIES.length);
  return Object.fromEntries(
    nations.map((n, i) => [
      n,
      {
        personality: PERSONALITIES[nextInt(rng, PERSONALITIES.length)],
        difficulty,
        strategy: DEALT_FAMILIES[(offset + i + nextInt(rng, 2) * 2) % DEALT_FAMILIES.length],
      },
    ]),
  );
}

/** Money a nation received over a game: starting treasury (less what its pre-game orders took, setup.ts), every quarter's budget and its revenue, US$ M. */
export function moneyReceived(scenario: Scenario, n: Nation, turns: number): number {
  const setup = scenario.nations.find((x) => x.id === n.id);
  const pipeline = (setup?.dataCentres ?? []).reduce((m, d) => m + (d.onOrder ?? []).reduce((k, o) => k + (o.count * o.priceK) / 1000, 0), 0);
  return (setup?.treasury ?? 0) - pipeline + (setup?.budgetPerQuarter ?? n.budgetPerQuarter) * turns + n.cumulativeRevenue;
}

/** One nation's result in a balance game. */
export interface NationResult {
  nation: string;
  personality: Personality;
  family: Family;
  score: number;
  compute: number;
  sovereignty: number;
  revenue: number;
}

/** One balance game. */
export interface GameSummary {
  seed: number;
  winner: string;
  nations: NationResult[];
}

/** Play one AI-vs-AI game of `scenario` from `seed` at `difficulty`. */
export function playBalanceGame(scenario: Scenario, seed: number, difficulty: Difficulty = "normal"): GameSummary {
  const ids = scenario.nations.map((n) => n.id);
  const profiles = dealProfiles(seed, ids, difficulty);
  const r = runSim(scenario, seed, { bot: aiBot(profiles) });
  const byNation: Record<string, Order[]> = {};
  for (const entry of r.log) for (const [n, os] of Object.entries(entry.orders)) (byNation[n] ??= []).push(...os);
  const nations = ids.map((id): NationResult => {
    const n = r.state.nations[id];
    const last = n.history[n.history.length - 1];
    return {
      nation: id,
      personality: profiles[id].personality,
      family: strategyFamily(byNation[id] ?? [], r.state.catalogue, n, moneyReceived(scenario, n, r.turns)),
      score: n.score,
      compute: last?.compute ?? 0,
      sovereignty: n.sovereignty,
      revenue: n.cumulativeRevenue,
    };
  });
  return { seed, winner: r.ranking[0].nation, nations };
}

// ---------------------------------------------------------------------------------------------------
// The bench game of `npm run balance`.

/** One game of the bench: a preset and seed, optionally one nation scripted by a plan, optionally a power-price swap. */
export interface BenchJob {
  preset: PresetId;
  seed: number;
  /** The nation a plan plays (every other nation is hard AI); absent: every nation is hard AI. */
  scripted?: { nation: string; plan: Plan; label: string };
  /** Give this nation the dearest nation's power price in the game data (the cheapest's when it is the dearest; shared/sim/power-swap.ts). */
  swapPower?: string;
}

/** One nation's result in a bench game. */
export interface BenchNation {
  nation: string;
  /** True when the hard AI played it. */
  ai: boolean;
  family: Family;
  score: number;
  /** Cumulative operating profit at the end, US$ M (shared/engine/money.ts). */
  profit: number;
  /** Installed PF at the end by maker. */
  installedPf: { nvidia: number; amd: number };
  /** GPUs bought (orders the engine accepted) by model id. */
  bought: Record<string, number>;
  /** Orders the engine refused over the game. */
  refused: number;
  /** Treasury at the end over the money received. */
  cashLeftShare: number;
  policies: string[];
}

/** The result of a bench game. */
export interface BenchGame {
  preset: PresetId;
  seed: number;
  scripted?: { nation: string; label: string };
  swapPower?: string;
  winner: string;
  nations: BenchNation[];
}

/** Play one bench game. Deterministic: the same job gives the same result. */
export function playBenchGame(job: BenchJob): BenchGame {
  const base = presetScenario(job.preset);
  const scenario = job.swapPower ? swapPowerPrice(base, job.swapPower) : base;
  const ids = scenario.nations.map((n) => n.id);
  const profiles = dealProfiles(job.seed, ids, "hard");
  const scripted = job.scripted;
  let state: GameState = createGame(scenario, job.seed);
  const accepted: Record<string, Order[]> = Object.fromEntries(ids.map((id) => [id, []]));
  const refused: Record<string, number> = Object.fromEntries(ids.map((id) => [id, 0]));
  for (let t = 0; t < scenario.turns && !state.finished; t++) {
    const orders: Record<string, Order[]> = {};
    for (const id of state.order) {
      const view = viewFor(state, { kind: "nation", nation: id }, { copy: false });
      orders[id] = scripted?.nation === id ? planOrders(view, id, scripted.plan) : aiOrders(view, id, profiles[id]);
    }
    state = resolveTurn(state, orders).state;
    for (const id of state.order) {
      const kept = state.nations[id].lastOrders;
      accepted[id].push(...kept);
      refused[id] += orders[id].length - kept.length;
    }
  }
  const nations = ids.map((id): BenchNation => {
    const n = state.nations[id];
    const b = behaviourOf(accepted[id], state.catalogue, n, moneyReceived(scenario, n, scenario.turns));
    const installedPf = { nvidia: 0, amd: 0 };
    for (const dc of n.dataCentres)
      for (const g of dc.gpus) {
        const a = findAccelerator(state.catalogue, g.model);
        if (a) installedPf[a.maker] += a.pf * g.count;
      }
    const bought: Record<string, number> = {};
    for (const o of accepted[id]) if (o.type === "order_gpus" || o.type === "sign_quote") bought[o.model] = (bought[o.model] ?? 0) + o.quantity;
    return {
      nation: id,
      ai: scripted?.nation !== id,
      family: familyOf(b),
      score: n.score,
      profit: n.cumulativeProfit,
      installedPf,
      bought,
      refused: refused[id],
      cashLeftShare: b.cashLeftShare,
      policies: b.policies,
    };
  });
  const winner = [...nations].sort((a, b) => b.score - a.score || a.nation.localeCompare(b.nation))[0].nation;
  return {
    preset: job.preset,
    seed: job.seed,
    scripted: scripted && { nation: scripted.nation, label: scripted.label },
    swapPower: job.swapPower,
    winner,
    nations,
  };
}

// ---------------------------------------------------------------------------------------------------
// The AI-vs-AI report (win rates by nation, personality and family).

/** Wins and appearances of one group (nation, personality or family). */
export interface GroupStats {
  id: string;
  name: string;
  games: number;
  wins: number;
  /** Share of all games this group won. */
  winShare: number;
  /** Share of the games it appeared in that it won. */
  winRate: number;
  avgScore: number;
}

/** The balance report of one preset. */
export interface BalanceReport {
  scenario: string;
  games: number;
  difficulty: Difficulty;
  byNation: GroupStats[];
  byPersonality: GroupStats[];
  byFamily: GroupStats[];
  averages: { nation: string; score: number; compute: number; sovereignty: number; revenue: number }[];
  warnings: string[];
}

function group(games: GameSummary[], keyOf: (r: NationResult) => string, ids: readonly string[], nameOf: (id: string) => string): GroupStats[] {
  return ids.map((id) => {
    let appeared = 0,
      wins = 0,
      score = 0,
      entries = 0;
    for (const g of games) {
      const mine = g.nations.filter((r) => keyOf(r) === id);
      if (mine.length === 0) continue;
      appeared++;
      entries += mine.length;
      score += mine.reduce((s, r) => s + r.score, 0);
      if (mine.some((r) => r.nation === g.winner)) wins++;
    }
    return {
      id,
      name: nameOf(id),
      games: appeared,
      wins,
      winShare: games.length ? wins / games.length : 0,
      winRate: appeared ? wins / appeared : 0,
      avgScore: entries ? score / entries : 0,
    };
  });
}

/** Aggregate balance games into win rates, averages and warnings. */
export function summarise(scenario: Scenario, difficulty: Difficulty, games: GameSummary[]): BalanceReport {
  const ids = scenario.nations.map((n) => n.id);
  const names = Object.fromEntries(scenario.nations.map((n) => [n.id, n.name]));
  const byNation = group(
    games,
    (r) => r.nation,
    ids,
    (id) => names[id],
  );
  const byPersonality = group(
    games,
    (r) => r.personality,
    PERSONALITIES,
    (id) => id,
  );
  const byFamily = group(
    games,
    (r) => r.family,
    FAMILIES,
    (id) => FAMILY_NAMES[id as Family],
  );
  const averages = ids.map((id) => {
    const rs = games.map((g) => g.nations.find((r) => r.nation === id)!);
    const avg = (f: (r: NationResult) => number): number => rs.reduce((s, r) => s + f(r), 0) / Math.max(1, rs.length);
    return { nation: id, score: avg((r) => r.score), compute: avg((r) => r.compute), sovereignty: avg((r) => r.sovereignty), revenue: avg((r) => r.revenue) };
  });
  const warnings: string[] = [];
  for (const f of byFamily)
    if (f.winShare > DOMINANT_SHARE)
      warnings.push(`Dominant strategy: ${f.name} won ${(f.winShare * 100).toFixed(0)}% of games (limit ${DOMINANT_SHARE * 100}%).`);
  for (const n of byNation) if (n.wins === 0) warnings.push(`${n.name} never won in ${games.length} games.`);
  for (const p of byPersonality) if (p.games > 0 && p.wins === 0) warnings.push(`The ${p.name} personality never won in ${p.games} games.`);
  return { scenario: scenario.id, games: games.length, difficulty, byNation, byPersonality, byFamily, averages, warnings };
}

/** The report as text tables. */
export function formatReport(r: BalanceReport): string {
  const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(7);
  const table = (title: string, rows: GroupStats[]): string[] => [
    title,
    `  ${"".padEnd(18)}${"games".padStart(7)}${"wins".padStart(7)}${"of all".padStart(8)}${"rate".padStart(8)}${"avg score".padStart(11)}`,
    ...rows.map(
      (g) =>
        `  ${g.name.padEnd(18)}${String(g.games).padStart(7)}${String(g.wins).padStart(7)} ${pct(g.winShare)} ${pct(g.winRate)}${g.avgScore.toFixed(0).padStart(11)}`,
    ),
  ];
  return [
    `Balance: ${r.scenario}, ${r.games} games, AI ${r.difficulty}`,
    ...table("Win rate by nation", r.byNation),
    ...table("Win rate by personality", r.byPersonality),
    ...table("Win rate by strategy family", r.byFamily),
    "Average outcomes",
    `  ${"".padEnd(18)}${"score".padStart(8)}${"PF".padStart(10)}${"sovereignty".padStart(13)}${"revenue $M".padStart(12)}`,
    ...r.averages.map(
      (a) =>
        `  ${a.nation.padEnd(18)}${a.score.toFixed(0).padStart(8)}${a.compute.toFixed(0).padStart(10)}${a.sovereignty.toFixed(3).padStart(13)}${a.revenue.toFixed(0).padStart(12)}`,
    ),
    r.warnings.length ? "Warnings:" : "No warnings: no dominant strategy, every nation and personality can win.",
    ...r.warnings.map((w) => `  ! ${w}`),
  ].join("\n");
}
