/** A stake's priority and discount are in proportion to its share of the integrator (#14 part 8: no money printers; C1/C2: US$200 M ≈ 10 % of Penguin). */
import { describe, expect, it } from "vitest";
import { createGame } from "../../shared/engine";
import type { PendingGpuOrder } from "../../shared/engine/state";
import { findAccelerator } from "../../shared/engine/catalogue";
import { stakePriorityGpus } from "../../shared/engine/hbm-allocation";
import { MAX_STAKE_SHARE, shareOfStake, stakePriceFactor } from "../../shared/engine/partnerships";
import { STAKE_DISCOUNT } from "../../shared/engine/rates";
import { testScenario } from "./fixture-scenario";

const order = (vendor: string, quantity: number, orderedTurn = 1): PendingGpuOrder =>
  ({
    id: `o${vendor}${quantity}`,
    nation: "x",
    model: "b200",
    quantity,
    vendor,
    package: "components",
    dcId: "x",
    orderedTurn,
    dueTurn: 3,
    slipped: 0,
    cost: 0,
  }) as PendingGpuOrder;

describe("stake share", () => {
  it("is the stake over the integrator's valuation, capped below control", () => {
    expect(shareOfStake(200)).toBeCloseTo(0.1);
    expect(shareOfStake(50)).toBeCloseTo(0.025);
    expect(shareOfStake(5000)).toBe(MAX_STAKE_SHARE);
    expect(shareOfStake(0)).toBe(0);
  });

  it("takes the discount off the stake's share of the price only", () => {
    const s = createGame(testScenario(), 1);
    const k = s.nations.korea;
    expect(stakePriceFactor(k, "penguin", STAKE_DISCOUNT)).toBe(1);
    k.stakes.penguin = 200;
    expect(stakePriceFactor(k, "penguin", STAKE_DISCOUNT)).toBeCloseTo(1 - 0.003);
    expect(stakePriceFactor(k, "dell", STAKE_DISCOUNT)).toBe(1);
  });

  it("serves first at most share × the integrator's due GPUs, oldest orders first, only at that integrator", () => {
    const s = createGame(testScenario(), 1);
    const a = findAccelerator(s.catalogue, "b200")!;
    s.nations.korea.stakes.penguin = 200;
    const due = [
      { order: order("penguin", 1000, 2), nation: s.nations.korea, a, tie: 0 },
      { order: order("penguin", 500, 1), nation: s.nations.korea, a, tie: 1 },
      { order: order("penguin", 1500), nation: s.nations.india, a, tie: 2 },
      { order: order("dell", 2000), nation: s.nations.korea, a, tie: 3 },
    ];
    // Penguin has 3,000 due GPUs: korea's 10 % is 300, given to its older order first.
    expect(stakePriorityGpus(s, due)).toEqual([0, 300, 0, 0]);
    s.nations.korea.stakes.penguin = 2000; // 49 % cap: 1,470
    expect(stakePriorityGpus(s, due)).toEqual([970, 500, 0, 0]);
  });
});
