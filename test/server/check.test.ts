/**
 * The pre/post check over real clients: two players answer in the lobby, the facilitator ends the game
 * early, they answer again, and the debrief (JSON, text, CSV) shows per nation and for the room what they
 * got right before and after — also once the room has closed (read back from the stored match log).
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHECK_QUESTIONS } from "../../shared/debrief/check-questions";
import type { Debrief } from "../../shared/debrief/build";
import { startServer, waitFor, twoSeatedPlayers, sleep } from "./harness";
import type { TestServer } from "./harness";

let server: TestServer;
beforeAll(async () => {
  server = await startServer("check");
});
afterAll(async () => {
  await server?.shutdown();
});

const right = CHECK_QUESTIONS.map((q) => q.correct);
const wrong = CHECK_QUESTIONS.map((q) => (q.correct + 1) % q.options.length);

describe("pre/post check", () => {
  it("reaches the debrief per nation and for the room", async () => {
    const { game, fac, a, b, nations } = await twoSeatedPlayers({ scenario: "tutorial", seed: 8, turnSeconds: 600 });
    await waitFor(a, (m) => m.check?.open === "pre", 5000, "A may answer the first check");
    expect(await a.answerCheck("pre", wrong)).toEqual({ ok: true });
    expect(await a.answerCheck("pre", right)).toMatchObject({ ok: false });
    expect(await b.answerCheck("pre", [right[0], wrong[1], wrong[2], wrong[3], wrong[4]])).toEqual({ ok: true });
    await waitFor(fac, (m) => m.check?.counts.pre === 2, 5000, "facilitator sees two sheets");
    expect((await a.answerCheck("post", right)).ok).toBe(false);
    fac.facilitator({ cmd: "start" });
    await waitFor(a, (m) => m.phase === "orders");
    fac.facilitator({ cmd: "end" });
    await waitFor(a, (m) => m.phase === "ended" && m.check?.open === "post", 10_000, "second check opens at the end");
    expect(await a.answerCheck("post", right)).toEqual({ ok: true });
    expect(await b.answerCheck("post", [right[0], right[1], right[2], wrong[3], wrong[4]])).toEqual({ ok: true });
    await waitFor(a, (m) => m.check?.post === true && m.check.counts.post === 2, 5000);

    const get = async (path: string): Promise<Response> => fetch(`${server.url}/api/games/${game.code}/${path}`);
    const d = (await (await get("debrief")).json()) as Debrief;
    expect(d.check!.room.pre).toEqual({ sheets: 2, right: 1, asked: 10, share: 0.1 });
    expect(d.check!.room.post).toEqual({ sheets: 2, right: 8, asked: 10, share: 0.8 });
    expect(d.check!.nations[nations[0]].post.share).toBe(1);
    expect(d.check!.nations[nations[1]].pre.share).toBe(0.2);
    const txt = await (await get("debrief.txt")).text();
    expect(txt).toContain("Room: before 10 % right (2 answered), after 80 % right (2 answered)");
    const csv = await (await get("check.csv")).text();
    expect(csv.split("\n")[0]).toMatch(/^group,stage,sheets,right,asked,share_right,q_/);
    expect(csv).toContain("room,pre,2,1,10,0.100,");

    // The room closes: the debrief reads the sheets back from the stored match log.
    for (const c of [a, b, fac]) await c.leave();
    const room = server.room(game.code);
    await room.disconnect();
    await sleep(300);
    const after = (await (await get("debrief")).json()) as Debrief;
    expect(after.check).toEqual(d.check);
  });
});
