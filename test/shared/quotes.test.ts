/** Vendor quotes: terms from the state, counter-offers accepted, met halfway or refused with a reason, and a signed quote enforced and replayed. */
import { describeViolation } from "../../shared/describe/refusals";
import { describe, expect, it } from "vitest";
import type { GameState } from "../../shared/engine/state";
import type { QuoteRequest } from "../../shared/protocol/deals";
import { createGame, replay, resolveTurn, stateHash, validateOrder } from "../../shared/engine";
import type { OrderLog } from "../../shared/engine";
import { counterOffer } from "../../shared/engine/quotes";
import { describeQuoteAnswer } from "../../shared/describe/quotes";
import { negotiate, quoteFor } from "../../shared/engine/quote-check";
import { testScenario } from "./fixture-scenario";

const scenario = testScenario();
const fresh = (): GameState => createGame(scenario, 4);
const dcOf = (s: GameState, n: string): string => s.nations[n].dataCentres[0].id;
const req = (s: GameState, over: Partial<QuoteRequest> = {}): QuoteRequest => ({
  vendor: "penguin",
  model: "gb200",
  quantity: 600,
  package: "fullstack",
  dcId: dcOf(s, "korea"),
  ...over,
});

function quote(s: GameState, r: QuoteRequest) {
  const q = quoteFor(s, "korea", r);
  if (!q.ok) throw new Error(describeViolation(q.error));
  return q.quote;
}

describe("vendor quotes", () => {
  it("quote price, lead time, SLA and sovereignty terms, the same for the same state", () => {
    const s = fresh();
    const q = quote(s, req(s));
    expect(q).toEqual(quote(s, req(s)));
    expect(q.unitPrice).toBeGreaterThan(0);
    expect(q.total).toBeCloseTo(q.unitPrice * 600, 3);
    expect(q.operator).toBe("vendor");
    expect(q.slaUptime).toBeGreaterThan(99);
    expect(q.mgmtSoftware).toBe("vendor-cloud");
    expect(q.expiresTurn).toBe(s.turn);
    const comp = quote(s, req(s, { package: "components" }));
    expect(comp.unitPrice).toBeLessThan(q.unitPrice);
    expect(comp.slaUptime).toBe(0);
  });

  it("refuse to quote what could not be ordered, with the order's reason", () => {
    const s = fresh();
    const r = quoteFor(s, "korea", req(s, { quantity: 100_000 }));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.code).toBe("gpu/dc_power_exceeded");
  });

  it("accept a price at the floor, meet halfway just below it, refuse far below with a reason", () => {
    const s = fresh();
    const q = quote(s, req(s));
    const at = counterOffer(s, "korea", q, { unitPrice: q.floor });
    expect(at.answer.outcome).toBe("accepted");
    expect(at.quote.unitPrice).toBeCloseTo(q.floor, 4);
    const near = counterOffer(s, "korea", q, { unitPrice: q.floor * 0.97 });
    expect(near.answer.outcome).toBe("halfway");
    expect(near.quote.unitPrice).toBeLessThan(q.unitPrice);
    expect(near.quote.unitPrice).toBeGreaterThan(q.floor);
    const far = counterOffer(s, "korea", q, { unitPrice: q.floor * 0.5 });
    expect(far.answer.outcome).toBe("refused");
    expect(far.answer.said).toEqual([{ code: "price/floor", params: { vendor: q.vendorName, floor: q.floor, why: "cost" } }]);
    expect(describeQuoteAnswer(far.answer)).toMatch(/cannot go below US\$[\d,]+k per GPU/);
    expect(far.quote.unitPrice).toBe(q.unitPrice);
  });

  it("refuse a shorter lead time when HBM is sold out, and without priority; grant it with a memory agreement", () => {
    const s = fresh();
    const q = quote(s, req(s));
    const noPriority = counterOffer(s, "korea", q, { leadQuarters: q.leadQuarters - 1 });
    expect(noPriority.answer.outcome).toBe("refused");
    expect(noPriority.answer.said.map((x) => x.code)).toEqual(["lead/no_priority"]);
    const withAgreement: GameState = structuredClone(s);
    withAgreement.nations.korea.memoryAgreements.push({ id: "m1", maker: "skhynix", gbPerQuarter: 5000, fromTurn: 1, toTurn: 4 });
    const q2 = quote(withAgreement, req(withAgreement));
    const faster = counterOffer(withAgreement, "korea", q2, { leadQuarters: q2.leadQuarters - 1 });
    expect(faster.answer.outcome).toBe("accepted");
    expect(faster.quote.leadQuarters).toBe(q2.leadQuarters - 1);
    expect(faster.quote.unitPrice).toBeGreaterThan(q2.unitPrice);
    const soldOut: GameState = structuredClone(withAgreement);
    soldOut.market.lastHbmSupplyGb = 1000;
    soldOut.market.lastHbmDemandGb = 3000;
    const q3 = quote(soldOut, req(soldOut));
    const refused = counterOffer(soldOut, "korea", q3, { leadQuarters: 1 });
    expect(refused.answer.outcome).toBe("refused");
    expect(refused.answer.said.map((x) => x.code)).toEqual(["lead/sold_out"]);
    expect(describeQuoteAnswer(refused.answer)).toMatch(/cannot shorten the lead time: HBM allocation for Q\d 20\d\d is committed/);
  });

  it("let the nation run the cluster only with enough expertise, and host management software in the country for a premium", () => {
    const s = fresh();
    const q = quote(s, req(s));
    const low: GameState = structuredClone(s);
    low.nations.korea.expertise = 30;
    expect(counterOffer(low, "korea", quote(low, req(low)), { operator: "nation" }).answer.outcome).toBe("refused");
    const high: GameState = structuredClone(s);
    high.nations.korea.expertise = 70;
    const self = counterOffer(high, "korea", quote(high, req(high)), { operator: "nation", mgmtInCountry: true });
    expect(self.answer.outcome).toBe("accepted");
    expect(self.quote.operator).toBe("nation");
    expect(self.quote.mgmtSoftware).toBe("in-country");
    expect(self.quote.slaUptime).toBe(0);
    expect(q.operator).toBe("vendor");
  });

  it("sign_quote: the engine re-derives the negotiated terms, charges them and delivers with the agreed operator; replay is exact", () => {
    const s = fresh();
    s.nations.korea.expertise = 70;
    const asks = [{ operator: "nation" as const }, { unitPrice: 0.01 }, { unitPrice: quote(s, req(s)).floor * 0.92 }];
    const n = negotiate(s, "korea", req(s), asks);
    if (!n.ok) throw new Error("no quote");
    const order = { type: "sign_quote" as const, turn: 1, ...req(s), asks };
    expect(validateOrder(s, "korea", order)).toEqual({ ok: true });
    const before = s.nations.korea.treasury;
    let st = resolveTurn(s, { korea: [order], india: [] }).state;
    const po = st.nations.korea.pendingGpus[0];
    expect(po.cost).toBeCloseTo(n.quote.total, 3);
    expect(po.operator).toBe("nation");
    expect(po.dueTurn).toBe(1 + n.quote.leadQuarters - 1);
    expect(st.nations.korea.treasury).toBeLessThan(before - n.quote.total + s.nations.korea.budgetPerQuarter + 1e-6);
    for (let t = 0; t < 4; t++) st = resolveTurn(st, {}).state;
    const installed = st.nations.korea.dataCentres[0].gpus.find((g) => g.model === "gb200");
    expect(installed?.operator).toBe("nation");
    // the same quote next quarter is a stale order: quotes expire with their quarter
    expect(validateOrder(st, "korea", order).ok).toBe(false);
  });

  it("a signed quote in the log replays to the same hash", () => {
    const s = fresh();
    const order = { type: "sign_quote" as const, turn: 1, ...req(s), asks: [{ unitPrice: quote(s, req(s)).floor }] };
    const log: OrderLog = [
      { turn: 1, orders: { korea: [order], india: [] } },
      { turn: 2, orders: {} },
    ];
    const a = replay(scenario, 4, log);
    expect(stateHash(a)).toBe(stateHash(replay(scenario, 4, log)));
    expect(a.nations.korea.pendingGpus.length + a.nations.korea.dataCentres[0].gpus.length).toBeGreaterThan(0);
  });
});
