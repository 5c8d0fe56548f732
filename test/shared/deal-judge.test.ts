/** AI nations answer deal proposals from their own view with the engine's look-ahead: accept, counter or refuse, each with a sentence. */
import { describe, expect, it } from "vitest";
import type { DealTerms } from "../../shared/protocol/deals";
import type { GameState } from "../../shared/engine/state";
import { createGame, viewFor } from "../../shared/engine";
import { validateDeal } from "../../shared/engine/deals";
import { judgeDeal } from "../../shared/ai/deal-judge";
import { defaultProfile } from "../../shared/ai/decide";
import { presetScenario } from "../../shared/scenario/presets";

const game = (): GameState => createGame(presetScenario("workshop"), 7);
const view = (s: GameState, nation: string) => viewFor(s, { kind: "nation", nation });
const modelOf = (s: GameState, n: string): string => s.nations[n].dataCentres.flatMap((d) => d.gpus)[0].model;

describe("AI answers to deal proposals", () => {
  it("accepts a gift and a costless statement, with the projected value in its sentence", () => {
    const s = game();
    const gift: DealTerms = { from: "korea", to: "japan", quarters: 2, items: [{ kind: "cash", giver: "from", now: 50, perQuarter: 10 }] };
    const v = judgeDeal(view(s, "japan"), "japan", gift);
    expect(v.answer).toBe("accept");
    expect(v.gain).toBeGreaterThan(0);
    expect(v.reason).toMatch(/^Japan accepts: .*score point/);
    const words: DealTerms = { from: "korea", to: "japan", quarters: 1, items: [{ kind: "statement", giver: "from", text: "We will keep HBM prices fair." }] };
    expect(judgeDeal(view(s, "japan"), "japan", words).answer).toBe("accept");
  });

  it("counters a greedy lease with a cash ask it would itself accept, and the counter is a coverable deal", () => {
    const s = game();
    const model = modelOf(s, "japan");
    const greedy: DealTerms = { from: "korea", to: "japan", quarters: 3, items: [{ kind: "gpu_lease", giver: "to", model, count: 3000 }, { kind: "cash", giver: "from", now: 0, perQuarter: 1 }] };
    const v = judgeDeal(view(s, "japan"), "japan", greedy);
    expect(v.answer).toBe("counter");
    expect(v.gain).toBeLessThan(0);
    expect(v.reason).toMatch(/^Japan counters: .* it asks South Korea for US\$\d+M a quarter more\.$/);
    const c = v.counter!;
    expect(c.from).toBe("japan");
    expect(c.to).toBe("korea");
    // The same lease, now given by the proposer of the counter (Japan), and more cash from Korea.
    expect(c.items).toContainEqual({ kind: "gpu_lease", giver: "from", model, count: 3000 });
    const cash = c.items.find((it) => it.kind === "cash" && it.giver === "to");
    expect(cash && cash.kind === "cash" && cash.perQuarter).toBeGreaterThan(1);
    expect(validateDeal(s, c).ok).toBe(true);
    // Korea taking the counter as its own proposal: Japan would accept it.
    const back: DealTerms = { from: "korea", to: "japan", quarters: 3, items: c.items.map((it) => ("giver" in it ? { ...it, giver: it.giver === "from" ? "to" : "from" } : it)) as DealTerms["items"] };
    expect(judgeDeal(view(s, "japan"), "japan", back).answer).toBe("accept");
  });

  it("refuses what it cannot cover or what no reasonable price makes up, in a sentence", () => {
    const s = game();
    const model = modelOf(s, "japan");
    const tooMany: DealTerms = { from: "korea", to: "japan", quarters: 2, items: [{ kind: "gpu_lease", giver: "to", model, count: 900_000 }] };
    const a = judgeDeal(view(s, "japan"), "japan", tooMany);
    expect(a.answer).toBe("refuse");
    expect(a.reason).toMatch(/^Japan cannot do this: .*installed/);
    const robbery: DealTerms = { from: "korea", to: "japan", quarters: 1, items: [{ kind: "cash", giver: "to", now: 2400, perQuarter: 0 }] };
    const b = judgeDeal(view(s, "japan"), "japan", robbery);
    expect(b.answer).toBe("refuse");
    expect(b.reason).toMatch(/^Japan refuses: .*could reasonably make up\.$/);
  });

  it("decides from its own view: other nations' private data and the game PRNG do not change the answer", () => {
    const s = game();
    const terms: DealTerms = { from: "korea", to: "japan", quarters: 2, items: [{ kind: "gpu_lease", giver: "to", model: modelOf(s, "japan"), count: 1000 }, { kind: "cash", giver: "from", now: 20, perQuarter: 0 }] };
    const before = judgeDeal(view(s, "japan"), "japan", terms);
    const t = structuredClone(s);
    t.nations.korea.treasury += 5000;
    t.nations.korea.expertise = 90;
    t.rng = [1, 2, 3, 4];
    t.deck = [];
    expect(judgeDeal(view(t, "japan"), "japan", terms)).toEqual(before);
    // Its own treasury does change its valuation.
    const u = structuredClone(s);
    u.nations.japan.treasury = 50;
    expect(judgeDeal(view(u, "japan"), "japan", terms).gain).not.toBeCloseTo(before.gain, 3);
  });

  it("a hawk guards its compute harder than a builder: some lease price a builder takes, a hawk does not", () => {
    const s = game();
    const model = modelOf(s, "japan");
    const answer = (personality: "builder" | "hawk", perQuarter: number) =>
      judgeDeal(view(s, "japan"), "japan", { from: "korea", to: "japan", quarters: 2, items: [{ kind: "gpu_lease", giver: "to", model, count: 400 }, { kind: "cash", giver: "from", now: 0, perQuarter }] }, { ...defaultProfile("japan"), personality }).answer;
    const prices = Array.from({ length: 20 }, (_, i) => i * 2);
    expect(prices.some((p) => answer("builder", p) === "accept" && answer("hawk", p) !== "accept")).toBe(true);
    expect(answer("hawk", 200)).toBe("accept");
  });
});
