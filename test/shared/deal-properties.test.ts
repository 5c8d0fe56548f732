/** Property tests of binding deals: money, GPUs and HBM are conserved; escrow pays out exactly; uncoverable deals are refused and change nothing; deals expire; replay is exact. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { DealItem, DealTerms } from "../../shared/protocol/deals";
import type { GameState } from "../../shared/engine/state";
import { createGame, replay, resolveTurn, stateHash } from "../../shared/engine";
import type { OrderLog } from "../../shared/engine";
import { dealCompute, validateDeal, withSignedDeals } from "../../shared/engine/deals";
import { dcEffectiveCompute } from "../../shared/engine/operations";
import { RuleError } from "../../shared/engine/errors";
import { testScenario } from "./fixture-scenario";

const RUNS = { numRuns: 60, seed: 42 };
const hall = (gpus: { model: string; count: number }[]) => [{ name: "Existing hall", site: "capital", mw: 60, cooling: "liquid" as const, builder: "local" as const, partner: "skt", gpus: gpus.map((g) => ({ ...g, operator: "nation" as const, vendor: "skt" })) }];
const scenario = testScenario({ turns: 12 }, { dataCentres: hall([{ model: "b200", count: 4000 }, { model: "h100", count: 2000 }]) }, { dataCentres: [{ name: "Existing hall", site: "capital", mw: 40, cooling: "liquid", builder: "local", partner: "yotta", gpus: [{ model: "h100", count: 3000, operator: "nation", vendor: "yotta" }] }] });

/** The game at `turn` (nobody gives orders), with an HBM agreement for Korea. */
function gameAt(turn: number, seed: number): GameState {
  let s = createGame(scenario, seed);
  s.nations.korea.memoryAgreements.push({ id: "korea-hbm", maker: "skhynix", gbPerQuarter: 50_000, fromTurn: 1, toTurn: 12 });
  while (s.turn < turn) s = resolveTurn(s, {}).state;
  return s;
}

const side = fc.constantFrom<"from" | "to">("from", "to");
const cashItem = fc.record({ kind: fc.constant("cash" as const), giver: side, now: fc.integer({ min: 0, max: 600 }), perQuarter: fc.integer({ min: 0, max: 150 }) }).filter((c) => c.now > 0 || c.perQuarter > 0);
const statement = fc.record({ kind: fc.constant("statement" as const), giver: side, text: fc.constantFrom("We will not outbid you for HBM.", "Joint research next year.") });
const dirs = fc.constantFrom<[string, string]>(["korea", "india"], ["india", "korea"]);

const totalMoney = (s: GameState): number => Object.values(s.nations).reduce((x, n) => x + n.treasury, 0) + (s.deals ?? []).reduce((x, d) => x + Object.values(d.escrow).reduce((a, b) => a + b, 0), 0);

describe("deal properties", () => {
  it("money: cash deals move exactly their sums, escrow pays one quarter at a time to zero, and treasuries + escrow are conserved", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }), dirs, fc.array(fc.oneof(cashItem, statement), { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 9999 }),
      (turn, quarters, [from, to], items, seed) => {
        const start = gameAt(turn, seed);
        const terms: DealTerms = { from, to, quarters, items };
        expect(validateDeal(start, terms).ok).toBe(true);
        const owed: Record<string, { now: number; pq: number }> = { [from]: { now: 0, pq: 0 }, [to]: { now: 0, pq: 0 } };
        for (const it of items) if (it.kind === "cash") { const g = it.giver === "from" ? from : to; owed[g].now += it.now; owed[g].pq += it.perQuarter; }
        let a = start, b = start;
        for (let k = 1; k <= quarters + 2; k++) {
          a = resolveTurn(a, {}, k === 1 ? { deals: [terms] } : {}).state;
          b = resolveTurn(b, {}).state;
          expect(totalMoney(a)).toBeCloseTo(totalMoney(b), 6);
          const paidQuarters = Math.min(k, quarters);
          for (const [n, o] of [[from, to], [to, from]] as const) {
            const expected = -(owed[n].now + owed[n].pq * quarters) + owed[o].now + owed[o].pq * paidQuarters;
            expect(a.nations[n].treasury - b.nations[n].treasury).toBeCloseTo(expected, 6);
            const escrow = a.deals![0].escrow[n] ?? 0;
            expect(escrow).toBeGreaterThanOrEqual(0);
            expect(escrow).toBeCloseTo(owed[n].pq * (quarters - paidQuarters), 6);
          }
        }
      }), RUNS);
  });

  it("GPUs: a lease never changes installed GPUs, moves raw PF from lessor to lessee while in force, and nothing after", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 4 }), dirs, fc.integer({ min: 1, max: 2000 }), fc.integer({ min: 1, max: 9999 }),
      (turn, quarters, [from, to], count, seed) => {
        const s0 = gameAt(turn, seed);
        const giver = from;
        const model = "h100";
        const terms: DealTerms = { from, to, quarters, items: [{ kind: "gpu_lease", giver: "from", model, count }] };
        expect(validateDeal(s0, terms).ok).toBe(true);
        const installed = (s: GameState) => Object.fromEntries(Object.values(s.nations).map((n) => [n.id, n.dataCentres.flatMap((d) => d.gpus).reduce((x, g) => x + g.count, 0)]));
        let a = withSignedDeals(s0, [terms]);
        for (let k = 0; k < quarters + 2; k++) {
          const dc = (owner: string, id: string) => dcEffectiveCompute(a, owner, id);
          const g = dealCompute(a, giver, dc), r = dealCompute(a, to, dc);
          const inForce = a.turn <= a.deals![0].untilTurn;
          expect(g.compute + r.compute).toBeCloseTo(0, 9);
          expect(r.compute).toBeCloseTo(inForce ? count * a.catalogue.accelerators.find((x) => x.id === model)!.pf : 0, 6);
          expect(r.effective).toBeGreaterThanOrEqual(0);
          const before = installed(a);
          a = resolveTurn(a, {}).state;
          expect(installed(a)).toEqual(before);
        }
      }), RUNS);
  });

  it("HBM: a transfer splits the giver's agreement; GB a quarter across both sides is unchanged, and the giver has all of it again after the deal", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 100, max: 50_000 }), fc.integer({ min: 1, max: 9999 }),
      (turn, quarters, gb, seed) => {
        const s0 = gameAt(turn, seed);
        const terms: DealTerms = { from: "india", to: "korea", quarters, items: [{ kind: "hbm_transfer", giver: "to", gbPerQuarter: gb }] };
        expect(validateDeal(s0, terms).ok).toBe(true);
        const s = withSignedDeals(s0, [terms]);
        const gbAt = (st: GameState, n: string, t: number) => st.nations[n].memoryAgreements.filter((m) => m.fromTurn <= t && t <= m.toTurn).reduce((x, m) => x + m.gbPerQuarter, 0);
        for (let t = s0.turn; t <= 12; t++) {
          expect(gbAt(s, "korea", t) + gbAt(s, "india", t)).toBe(gbAt(s0, "korea", t) + gbAt(s0, "india", t));
          const inDeal = t <= s0.turn + quarters - 1;
          expect(gbAt(s, "india", t)).toBe(inDeal ? gb : 0);
          expect(gbAt(s, "korea", t)).toBe(gbAt(s0, "korea", t) - (inDeal ? gb : 0));
        }
      }), RUNS);
  });

  it("an uncoverable deal is refused with deal/uncovered and signing it changes nothing", () => {
    const over = fc.oneof(
      fc.integer({ min: 1, max: 5000 }).map((extra): ((s: GameState) => DealItem) => (s) => ({ kind: "cash", giver: "from", now: Math.ceil(s.nations.korea.treasury) + extra, perQuarter: 0 })),
      fc.integer({ min: 1, max: 5000 }).map((extra): ((s: GameState) => DealItem) => () => ({ kind: "gpu_lease", giver: "from", model: "b200", count: 4000 + extra })),
      fc.integer({ min: 1, max: 5000 }).map((extra): ((s: GameState) => DealItem) => () => ({ kind: "hbm_transfer", giver: "from", gbPerQuarter: 50_000 + extra })),
    );
    fc.assert(fc.property(fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 4 }), over, fc.integer({ min: 1, max: 9999 }), (turn, quarters, make, seed) => {
      const s = gameAt(turn, seed);
      const terms: DealTerms = { from: "korea", to: "india", quarters, items: [make(s)] };
      const v = validateDeal(s, terms);
      expect(v.ok).toBe(false);
      if (!v.ok) expect(v.error.code).toBe(RuleError.DealUncovered);
      const after = withSignedDeals(s, [terms]);
      expect(after.nations).toEqual(s.nations);
      expect(after.deals ?? []).toEqual(s.deals ?? []);
    }), RUNS);
  });

  it("a GPU already leased out cannot be leased again while that deal is in force, and can after it expires", () => {
    const s = gameAt(1, 7);
    const first: DealTerms = { from: "korea", to: "india", quarters: 2, items: [{ kind: "gpu_lease", giver: "from", model: "b200", count: 3000 }] };
    const again: DealTerms = { ...first, items: [{ kind: "gpu_lease", giver: "from", model: "b200", count: 1500 }] };
    let a = resolveTurn(s, {}, { deals: [first] }).state;
    expect(validateDeal(a, again).ok).toBe(false);
    a = resolveTurn(a, {}).state; // turn 2 done: the first deal has expired
    expect(a.turn).toBe(3);
    expect(validateDeal(a, again).ok).toBe(true);
  });

  it("replay with deals in the log gives the live game's state hash", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 4 }), fc.array(fc.oneof(cashItem, statement), { minLength: 1, maxLength: 3 }), (seed, at, items) => {
      let s = createGame(scenario, seed);
      const log: OrderLog = [];
      for (let t = 1; t <= 6; t++) {
        const deals = t === at ? [{ from: "korea", to: "india", quarters: 2, items } as DealTerms, { from: "india", to: "korea", quarters: 1, items: [{ kind: "joint_training" } as DealItem] }] : undefined;
        log.push({ turn: t, orders: {}, ...(deals ? { deals } : {}) });
        s = resolveTurn(s, {}, deals ? { deals } : {}).state;
      }
      expect(stateHash(replay(scenario, seed, log))).toBe(stateHash(s));
    }), { numRuns: 20, seed: 42 });
  });
});
