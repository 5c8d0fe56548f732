/** The deal lifecycle as functions: propose, counter, accept (signed into the live state), reject, expire at resolution, the AI's answers. */
import { describe, expect, it } from "vitest";
import type { DealItem } from "../../../shared/protocol/deals";
import { liveState, signedFor, tick } from "../../../shared/match";
import { at, ok, refused, started, T0 } from "./table";

const cash = (giver: "from" | "to", now: number): DealItem => ({ kind: "cash", giver, now, perQuarter: 0 });

describe("deal lifecycle", () => {
  it("proposes, lets only the addressee accept, and signs the deal into the live state", () => {
    const m = started();
    const p = ok(m, "pk", { type: "deal_propose", to: "uae", quarters: 1, items: [cash("from", 10)] });
    const id = p.outcome.ok ? p.outcome.id! : "";
    expect(p.match.deals).toMatchObject([{ id, status: "proposed", byName: "Kim", terms: { from: "korea", to: "uae" } }]);
    expect(refused(p.match, "pk", { type: "deal_respond", id, accept: true })).toMatchObject({ code: "forbidden", reason: "deal/not_addressee" });
    expect(refused(p.match, "pu", { type: "deal_respond", id: "d9-9", accept: true })).toMatchObject({ code: "not_found", reason: "deal/unknown" });
    const signed = ok(p.match, "pu", { type: "deal_respond", id, accept: true }).match;
    expect(signed.deals[0].status).toBe("accepted");
    expect(signedFor(signed, 1)).toHaveLength(1);
    expect(liveState(signed).nations.korea.treasury).toBeCloseTo(m.state.nations.korea.treasury - 10, 6);
    expect(signed.state).toBe(m.state);
    expect(refused(signed, "pu", { type: "deal_respond", id, accept: false })).toMatchObject({
      code: "not_in_phase",
      reason: "deal/closed",
      params: { status: "accepted" },
    });
  });

  it("counters (the countered one is marked), rejects, and refuses what the proposer cannot cover", () => {
    const m = started();
    const first = ok(m, "pk", { type: "deal_propose", to: "uae", quarters: 1, items: [cash("from", 10)] });
    const id = first.outcome.ok ? first.outcome.id! : "";
    expect(refused(first.match, "pk", { type: "deal_propose", to: "uae", quarters: 1, items: [cash("from", 5)], replyTo: id })).toMatchObject({
      reason: "deal/counter_not_yours",
    });
    const counter = ok(first.match, "pu", { type: "deal_propose", to: "korea", quarters: 1, items: [cash("to", 20)], replyTo: id }).match;
    expect(counter.deals.map((d) => d.status)).toEqual(["countered", "proposed"]);
    expect(counter.deals[1].replyTo).toBe(id);
    const rejected = ok(counter, "pk", { type: "deal_respond", id: counter.deals[1].id, accept: false }).match;
    expect(rejected.deals[1].status).toBe("rejected");
    const broke = refused(m, "pk", { type: "deal_propose", to: "uae", quarters: 1, items: [cash("from", 99_999)] });
    expect(broke).toMatchObject({ code: "forbidden", reason: "deal/uncovered" });
    expect(refused(m, "pk", { type: "deal_propose", to: "korea", quarters: 1, items: [cash("from", 1)] })).toMatchObject({ reason: "deal/self" });
    expect(refused(m, "pk", { type: "deal_propose", to: "atlantis", quarters: 1, items: [cash("from", 1)] })).toMatchObject({
      code: "not_found",
      reason: "nation/unknown",
    });
  });

  it("limits open proposals per nation", () => {
    let m = started();
    for (let i = 0; i < 12; i++) m = ok(m, "pk", { type: "deal_propose", to: "uae", quarters: 1, items: [cash("from", 1)] }).match;
    expect(refused(m, "pk", { type: "deal_propose", to: "uae", quarters: 1, items: [cash("from", 1)] })).toMatchObject({
      code: "rate_limited",
      reason: "deal/too_many_open",
      params: { max: 12 },
    });
  });

  it("expires open proposals at resolution and applies the signed ones in the engine", () => {
    let m = started();
    m = ok(m, "pk", { type: "deal_propose", to: "uae", quarters: 1, items: [cash("from", 10)] }).match;
    m = ok(m, "pk", { type: "deal_propose", to: "uae", quarters: 1, items: [cash("from", 3)] }).match;
    m = ok(m, "pu", { type: "deal_respond", id: m.deals[0].id, accept: true }).match;
    m = at(m, m.clock.deadline);
    const step = tick(m, m.clock.deadline);
    expect(step.match.deals.map((d) => d.status)).toEqual(["accepted", "expired"]);
    const resolved = step.effects.find((e) => e.kind === "resolved");
    expect(resolved?.kind === "resolved" && resolved.deals).toHaveLength(1);
    expect(refused(step.match, "pu", { type: "deal_respond", id: m.deals[1].id, accept: true })).toMatchObject({
      code: "not_in_phase",
      reason: "phase/orders_closed",
    });
  });

  it("lets an AI addressee answer at once with its reason", () => {
    const m = started();
    const gift = ok(m, "pk", { type: "deal_propose", to: "india", quarters: 1, items: [cash("from", 5)] }).match;
    const mine = gift.deals.filter((d) => d.terms.from === "korea");
    expect(mine).toHaveLength(1);
    expect(["accepted", "rejected", "countered"]).toContain(mine[0].status);
    expect(mine[0].said?.code).toMatch(/^deal\//);
  });

  it("has AI nations open at most one offer to a human nation per quarter", () => {
    const m = started();
    const offers = m.deals.filter((d) => d.byName === "AI" && !d.replyTo);
    expect(offers.length).toBeLessThanOrEqual(1);
    for (const d of offers) {
      expect(d.terms.from).toBe("india");
      expect(["korea", "uae"]).toContain(d.terms.to);
    }
    void T0;
  });
});
