/**
 * The balance bench (`npm run balance`): scripted archetypes for every nation against hard AI, hard
 * AI-vs-AI games, a seeded search for the best recipe and a power-price swap, summed up into the figures
 * of balance.json and checked against the targets of issue 14. Pure: the caller passes a function that
 * plays a list of games (the script spreads them over worker threads; tests play them in process).
 */
import type { PresetId } from "../scenario/presets";
import type { Family } from "../ai/family";
import type { Plan } from "./archetypes";
import type { BenchGame, BenchJob } from "./balance";
import type { ScoredPlan } from "./search";
import { ARCHETYPES } from "./archetypes";
import { presetScenario } from "../scenario/presets";
import { catalogueFor } from "../engine/setup";
import { quarterIndex } from "../engine/quarter";
import { usdK } from "../describe/money";
import type { Accelerator } from "../engine/state";
import { memoryFactor } from "../engine/market";
import { controlClass } from "../engine/licences";
import { FAMILIES } from "../ai/family";
import { planKey, searchPlans } from "./search";
import { swappedPrice } from "./power-swap";

/** Plays a list of bench games (in any order, results in the same order). */
export type RunGames = (jobs: BenchJob[]) => Promise<BenchGame[]>;

/** What to run. */
export interface BenchOptions {
  presets: PresetId[];
  /** Seeds per archetype and nation (seeds 1..N). */
  seeds: number;
  /** Hard AI-vs-AI games per preset. */
  aiGames: number;
  /** Archetype ids to play (default: all available). */
  archetypes?: string[];
  /** Nations a plan plays (default: every nation of each preset). */
  nations?: string[];
  search: { seed: number; rounds: number; batch: number; seeds: number };
  /** Stops the search between rounds (a time budget). */
  stop?: () => boolean;
}

/** The default options: a run of about ten minutes on two cores. */
export const DEFAULT_OPTIONS: BenchOptions = {
  presets: ["workshop", "full"],
  seeds: 3,
  aiGames: 16,
  search: { seed: 14, rounds: 6, batch: 2, seeds: 1 },
};
/** The quick options (about a minute on two cores): workshop only, one seed, a short search. */
export const QUICK_OPTIONS: BenchOptions = {
  presets: ["workshop"],
  seeds: 1,
  aiGames: 2,
  search: { seed: 14, rounds: 1, batch: 1, seeds: 1 },
};

/** One target of issue 14 with its figure. */
export interface Target {
  id: string;
  text: string;
  figure: string;
  met: boolean;
}

/** balance.json. */
export interface BenchResult {
  options: Omit<BenchOptions, "stop">;
  games: number;
  archetypes: {
    preset: PresetId;
    id: string;
    name: string;
    nation: string;
    games: number;
    wins: number;
    winShare: number;
    avgScore: number;
    classifiedAs: Family;
    classifiedAsItself: number;
  }[];
  nations: { preset: PresetId; id: string; games: number; wins: number; winShare: number }[];
  families: { preset: PresetId; family: Family; nations: number; wins: number; winShare: number }[];
  bestFound: {
    plan: Plan;
    origin: string;
    objective: number;
    winShareByNation: Record<string, number>;
    winShareByPreset: Record<string, Record<string, number>>;
  };
  search: { seed: number; rounds: number; evaluated: number; stoppedEarly: boolean; top: ScoredPlan[] };
  vendorShare: { nvidia: number; amd: number; byPreset: Record<string, { nvidia: number; amd: number }> };
  acceleratorsBought: Record<string, number>;
  acceleratorsBoughtByPlans: Record<string, number>;
  acceleratorsOnSale: string[];
  /** Parts the target counts: on sale long enough in some preset played to serve MIN_SERVICE_QUARTERS before it ends (acceleratorsOnSale minus acceleratorsTooLate). */
  acceleratorsCounted: string[];
  /** Parts on sale in the presets played that no vendor can deliver MIN_SERVICE_QUARTERS before the end of any of them, with the reason. */
  acceleratorsTooLate: { id: string; reason: string }[];
  /** Counted parts beaten on every count by another part (dominatedParts): the target does not require a buyer for them. */
  acceleratorsDominated: { id: string; by: string; reason: string }[];
  /** Relative score change of the swap (`change`, the target) and, beside it, of cumulative operating profit (`profitChange`: what the bill moves before the score's log). */
  powerElasticity: {
    preset: PresetId;
    nation: string;
    powerPrice: number;
    swappedPrice: number;
    baseScore: number;
    swappedScore: number;
    change: number;
    baseProfit: number;
    swappedProfit: number;
    profitChange: number;
  }[];
  targets: Target[];
  warnings: string[];
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const seedsUpTo = (n: number): number[] => Array.from({ length: Math.max(0, n) }, (_, i) => i + 1);
const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

/**
 * Quarters a part must be able to serve before a preset ends for the "every accelerator" target to count it.
 * A buyer weighs a part by what it earns and scores over the quarters left; one quarter of rent is 5–8 % of a
 * part's price (facts.md §4: ~8 quarters at 80 % to pay back an H100), so a part that can only arrive for the
 * last quarter has no value-minded buyer (in `workshop`, Rubin Ultra from Q3 2027 and MI500 from Q4 2027).
 */
export const MIN_SERVICE_QUARTERS = 2;

/**
 * Accelerators of the presets: on sale before the last quarter of one of them (`onSale`), and of those the ones
 * some vendor can deliver at least MIN_SERVICE_QUARTERS before the end of one of them (`counted`: lead time of
 * the part with the fastest integrator's lead delta, costs.ts gpuLeadQuarters); the rest (`tooLate`) with the reason.
 */
export function acceleratorsInWindow(presets: PresetId[]): { onSale: string[]; counted: string[]; tooLate: { id: string; reason: string }[] } {
  const onSale = new Set<string>();
  const counted = new Set<string>();
  const why = new Map<string, string>();
  for (const preset of presets) {
    const sc = presetScenario(preset);
    const cat = catalogueFor(sc);
    const first = quarterIndex(sc.start);
    const last = first + sc.turns - 1;
    const fastest = Math.min(0, ...cat.integrators.map((i) => i.leadDelta));
    for (const a of cat.accelerators) {
      const from = quarterIndex(a.available);
      if (from > last) continue;
      onSale.add(a.id);
      const lead = Math.max(1, a.leadQuarters + fastest);
      // Ordered in quarter `from` (or the first turn), delivered at the end of quarter from + lead − 1, serving from then to the last quarter.
      const serves = last - (Math.max(from, first) + lead - 1) + 1;
      if (serves >= MIN_SERVICE_QUARTERS) counted.add(a.id);
      else
        why.set(
          a.id,
          `${preset}: on sale from ${a.available.year} Q${a.available.q}, ${lead}-quarter lead time at best, so it serves ${Math.max(0, serves)} of the preset's quarters`,
        );
    }
  }
  const tooLate = [...onSale].filter((id) => !counted.has(id)).sort();
  return { onSale: [...onSale].sort(), counted: [...counted].sort(), tooLate: tooLate.map((id) => ({ id, reason: why.get(id)! })) };
}

/** What a buyer can weigh a part on, per GPU: training PF, inference capacity (FP4 PF × memory factor, market.ts) and the middle of its 2026 rent band. */
function partCounts(a: Accelerator): number[] {
  const rent = (a.rentBand[0] + a.rentBand[1]) / 2;
  const infer = a.fp4Pf * memoryFactor(a);
  return [a.pf / a.priceK, infer / a.priceK, rent / a.priceK, a.pf / a.kw, infer / a.kw, rent / a.kw];
}

const CLASS_RANK = { standard: 0, controlled: 1, frontier: 2 } as const;

/**
 * Parts beaten on every count by another part on sale no later, with no longer a lead time, no stricter cooling
 * or export class and no smaller scale-up domain: at least as much training PF, inference capacity and rent per
 * dollar and per kW at the catalogue's sourced figures (facts.md). No value-minded buyer picks such a part, so the
 * `every_accelerator` target does not count it (docs/balance.md: MI325X against MI300X, the same CDNA 3 die with
 * the extra HBM past what the memory factor counts, A22–A25, G9).
 */
export function dominatedParts(presets: PresetId[], counted: string[]): { id: string; by: string; reason: string }[] {
  const out: { id: string; by: string; reason: string }[] = [];
  const seen = new Set<string>();
  for (const preset of presets) {
    const sc = presetScenario(preset);
    const cat = catalogueFor(sc);
    const first = quarterIndex(sc.start);
    const parts = cat.accelerators.filter((a) => counted.includes(a.id));
    for (const a of parts) {
      if (seen.has(a.id)) continue;
      const ca = partCounts(a);
      const from = Math.max(first, quarterIndex(a.available));
      const by = parts.find((b) => {
        if (b.id === a.id || quarterIndex(b.available) > from || b.leadQuarters > a.leadQuarters) return false;
        if ((b.liquidOnly && !a.liquidOnly) || b.scaleUp < a.scaleUp || CLASS_RANK[controlClass(b)] > CLASS_RANK[controlClass(a)]) return false;
        const cb = partCounts(b);
        return cb.every((x, i) => x >= ca[i]) && cb.some((x, i) => x > ca[i]);
      });
      if (!by) continue;
      seen.add(a.id);
      out.push({
        id: a.id,
        by: by.id,
        reason: `${by.name} is on sale as early, as fast to deliver and beats it on training PF, inference capacity and rent per dollar and per kW (${usdK(by.priceK / 1000)} vs ${usdK(a.priceK / 1000)}, ${by.kw} vs ${a.kw} kW)`,
      });
    }
  }
  return out.sort((x, y) => x.id.localeCompare(y.id));
}

/** Nations of a preset a plan plays. */
function scriptedNations(preset: PresetId, opts: BenchOptions): string[] {
  const ids = presetScenario(preset).nations.map((n) => n.id);
  return opts.nations ? ids.filter((id) => opts.nations!.includes(id)) : ids;
}

/** The games that score one plan: every scripted nation of every preset over `seeds`. */
function planJobs(plan: Plan, label: string, opts: BenchOptions, seeds: number): BenchJob[] {
  return opts.presets.flatMap((preset) =>
    scriptedNations(preset, opts).flatMap((nation) => seedsUpTo(seeds).map((seed): BenchJob => ({ preset, seed, scripted: { nation, plan, label } }))),
  );
}

/** Win share of the scripted nation by "preset/nation" over these games. */
function winShares(games: BenchGame[]): Record<string, { games: number; wins: number; score: number }> {
  const out: Record<string, { games: number; wins: number; score: number }> = {};
  for (const g of games) {
    if (!g.scripted) continue;
    const k = `${g.preset}/${g.scripted.nation}`;
    const r = (out[k] ??= { games: 0, wins: 0, score: 0 });
    r.games++;
    if (g.winner === g.scripted.nation) r.wins++;
    const top = Math.max(...g.nations.map((n) => n.score), 1);
    r.score += (g.nations.find((n) => n.nation === g.scripted!.nation)?.score ?? 0) / top;
  }
  return out;
}

/** A plan's objective: its mean win share over (preset, nation), with its mean score relative to the winner as a tie-break. */
export function planObjective(games: BenchGame[]): number {
  const rows = Object.values(winShares(games));
  return mean(rows.map((r) => r.wins / r.games)) + 0.01 * mean(rows.map((r) => r.score / r.games));
}

/** Run the bench. */
export async function runBench(opts: BenchOptions, run: RunGames): Promise<BenchResult> {
  const warnings: string[] = [];
  const archetypes = ARCHETYPES.filter((a) => !opts.archetypes || opts.archetypes.includes(a.id));
  const playable = archetypes.filter((a) => {
    const why = a.unavailable();
    if (why) warnings.push(why);
    return !why;
  });
  const all: BenchGame[] = [];
  const play = async (jobs: BenchJob[]): Promise<BenchGame[]> => {
    const games = await run(jobs);
    all.push(...games);
    return games;
  };

  // 1. Archetypes for every nation, and hard AI-vs-AI games, in one batch.
  const archJobs = playable.flatMap((a) => planJobs(a.plan, a.id, opts, opts.seeds));
  const aiJobs = opts.presets.flatMap((preset) => seedsUpTo(opts.aiGames).map((seed): BenchJob => ({ preset, seed })));
  const first = await play([...archJobs, ...aiJobs]);
  const archGames = first.slice(0, archJobs.length);
  const aiGames = first.slice(archJobs.length);
  const gamesByPlan = new Map<string, BenchGame[]>();
  for (const a of playable)
    gamesByPlan.set(
      planKey(a.plan),
      archGames.filter((g) => g.scripted?.label === a.id),
    );

  // 2. The search, starting from the archetypes scored on the search's seeds (a subset of theirs).
  if (opts.search.seeds > opts.seeds) {
    warnings.push(`The search plays ${opts.seeds} seeds, not ${opts.search.seeds}: its seeds must be among the archetypes' seeds.`);
    opts = { ...opts, search: { ...opts.search, seeds: opts.seeds } };
  }
  const onSearchSeeds = (gs: BenchGame[]): BenchGame[] => gs.filter((g) => g.seed <= opts.search.seeds);
  const start: ScoredPlan[] = playable.map((a) => ({ plan: a.plan, objective: planObjective(onSearchSeeds(gamesByPlan.get(planKey(a.plan))!)), origin: a.id }));
  let round = 0;
  const search = await searchPlans(
    start,
    async (plans) => {
      round++;
      const jobs = plans.map((p, i) => planJobs(p, `search-${round}-${i}`, opts, opts.search.seeds));
      const games = await play(jobs.flat());
      let at = 0;
      return plans.map((p, i) => {
        const mine = games.slice(at, at + jobs[i].length);
        at += jobs[i].length;
        gamesByPlan.set(planKey(p), mine);
        return planObjective(mine);
      });
    },
    { seed: opts.search.seed, rounds: opts.search.rounds, batch: opts.search.batch, stop: opts.stop },
  );
  if (search.stoppedEarly)
    warnings.push(`The search stopped after ${search.rounds} of ${opts.search.rounds} rounds (time budget): its result depends on the machine's speed.`);
  const best = search.best;
  // The best plan on every seed of the archetypes (a candidate was only played on the search's seeds).
  const known = gamesByPlan.get(planKey(best.plan)) ?? [];
  const more = planJobs(best.plan, "best", opts, opts.seeds).filter(
    (j) => !known.some((g) => g.preset === j.preset && g.seed === j.seed && g.scripted?.nation === j.scripted?.nation),
  );
  const bestGames = [...known, ...(await play(more))];

  // 3. Power-price swap: the best plan, the search's seeds, each nation given the dearest nation's price in the game data (power-swap.ts).
  const swapJobs = onSearchSeeds(bestGames).map((g): BenchJob => ({
    preset: g.preset,
    seed: g.seed,
    scripted: { nation: g.scripted!.nation, plan: best.plan, label: "power-swap" },
    swapPower: g.scripted!.nation,
  }));
  const swapGames = await play(swapJobs);

  return summariseBench(opts, {
    archetypes: playable.map((a) => ({ id: a.id, name: a.name, family: a.family })),
    archGames,
    aiGames,
    best,
    bestGames,
    swapGames,
    search,
    warnings,
    all,
  });
}

/** Everything the bench played, for the summary. */
interface Played {
  archetypes: { id: string; name: string; family: Family }[];
  archGames: BenchGame[];
  aiGames: BenchGame[];
  best: ScoredPlan;
  bestGames: BenchGame[];
  swapGames: BenchGame[];
  search: { rounds: number; evaluated: ScoredPlan[]; stoppedEarly: boolean };
  warnings: string[];
  /** Every game played, in order. */
  all: BenchGame[];
}

/** Sum up the games into balance.json and check the targets. */
function summariseBench(opts: BenchOptions, p: Played): BenchResult {
  const warnings = [...p.warnings];
  const archetypes: BenchResult["archetypes"] = [];
  for (const a of p.archetypes)
    for (const preset of opts.presets)
      for (const nation of scriptedNations(preset, opts)) {
        const gs = p.archGames.filter((g) => g.scripted?.label === a.id && g.preset === preset && g.scripted.nation === nation);
        const me = gs.map((g) => g.nations.find((n) => n.nation === nation)!);
        const fams = me.map((m) => m.family);
        const classifiedAs = FAMILIES.map((f) => ({ f, c: fams.filter((x) => x === f).length })).sort((x, y) => y.c - x.c)[0].f;
        const wins = gs.filter((g) => g.winner === nation).length;
        archetypes.push({
          preset,
          id: a.id,
          name: a.name,
          nation,
          games: gs.length,
          wins,
          winShare: gs.length ? wins / gs.length : 0,
          avgScore: mean(me.map((m) => m.score)),
          classifiedAs,
          classifiedAsItself: fams.length ? fams.filter((f) => f === a.family).length / fams.length : 0,
        });
        const refused = me.reduce((s, m) => s + m.refused, 0);
        if (refused > 0) warnings.push(`${a.name} for ${nation} (${preset}) gave ${refused} orders the engine refused.`);
      }

  const nations: BenchResult["nations"] = [];
  const families: BenchResult["families"] = [];
  const byPreset: Record<string, { nvidia: number; amd: number }> = {};
  let nv = 0,
    amd = 0;
  for (const preset of opts.presets) {
    const gs = p.aiGames.filter((g) => g.preset === preset);
    for (const id of presetScenario(preset).nations.map((n) => n.id)) {
      const wins = gs.filter((g) => g.winner === id).length;
      nations.push({ preset, id, games: gs.length, wins, winShare: gs.length ? wins / gs.length : 0 });
    }
    for (const family of FAMILIES) {
      const rows = gs.flatMap((g) => g.nations.filter((n) => n.family === family).map((n) => ({ n, won: g.winner === n.nation })));
      if (rows.length)
        families.push({
          preset,
          family,
          nations: rows.length,
          wins: rows.filter((r) => r.won).length,
          winShare: rows.filter((r) => r.won).length / Math.max(1, gs.length),
        });
    }
    let pn = 0,
      pa = 0;
    for (const g of gs)
      for (const n of g.nations) {
        pn += n.installedPf.nvidia;
        pa += n.installedPf.amd;
      }
    byPreset[preset] = { nvidia: pn / Math.max(1e-9, pn + pa), amd: pa / Math.max(1e-9, pn + pa) };
    nv += pn;
    amd += pa;
  }
  const vendorShare = { nvidia: nv / Math.max(1e-9, nv + amd), amd: amd / Math.max(1e-9, nv + amd), byPreset };

  const bought: Record<string, number> = {};
  const boughtByPlans: Record<string, number> = {};
  for (const g of p.all)
    for (const n of g.nations) {
      const into = n.ai ? bought : boughtByPlans;
      for (const [m, c] of Object.entries(n.bought)) into[m] = (into[m] ?? 0) + c;
    }
  const { onSale: acceleratorsOnSale, counted: acceleratorsCounted, tooLate: acceleratorsTooLate } = acceleratorsInWindow(opts.presets);
  for (const id of acceleratorsOnSale) bought[id] ??= 0;
  const acceleratorsDominated = dominatedParts(opts.presets, acceleratorsCounted);
  for (const d of acceleratorsDominated)
    warnings.push(`${d.id} is not counted by the every-accelerator target: dominated by ${d.by} at the sourced figures (${d.reason}).`);

  const winByPreset: Record<string, Record<string, number>> = {};
  const pooled: Record<string, { games: number; wins: number }> = {};
  for (const [k, r] of Object.entries(winShares(p.bestGames))) {
    const [preset, nation] = k.split("/");
    (winByPreset[preset] ??= {})[nation] = r.wins / r.games;
    const q = (pooled[nation] ??= { games: 0, wins: 0 });
    q.games += r.games;
    q.wins += r.wins;
  }
  const bestFound = {
    plan: p.best.plan,
    origin: p.best.origin,
    objective: p.best.objective,
    winShareByNation: Object.fromEntries(Object.entries(pooled).map(([n, r]) => [n, r.wins / r.games])),
    winShareByPreset: winByPreset,
  };

  const powerElasticity: BenchResult["powerElasticity"] = [];
  for (const preset of opts.presets) {
    const sc = presetScenario(preset);
    for (const nation of scriptedNations(preset, opts)) {
      const baseRows = p.bestGames
        .filter((g) => g.preset === preset && g.scripted?.nation === nation && g.seed <= opts.search.seeds)
        .map((g) => g.nations.find((n) => n.nation === nation)!);
      const swappedRows = p.swapGames
        .filter((g) => g.preset === preset && g.scripted?.nation === nation)
        .map((g) => g.nations.find((n) => n.nation === nation)!);
      const base = baseRows.map((n) => n.score);
      const swapped = swappedRows.map((n) => n.score);
      const bp = mean(baseRows.map((n) => n.profit ?? 0)),
        sp = mean(swappedRows.map((n) => n.profit ?? 0));
      if (!base.length || !swapped.length) continue;
      const price = sc.nations.find((n) => n.id === nation)!.powerPrice;
      const b = mean(base),
        s = mean(swapped);
      powerElasticity.push({
        preset,
        nation,
        powerPrice: price,
        swappedPrice: swappedPrice(nation),
        baseScore: b,
        swappedScore: s,
        change: b !== 0 ? (s - b) / Math.abs(b) : 0,
        baseProfit: bp,
        swappedProfit: sp,
        profitChange: bp !== 0 ? (sp - bp) / Math.abs(bp) : 0,
      });
    }
  }

  const targets = checkTargets(
    opts,
    archetypes,
    nations,
    bestFound.winShareByPreset,
    vendorShare,
    bought,
    acceleratorsCounted,
    powerElasticity,
    acceleratorsTooLate,
    acceleratorsDominated,
  );
  return {
    options: { presets: opts.presets, seeds: opts.seeds, aiGames: opts.aiGames, archetypes: opts.archetypes, nations: opts.nations, search: opts.search },
    games: p.all.length,
    archetypes,
    nations,
    families,
    bestFound,
    search: {
      seed: opts.search.seed,
      rounds: p.search.rounds,
      evaluated: p.search.evaluated.length,
      stoppedEarly: p.search.stoppedEarly,
      top: [...p.search.evaluated].sort((a, b) => b.objective - a.objective).slice(0, 5),
    },
    vendorShare,
    acceleratorsBought: bought,
    acceleratorsBoughtByPlans: boughtByPlans,
    acceleratorsOnSale,
    acceleratorsCounted,
    acceleratorsTooLate,
    acceleratorsDominated,
    powerElasticity,
    targets,
    warnings,
  };
}

/** The targets of issue 14 ("Balance as a benchmark, not a hope"), each with its figure. */
export function checkTargets(
  opts: BenchOptions,
  archetypes: BenchResult["archetypes"],
  nations: BenchResult["nations"],
  bestByPreset: Record<string, Record<string, number>>,
  vendorShare: BenchResult["vendorShare"],
  bought: Record<string, number>,
  onSale: string[],
  power: BenchResult["powerElasticity"],
  tooLate: { id: string }[] = [],
  dominated: { id: string; by: string }[] = [],
): Target[] {
  const t: Target[] = [];
  const over: string[] = [];
  for (const preset of opts.presets)
    for (const id of new Set(archetypes.map((a) => a.id))) {
      const many = archetypes.filter((a) => a.preset === preset && a.id === id && a.winShare > 0.4);
      if (many.length > 2) over.push(`${id} on ${preset} (${many.map((a) => a.nation).join(", ")})`);
    }
  t.push({
    id: "archetype_dominance",
    text: "No archetype wins more than 40% for more than two nations",
    figure: over.length ? over.join("; ") : "none",
    met: over.length === 0,
  });
  const bestRows = Object.entries(bestByPreset).flatMap(([preset, r]) => Object.entries(r).map(([n, w]) => ({ preset, n, w })));
  const top = [...bestRows].sort((a, b) => b.w - a.w)[0];
  t.push({
    id: "best_recipe",
    text: "The best recipe found wins at most 50% for any nation",
    figure: top ? `max ${pct(top.w)} (${top.n}, ${top.preset})` : "no games",
    met: !!top && top.w <= 0.5,
  });
  const low = nations.filter((n) => n.winShare < 0.05);
  t.push({
    id: "nation_floor",
    text: "Every nation wins at least 5% of hard-AI games",
    figure: low.length
      ? `below: ${low.map((n) => `${n.id} ${pct(n.winShare)} (${n.preset})`).join(", ")}`
      : `min ${pct(Math.min(...nations.map((n) => n.winShare)))}`,
    met: low.length === 0 && nations.length > 0,
  });
  const amd = Object.entries(vendorShare.byPreset);
  t.push({
    id: "amd_share",
    text: "AMD's share of installed PF (hard-AI games) between 15% and 45%",
    figure: amd.map(([p, s]) => `${p} ${pct(s.amd)}`).join(", "),
    met: amd.length > 0 && amd.every(([, s]) => s.amd >= 0.15 && s.amd <= 0.45),
  });
  const skip = new Set(dominated.map((d) => d.id));
  const needed = onSale.filter((id) => !skip.has(id));
  const never = needed.filter((id) => !bought[id]);
  t.push({
    id: "every_accelerator",
    text: "Every accelerator on sale (and not dominated on every count) is bought by the AI in some game",
    figure:
      (never.length ? `never bought: ${never.join(", ")}` : `all ${needed.length} bought`) +
      (tooLate.length ? ` (not counted, cannot serve ${MIN_SERVICE_QUARTERS} quarters before the end: ${tooLate.map((t) => t.id).join(", ")})` : "") +
      (dominated.length
        ? ` (not counted, dominated: ${dominated.map((d) => `${d.id} by ${d.by}${bought[d.id] ? `, bought ${bought[d.id]}` : ", never bought"}`).join("; ")})`
        : ""),
    met: never.length === 0,
  });
  const flat = power.filter((r) => Math.abs(r.change) < 0.05);
  t.push({
    id: "power_price",
    text: "Swapping power prices changes each nation's score by at least 5%",
    figure: flat.length
      ? `under 5%: ${flat.map((r) => `${r.nation} ${pct(r.change)} (${r.preset})`).join(", ")}`
      : `min |change| ${pct(Math.min(...power.map((r) => Math.abs(r.change))))}`,
    met: flat.length === 0 && power.length > 0,
  });
  return t;
}

/** The printed tables of a bench result, per preset, with each target beside its figure. */
export function formatBench(r: BenchResult): string {
  const lines: string[] = [];
  const cell = (x: number | undefined): string => (x === undefined ? "-" : `${Math.round(x * 100)}%`).padStart(10);
  for (const preset of r.options.presets) {
    const ids = [...new Set(r.archetypes.filter((a) => a.preset === preset).map((a) => a.nation))];
    lines.push(`== ${preset} ==`, `Scripted archetype vs hard AI: win share by nation (${r.options.seeds} seeds each); family = how its games were classified`);
    lines.push(`  ${"".padEnd(22)}${ids.map((n) => n.padStart(10)).join("")}   classified as itself`);
    for (const id of [...new Set(r.archetypes.map((a) => a.id))]) {
      const rows = r.archetypes.filter((a) => a.preset === preset && a.id === id);
      if (!rows.length) continue;
      lines.push(
        `  ${rows[0].name.padEnd(22)}${ids.map((n) => cell(rows.find((a) => a.nation === n)?.winShare)).join("")}   ${pct(mean(rows.map((a) => a.classifiedAsItself)))}`,
      );
    }
    const best = r.bestFound.winShareByPreset[preset] ?? {};
    lines.push(`  ${"Best found".padEnd(22)}${ids.map((n) => cell(best[n])).join("")}   (${r.bestFound.origin})`);
    const nat = r.nations.filter((n) => n.preset === preset);
    lines.push(`Hard AI vs hard AI (${nat[0]?.games ?? 0} games): ${nat.map((n) => `${n.id} ${pct(n.winShare)}`).join(", ")}`);
    const fam = r.families.filter((f) => f.preset === preset);
    lines.push(`  AI families (nations, wins): ${fam.map((f) => `${f.family} ${f.nations}/${f.wins}`).join(", ")}`);
    const v = r.vendorShare.byPreset[preset];
    if (v) lines.push(`Installed PF at the end of AI games: NVIDIA ${pct(v.nvidia)}, AMD ${pct(v.amd)}`);
    const pe = r.powerElasticity.filter((p) => p.preset === preset);
    lines.push(
      `Power price swapped for the dearest nation's in the game data (best plan, same seeds; score, and operating profit): ${pe
        .map(
          (p) =>
            `${p.nation} ${p.powerPrice}→${p.swappedPrice} $/MWh ${p.change >= 0 ? "+" : ""}${pct(p.change)} (profit ${Math.round(p.baseProfit)}→${Math.round(p.swappedProfit)} US$M, ${p.profitChange >= 0 ? "+" : ""}${pct(p.profitChange)})`,
        )
        .join(", ")}`,
      "",
    );
  }
  lines.push(`Accelerators bought by the AI (GPUs): ${r.acceleratorsOnSale.map((id) => `${id} ${r.acceleratorsBought[id] ?? 0}`).join(", ")}`);
  for (const t of r.acceleratorsTooLate) lines.push(`  not counted by the target: ${t.id} (${t.reason})`);
  for (const d of r.acceleratorsDominated ?? []) lines.push(`  not counted by the target: ${d.id} (dominated: ${d.reason})`);
  lines.push(
    `Best recipe found (${r.bestFound.origin}, objective ${r.bestFound.objective.toFixed(3)}, ${r.search.evaluated} plans scored in ${r.search.rounds} search rounds): ${JSON.stringify(r.bestFound.plan)}`,
    "",
  );
  lines.push("Targets (issue 14):");
  for (const t of r.targets) lines.push(`  [${t.met ? "met   " : "MISSED"}] ${t.text}: ${t.figure}`);
  if (r.warnings.length) lines.push("Warnings:", ...r.warnings.map((w) => `  ! ${w}`));
  return lines.join("\n");
}
