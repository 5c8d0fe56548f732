/**
 * Debrief routes: facilitator-only while running, JSON/CSV/text that match a replay of the stored log; once an ended
 * room has closed, the debrief rebuilt from the log says what the live one said, the pre/post check included (#19).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildDebrief } from "../../shared/debrief/build";
import { debriefCsv } from "../../shared/debrief/export";
import type { Debrief } from "../../shared/debrief/build";
import { browser, newGame, sleep, startServer, waitFor } from "./harness";
import { lateJoinerCheck } from "./late-joiner";
import type { TestServer } from "./harness";
import { bodyOf } from "./http";
import type { ApiError } from "./http";
import type { GameExport } from "../../server/games/game-info";

let server: TestServer;
beforeAll(async () => {
  // An ended room nobody is in closes after 1 s, so the second test reads a debrief rebuilt from the log alone.
  server = await startServer("debrief", { RESULTS_SECONDS: "0.2", IDLE_ENDED_SECONDS: "1" });
});
afterAll(async () => {
  await server?.shutdown();
});

describe("debrief over HTTP", () => {
  it("is refused to players while the game runs and served to the facilitator as JSON, CSV and text", async () => {
    const { game, host } = await newGame({ scenario: "tutorial", seed: 11, turnSeconds: 300, absent: "ai" });
    const fac = await host.join(game.code, { role: "facilitator" });
    const p = await browser().join(game.code, { name: "Pia" });
    const nation = (await waitFor(p, (m) => m.view !== null)).view!.nations[0].id;
    p.chooseSeat(nation);
    await waitFor(fac, (m) => m.seats.some((s) => s.nation === nation), 5000, "seated");
    fac.facilitator({ cmd: "start" });
    await waitFor(p, (m) => m.phase === "orders", 5000, "orders");
    p.setReady(1, true);
    await waitFor(p, (m) => m.view!.turn === 2, 15_000, "turn 2");

    const denied = await fetch(`${server.url}/api/games/${game.code}/debrief`);
    expect(denied.status).toBe(403);
    expect((await bodyOf<ApiError>(denied)).message).toMatch(/facilitator key/);
    expect((await fetch(`${server.url}/api/games/QQQQQ/debrief`)).status).toBe(404);

    const headers = { "x-facilitator-key": game.facilitatorKey };
    const json = await bodyOf<Debrief>(fetch(`${server.url}/api/games/${game.code}/debrief`, { headers }));
    expect(json.turns).toBe(1);
    expect(json.learningPoints).toHaveLength(6);
    const exp = await bodyOf<GameExport>(fetch(`${server.url}/api/games/${game.code}/export`, { headers }));
    const csv = await (await fetch(`${server.url}/api/games/${game.code}/debrief.csv`, { headers })).text();
    expect(csv).toBe(debriefCsv(buildDebrief(exp.scenario, exp.seed, exp.log)));
    expect(csv.trim().split("\n")).toHaveLength(1 + 3 * 2);
    const txt = await (await fetch(`${server.url}/api/games/${game.code}/debrief.txt`, { headers })).text();
    expect(txt).toMatch(/Learning points:/);
    await fac.leave();
    await p.leave();
  });

  it("rebuilt from the log after the room closed, equals the live debrief, a late joiner's arrival sheet still counted apart", async () => {
    const { game, fac, a, b, lena, nations } = await lateJoinerCheck({ scenario: "tutorial", seed: 7, turnSeconds: 600 });

    const debrief = async (): Promise<Debrief> => bodyOf<Debrief>(fetch(`${server.url}/api/games/${game.code}/debrief`));
    const live = await debrief();
    expect(server.room(game.code), "the room is still open").toBeDefined();
    expect(live.check!.room).toMatchObject({ latePre: 1, pre: { sheets: 3 }, paired: { players: 2, pre: 0, post: 1 } });
    expect(live.check!.nations[nations[2]].latePre).toBe(1);

    for (const c of [a, b, lena, fac]) await c.leave();
    for (let i = 0; i < 40 && server.room(game.code); i++) await sleep(250);
    expect(server.room(game.code), "the ended, empty room has closed").toBeUndefined();
    expect(await debrief()).toEqual(live);
  }, 90_000);
});
