/** The AI's part choice: rent counts beside PF per dollar, and a close runner-up gets a share of the site (a per-turn mix). */
import { describe, expect, it } from "vitest";
import type { Accelerator } from "../../shared/engine/state";
import { MIX_SECOND_SHARE, MIX_THRESHOLD, pickMix } from "../../shared/ai/policy";
import { createGame, resolveTurn, viewFor } from "../../shared/engine";
import { presetScenario } from "../../shared/scenario/presets";
import { LEASE_ASK_CAP, aiOffer, leaseMarketPerQuarter } from "../../shared/ai/deal-offer";
import { testScenario } from "./fixture-scenario";

const cat = createGame(testScenario(), 1).catalogue;
const part = (id: string): Accelerator => cat.accelerators.find((a) => a.id === id)!;
const choice = (id: string, pfv: number, rentv: number) => ({ a: part(id), vendor: "penguin", pfv, rentv, bonus: 1 });

describe("the AI's per-turn mix of parts", () => {
  it("buys the best part alone when nothing else comes close", () => {
    const mix = pickMix([choice("rubin", 100, 100), choice("h100", 20, 40)]);
    expect(mix.map((m) => m.a.id)).toEqual(["rubin"]);
    expect(mix[0].share).toBe(1);
  });

  it("a part whose rent holds up can win although its PF per dollar is lower", () => {
    const mix = pickMix([choice("b300", 100, 50), choice("h200", 85, 100)]);
    expect(mix[0].a.id).toBe("h200");
  });

  it("splits the site between the best part and a runner-up within the threshold", () => {
    const mix = pickMix([choice("mi355x", 100, 90), choice("b300", 90, 100), choice("h100", 10, 10)]);
    expect(mix.map((m) => m.a.id).sort()).toEqual(["b300", "mi355x"]);
    expect(mix[0].share).toBeCloseTo(1 - MIX_SECOND_SHARE, 9);
    expect(mix[1].v).toBeGreaterThanOrEqual(MIX_THRESHOLD * mix[0].v);
  });
});

describe("the AI's GPU-lease offers are priced from the rental market", () => {
  it("ask at least the market rent for the same GPU-hours and at most LEASE_ASK_CAP × it, over several games", () => {
    let asked = 0;
    for (const seed of [3, 7, 11]) {
      let s = createGame(presetScenario("workshop"), seed);
      const players = ["korea", "india"];
      for (let t = 0; t < 6 && !s.finished; t++) {
        for (const nation of s.order.filter((n) => !players.includes(n))) {
          const v = viewFor(s, { kind: "nation", nation });
          const o = aiOffer(v, nation, players);
          const lease = o?.terms.items.find((it) => it.kind === "gpu_lease");
          const cash = o?.terms.items.find((it) => it.kind === "cash");
          if (!lease || lease.kind !== "gpu_lease" || !cash || cash.kind !== "cash") continue;
          const market = leaseMarketPerQuarter(v, lease.model, lease.count);
          expect(cash.perQuarter).toBeGreaterThanOrEqual(market);
          expect(cash.perQuarter).toBeLessThanOrEqual(LEASE_ASK_CAP * market);
          asked++;
        }
        s = resolveTurn(s, {}).state;
      }
    }
    expect(asked).toBeGreaterThan(0);
  });
});
