/** A strategic stake transfers expertise in proportion to its share of the integrator: 2 × share a quarter, at most +2 over all stakes (#14 part 8; estimate, docs/deals.md). */
import { describe, expect, it } from "vitest";
import { createGame } from "../../shared/engine";
import { expertiseGain } from "../../shared/engine/development";
import { STAKE_EXPERTISE_CAP, STAKE_EXPERTISE_PER_SHARE, partnershipExpertise, shareOfStake, stakeExpertise } from "../../shared/engine/partnerships";
import { testScenario } from "./fixture-scenario";

describe("a stake's expertise transfer", () => {
  const game = () => createGame(testScenario(), 1);

  it("is 2 × the stake's share a quarter: US$200 M ≈ 10 % of Penguin brings 0.2 points", () => {
    const k = game().nations.korea;
    expect(stakeExpertise(k)).toBe(0);
    k.stakes.penguin = 200;
    expect(STAKE_EXPERTISE_PER_SHARE).toBe(2);
    expect(stakeExpertise(k)).toBeCloseTo(0.2);
    k.stakes.penguin = 100;
    expect(stakeExpertise(k)).toBeCloseTo(0.1);
  });

  it("sums the shares of every integrator and is capped at +2 a quarter", () => {
    const k = game().nations.korea;
    k.stakes = { penguin: 400, dell: 600 };
    expect(stakeExpertise(k)).toBeCloseTo(2 * (0.2 + 0.3));
    // One integrator's share stops at 49 % (0.98 points); three near-control stakes hit the cap.
    k.stakes = { penguin: 5000 };
    expect(stakeExpertise(k)).toBeCloseTo(2 * shareOfStake(5000));
    k.stakes = { penguin: 5000, dell: 5000, hpe: 5000 };
    expect(stakeExpertise(k)).toBe(STAKE_EXPERTISE_CAP);
    expect(STAKE_EXPERTISE_CAP).toBe(2);
  });

  it("adds to the quarter's expertise gain and nothing else changes it", () => {
    const s = game();
    const k = s.nations.korea;
    const before = expertiseGain(s, k);
    const partnership = partnershipExpertise(k, s.turn);
    k.stakes.penguin = 200;
    expect(partnershipExpertise(k, s.turn) - partnership).toBeCloseTo(0.2);
    expect(expertiseGain(s, k) - before).toBeCloseTo(0.2);
  });
});
