/**
 * Search over plan parameters for the best recipe: a seeded random search in rounds. Each round draws a
 * batch of candidates from the search's own PRNG (a fresh random plan, or one to three parameters changed
 * in one of the best plans so far), has them evaluated together (the caller plays the games, in parallel
 * if it likes) and keeps the best. The candidates depend only on the seed and the scores before them, so
 * the search is deterministic for a fixed seed whatever the number of threads; a time budget can only
 * stop it early between rounds, and says so.
 */
import type { RngState } from "../engine/rng";
import type { PolicyId } from "../protocol/orders";
import type { Plan } from "./archetypes";
import { nextFloat, nextInt, seedRng } from "../engine/rng";
import { ALL_POLICIES, BASE_PLAN } from "./archetypes";
import { CLOUD_PROVIDERS, cloudContractsExist } from "./order-kit";

/** A plan with its objective (higher is better) and where it came from. */
export interface ScoredPlan {
  plan: Plan;
  objective: number;
  /** An archetype id, or "search round N". */
  origin: string;
}

/** Options of a search. */
export interface SearchOptions {
  seed: number;
  rounds: number;
  /** Candidates evaluated per round. */
  batch: number;
  /** Asked before each round: true stops the search (a time budget). */
  stop?: () => boolean;
}

/** What a search found. */
export interface SearchResult {
  best: ScoredPlan;
  /** Every plan scored, the starting ones first. */
  evaluated: ScoredPlan[];
  rounds: number;
  /** True when `stop` ended the search before all its rounds. */
  stoppedEarly: boolean;
}

const pick = <T>(rng: RngState, xs: readonly T[]): T => xs[nextInt(rng, xs.length)];
const INTEGRATORS = ["penguin", "dell", "hpe", "supermicro"];

/** The ways one parameter of a plan can be redrawn. */
const GENES: ((p: Plan, rng: RngState) => Partial<Plan>)[] = [
  (_p, r) => ({ builder: pick(r, ["us", "local", "jv"] as const) }),
  (_p, r) => ({ pkg: pick(r, ["components", "fullstack"] as const) }),
  (_p, r) => ({ vendor: pick(r, ["integrator", "partner"] as const) }),
  (_p, r) => ({ integrator: pick(r, INTEGRATORS) }),
  (_p, r) => ({ maker: pick(r, ["any", "nvidia", "amd"] as const) }),
  (_p, r) => ({ pick: pick(r, ["value", "newest"] as const) }),
  (_p, r) => ({ buildMw: pick(r, [10, 20, 30, 60, 100, 150, 250, 400]) }),
  (_p, r) => ({ maxBuilding: 1 + nextInt(r, 3) }),
  (_p, r) => ({ spend: Math.round((0.3 + 0.7 * nextFloat(r)) * 100) / 100 }),
  (_p, r) => ({ reserve: pick(r, [0, 0.2, 0.5, 1, 2, 4]) }),
  (_p, r) => ({ talent: pick(r, [0, 1, 2, 3] as const), talentUntil: pick(r, [60, 70, 80, 90, 100]) }),
  (_p, r) => ({ memory: pick(r, [0, 0.05, 0.1, 0.2, 0.4, 0.8]), memoryMaker: pick(r, ["skhynix", "samsung", "micron"] as const) }),
  (_p, r) => ({ cxl: nextFloat(r) < 0.5 }),
  (_p, r) => ({ stake: pick(r, [0, 0, 50, 100, 200, 500]) }),
  (_p, r) => ({ policies: ALL_POLICIES.filter(() => nextFloat(r) < 0.4) as PolicyId[] }),
  (_p, r) => ({ haggle: nextFloat(r) < 0.5 }),
  (p, r) =>
    cloudContractsExist()
      ? { cloudGpus: pick(r, [0, 0, 2000, 10_000, 50_000]), cloudQuarters: pick(r, [2, 4, 8]), cloudProvider: pick(r, CLOUD_PROVIDERS) }
      : { cloudGpus: p.cloudGpus },
];

/** A plan with `count` parameters redrawn. */
export function mutatePlan(plan: Plan, rng: RngState, count = 1): Plan {
  let out: Plan = { ...plan, policies: [...plan.policies] };
  for (let i = 0; i < count; i++) out = { ...out, ...pick(rng, GENES)(out, rng) };
  return out;
}

/** A plan with every parameter drawn at random. */
export function randomPlan(rng: RngState): Plan {
  let out: Plan = { ...BASE_PLAN };
  for (const gene of GENES) out = { ...out, ...gene(out, rng) };
  return out;
}

/** A canonical key of a plan (to skip plans already scored). */
export function planKey(p: Plan): string {
  return JSON.stringify(
    Object.keys(p)
      .sort()
      .map((k) => [k, p[k as keyof Plan]]),
  );
}

/** Search from `start` (already scored plans) for the plan `evaluate` scores highest. */
export async function searchPlans(start: ScoredPlan[], evaluate: (plans: Plan[]) => Promise<number[]>, opts: SearchOptions): Promise<SearchResult> {
  const rng = seedRng(opts.seed);
  const evaluated: ScoredPlan[] = [...start];
  const seen = new Set(start.map((s) => planKey(s.plan)));
  const ranked = (): ScoredPlan[] => [...evaluated].sort((a, b) => b.objective - a.objective || a.origin.localeCompare(b.origin));
  let rounds = 0;
  let stoppedEarly = false;
  for (let round = 1; round <= opts.rounds; round++) {
    if (opts.stop?.()) {
      stoppedEarly = true;
      break;
    }
    const top = ranked().slice(0, 3);
    const batch: Plan[] = [];
    for (let tries = 0; batch.length < opts.batch && tries < opts.batch * 20; tries++) {
      const p = top.length === 0 || nextFloat(rng) < 0.3 ? randomPlan(rng) : mutatePlan(pick(rng, top).plan, rng, 1 + nextInt(rng, 3));
      const key = planKey(p);
      if (seen.has(key)) continue;
      seen.add(key);
      batch.push(p);
    }
    if (batch.length === 0) break;
    const scores = await evaluate(batch);
    batch.forEach((plan, i) => evaluated.push({ plan, objective: scores[i], origin: `search round ${round}` }));
    rounds = round;
  }
  const best = ranked()[0];
  if (!best) throw new Error("searchPlans needs at least one plan to start from or one round");
  return { best, evaluated, rounds, stoppedEarly };
}
