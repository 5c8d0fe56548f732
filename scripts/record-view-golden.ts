/**
 * Records the golden fixture for matchView (issue 15, step 2) from TODAY's client: plays a scripted tutorial
 * game on an in-process server with real clients (two players, a facilitator, a projector), and at two
 * moments saves each client's RoomModel (client/net/model.ts) together with the server's match log up to
 * that moment. A later matchView(replayMatch(log), seat) must equal these models.
 * Run: npx tsx scripts/record-view-golden.ts  (writes test/fixtures/match-view/tutorial.json)
 */
import fs from "node:fs";
import { baselineOrders } from "../shared/ai/baseline";
import { BASE_DECK } from "../shared/engine/deck";
import type { RoomModel } from "../shared/protocol/room-model";
import type { GameConnection } from "../client/net/api";
import { browser, newGame, sleep, startServer, waitFor } from "../test/server/harness";
import { gameStore } from "../server/store/instance";

const OUT = "test/fixtures/match-view/tutorial.json";

/** Every client's model once they have all caught up. */
async function snapshot(code: string, conns: Record<string, GameConnection>): Promise<{ logLength: number; models: Record<string, RoomModel> }> {
  await sleep(800);
  const logLength = gameStore().matchLog(code).length;
  const models = Object.fromEntries(Object.entries(conns).map(([k, c]) => [k, JSON.parse(JSON.stringify(c.model())) as RoomModel]));
  return { logLength, models };
}

const server = await startServer("view-golden", { RESULTS_SECONDS: "0.5", RATE_LIMIT_BURST: "200" });
try {
  const { game, host } = await newGame({ scenario: "tutorial", seed: 3, turnSeconds: 600 });
  const fac = await host.join(game.code, { role: "facilitator", name: "Fran" });
  const proj = await browser().join(game.code, { role: "projector" });
  const ko = await browser().join(game.code, { name: "Kim" });
  const ua = await browser().join(game.code, { name: "Uma" });
  ko.chooseSeat("korea");
  ua.chooseSeat("uae");
  await waitFor(fac, (m) => m.seats.filter((s) => s.nation).length === 2, 10_000, "seated");
  fac.facilitator({ cmd: "inject", deckId: BASE_DECK[1].id, turn: 2 });
  fac.facilitator({ cmd: "start" });
  await waitFor(ko, (m) => m.phase === "orders", 10_000, "orders");
  const conns = { korea: ko, uae: ua, facilitator: fac, projector: proj };
  const turn1 = async (): Promise<void> => {
    const state = server.room(game.code).session.state;
    for (const o of baselineOrders(state, "korea")) await ko.addOrder(o);
    for (const o of baselineOrders(state, "uae").slice(0, 1)) await ua.addOrder(o);
    ko.chat("all", "Hello table");
    ko.chat("uae", "A private word, UAE");
    ua.chat("korea", "Noted, Korea");
    fac.chat("india", "Facilitator to India");
    const p = await ko.proposeDeal("uae", 2, [
      { kind: "cash", giver: "from", now: 5, perQuarter: 1 },
      { kind: "statement", giver: "from", text: "We keep our word" },
    ]);
    if (p.ok) await ua.respondDeal(p.id, true);
    await ua.proposeDeal("korea", 1, [{ kind: "cash", giver: "to", now: 3, perQuarter: 0 }]);
    await ko.proposeDeal("india", 1, [{ kind: "cash", giver: "from", now: 2, perQuarter: 0 }]);
  };
  await turn1();
  const first = await snapshot(game.code, conns);
  ko.setReady(1, true);
  ua.setReady(1, true);
  for (const c of Object.values(conns)) await waitFor(c, (m) => m.phase === "orders" && m.view?.turn === 2, 20_000, "turn 2");
  const state2 = server.room(game.code).session.state;
  for (const o of baselineOrders(state2, "uae").slice(0, 2)) await ua.addOrder(o);
  ua.chat("all", "Turn two from UAE");
  fac.facilitator({ cmd: "broadcast", text: "Halfway there" });
  ko.setReady(2, true);
  const second = await snapshot(game.code, conns);
  const fixture = {
    note: "Client models (client/net/model.ts RoomModel) recorded before the view was rebuilt on matchView; `log` is the server's match log (shared/match).",
    code: game.code,
    scenario: "tutorial",
    seed: 3,
    settings: gameStore().game(game.code)!.settings,
    log: gameStore().matchLog(game.code),
    snapshots: [first, second],
  };
  fs.writeFileSync(OUT, JSON.stringify(fixture, null, 1) + "\n");
  console.log(`wrote ${OUT}: log ${fixture.log.length} entries, snapshots at ${first.logLength} and ${second.logLength}`);
  for (const c of Object.values(conns)) await c.leave();
} finally {
  await server.shutdown();
}
