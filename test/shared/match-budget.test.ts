/** The work budget of a nation (shared/match/budget.ts): a flood of costly intents is refused with work/budget_spent and changes nothing. */
import { describe, expect, it } from "vitest";
import type { DealItem } from "../../shared/protocol/deals";
import type { Match } from "../../shared/match";
import { applyIntent, matchView } from "../../shared/match";
import { MAX_PROPOSALS_PER_TURN, WORK_BUDGET, WORK_COST, workLeft } from "../../shared/match/budget";
import { OLD_PROPOSALS_KEEP } from "../../shared/match/deals";
import { at, ok, refused, started, T0 } from "./match/table";

const gift = (n: number): DealItem => ({ kind: "cash", giver: "from", now: n, perQuarter: 0 });

/** Propose gifts from korea (seat pk) to `to` until one is refused; returns the match and how many were made. */
function floodUntilRefused(m: Match, to: string, now: number, max = 200): { m: Match; made: number } {
  let made = 0;
  for (; made < max; made++) {
    const step = applyIntent(m, "pk", { type: "deal_propose", to, quarters: 1, items: [gift(0.01)] }, now);
    if (!step.outcome.ok) break;
    m = step.match;
  }
  return { m, made };
}

describe("work budget per nation", () => {
  it("lets a flood of proposals to an AI nation make only a budget's worth of AI answers, then refuses each with when to retry", () => {
    const { m, made } = floodUntilRefused(started(), "india", T0 + 1000);
    expect(made).toBe(Math.floor(WORK_BUDGET.perTurn / WORK_COST.deal_ai));
    expect(m.deals.filter((p) => p.terms.from === "korea" && p.status !== "proposed")).toHaveLength(made);
    const r = refused(m, "pk", { type: "deal_propose", to: "india", quarters: 1, items: [gift(0.01)] }, T0 + 1000);
    expect(r).toMatchObject({ code: "rate_limited", reason: "work/budget_spent", params: { kind: "deal_ai", cost: WORK_COST.deal_ai } });
    expect(r.params.retryInSeconds).toBe(Math.ceil(WORK_COST.deal_ai / WORK_BUDGET.perSecond));
  });

  it("refills with time and in full at the next turn; another nation's budget is its own", () => {
    const { m } = floodUntilRefused(started(), "india", T0 + 1000);
    expect(workLeft(m, "korea", T0 + 1000)).toBeLessThan(WORK_COST.deal_ai);
    const later = T0 + 1000 + (WORK_COST.deal_ai / WORK_BUDGET.perSecond) * 1000;
    ok(m, "pk", { type: "deal_propose", to: "india", quarters: 1, items: [gift(0.01)] }, later);
    ok(m, "pu", { type: "deal_propose", to: "india", quarters: 1, items: [gift(0.01)] }, T0 + 1000);
    let next = ok(m, "fac", { type: "force_resolve" }, T0 + 2000).match;
    next = at(at(next, next.clock.deadline), next.clock.deadline + 1);
    next = at(next, next.clock.deadline);
    expect(next.phase).toBe("orders");
    expect(workLeft(next, "korea", next.clock.deadline - 1)).toBe(WORK_BUDGET.perTurn);
  });

  it("charges quotes and licence offers through the work intent, only for a seated player", () => {
    let m = started();
    const n = WORK_BUDGET.perTurn / WORK_COST.quote;
    for (let i = 0; i < n; i++) m = ok(m, "pk", { type: "work", kind: i % 2 ? "quote" : "licence" }, T0).match;
    expect(refused(m, "pk", { type: "work", kind: "quote" }, T0)).toMatchObject({ reason: "work/budget_spent" });
    expect(refused(m, "proj", { type: "work", kind: "quote" }, T0)).toMatchObject({ reason: "seat/none" });
  });

  it("caps proposals a turn whoever answers them, between players too", () => {
    let m = started();
    let t = T0;
    for (let i = 0; i < MAX_PROPOSALS_PER_TURN; i++) {
      t += 10_000;
      m = ok(m, "pk", { type: "deal_propose", to: i % 2 ? "uae" : "india", quarters: 1, items: [gift(0.01)] }, t).match;
      if (i % 2) m = ok(m, "pu", { type: "deal_respond", id: m.deals[m.deals.length - 1].id, accept: false }, t).match;
    }
    expect(refused(m, "pk", { type: "deal_propose", to: "uae", quarters: 1, items: [gift(0.01)] }, t + 60_000)).toMatchObject({
      code: "rate_limited",
      reason: "deal/turn_cap",
    });
  });

  it("syncs this turn's proposals and only the latest of earlier turns", () => {
    let m = started();
    const old = Array.from({ length: OLD_PROPOSALS_KEEP + 5 }, (_, i) => ({
      id: `d0-${i}`,
      turn: 0,
      terms: { from: "korea", to: "uae", quarters: 1, items: [gift(1)] },
      status: "expired" as const,
      byName: "Kim",
    }));
    m = { ...m, deals: [...old, ...m.deals] };
    m = ok(m, "pk", { type: "deal_propose", to: "uae", quarters: 1, items: [gift(1)] }, T0).match;
    const seen = matchView(m, "pk").deals;
    expect(seen.filter((p) => p.turn === 0).map((p) => p.id)).toEqual(old.slice(-OLD_PROPOSALS_KEEP).map((p) => p.id));
    expect(seen.filter((p) => p.turn === m.state.turn)).toHaveLength(1);
  });
});
