/**
 * Balance runs: AI-vs-AI games of a preset with seeded personalities, and the report of win rates by
 * nation, personality and strategy family, average outcomes and warnings (a family winning more than
 * 60% of games, a nation or personality that never wins). Pure: the script spreads games over threads.
 */
import type { Scenario } from "../scenario/schema";
import type { Order } from "../protocol/orders";
import type { Difficulty, Personality } from "../ai/personality";
import type { AiProfile } from "../ai/decide";
import type { Family } from "../ai/family";
import type { Bot } from "./run";
import { PERSONALITIES } from "../ai/personality";
import { FAMILIES, FAMILY_NAMES, strategyFamily } from "../ai/family";
import { aiOrders } from "../ai/decide";
import { viewFor } from "../engine/view";
import { nextInt, seedRng } from "../engine/rng";
import { runSim } from "./run";

/** Share of games above which one strategy family counts as dominant. */
export const DOMINANT_SHARE = 0.6;

/** A bot that plays every nation with the AI from its own view. */
export function aiBot(profiles: Record<string, AiProfile>): Bot {
  return (state, nation) => aiOrders(viewFor(state, { kind: "nation", nation }, { copy: false }), nation, profiles[nation]);
}

/** Personalities and strategy families dealt to the nations of a balance game, from its seed (every family equally often). */
export function dealProfiles(seed: number, nations: string[], difficulty: Difficulty): Record<string, AiProfile> {
  const rng = seedRng(seed ^ 0x5bd1e995);
  const offset = nextInt(rng, FAMILIES.length);
  return Object.fromEntries(nations.map((n, i) => [n, {
    personality: PERSONALITIES[nextInt(rng, PERSONALITIES.length)],
    difficulty,
    strategy: FAMILIES[(offset + i + nextInt(rng, 2) * 2) % FAMILIES.length],
  }]));
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
      nation: id, personality: profiles[id].personality, family: strategyFamily(byNation[id] ?? [], r.state.catalogue),
      score: n.score, compute: last?.compute ?? 0, sovereignty: n.sovereignty, revenue: n.cumulativeRevenue,
    };
  });
  return { seed, winner: r.ranking[0].nation, nations };
}

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
    let appeared = 0, wins = 0, score = 0, entries = 0;
    for (const g of games) {
      const mine = g.nations.filter((r) => keyOf(r) === id);
      if (mine.length === 0) continue;
      appeared++;
      entries += mine.length;
      score += mine.reduce((s, r) => s + r.score, 0);
      if (mine.some((r) => r.nation === g.winner)) wins++;
    }
    return { id, name: nameOf(id), games: appeared, wins, winShare: games.length ? wins / games.length : 0, winRate: appeared ? wins / appeared : 0, avgScore: entries ? score / entries : 0 };
  });
}

/** Aggregate balance games into win rates, averages and warnings. */
export function summarise(scenario: Scenario, difficulty: Difficulty, games: GameSummary[]): BalanceReport {
  const ids = scenario.nations.map((n) => n.id);
  const names = Object.fromEntries(scenario.nations.map((n) => [n.id, n.name]));
  const byNation = group(games, (r) => r.nation, ids, (id) => names[id]);
  const byPersonality = group(games, (r) => r.personality, PERSONALITIES, (id) => id);
  const byFamily = group(games, (r) => r.family, FAMILIES, (id) => FAMILY_NAMES[id as Family]);
  const averages = ids.map((id) => {
    const rs = games.map((g) => g.nations.find((r) => r.nation === id)!);
    const avg = (f: (r: NationResult) => number): number => rs.reduce((s, r) => s + f(r), 0) / Math.max(1, rs.length);
    return { nation: id, score: avg((r) => r.score), compute: avg((r) => r.compute), sovereignty: avg((r) => r.sovereignty), revenue: avg((r) => r.revenue) };
  });
  const warnings: string[] = [];
  for (const f of byFamily) if (f.winShare > DOMINANT_SHARE) warnings.push(`Dominant strategy: ${f.name} won ${(f.winShare * 100).toFixed(0)}% of games (limit ${DOMINANT_SHARE * 100}%).`);
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
    ...rows.map((g) => `  ${g.name.padEnd(18)}${String(g.games).padStart(7)}${String(g.wins).padStart(7)} ${pct(g.winShare)} ${pct(g.winRate)}${g.avgScore.toFixed(0).padStart(11)}`),
  ];
  return [
    `Balance: ${r.scenario}, ${r.games} games, AI ${r.difficulty}`,
    ...table("Win rate by nation", r.byNation),
    ...table("Win rate by personality", r.byPersonality),
    ...table("Win rate by strategy family", r.byFamily),
    "Average outcomes",
    `  ${"".padEnd(18)}${"score".padStart(8)}${"PF".padStart(10)}${"sovereignty".padStart(13)}${"revenue $M".padStart(12)}`,
    ...r.averages.map((a) => `  ${a.nation.padEnd(18)}${a.score.toFixed(0).padStart(8)}${a.compute.toFixed(0).padStart(10)}${a.sovereignty.toFixed(3).padStart(13)}${a.revenue.toFixed(0).padStart(12)}`),
    r.warnings.length ? "Warnings:" : "No warnings: no dominant strategy, every nation and personality can win.",
    ...r.warnings.map((w) => `  ! ${w}`),
  ].join("\n");
}
