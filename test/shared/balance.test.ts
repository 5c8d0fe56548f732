/** The balance report: seeded games are reproducible, every family is dealt, and the warnings fire on dominance and on nations that never win. */
import { describe, expect, it } from "vitest";
import type { GameSummary } from "../../shared/sim/balance";
import { dealProfiles, formatReport, playBalanceGame, summarise } from "../../shared/sim/balance";
import { FAMILIES } from "../../shared/ai/family";
import { presetScenario } from "../../shared/scenario/presets";

const scenario = presetScenario("workshop");
const ids = scenario.nations.map((n) => n.id);

function game(seed: number, winner: string, family: (id: string) => GameSummary["nations"][number]["family"]): GameSummary {
  return { seed, winner, nations: ids.map((id) => ({ nation: id, personality: "builder", family: family(id), score: id === winner ? 100 : 50, compute: 0, sovereignty: 0, revenue: 0 })) };
}

describe("balance report", () => {
  it("plays the same game from the same seed, and deals every strategy family across games", () => {
    expect(playBalanceGame(scenario, 5)).toEqual(playBalanceGame(scenario, 5));
    const dealt = new Set(Array.from({ length: 20 }, (_, s) => Object.values(dealProfiles(s, ids, "normal")).map((p) => p.strategy)).flat());
    expect([...dealt].sort()).toEqual([...FAMILIES].sort());
  });

  it("warns when one family wins more than 60% of games and when a nation never wins", () => {
    const games = Array.from({ length: 10 }, (_, i) => game(i, i < 7 ? "korea" : "japan", (id) => (id === "korea" ? "jv_trilateral" : "us_fullstack")));
    const r = summarise(scenario, "normal", games);
    expect(r.warnings).toContain("Dominant strategy: JV / trilateral won 70% of games (limit 60%).");
    expect(r.warnings).toContain("UAE never won in 10 games.");
    expect(r.byNation.find((n) => n.id === "korea")!.winRate).toBeCloseTo(0.7);
    expect(formatReport(r)).toContain("Warnings:");
  });

  it("gives no warning when wins are spread", () => {
    const fams = ["jv_trilateral", "us_fullstack", "local_only", "amd_heavy", "nvidia_heavy"] as const;
    const games = Array.from({ length: 12 }, (_, i) => game(i, ids[i % ids.length], (id) => fams[(ids.indexOf(id) + i) % fams.length]));
    const r = summarise(scenario, "normal", games);
    expect(r.warnings.filter((w) => !w.includes("personality"))).toEqual([]);
  });
});
