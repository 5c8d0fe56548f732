/**
 * The balance bench: seeded games are reproducible, AI families are dealt evenly, the search is
 * deterministic for a fixed seed, balance.json has the fields issue 14 asks for with each target beside
 * its figure, and `npm run balance` runs on worker threads and exits 1 exactly when a target is missed.
 */
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { GameSummary } from "../../shared/sim/balance";
import type { BenchOptions, BenchResult, RunGames } from "../../shared/sim/bench";
import { dealProfiles, formatReport, playBalanceGame, playBenchGame, summarise } from "../../shared/sim/balance";
import type { Plan } from "../../shared/sim/archetypes";
import { MIN_SERVICE_QUARTERS, acceleratorsInWindow, formatBench, planObjective, runBench } from "../../shared/sim/bench";
import { planKey, searchPlans } from "../../shared/sim/search";
import { DEALT_FAMILIES } from "../../shared/ai/family";
import { ARCHETYPES, BASE_PLAN } from "../../shared/sim/archetypes";
import { presetScenario } from "../../shared/scenario/presets";

const scenario = presetScenario("workshop");
const ids = scenario.nations.map((n) => n.id);
const inProcess: RunGames = async (jobs) => jobs.map(playBenchGame);
const tiny: BenchOptions = {
  presets: ["tutorial"],
  seeds: 1,
  aiGames: 1,
  archetypes: ["us_fullstack", "local_only", "cash_hoarder"],
  nations: ["korea", "india"],
  search: { seed: 5, rounds: 1, batch: 2, seeds: 1 },
};

function game(seed: number, winner: string, family: (id: string) => GameSummary["nations"][number]["family"]): GameSummary {
  return {
    seed,
    winner,
    nations: ids.map((id) => ({
      nation: id,
      personality: "builder",
      family: family(id),
      score: id === winner ? 100 : 50,
      compute: 0,
      sovereignty: 0,
      revenue: 0,
    })),
  };
}

describe("AI-vs-AI balance games", () => {
  it("play the same game from the same seed, and deal every AI strategy family across games", () => {
    expect(playBalanceGame(scenario, 5)).toEqual(playBalanceGame(scenario, 5));
    const dealt = new Set(Array.from({ length: 20 }, (_, s) => Object.values(dealProfiles(s, ids, "normal")).map((p) => p.strategy)).flat());
    expect([...dealt].sort()).toEqual([...DEALT_FAMILIES].sort());
  });

  it("warn when one family wins more than 60% of games and when a nation never wins", () => {
    const games = Array.from({ length: 10 }, (_, i) => game(i, i < 7 ? "korea" : "japan", (id) => (id === "korea" ? "jv_trilateral" : "us_fullstack")));
    const r = summarise(scenario, "normal", games);
    expect(r.warnings).toContain("Dominant strategy: JV / trilateral won 70% of games (limit 60%).");
    expect(r.warnings).toContain("UAE never won in 10 games.");
    expect(formatReport(r)).toContain("Warnings:");
  });
});

describe("the balance bench", () => {
  it("plays a scripted nation against hard AI reproducibly, with no refused orders", () => {
    const job = { preset: "tutorial" as const, seed: 3, scripted: { nation: "india", plan: ARCHETYPES[0].plan, label: "x" } };
    const a = playBenchGame(job);
    expect(a).toEqual(playBenchGame(job));
    expect(a.nations.find((n) => n.nation === "india")).toMatchObject({ ai: false, refused: 0 });
    expect(a.nations.filter((n) => n.ai)).toHaveLength(2);
  });

  it("searches deterministically for a fixed seed (and differently for another seed)", async () => {
    const evaluate = async (plans: Plan[]): Promise<number[]> =>
      plans.map((plan) => planObjective([playBenchGame({ preset: "tutorial", seed: 1, scripted: { nation: "india", plan, label: "s" } })]));
    const start = [{ plan: BASE_PLAN, objective: (await evaluate([BASE_PLAN]))[0], origin: "base" }];
    const a = await searchPlans(start, evaluate, { seed: 5, rounds: 2, batch: 2 });
    const b = await searchPlans(start, evaluate, { seed: 5, rounds: 2, batch: 2 });
    const c = await searchPlans(start, evaluate, { seed: 6, rounds: 2, batch: 2 });
    expect(b).toEqual(a);
    expect(a.evaluated).toHaveLength(5);
    expect(a.best.objective).toBe(Math.max(...a.evaluated.map((e) => e.objective)));
    expect(c.evaluated.map((e) => planKey(e.plan))).not.toEqual(a.evaluated.map((e) => planKey(e.plan)));
    const stopped = await searchPlans(start, evaluate, { seed: 5, rounds: 2, batch: 2, stop: () => true });
    expect(stopped).toMatchObject({ rounds: 0, stoppedEarly: true, best: start[0] });
  }, 120_000);

  let first: BenchResult;
  it("a tiny run completes within the test timeout", async () => {
    first = await runBench(tiny, inProcess);
    expect(first.search.evaluated).toBe(3 + 2);
    expect(first.games).toBe(3 * 2 + 1 + 2 * 2 + 2);
  }, 180_000);

  it("writes every field of balance.json, with each target and its figure", () => {
    const r = first;
    const nations = presetScenario("tutorial").nations.map((n) => n.id);
    const scripted = ["india", "korea"];
    expect(r.archetypes).toHaveLength(3 * 2);
    for (const a of r.archetypes)
      expect(a).toMatchObject({ name: expect.any(String) as string, nation: expect.any(String) as string, games: 1, winShare: expect.any(Number) as number });
    expect(r.archetypes.filter((a) => a.classifiedAsItself < 1)).toEqual([]);
    expect(r.nations.map((n) => n.id).sort()).toEqual([...nations].sort());
    expect(r.nations.reduce((s, n) => s + n.winShare, 0)).toBeCloseTo(1);
    expect(Object.keys(r.bestFound.winShareByNation).sort()).toEqual(scripted);
    expect(r.bestFound.plan).toHaveProperty("builder");
    expect(r.vendorShare.nvidia + r.vendorShare.amd).toBeCloseTo(1);
    expect(Object.keys(r.acceleratorsBought).sort()).toEqual(expect.arrayContaining(r.acceleratorsOnSale));
    expect(r.acceleratorsCounted.every((id) => r.acceleratorsOnSale.includes(id))).toBe(true);
    expect([...r.acceleratorsCounted, ...r.acceleratorsTooLate.map((t) => t.id)].sort()).toEqual(r.acceleratorsOnSale);
    expect(r.powerElasticity.map((p) => p.nation).sort()).toEqual(scripted);
    expect(r.targets.map((t) => t.id)).toEqual(["archetype_dominance", "best_recipe", "nation_floor", "amd_share", "every_accelerator", "power_price"]);
    expect(Array.isArray(r.warnings)).toBe(true);
    const text = formatBench(r);
    for (const t of r.targets) expect(text).toContain(`${t.text}: ${t.figure}`);
  });

  it("counts for the every-accelerator target only parts some vendor can deliver MIN_SERVICE_QUARTERS before a preset ends", () => {
    const w = acceleratorsInWindow(["workshop"]);
    // Workshop ends in Q4 2027: MI500 (Q4 2027, 3 quarters) cannot arrive; Rubin Ultra (Q3 2027, 2 quarters with Dell) serves only the last quarter.
    expect(w.tooLate.map((t) => t.id)).toEqual(["mi500", "rubin_ultra"]);
    expect(w.tooLate[1].reason).toContain("serves 1 of the preset's quarters");
    expect(w.counted).toEqual(w.onSale.filter((id) => id !== "mi500" && id !== "rubin_ultra"));
    expect(MIN_SERVICE_QUARTERS).toBe(2);
    // Full runs to 2030: every part on sale can serve long enough, and a part counts when it does in any preset played.
    expect(acceleratorsInWindow(["full"]).tooLate).toEqual([]);
    expect(acceleratorsInWindow(["workshop", "full"]).counted).toContain("mi500");
  });

  it("npm run balance plays on worker threads, writes balance.json and exits 1 exactly when a target is missed", () => {
    const dir = mkdtempSync(join(tmpdir(), "balance-"));
    const json = join(dir, "balance.json");
    const args = [
      "tsx",
      "scripts/balance.ts",
      "--preset",
      "tutorial",
      "--seeds",
      "1",
      "--ai-games",
      "1",
      "--search-rounds",
      "0",
      "--archetype",
      "us_fullstack",
      "--archetype",
      "local_only",
      "--nation",
      "india",
      "--workers",
      "2",
      "--json",
      json,
    ];
    const run = spawnSync("npx", args, { encoding: "utf8", timeout: 120_000 });
    const out = JSON.parse(readFileSync(json, "utf8")) as BenchResult & { runSeconds: number };
    expect(run.stdout).toContain("Targets (issue 14):");
    expect(run.status).toBe(out.targets.some((t) => !t.met) ? 1 : 0);
    expect(out.runSeconds).toBeGreaterThan(0);
    expect(out.archetypes.map((a) => `${a.id}/${a.nation}`)).toEqual(["us_fullstack/india", "local_only/india"]);
    const noFail = spawnSync("npx", [...args, "--no-fail"], { encoding: "utf8", timeout: 120_000 });
    expect(noFail.status).toBe(0);
  }, 240_000);
});
