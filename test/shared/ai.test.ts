/**
 * AI nations: only legal orders (property test over seeds, personalities, difficulties and states),
 * decisions from the nation's view alone, determinism, personalities that play their strategy, and
 * hard beating easy in at least 70% of 200 seeded games.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { GameState } from "../../shared/engine/state";
import type { AiProfile } from "../../shared/ai/decide";
import type { Difficulty } from "../../shared/ai/personality";
import { DIFFICULTIES, PERSONALITIES, defaultPersonality } from "../../shared/ai/personality";
import { aiOrders } from "../../shared/ai/decide";
import { strategyFamily } from "../../shared/ai/family";
import { aiBot } from "../../shared/sim/balance";
import { runSim } from "../../shared/sim/run";
import { createGame, resolveTurn, validateOrder, viewFor } from "../../shared/engine";
import { presetScenario } from "../../shared/scenario/presets";

const seat = (nation: string) => ({ kind: "nation" as const, nation });

/** The state after `turns` quarters of AI play with the given profiles. */
function playTo(preset: "tutorial" | "workshop" | "full", seed: number, turns: number, profiles: Record<string, AiProfile>): GameState {
  return runSim(presetScenario(preset), seed, { turns, bot: aiBot(profiles) }).state;
}

function profilesFor(state: GameState, pick: (id: string, i: number) => AiProfile): Record<string, AiProfile> {
  return Object.fromEntries(state.order.map((id, i) => [id, pick(id, i)]));
}

describe("AI nations", () => {
  it("only ever give orders validateOrder accepts, in order, for any seed, personality, difficulty and state", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.constantFrom("tutorial", "workshop", "full"),
        fc.nat(12),
        fc.array(fc.constantFrom(...PERSONALITIES), { minLength: 8, maxLength: 8 }),
        fc.array(fc.constantFrom(...DIFFICULTIES), { minLength: 8, maxLength: 8 }),
        (seed, preset, turns, pers, diffs) => {
          const scenario = presetScenario(preset as "tutorial");
          const start = createGame(scenario, seed);
          const profiles = profilesFor(start, (_, i) => ({ personality: pers[i], difficulty: diffs[i] }));
          const state = playTo(preset as "tutorial", seed, Math.min(turns, scenario.turns - 1), profiles);
          for (const id of state.order) {
            const orders = aiOrders(viewFor(state, seat(id)), id, profiles[id]);
            expect(orders.length).toBeGreaterThan(0);
            orders.forEach((o, i) => {
              const r = validateOrder(state, id, o, orders.slice(0, i));
              expect(r, `${id} ${JSON.stringify(o)}`).toEqual({ ok: true });
            });
          }
        },
      ),
      { numRuns: 40 },
    );
  });

  it("decide from their own view only: other nations' private data, the game PRNG and the deck do not change a decision", () => {
    const profiles = profilesFor(createGame(presetScenario("workshop"), 7), (id) => ({ personality: defaultPersonality(id), difficulty: "hard" }));
    const state = playTo("workshop", 7, 3, profiles);
    const me = "korea";
    const before = aiOrders(viewFor(state, seat(me)), me, profiles[me]);
    const altered: GameState = structuredClone(state);
    altered.rng = [9, 9, 9, 9];
    altered.deck = altered.deck.slice().reverse();
    for (const id of altered.order) {
      if (id === me) continue;
      const n = altered.nations[id];
      n.treasury += 5000;
      n.expertise = 99;
      n.pendingGpus = [];
      n.memoryAgreements = [];
      n.stakes = { penguin: 900 };
      n.policies = { gpuaas_hub: true };
      n.lastOrders = [];
      for (const o of n.objectives) if (o.secret) o.target *= 2;
    }
    expect(viewFor(altered, seat(me))).toEqual(viewFor(state, seat(me)));
    expect(aiOrders(viewFor(altered, seat(me)), me, profiles[me])).toEqual(before);
    // and what it does see matters: its own treasury changes the decision (emptied, or ten quarters of budget more)
    const poorer: GameState = structuredClone(state);
    poorer.nations[me].treasury = poorer.nations[me].treasuryFloor;
    const richer: GameState = structuredClone(state);
    richer.nations[me].treasury += 10 * richer.nations[me].budgetPerQuarter;
    const changed = [poorer, richer].filter((s) => JSON.stringify(aiOrders(viewFor(s, seat(me)), me, profiles[me])) !== JSON.stringify(before));
    expect(changed.length).toBeGreaterThan(0);
  });

  it("are deterministic: the same seed and profiles give the same game, hash for hash", () => {
    const scenario = presetScenario("workshop");
    const profiles = profilesFor(createGame(scenario, 3), (id, i) => ({ personality: defaultPersonality(id), difficulty: DIFFICULTIES[i % 3] }));
    const a = runSim(scenario, 3, { bot: aiBot(profiles) });
    const b = runSim(scenario, 3, { bot: aiBot(profiles) });
    expect(a.finalHash).toBe(b.finalHash);
    expect(a.log).toEqual(b.log);
  });

  it("play their personality: the builder goes US full-stack, the hawk local, the hub and the leverager into joint ventures", () => {
    const scenario = presetScenario("workshop");
    const families: Record<string, string[]> = {};
    for (const p of PERSONALITIES) {
      for (const seed of [1, 2, 3]) {
        const profiles = profilesFor(createGame(scenario, seed), () => ({ personality: p, difficulty: "normal" }));
        const r = runSim(scenario, seed, { bot: aiBot(profiles) });
        for (const id of ["korea", "japan", "eu"]) {
          const orders = r.log.flatMap((e) => e.orders[id] ?? []);
          (families[p] ??= []).push(strategyFamily(orders, r.state.catalogue));
        }
      }
    }
    const share = (p: string, f: string): number => families[p].filter((x) => x === f).length / families[p].length;
    expect(share("builder", "us_fullstack")).toBeGreaterThanOrEqual(0.6);
    expect(share("hawk", "local_only")).toBeGreaterThanOrEqual(0.6);
    expect(share("hub", "jv_trilateral")).toBeGreaterThanOrEqual(0.6);
    expect(share("leverager", "jv_trilateral")).toBeGreaterThanOrEqual(0.6);
  });

  it("hard beats easy in at least 70% of 200 seeded games (every nation takes each side equally often)", () => {
    const scenario = presetScenario("workshop");
    const ids = scenario.nations.map((n) => n.id);
    let hardWins = 0;
    for (let g = 0; g < 200; g++) {
      const hard = ids[g % ids.length];
      const easy = ids[(g + 1 + (Math.floor(g / ids.length) % (ids.length - 1))) % ids.length];
      const diff = (id: string): Difficulty => (id === hard ? "hard" : id === easy ? "easy" : "normal");
      const profiles = Object.fromEntries(ids.map((id) => [id, { personality: defaultPersonality(id), difficulty: diff(id) }]));
      const r = runSim(scenario, 1000 + g, { bot: aiBot(profiles) });
      if (r.state.nations[hard].score > r.state.nations[easy].score) hardWins++;
    }
    expect(hardWins).toBeGreaterThanOrEqual(140);
  }, 120_000);

  it("play a whole turn of the full preset through resolveTurn without a rejected order", () => {
    const scenario = presetScenario("full");
    let s = createGame(scenario, 11);
    for (let t = 0; t < 6; t++) {
      const orders = Object.fromEntries(
        s.order.map((id) => [id, aiOrders(viewFor(s, seat(id)), id, { personality: defaultPersonality(id), difficulty: "hard" })]),
      );
      const r = resolveTurn(s, orders);
      expect(r.events.filter((e) => e.kind === "rejected")).toEqual([]);
      s = r.state;
    }
  });
});
