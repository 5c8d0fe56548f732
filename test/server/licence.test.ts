/**
 * US export licences through real colyseus.js clients: a licence-bound nation (the UAE) is refused GPUs,
 * asks Washington, counter-offers, signs; the licence is in force after the resolution; the answers go
 * to the asker only.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sleep, startServer, waitFor, twoSeatedPlayers } from "./harness";
import type { TestServer } from "./harness";

let server: TestServer;
beforeAll(async () => {
  server = await startServer("licence");
});
afterAll(async () => {
  await server?.shutdown();
});

describe("US export licences", () => {
  it("ask, counter, sign; in force next quarter; answered to the asker only", async () => {
    const { fac, a, b, nations } = await twoSeatedPlayers({ scenario: "tutorial", seed: 11, turnSeconds: 600 });
    expect(nations[1]).toBe("uae");
    fac.facilitator({ cmd: "start" });
    const m = await waitFor(b, (x) => x.phase === "orders" && x.view!.own.length === 1);
    const dc = m.view!.own[0].dataCentres[0];
    const refused = await b.addOrder({ type: "order_gpus", turn: 1, model: "h100", quantity: 16, vendor: "dell", package: "components", dcId: dc.id });
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.message).toMatch(/export licence/);
    const seenA: string[] = [];
    a.onMessage("licence", (x) => seenA.push(JSON.stringify(x)));
    const request = { volume: 200_000, years: 1 };
    const first = await b.requestLicence(request);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.offer.conditions).toContain("security_audit");
    const asks = [{ noChineseVendors: true }, { volume: 200_000 }];
    const counter = await b.requestLicence(request, asks);
    expect(counter.ok && counter.offer.volume).toBeGreaterThan(first.offer.volume);
    expect(counter.ok && counter.answers[1].outcome).toBe("halfway");
    expect((await b.addOrder({ type: "sign_licence", turn: 1, ...request, asks })).ok).toBe(true);
    fac.facilitator({ cmd: "force_resolve" });
    const after = await waitFor(b, (x) => x.view!.turn === 2 && x.phase === "orders", 10_000, "turn 2");
    const held = after.view!.own[0].licences;
    expect(held).toHaveLength(1);
    expect(held[0].conditions).toEqual(expect.arrayContaining(["reporting", "security_audit", "no_chinese_vendors"]));
    expect((await b.addOrder({ type: "order_gpus", turn: 2, model: "h100", quantity: 16, vendor: "dell", package: "components", dcId: dc.id })).ok).toBe(true);
    await sleep(200);
    expect(seenA).toEqual([]);
    for (const x of [a, b, fac]) await x.leave();
  });
});
