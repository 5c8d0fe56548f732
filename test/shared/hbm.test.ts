/** Memory (#14 part 4): proportional HBM allocation, HBM3E/HBM4 pools with qualification, growing supply, bounded prices. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Order } from "../../shared/protocol/orders";
import type { GameState, PendingGpuOrder } from "../../shared/engine/state";
import { createGame, resolveTurn, validateOrder } from "../../shared/engine";
import { findAccelerator } from "../../shared/engine/catalogue";
import { memoryAgreementCost } from "../../shared/engine/costs";
import { presetScenario } from "../../shared/scenario/presets";
import { baselineOrders } from "../../shared/ai/baseline";
import {
  agreementLimits,
  hbm4Qualification,
  hbm4ShareOfSupply,
  hbmPoolOf,
  hbmPriceBand,
  hbmSupplyFactor,
  makerShares,
  nextHbmPriceIndex,
  poolSupplyGb,
  previewAgreement,
  reservationPricePerGb,
} from "../../shared/engine/hbm";
import { hasUsPathPriority, shareProRata } from "../../shared/engine/hbm-allocation";
import { testScenario } from "./fixture-scenario";

const SEED = 11;
const installed = (s: GameState, n: string): number => s.nations[n].dataCentres.reduce((x, d) => x + d.gpus.reduce((y, g) => y + g.count, 0), 0);
const buy = (n: string, turn: number, quantity: number, model = "b200", vendor = "dell", pkg: "components" | "fullstack" = "components"): Order => ({
  type: "order_gpus",
  turn,
  model,
  quantity,
  vendor,
  package: pkg,
  dcId: `${n}-dc1`,
});

/** Both nations order the same B200s for four quarters in a sold-out market; Korea reserves `gb` a quarter with SK hynix. */
function korea(gb: number, quarters = 8): number {
  let s = createGame(testScenario({ market: { hbmPoolGb: 1_000_000, packagingCapGpus: 200_000, eventChance: 0 } }), SEED);
  for (let t = 1; t <= quarters; t++) {
    const orders: Record<string, Order[]> = t <= 4 ? { korea: [buy("korea", t, 2500)], india: [buy("india", t, 2500)] } : {};
    if (t === 1 && gb > 0) {
      const deal: Order = { type: "memory_agreement", turn: 1, maker: "skhynix", gbPerQuarter: gb, quarters: 8 };
      expect(validateOrder(s, "korea", deal)).toEqual({ ok: true });
      orders.korea.unshift(deal);
    }
    s = resolveTurn(s, orders).state;
  }
  return installed(s, "korea");
}

describe("an agreement's benefit grows with its volume", () => {
  const volumes = [0, 1000, 10_000, 50_000, 120_000, 220_000];
  const got = volumes.map((v) => korea(v, 4));

  it("is monotone in the reserved volume, and a large agreement is worth a lot", () => {
    for (let i = 1; i < got.length; i++) expect(got[i], `GPUs delivered: ${got.join(", ")}`).toBeGreaterThanOrEqual(got[i - 1]);
    expect(got.at(-1)!).toBeGreaterThan(got[0] * 1.2); // the 40 % cap (220,000 GB) is worth about a quarter more GPUs
  });

  it("a 1,000 GB agreement is a token: it moves deliveries by less than 3 %", () => {
    expect(got[1] - got[0]).toBeLessThan(got[0] * 0.03);
  });

  it("audit regression: in `full`, 1,000 GB reserved does not multiply the UAE's compute (was 9,825 → 284,314 PF)", () => {
    const play = (gb: number): number => {
      let s = createGame(presetScenario("full"), 7);
      if (gb) s.nations.uae.memoryAgreements.push({ id: "token", maker: "skhynix", gbPerQuarter: gb, fromTurn: 1, toTurn: 20 }); // e.g. received in a deal
      // Everyone plays the baseline bot; the UAE's own agreement decisions are left out in both games so only the token differs.
      for (let t = 0; t < 8; t++)
        s = resolveTurn(
          s,
          Object.fromEntries(s.order.map((id) => [id, baselineOrders(s, id).filter((o) => id !== "uae" || o.type !== "memory_agreement")])),
        ).state;
      return s.nations.uae.history.at(-1)!.compute;
    };
    const without = play(0);
    expect(without).toBeGreaterThan(0);
    expect(Math.abs(play(1000) - without)).toBeLessThan(without * 0.05);
  });

  it("costs what the sources say per GB: a reservation premium of 20–30 % on US$8–18/GB HBM (M15, M18, M19)", () => {
    const s = createGame(testScenario(), SEED);
    const perGb = reservationPricePerGb(s, "micron"); // Micron's 2026 output is all HBM3E (M6)
    expect(perGb / s.catalogue.hbmPricePerGb).toBeGreaterThanOrEqual(0.2);
    expect(perGb / s.catalogue.hbmPricePerGb).toBeLessThanOrEqual(0.3);
    expect(s.catalogue.hbmPricePerGb).toBeGreaterThanOrEqual(8);
    expect(s.catalogue.hbmPricePerGb).toBeLessThanOrEqual(18);
    expect(reservationPricePerGb(s, "skhynix")).toBeGreaterThan(perGb); // SK hynix ships HBM4 (+30 %, M14)
    const o: Order = { type: "memory_agreement", turn: 1, maker: "micron", gbPerQuarter: 100_000, quarters: 4 };
    expect(memoryAgreementCost(s, o)).toBeCloseTo((100_000 * 4 * perGb) / 1e6, 9);
  });

  it("has a minimum and a maximum size as a share of the maker's supply, and the form preview shows what it buys", () => {
    const s = createGame(testScenario(), SEED);
    const n = s.nations.korea;
    const lim = agreementLimits(s, n, "skhynix");
    const ok = (gb: number) => validateOrder(s, "korea", { type: "memory_agreement", turn: 1, maker: "skhynix", gbPerQuarter: gb, quarters: 4 });
    expect(ok(lim.minGb).ok).toBe(true);
    expect(ok(lim.minGb - 1).ok).toBe(false);
    expect(ok(lim.maxGb).ok).toBe(true);
    const over = ok(lim.maxGb + 1);
    expect(over.ok).toBe(false);
    if (!over.ok) expect([over.error.key, over.error.params.pct]).toEqual(["order/invalid_quantity:reserves_at_most", 40]);
    // Two agreements with one maker cannot stack past the cap.
    const first: Order = { type: "memory_agreement", turn: 1, maker: "skhynix", gbPerQuarter: lim.maxGb, quarters: 4 };
    expect(validateOrder(s, "korea", { ...first, gbPerQuarter: lim.minGb }, [first]).ok).toBe(false);
    const p = previewAgreement(s, n, "micron", 100_000);
    expect(p.pools.find((x) => x.pool === "hbm4")!.qualified).toBe(false);
    expect(p.pools.find((x) => x.pool === "hbm3e")!.qualified).toBe(true);
    expect(p.b200Equivalents).toBe(Math.floor(100_000 / 192));
    expect(p.shareOfMaker).toBeGreaterThan(0);
  });
});

describe("proportional allocation conserves GB", () => {
  it("shareProRata never hands out more than it has or more than a claim wants, and serves everyone when it can", () => {
    const claim = fc.record({
      want: fc.integer({ min: 0, max: 5000 }),
      unit: fc.constantFrom(1, 80, 192, 288, 432),
      weight: fc.double({ min: 0.01, max: 10, noNaN: true }),
      age: fc.integer({ min: 0, max: 9 }),
      tie: fc.double({ min: 0, max: 1, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3_000_000 }), fc.array(claim, { maxLength: 8 }), (amount, claims) => {
        const units = shareProRata(amount, claims);
        const used = units.reduce((s, u, i) => s + u * claims[i].unit, 0);
        expect(used).toBeLessThanOrEqual(amount);
        units.forEach((u, i) => {
          expect(u).toBeGreaterThanOrEqual(0);
          expect(u).toBeLessThanOrEqual(claims[i].want);
        });
        if (claims.reduce((s, c) => s + c.want * c.unit, 0) <= amount) units.forEach((u, i) => expect(u).toBe(claims[i].want));
        // Nothing is left that the oldest unserved claim could still use.
        const unserved = claims.map((c, i) => i).filter((i) => units[i] < claims[i].want);
        for (const i of unserved) expect(amount - used).toBeLessThan(claims[i].unit);
      }),
      { numRuns: 300 },
    );
  });

  it("in random sold-out quarters, each pool delivers at most its supply and what is installed matches what was delivered", () => {
    const models = ["h100", "b200", "mi355x", "h200", "mi325x"];
    fc.assert(
      fc.property(
        fc.integer({ min: 50_000, max: 2_000_000 }),
        fc.array(fc.record({ n: fc.constantFrom("korea", "india"), m: fc.constantFrom(...models), q: fc.integer({ min: 8, max: 4000 }) }), {
          minLength: 1,
          maxLength: 6,
        }),
        fc.integer({ min: 0, max: 200_000 }),
        fc.integer({ min: 1, max: 999 }),
        (pool, buys, gb, seed) => {
          const s = createGame(
            testScenario({ market: { hbmPoolGb: pool, packagingCapGpus: 200_000, eventChance: 0 } }, { gridMw: 5000 }, { gridMw: 5000 }),
            seed,
          );
          if (gb > 0) s.nations.korea.memoryAgreements.push({ id: "k", maker: "skhynix", gbPerQuarter: gb, fromTurn: 1, toTurn: 12 });
          for (const [i, b] of buys.entries()) {
            s.nations[b.n].pendingGpus.push({
              id: `p${i}`,
              nation: b.n,
              model: b.m,
              quantity: b.q,
              vendor: "dell",
              package: "components",
              dcId: `${b.n}-dc1`,
              orderedTurn: 0,
              dueTurn: 1,
              slipped: 0,
              cost: b.q * 0.03,
            });
          }
          const before = { korea: installed(s, "korea"), india: installed(s, "india") };
          const pendingBefore = structuredClone(s.nations);
          const next = resolveTurn(s, {}).state;
          const pools = next.market.hbmPools!;
          for (const p of ["hbm3e", "hbm4"] as const) expect(pools[p].deliveredGb).toBeLessThanOrEqual(pools[p].supplyGb);
          let gbIn = 0;
          for (const n of ["korea", "india"]) {
            for (const d of next.nations[n].dataCentres) for (const g of d.gpus) gbIn += g.count * findAccelerator(next.catalogue, g.model)!.hbmGb;
            const left = next.nations[n].pendingGpus.reduce((x, o) => x + o.quantity, 0);
            const ordered = pendingBefore[n].pendingGpus.reduce((x, o) => x + o.quantity, 0);
            expect(installed(next, n) - before[n as "korea" | "india"] + left).toBe(ordered);
          }
          expect(gbIn).toBe(pools.hbm3e.deliveredGb + pools.hbm4.deliveredGb);
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("sold-out memory delays but does not stop delivery", () => {
  it("every order completes within a bounded number of quarters, and each sold-out quarter delivers to every buyer", () => {
    const pool = 600_000;
    let s = createGame(testScenario({ market: { hbmPoolGb: pool, packagingCapGpus: 200_000, eventChance: 0 } }), SEED);
    const first = {
      korea: [buy("korea", 1, 6000), { type: "memory_agreement", turn: 1, maker: "skhynix", gbPerQuarter: 100_000, quarters: 12 } as Order],
      india: [buy("india", 1, 3000), buy("india", 1, 1000, "h200")],
    };
    s = resolveTurn(s, first).state;
    const demand = 6000 * 192 + 3000 * 192 + 1000 * 141;
    const bound = Math.ceil(demand / poolSupplyGb(s).hbm3e) + 3; // quarters of supply needed + lead time + rounding
    let quarters = 1;
    while (s.nations.korea.pendingGpus.length + s.nations.india.pendingGpus.length > 0 && quarters < 12) {
      const k = installed(s, "korea"),
        i = installed(s, "india");
      s = resolveTurn(s, {}).state;
      quarters++;
      const soldOut = s.market.hbmPools!.hbm3e.demandGb > s.market.hbmPools!.hbm3e.supplyGb;
      if (soldOut && s.nations.india.pendingGpus.length > 0 && s.nations.korea.pendingGpus.length > 0) {
        expect(installed(s, "korea")).toBeGreaterThan(k);
        expect(installed(s, "india")).toBeGreaterThan(i);
      }
    }
    expect(s.nations.korea.pendingGpus).toHaveLength(0);
    expect(s.nations.india.pendingGpus).toHaveLength(0);
    expect(quarters).toBeLessThanOrEqual(bound);
    const slip = s.log.find((e) => e.nation === "india" && e.kind === "slip");
    expect(slip?.code).toBe("gpu/slipped");
    const reason = slip?.code === "gpu/slipped" ? slip.params.reason : undefined;
    expect(reason).toMatchObject({ why: "no_agreement", pool: "HBM3E" });
    if (reason && reason.why !== "packaging") {
      expect(reason.demandGb).toBeGreaterThan(reason.supplyGb);
      expect(reason.pct).toBeGreaterThanOrEqual(0);
      expect(reason.pct).toBeLessThan(100);
    }
  });
});

describe("HBM3E and HBM4 pools, with supplier qualification", () => {
  // A Rubin order each, due now in Q4 2026 (ordered a year before), in a sold-out HBM4 pool.
  const rubinQuarter = (maker: "micron" | "skhynix" | null): GameState => {
    const s = createGame(testScenario({ start: { year: 2026, q: 4 }, market: { hbmPoolGb: 400_000, packagingCapGpus: 200_000, eventChance: 0 } }), SEED);
    const order = (n: string): PendingGpuOrder => ({
      id: `${n}-rubin`,
      nation: n,
      model: "rubin",
      quantity: 2000,
      vendor: "dell",
      package: "components",
      dcId: `${n}-dc1`,
      orderedTurn: 0,
      dueTurn: 1,
      slipped: 0,
      cost: 100,
    });
    s.nations.korea.pendingGpus.push(order("korea"));
    s.nations.india.pendingGpus.push(order("india"));
    if (maker) s.nations.korea.memoryAgreements.push({ id: "k", maker, gbPerQuarter: 60_000, fromTurn: 1, toTurn: 4 });
    return resolveTurn(s, {}).state;
  };

  it("Rubin draws on HBM4, B200 on HBM3E", () => {
    const cat = createGame(testScenario(), 1).catalogue;
    expect(hbmPoolOf(findAccelerator(cat, "rubin")!)).toBe("hbm4");
    expect(hbmPoolOf(findAccelerator(cat, "mi455x")!)).toBe("hbm4");
    expect(hbmPoolOf(findAccelerator(cat, "b200")!)).toBe("hbm3e");
    expect(hbmPoolOf(findAccelerator(cat, "h100")!)).toBe("hbm3e");
  });

  it("an agreement with Micron (not qualified for HBM4 in 2026, M6) does not help a Rubin order; one with SK hynix does", () => {
    const none = rubinQuarter(null);
    const micron = rubinQuarter("micron");
    const hynix = rubinQuarter("skhynix");
    expect(Math.abs(installed(micron, "korea") - installed(none, "korea"))).toBeLessThanOrEqual(1);
    expect(installed(hynix, "korea")).toBeGreaterThan(installed(none, "korea") * 1.2);
    expect(
      micron.log.some(
        (e) =>
          e.nation === "korea" &&
          e.code === "gpu/slipped" &&
          e.params.reason.why === "unqualified" &&
          e.params.reason.makers?.includes("Micron") &&
          e.params.reason.pool === "HBM4",
      ),
    ).toBe(true);
  });

  it("follows the sources: HBM4 is the larger pool from H2 2026 (M14); Micron has no 2026 HBM4 share (M6); 2026 shares inside M2/M5 ranges", () => {
    expect(hbm4ShareOfSupply({ year: 2026, q: 1 })).toBeLessThan(0.5);
    expect(hbm4ShareOfSupply({ year: 2026, q: 3 })).toBeGreaterThan(0.5);
    expect(hbm4Qualification(2026)).toEqual({ skhynix: 0.7, samsung: 0.3, micron: 0 });
    const sh = makerShares(2026);
    expect(sh.skhynix).toBeGreaterThanOrEqual(0.5);
    expect(sh.skhynix).toBeLessThanOrEqual(0.62);
    expect(sh.samsung).toBeGreaterThanOrEqual(0.25);
    expect(sh.samsung).toBeLessThanOrEqual(0.4);
    expect(sh.micron).toBeGreaterThanOrEqual(0.05);
    expect(sh.micron).toBeLessThanOrEqual(0.2);
    for (let y = 2026; y <= 2030; y++) expect(Object.values(makerShares(y)).reduce((a, b) => a + b, 0)).toBeCloseTo(1, 9);
  });
});

describe("supply grows each year per the sources", () => {
  it("grows every year, never faster than 2026's +62 % bit growth (M16), and the game's pool follows", () => {
    for (let y = 2027; y <= 2030; y++) {
      const g = hbmSupplyFactor(y) / hbmSupplyFactor(y - 1);
      expect(g).toBeGreaterThan(1);
      expect(g).toBeLessThanOrEqual(1.62);
    }
    let s = createGame(testScenario({ turns: 20 }), SEED);
    const byYear = new Map<number, number>();
    while (!s.finished) {
      const year = s.quarter.year;
      s = resolveTurn(s, {}).state;
      byYear.set(year, s.market.lastHbmSupplyGb);
    }
    const years = [...byYear.keys()].sort();
    expect(years).toEqual([2026, 2027, 2028, 2029, 2030]);
    for (let i = 1; i < years.length; i++) expect(byYear.get(years[i])!).toBeGreaterThan(byYear.get(years[i - 1])!);
    expect(byYear.get(2026)).toBe(50_000_000); // the scenario's pool is the 2026 base
  });
});

describe("the HBM price index stays within its band", () => {
  it("under extreme demand it rises to the year's ceiling (+20 % in 2026, M15) and no further; with no demand it falls to the floor (M16)", () => {
    let s = createGame(testScenario({ market: { hbmPoolGb: 10_000, packagingCapGpus: 200_000, eventChance: 0 } }), SEED);
    for (let t = 1; t <= 4; t++) s = resolveTurn(s, { korea: [buy("korea", t, 3000)], india: [buy("india", t, 3000)] }).state;
    const [lo, hi] = hbmPriceBand(2026);
    expect(s.market.hbmPriceIndex).toBeLessThanOrEqual(hi);
    expect(s.market.hbmPriceIndex).toBeGreaterThan(hi - 0.03);
    let idle = createGame(testScenario(), SEED);
    for (let t = 1; t <= 3; t++) idle = resolveTurn(idle, {}).state;
    expect(idle.market.hbmPriceIndex).toBeGreaterThanOrEqual(lo);
    expect(idle.market.hbmPriceIndex).toBeLessThan(1);
  });

  it("for any demand and supply, any year", () => {
    const gb = fc.double({ min: 0, max: 1e12, noNaN: true });
    fc.assert(
      fc.property(fc.double({ min: 0.3, max: 3, noNaN: true }), gb, gb, gb, gb, fc.integer({ min: 2024, max: 2032 }), (cur, d3, d4, s3, s4, year) => {
        const [lo, hi] = hbmPriceBand(year);
        const x = nextHbmPriceIndex(cur, { hbm3e: d3, hbm4: d4 }, { hbm3e: s3, hbm4: s4 }, year);
        expect(x).toBeGreaterThanOrEqual(lo);
        expect(x).toBeLessThanOrEqual(hi);
      }),
      { numRuns: 500 },
    );
    expect(hbmPriceBand(2026)).toEqual([0.7, 1.2]); // M16: −30 %, M15: +20 %
  });
});

describe("the US path's allocation priority (#14 part 5)", () => {
  it("a US integrator full-stack order for a leading-edge part is served before a local reseller's in a sold-out quarter", () => {
    let s = createGame(testScenario({ market: { hbmPoolGb: 800_000, packagingCapGpus: 200_000, eventChance: 0 } }), SEED);
    const us = buy("korea", 1, 1500, "mi355x", "dell", "fullstack");
    const local = buy("india", 1, 1500, "mi355x", "yotta", "components");
    expect(validateOrder(s, "korea", us).ok && validateOrder(s, "india", local).ok).toBe(true);
    s = resolveTurn(s, { korea: [us], india: [local] }).state;
    const a = findAccelerator(s.catalogue, "mi355x")!;
    while (installed(s, "korea") + installed(s, "india") === 0) s = resolveTurn(s, {}).state;
    expect(installed(s, "korea")).toBe(1500);
    expect(installed(s, "india")).toBeLessThan(installed(s, "korea"));
    // Not for parts more than a year old: a B200 (2025 Q1) is no longer leading edge in 2026.
    const old: PendingGpuOrder = {
      id: "x",
      nation: "korea",
      model: "b200",
      quantity: 1,
      vendor: "dell",
      package: "fullstack",
      dcId: "korea-dc1",
      orderedTurn: 1,
      dueTurn: 1,
      slipped: 0,
      cost: 1,
    };
    expect(hasUsPathPriority(s, old, findAccelerator(s.catalogue, "b200")!)).toBe(false);
    expect(hasUsPathPriority(s, { ...old, model: "mi355x" }, a)).toBe(true);
  });
});
