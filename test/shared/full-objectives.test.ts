/**
 * The nations' objectives are goals, not gifts (issue 14, the `full` nation floor): none is met at the start or by
 * holding, each is met by its nation's hard AI in some game, and each text says what it asks. Before this, every
 * objective of `full` was met in every hard AI game (India's 300-point expertise 80 by turn 7–11, the UK's
 * sovereignty 0.55 on turn 1), so objectives were a fixed handicap that handed India 69 % of the games.
 */
import { describe, expect, it } from "vitest";
import { createGame, resolveTurn } from "../../shared/engine";
import type { GameState } from "../../shared/engine/state";
import type { Order } from "../../shared/protocol/orders";
import { measureNation } from "../../shared/engine/operations";
import { objectiveValue } from "../../shared/engine/development";
import { PRESET_IDS, presetScenario } from "../../shared/scenario/presets";
import { aiOrders } from "../../shared/ai/decide";
import { viewFor } from "../../shared/engine/view";
import { dealProfiles } from "../../shared/sim/balance";

const holdAll = (s: GameState) => Object.fromEntries(s.order.map((id) => [id, [{ type: "hold" as const, turn: s.turn }]]));

/**
 * Hard AI-vs-AI games of `full` (the bench's AI games, seeds 1–16): every objective must be met in at least one. A set this
 * large does not flip with each AI tweak (two fixed seeds did, issue 14); the test stops at the first seed that completes it.
 */
const REACH_SEEDS = Array.from({ length: 16 }, (_, i) => i + 1);

/** Objectives met by their nations over a hard AI-vs-AI game of `full`, as "nation.objective". */
function metInHardGame(seed: number): string[] {
  const scenario = presetScenario("full");
  const profiles = dealProfiles(
    seed,
    scenario.nations.map((n) => n.id),
    "hard",
  );
  let s = createGame(scenario, seed);
  while (!s.finished) {
    const orders: Record<string, Order[]> = {};
    for (const id of s.order) orders[id] = aiOrders(viewFor(s, { kind: "nation", nation: id }, { copy: false }), id, profiles[id]);
    s = resolveTurn(s, orders).state;
  }
  return s.order.flatMap((id) => s.nations[id].objectivesMet.map((o) => `${id}.${o}`));
}

describe("objectives are goals, not gifts", () => {
  it("no objective of any preset is met at the start: each metric starts below its target", () => {
    for (const id of PRESET_IDS) {
      const s = createGame(presetScenario(id), 1);
      for (const n of Object.values(s.nations)) {
        const pf = measureNation(s, n).effectiveCompute;
        for (const o of n.objectives) expect(objectiveValue(n, o, pf), `${id}/${n.id}/${o.id}`).toBeLessThan(o.metric === "milestone" ? 1 : o.target);
      }
    }
  });

  it("holding the starting footprint through all 20 quarters of full meets no objective", () => {
    let s = createGame(presetScenario("full"), 3);
    while (!s.finished) s = resolveTurn(s, holdAll(s)).state;
    for (const n of Object.values(s.nations)) expect(n.objectivesMet, n.id).toEqual([]);
  }, 60_000);

  it("every objective of full is met by its nation's hard AI in some game", () => {
    const all = presetScenario("full").nations.flatMap((n) => n.objectives.map((o) => `${n.id}.${o.id}`));
    const met = new Set<string>();
    for (const seed of REACH_SEEDS) {
      for (const o of metInHardGame(seed)) met.add(o);
      if (all.every((o) => met.has(o))) break;
    }
    // An objective missed in all of them is out of the hard AI's reach: see which games meet what with
    // `npx tsx scripts/score-parts.ts --preset full --from 1 --to 16`, then change its target or deadline (docs/balance.md).
    expect(
      all.filter((o) => !met.has(o)),
      `not met in any of seeds ${REACH_SEEDS[0]}–${REACH_SEEDS[REACH_SEEDS.length - 1]}`,
    ).toEqual([]);
  }, 600_000);
});

describe("objective texts say what they ask", () => {
  it("a deadline is stated as 'by turn N', no text promises an end-of-game check, and every target is in its text", () => {
    const number = (x: number): string => (Number.isInteger(x) ? x.toLocaleString("en-US") : String(x));
    for (const id of PRESET_IDS)
      for (const n of presetScenario(id).nations)
        for (const o of n.objectives) {
          const where = `${id}/${n.id}/${o.id}: ${o.text}`;
          if (o.byTurn !== undefined) expect(o.text, where).toContain(`by turn ${o.byTurn}`);
          else expect(o.text, where).not.toMatch(/by turn/);
          // An objective is met the quarter its metric first reaches the target (development.ts), not at the end.
          expect(o.text, where).not.toMatch(/\bend with\b/i);
          if (o.metric !== "milestone") expect(o.text, where).toContain(number(o.target));
        }
  });
});
