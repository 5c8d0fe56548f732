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

  it("serves first share × each order's due GPUs, only at that integrator", () => {
    const s = createGame(testScenario(), 1);
    const a = findAccelerator(s.catalogue, "b200")!;
    s.nations.korea.stakes.penguin = 200;
    const due = [
      { order: order("penguin", 1000, 2), nation: s.nations.korea, a },
      { order: order("penguin", 505, 1), nation: s.nations.korea, a },
      { order: order("penguin", 1500), nation: s.nations.india, a },
      { order: order("dell", 2000), nation: s.nations.korea, a },
      { order: order("penguin", 1000, 0), nation: s.nations.korea, a }, // a pre-game order: group 0 already
    ];
    expect(stakePriorityGpus(s, due)).toEqual([100, 50, 0, 0, 0]);
    s.nations.korea.stakes.penguin = 5000; // 49 % cap
    expect(stakePriorityGpus(s, due)).toEqual([490, 247, 0, 0, 0]);
  });
});
