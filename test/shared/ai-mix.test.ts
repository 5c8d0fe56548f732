/** The AI's part choice: rent counts beside PF per dollar, and a close runner-up gets a share of the site (a per-turn mix). */
import { describe, expect, it } from "vitest";
import type { Accelerator } from "../../shared/engine/state";
import { MIX_SECOND_SHARE, MIX_THRESHOLD, pickMix } from "../../shared/ai/policy";
import { createGame } from "../../shared/engine";
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
