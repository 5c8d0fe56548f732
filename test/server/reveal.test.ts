/**
 * Secret objectives are revealed to everyone once the game has ended, however it ended: a player of
 * another nation and the projector never see them while the game runs, and see every nation's secret
 * objectives (with met or missed) after the facilitator's early "End game".
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RoomModel } from "../../shared/protocol/room-model";
import { browser, startServer, waitFor, twoSeatedPlayers } from "./harness";
import type { TestServer } from "./harness";

let server: TestServer;
beforeAll(async () => {
  server = await startServer("reveal");
});
afterAll(async () => {
  await server?.shutdown();
});

const secretTexts = (m: RoomModel, nation: string): string[] =>
  m
    .view!.nations.find((n) => n.id === nation)!
    .publicObjectives.filter((o) => o.secret)
    .map((o) => o.text);

describe("secret objectives at the end", () => {
  it("are hidden from other seats while the game runs and revealed to all after an early end", async () => {
    const { game, fac, a, b, nations } = await twoSeatedPlayers({ scenario: "tutorial", seed: 5, turnSeconds: 600 });
    const proj = await browser().join(game.code, { role: "projector" });
    fac.facilitator({ cmd: "start" });
    await waitFor(a, (m) => m.phase === "orders");
    fac.facilitator({ cmd: "force_resolve" });
    await waitFor(b, (m) => m.view!.turn === 2, 10_000);
    const room = server.room(game.code);
    const secretsA = room.session.state.nations[nations[0]].objectives.filter((o) => o.secret).map((o) => o.text);
    expect(secretsA.length).toBeGreaterThan(0);

    // While the game runs: B and the projector see none of A's secret objectives; A sees its own (in `own`).
    const running = [b.model(), proj.model()];
    for (const m of running) {
      expect(m.phase).not.toBe("ended");
      expect(secretTexts(m, nations[0])).toEqual([]);
      for (const t of secretsA) expect(JSON.stringify(m)).not.toContain(t);
    }
    expect(
      a
        .model()
        .view!.own[0].objectives.filter((o) => o.secret)
        .map((o) => o.text),
    ).toEqual(secretsA);

    // The facilitator ends the game early (turn 2 of the scenario's turns): the engine state is not finished.
    fac.facilitator({ cmd: "end" });
    const ended = await waitFor(b, (m) => m.phase === "ended", 10_000);
    expect(room.session.state.finished).toBe(false);
    const projEnded = await waitFor(proj, (m) => m.phase === "ended", 10_000);
    for (const m of [ended, projEnded]) {
      for (const id of nations) {
        const engineNation = room.session.state.nations[id];
        const shown = m.view!.nations.find((n) => n.id === id)!;
        expect(shown.publicObjectives.map((o) => o.text).sort()).toEqual(engineNation.objectives.map((o) => o.text).sort());
        expect(shown.objectivesMet.sort()).toEqual([...engineNation.objectivesMet].sort());
      }
      expect(secretTexts(m, nations[0])).toEqual(secretsA);
    }
    for (const c of [a, b, fac, proj]) await c.leave();
  });
});
