/**
 * Deals through real colyseus.js clients: a proposal, a counter-offer and a signature between two
 * nations, enforced at the next resolution and in the replay log; a hostile third nation never receives
 * any of it; nobody can accept a deal addressed to another nation or sign for one; an uncoverable
 * proposal is refused; vendor quotes answer only the asker.
 */
import { aiOffers } from "../../shared/match/deals";
import { draftOf } from "../../shared/match/state";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Client } from "@colyseus/sdk";
import { browser, sleep, startServer, waitFor, twoSeatedPlayers } from "./harness";
import type { TestServer } from "./harness";
import { gameStore } from "../../server/store/instance";
import { replay, stateHash } from "../../shared/engine";

let server: TestServer;
beforeAll(async () => {
  server = await startServer("deals");
});
afterAll(async () => {
  await server?.shutdown();
});

describe("deals between nations", () => {
  it("propose, counter, sign; enforced next turn; a third nation sees nothing; no one signs for another", async () => {
    const { game, fac, a, b, nations } = await twoSeatedPlayers({ scenario: "tutorial", seed: 8, turnSeconds: 600 });
    const [na, nb, nc] = nations;
    const hostileClient = new Client(server.url);
    const hostile = await hostileClient.joinById(game.code, { name: "Eve" });
    const seen: string[] = [];
    hostile.onMessage("*", (type, msg) => seen.push(`${String(type)} ${JSON.stringify(msg)}`));
    hostile.send("choose_seat", { nation: nc });
    await sleep(300);
    fac.facilitator({ cmd: "start" });
    await waitFor(a, (m) => m.phase === "orders");
    const room = server.room(game.code);
    const treasuryA = room.session.state.nations[na].treasury;
    const treasuryB = room.session.state.nations[nb].treasury;

    // A proposes cash for a statement; B counters asking for more; A accepts the counter.
    const secret = "KUMQUAT-ACCORD-4417";
    const p1 = await a.proposeDeal(nb, 2, [
      { kind: "cash", giver: "from", now: 37, perQuarter: 11 },
      { kind: "statement", giver: "from", text: secret },
    ]);
    expect(p1.ok).toBe(true);
    const got = await waitFor(b, (m) => m.deals.some((d) => d.status === "proposed" && d.terms.from === na), 5000, "B receives the proposal");
    const first = got.deals.find((d) => d.terms.from === na)!;
    // A cannot accept its own proposal; the hostile nation cannot accept it either.
    expect((await a.respondDeal(first.id, true)).ok).toBe(false);
    hostile.send("deal_respond", { id: first.id, accept: true });
    await sleep(200);
    expect(room.session.match.deals.find((d) => d.id === first.id)!.status).toBe("proposed");
    // An uncoverable proposal is refused with the reason.
    const tooMuch = await b.proposeDeal(na, 8, [{ kind: "cash", giver: "from", now: 99_999, perQuarter: 0 }]);
    expect(tooMuch.ok).toBe(false);
    if (!tooMuch.ok) expect(tooMuch.message).toMatch(/held in escrow/);
    // B counters: 53 now and 11 a quarter, in return for the same statement.
    const counter = await b.proposeDeal(
      na,
      2,
      [
        { kind: "cash", giver: "to", now: 53, perQuarter: 11 },
        { kind: "statement", giver: "to", text: secret },
      ],
      first.id,
    );
    expect(counter.ok).toBe(true);
    const ma = await waitFor(
      a,
      (m) => m.deals.some((d) => d.id === first.id && d.status === "countered") && m.deals.some((d) => d.replyTo === first.id),
      5000,
      "A sees the counter",
    );
    const counterId = ma.deals.find((d) => d.replyTo === first.id)!.id;
    expect((await a.respondDeal(counterId, true)).ok).toBe(true);
    await waitFor(b, (m) => m.deals.some((d) => d.id === counterId && d.status === "accepted"), 5000, "B sees the signature");
    // The live state already holds the escrow: A's treasury shows 53 + 22 less.
    await waitFor(a, (m) => Math.abs(m.view!.own[0].treasury - (treasuryA - 75)) < 1e-6, 5000, "escrow taken from A");

    fac.facilitator({ cmd: "force_resolve" });
    await waitFor(a, (m) => m.view!.turn === 2, 10_000);
    const s2 = room.session.state;
    const log = gameStore().orderLog(game.code);
    expect(log[0].deals).toHaveLength(1);
    expect(stateHash(replay(gameStore().game(game.code)!.scenario, 8, log))).toBe(stateHash(s2));
    const deal = s2.deals![0];
    expect(deal.escrow[na]).toBeCloseTo(11, 6);
    const mb = await waitFor(b, (m) => m.view!.deals.length === 1 && m.view!.promises.length === 1, 5000, "B sees the deal in force");
    expect(mb.view!.promises[0].text).toBe(secret);
    // B received 53 now and the first 11 of escrow: exactly 64 more than a replay without the deal gives it.
    const without = replay(
      gameStore().game(game.code)!.scenario,
      8,
      log.map((e) => ({ turn: e.turn, orders: e.orders })),
    );
    expect(s2.nations[nb].treasury - without.nations[nb].treasury).toBeCloseTo(64, 6);
    expect(without.nations[na].treasury - s2.nations[na].treasury).toBeCloseTo(75, 6);
    expect(treasuryB).toBeGreaterThan(0);
    await waitFor(fac, (m) => m.phase === "orders", 10_000, "turn 2 orders");
    fac.facilitator({ cmd: "force_resolve" });
    await waitFor(a, (m) => m.view!.turn === 3, 10_000, "turn 3");
    expect(room.session.state.deals![0].escrow[na]).toBeCloseTo(0, 6);

    await sleep(300);
    const all = seen.join("\n");
    expect(all).not.toContain(secret);
    expect(all).not.toContain("KUMQUAT");
    const proj = await browser().join(game.code, { role: "projector" });
    const pm = await waitFor(proj, (m) => m.view !== null);
    expect(pm.deals).toEqual([]);
    expect(pm.view!.deals).toEqual([]);
    const mf = await waitFor(fac, (m) => m.deals.length >= 2, 5000, "facilitator sees every deal");
    expect(mf.deals.map((d) => d.status).sort()).toEqual(["accepted", "countered"]);
    await hostile.leave();
    for (const c of [a, b, fac, proj]) await c.leave();
  });

  it("an AI nation answers at once: accepts a gift, counters a greedy lease with a reason, refuses robbery; the counter signed is enforced", async () => {
    const { game, fac, a, b, nations } = await twoSeatedPlayers({ scenario: "tutorial", seed: 12, turnSeconds: 600 });
    const ai = nations[2];
    fac.facilitator({ cmd: "start" });
    await waitFor(a, (m) => m.phase === "orders" && m.aiNations.includes(ai), 5000, "orders, third nation played by the AI");
    const session = server.room(game.code).session;
    const model = session.state.nations[ai].dataCentres.flatMap((d) => d.gpus)[0].model;
    const name = session.state.nations[ai].name;

    const gift = await a.proposeDeal(ai, 1, [{ kind: "cash", giver: "from", now: 20, perQuarter: 0 }]);
    expect(gift.ok).toBe(true);
    const g = await waitFor(a, (m) => m.deals.some((d) => gift.ok && d.id === gift.id && d.status === "accepted"), 5000, "AI accepts the gift");
    const said = g.deals.find((d) => gift.ok && d.id === gift.id)!.said;
    expect(said?.code).toMatch(/^deal\/accept/);
    expect(said && "nation" in said.params && said.params.nation).toBe(name);

    const greedy = await a.proposeDeal(ai, 2, [
      { kind: "gpu_lease", giver: "to", model, count: 2000 },
      { kind: "cash", giver: "from", now: 0, perQuarter: 1 },
    ]);
    expect(greedy.ok).toBe(true);
    const c = await waitFor(a, (m) => m.deals.some((d) => greedy.ok && d.replyTo === greedy.id), 5000, "AI counters");
    const counter = c.deals.find((d) => greedy.ok && d.replyTo === greedy.id)!;
    expect(c.deals.find((d) => greedy.ok && d.id === greedy.id)!.status).toBe("countered");
    expect(counter.terms.from).toBe(ai);
    expect(counter.byName).toBe("AI");
    expect(counter.said).toMatchObject({ code: "deal/counter", params: { nation: name } });
    const ask = counter.terms.items.find((it) => it.kind === "cash");
    expect(ask && ask.kind === "cash" && ask.giver === "to" && ask.perQuarter > 0).toBe(true);
    // B (not a party) never sees it.
    expect(b.model().deals.some((d) => d.id === counter.id)).toBe(false);

    const robbery = await a.proposeDeal(ai, 1, [{ kind: "cash", giver: "to", now: Math.floor(session.state.nations[ai].treasury * 0.9), perQuarter: 0 }]);
    expect(robbery.ok).toBe(true);
    const r = await waitFor(a, (m) => m.deals.some((d) => robbery.ok && d.id === robbery.id && d.status === "rejected"), 5000, "AI refuses");
    expect(r.deals.find((d) => robbery.ok && d.id === robbery.id)!.said?.code).toMatch(/^deal\/(refuse|cannot|not_signed)/);

    // A signs the AI's counter; the lease is in force after the resolution.
    expect((await a.respondDeal(counter.id, true)).ok).toBe(true);
    fac.facilitator({ cmd: "force_resolve" });
    const after = await waitFor(a, (m) => m.view!.turn === 2 && m.view!.deals.length === 2, 10_000, "both deals in force");
    expect(after.view!.deals.some((d) => d.items.some((it) => it.kind === "gpu_lease" && it.count === 2000))).toBe(true);
    // The lease moved compute from the AI to A: against a replay of the same orders without the deals.
    const log = gameStore().orderLog(game.code);
    const scenario = gameStore().game(game.code)!.scenario;
    const without = replay(
      scenario,
      12,
      log.map((e) => ({ turn: e.turn, orders: e.orders })),
    );
    expect(stateHash(replay(scenario, 12, log))).toBe(stateHash(session.state));
    const pf = (s: typeof without, n: string) => s.nations[n].history.at(-1)!.compute;
    expect(pf(session.state, nations[0]) - pf(without, nations[0])).toBeGreaterThan(0);
    expect(pf(session.state, ai) - pf(without, ai)).toBeLessThan(0);
    for (const x of [a, b, fac]) await x.leave();
  });

  it("AI nations open negotiations with players at the start of a quarter: only the addressee sees the offer, and can sign it", async () => {
    const { game, fac, a, b, nations } = await twoSeatedPlayers({ scenario: "workshop", seed: 7, turnSeconds: 600 });
    fac.facilitator({ cmd: "start" });
    await waitFor(a, (m) => m.phase === "orders", 5000, "orders");
    const session = server.room(game.code).session;
    const fromAi = () => session.match.deals.filter((p) => p.byName === "AI" && !p.replyTo);
    // An AI nation opens when it has spare capacity worth leasing at a market price: within the first quarters.
    for (let turn = 2; fromAi().length === 0 && turn <= 5; turn++) {
      fac.facilitator({ cmd: "force_resolve" });
      await waitFor(a, (m) => m.view!.turn === turn && m.phase === "orders", 10_000, `turn ${turn}`);
    }
    const offers = fromAi();
    expect(offers.length).toBeGreaterThan(0);
    const offer = offers[0];
    expect(nations.slice(0, 2)).toContain(offer.terms.to);
    expect(offer.said?.code).toBe("deal/offer");
    expect(offer.said?.code === "deal/offer" && offer.said.params.perQuarter).toBeGreaterThan(0);
    const [mine, other] = offer.terms.to === nations[0] ? [a, b] : [b, a];
    const seen = await waitFor(mine, (m) => m.deals.some((d) => d.id === offer.id), 5000, "addressee sees the offer");
    expect(seen.deals.find((d) => d.id === offer.id)!.status).toBe("proposed");
    expect(other.model().deals.some((d) => d.id === offer.id)).toBe(false);
    // One opening offer per AI nation per quarter, even if the orders phase is opened again (restart).
    const count = offers.length;
    const again = draftOf(session.match);
    aiOffers(again);
    expect(again.deals.filter((p) => p.byName === "AI" && !p.replyTo).length).toBe(count);
    expect((await mine.respondDeal(offer.id, true)).ok).toBe(true);
    fac.facilitator({ cmd: "force_resolve" });
    const after = await waitFor(mine, (m) => m.view!.turn === offer.turn + 1 && m.view!.deals.length === 1, 10_000, "offer in force");
    expect(after.view!.deals[0].from).toBe(offer.terms.from);
    for (const x of [a, b, fac]) await x.leave();
  });

  it("answers a vendor quote and its counter-offers to the asker only", async () => {
    const { fac, a, b, nations } = await twoSeatedPlayers({ scenario: "tutorial", seed: 9, turnSeconds: 600 });
    fac.facilitator({ cmd: "start" });
    const m = await waitFor(a, (x) => x.phase === "orders" && x.view!.own.length === 1);
    const dc = m.view!.own[0].dataCentres[0];
    expect(dc).toBeDefined();
    const seenB: string[] = [];
    b.onMessage("quote", (q) => seenB.push(JSON.stringify(q)));
    const q = await a.requestQuote({ vendor: "dell", model: "h200", quantity: 64, package: "fullstack", dcId: dc.id });
    expect(q.ok).toBe(true);
    if (!q.ok) return;
    expect(q.quote.unitPrice).toBeGreaterThan(0);
    expect("floor" in q.quote && q.quote.floor !== undefined).toBe(false);
    const c = await a.requestQuote({ vendor: "dell", model: "h200", quantity: 64, package: "fullstack", dcId: dc.id }, [
      { unitPrice: q.quote.unitPrice * 0.5 },
    ]);
    expect(c.ok && c.answers[0].outcome).toBe("refused");
    if (c.ok) expect(c.answers[0].reason).toMatch(/Dell.* cannot go below/);
    const bad = await a.requestQuote({ vendor: "dell", model: "h200", quantity: 64, package: "fullstack", dcId: "nowhere" });
    expect(bad.ok).toBe(false);
    await sleep(200);
    expect(seenB).toEqual([]);
    expect(nations.length).toBe(3);
    for (const x of [a, b, fac]) await x.leave();
  });
});
