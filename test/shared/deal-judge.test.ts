/** AI nations answer deal proposals from their own view with the engine's look-ahead: accept, counter or refuse, each with a sentence. */
import { describe, expect, it } from "vitest";
import { describeDealSaid } from "../../shared/describe/deal-reasons";
import type { DealTerms } from "../../shared/protocol/deals";
import type { GameState } from "../../shared/engine/state";
import { createGame, viewFor } from "../../shared/engine";
import { validateDeal } from "../../shared/engine/deals";
import { judgeDeal } from "../../shared/ai/deal-judge";
import { defaultProfile } from "../../shared/ai/decide";
import { presetScenario } from "../../shared/scenario/presets";
import { aiOffer } from "../../shared/ai/deal-offer";
import { valueDeal } from "../../shared/ai/deal-judge";
import { rentPrice } from "../../shared/engine/operations";
import { resolveTurn } from "../../shared/engine";

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
    expect(v.said.code).toBe("deal/accept");
    expect(describeDealSaid(v.said)).toMatch(/^Japan accepts: .*score point/);
    const words: DealTerms = { from: "korea", to: "japan", quarters: 1, items: [{ kind: "statement", giver: "from", text: "We will keep HBM prices fair." }] };
    expect(judgeDeal(view(s, "japan"), "japan", words).answer).toBe("accept");
  });

  it("counters a greedy lease with a cash ask it would itself accept, and the counter is a coverable deal", () => {
    const s = game();
    const model = modelOf(s, "japan");
    const greedy: DealTerms = {
      from: "korea",
      to: "japan",
      quarters: 3,
      items: [
        { kind: "gpu_lease", giver: "to", model, count: 3000 },
        { kind: "cash", giver: "from", now: 0, perQuarter: 1 },
      ],
    };
    const v = judgeDeal(view(s, "japan"), "japan", greedy);
    expect(v.answer).toBe("counter");
    expect(v.gain).toBeLessThan(0);
    expect(describeDealSaid(v.said)).toMatch(/^Japan counters: .* it asks South Korea for US\$\d+M a quarter more\.$/);
    const c = v.counter!;
    expect(c.from).toBe("japan");
    expect(c.to).toBe("korea");
    // The same lease, now given by the proposer of the counter (Japan), and more cash from Korea.
    expect(c.items).toContainEqual({ kind: "gpu_lease", giver: "from", model, count: 3000 });
    const cash = c.items.find((it) => it.kind === "cash" && it.giver === "to");
    expect(cash && cash.kind === "cash" && cash.perQuarter).toBeGreaterThan(1);
    expect(validateDeal(s, c).ok).toBe(true);
    // Korea taking the counter as its own proposal: Japan would accept it.
    const back: DealTerms = {
      from: "korea",
      to: "japan",
      quarters: 3,
      items: c.items.map((it) => ("giver" in it ? { ...it, giver: it.giver === "from" ? "to" : "from" } : it)) as DealTerms["items"],
    };
    expect(judgeDeal(view(s, "japan"), "japan", back).answer).toBe("accept");
  });

  it("refuses, rather than drop its cash ask, when a greedy offer already holds the most items", () => {
    const s = game();
    const model = modelOf(s, "japan");
    const items: DealTerms["items"] = [
      { kind: "gpu_lease", giver: "to", model, count: 3000 },
      { kind: "gpu_lease", giver: "from", model: modelOf(s, "korea"), count: 10 },
      ...Array.from({ length: 6 }, (_, i) => ({ kind: "statement" as const, giver: "from" as const, text: `Promise ${i + 1}.` })),
    ];
    const v = judgeDeal(view(s, "japan"), "japan", { from: "korea", to: "japan", quarters: 3, items });
    expect(v.answer).toBe("refuse");
    expect(v.counter).toBeUndefined();
    expect(describeDealSaid(v.said)).toMatch(/no more items for the cash it would ask/);
  });

  it("refuses what it cannot cover or what no reasonable price makes up, in a sentence", () => {
    const s = game();
    const model = modelOf(s, "japan");
    const tooMany: DealTerms = { from: "korea", to: "japan", quarters: 2, items: [{ kind: "gpu_lease", giver: "to", model, count: 900_000 }] };
    const a = judgeDeal(view(s, "japan"), "japan", tooMany);
    expect(a.answer).toBe("refuse");
    expect(a.said.code).toBe("deal/cannot");
    expect(describeDealSaid(a.said)).toMatch(/^Japan cannot do this: .*installed/);
    const robbery: DealTerms = { from: "korea", to: "japan", quarters: 1, items: [{ kind: "cash", giver: "to", now: 2400, perQuarter: 0 }] };
    const b = judgeDeal(view(s, "japan"), "japan", robbery);
    expect(b.answer).toBe("refuse");
    expect(b.said.code).toBe("deal/refuse_nothing");
    expect(describeDealSaid(b.said)).toMatch(/^Japan refuses: it would give up about [\d.]+ score points by Q\d \d{4} and get nothing binding in return\.$/);
  });

  it("decides from its own view: other nations' private data and the game PRNG do not change the answer", () => {
    const s = game();
    const terms: DealTerms = {
      from: "korea",
      to: "japan",
      quarters: 2,
      items: [
        { kind: "gpu_lease", giver: "to", model: modelOf(s, "japan"), count: 1000 },
        { kind: "cash", giver: "from", now: 20, perQuarter: 0 },
      ],
    };
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
      judgeDeal(
        view(s, "japan"),
        "japan",
        {
          from: "korea",
          to: "japan",
          quarters: 2,
          items: [
            { kind: "gpu_lease", giver: "to", model, count: 400 },
            { kind: "cash", giver: "from", now: 0, perQuarter },
          ],
        },
        { ...defaultProfile("japan"), personality },
      ).answer;
    const prices = Array.from({ length: 40 }, (_, i) => i);
    expect(prices.some((p) => answer("builder", p) === "accept" && answer("hawk", p) !== "accept")).toBe(true);
    expect(answer("hawk", 200)).toBe("accept");
  });
});

describe("AI nations opening negotiations", () => {
  it("offer spare GPUs to the player with the least compute, priced near the GPU-rental market, worth it to themselves, every other quarter", () => {
    let s = game();
    const players = ["korea", "japan"];
    const offers: { turn: number; from: string }[] = [];
    for (let t = 0; t < 4; t++) {
      for (const nation of s.order.filter((n) => !players.includes(n))) {
        const o = aiOffer(view(s, nation), nation, players);
        if (!o) continue;
        offers.push({ turn: s.turn, from: nation });
        expect(o.terms.from).toBe(nation);
        expect(o.terms.to).toBe([...players].sort((a, b) => s.nations[a].history.at(-1)!.compute - s.nations[b].history.at(-1)!.compute)[0]);
        expect(validateDeal(s, o.terms).ok).toBe(true);
        const lease = o.terms.items.find((it) => it.kind === "gpu_lease");
        const cash = o.terms.items.find((it) => it.kind === "cash");
        expect(cash && cash.kind === "cash" && cash.giver === "to").toBe(true);
        if (lease && lease.kind === "gpu_lease" && cash && cash.kind === "cash") {
          const a = s.catalogue.accelerators.find((x) => x.id === lease.model)!;
          const market = (lease.count * s.catalogue.hoursPerQuarter * rentPrice(s, a) * 0.85) / 1e6;
          expect(cash.perQuarter).toBeGreaterThan(market * 0.5);
          expect(cash.perQuarter).toBeLessThanOrEqual(Math.max(5, market * 4.5)); // rents sit inside each year's band (market.ts); small leases: up to US$5M a quarter (a licence-bound seller values its GPUs more)
        }
        const worth = valueDeal(view(s, nation), nation, o.terms);
        expect(worth.ok && worth.gain > 0).toBe(true);
        expect(describeDealSaid(o.said)).toMatch(new RegExp(`^${s.nations[nation].name} offers .* for US\\$[\\d.,]+[MB] a quarter, for 2 quarters\\.$`));
        // The same view gives the same offer.
        expect(aiOffer(view(s, nation), nation, players)).toEqual(o);
      }
      s = resolveTurn(s, {}).state;
    }
    expect(offers.length).toBeGreaterThan(0);
    for (const nation of new Set(offers.map((o) => o.from))) {
      const turns = offers.filter((o) => o.from === nation).map((o) => o.turn);
      for (let i = 1; i < turns.length; i++) expect(turns[i] - turns[i - 1]).toBeGreaterThanOrEqual(2);
    }
  });

  it("never offers when no nation is played by people, or to itself", () => {
    const s = game();
    for (const nation of s.order) {
      expect(aiOffer(view(s, nation), nation, [])).toBeNull();
      expect(aiOffer(view(s, nation), nation, [nation])).toBeNull();
    }
  });
});
