/** Every request carries an id and its answer the same id: requests in flight together get their own answers, not each other's. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baselineOrders } from "../../shared/ai/baseline";
import { startServer, twoSeatedPlayers, waitFor } from "./harness";
import type { TestServer } from "./harness";

let server: TestServer;
beforeAll(async () => {
  server = await startServer("request-ids");
});
afterAll(async () => {
  await server?.shutdown();
});

describe("request ids", () => {
  it("two quotes in flight each get their own answer, and a refused one its own error", async () => {
    const { fac, a, b } = await twoSeatedPlayers({ scenario: "tutorial", seed: 9, turnSeconds: 600 });
    fac.facilitator({ cmd: "start" });
    const m = await waitFor(a, (x) => x.phase === "orders" && x.view!.own.length === 1);
    const dcId = m.view!.own[0].dataCentres[0].id;
    const ask = (quantity: number, dc = dcId) => a.requestQuote({ vendor: "dell", model: "h200", quantity, package: "fullstack", dcId: dc });
    const [small, bad, big] = await Promise.all([ask(8), ask(64, "nowhere"), ask(512)]);
    expect(small.ok && big.ok).toBe(true);
    expect(bad.ok).toBe(false);
    if (small.ok && big.ok) {
      expect(small.quote.request.quantity).toBe(8);
      expect(big.quote.request.quantity).toBe(512);
    }
    for (const x of [a, b, fac]) await x.leave();
  });

  it("orders in flight are answered by id: a refused one does not take the next one's acknowledgement", async () => {
    const { fac, a, b, nations } = await twoSeatedPlayers({ scenario: "tutorial", seed: 4, turnSeconds: 600 });
    fac.facilitator({ cmd: "start" });
    await waitFor(a, (x) => x.phase === "orders");
    const legal = baselineOrders(server.room(a.code).session.state, nations[0]).slice(0, 2);
    expect(legal.length).toBe(2);
    const stale = { ...legal[0], turn: 3 };
    const [r0, r1, r2] = await Promise.all([a.addOrder(legal[0]), a.addOrder(stale), a.addOrder(legal[1])]);
    expect(r0).toEqual({ ok: true, index: 0 });
    expect(r1.ok).toBe(false);
    expect(r2).toEqual({ ok: true, index: 1 });
    for (const x of [a, b, fac]) await x.leave();
  });
});
