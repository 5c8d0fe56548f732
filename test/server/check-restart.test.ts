/**
 * The pre/post check across a real restart (#19): the server runs as a child process; two players answer the
 * first check in the lobby, a late joiner is let in after turn 1 and answers it on arrival (turn 2), the game
 * ends and the second check is answered; then the server is killed (SIGKILL) and started again on the same
 * database. The debrief rebuilt from the stored game still counts the arrival sheet apart, and says the same
 * as before the restart.
 */
import { afterAll, describe, expect, it } from "vitest";
import { setServerUrl } from "../../client/net/api";
import { CHECK_QUESTIONS } from "../../shared/debrief/check-questions";
import type { Debrief } from "../../shared/debrief/build";
import { startServer } from "../e2e/harness";
import type { E2EServer } from "../e2e/harness";
import { browser, twoSeatedPlayers, waitFor } from "./harness";

const right = CHECK_QUESTIONS.map((q) => q.correct);
const wrong = CHECK_QUESTIONS.map((q) => (q.correct + 1) % q.options.length);

let server: E2EServer | undefined;
afterAll(async () => {
  await server?.stop();
});

describe("pre/post check across a restart", () => {
  it("a debrief rebuilt from the store after a restart still counts a late joiner's arrival sheet apart", async () => {
    server = await startServer();
    setServerUrl(server.url);
    const { game, fac, a, b, nations } = await twoSeatedPlayers({ scenario: "tutorial", seed: 5, turnSeconds: 600 });
    expect(await a.answerCheck("pre", wrong)).toEqual({ ok: true });
    expect(await b.answerCheck("pre", right)).toEqual({ ok: true });
    fac.facilitator({ cmd: "start" });
    await waitFor(fac, (m) => m.phase === "orders", 10_000, "started");
    fac.facilitator({ cmd: "force_resolve" });
    await waitFor(fac, (m) => m.view?.turn === 2 && m.phase === "orders", 30_000, "turn 2");

    // Lena arrives in turn 2, is let into the third nation and answers her first check on arrival.
    const lena = await browser().join(game.code, { name: "Lena" });
    const door = await waitFor(fac, (m) => m.seats.some((s) => s.name === "Lena" && s.waiting && s.connected), 10_000, "Lena at the door");
    lena.chooseSeat(nations[2]);
    await waitFor(fac, (m) => m.seats.some((s) => s.name === "Lena" && s.wants === nations[2]), 10_000, "Lena's wish");
    fac.facilitator({ cmd: "admit", sessionId: door.seats.find((s) => s.name === "Lena")!.sessionId, accept: true });
    await waitFor(lena, (m) => m.you.nation === nations[2] && m.check?.open === "pre" && m.check.late === true, 10_000, "Lena's check on arrival");
    expect(await lena.answerCheck("pre", wrong)).toEqual({ ok: true });
    const marked = await waitFor(fac, (m) => m.seats.some((s) => s.name === "Lena" && s.check?.pre), 10_000, "the console marks Lena's sheet");
    expect(marked.seats.find((s) => s.name === "Lena")!.check).toEqual({ pre: true, post: false, late: true });

    fac.facilitator({ cmd: "end" });
    await waitFor(lena, (m) => m.phase === "ended" && m.check?.open === "post", 15_000, "second check");
    expect(await a.answerCheck("post", right)).toEqual({ ok: true });
    expect(await lena.answerCheck("post", right)).toEqual({ ok: true });
    await waitFor(fac, (m) => m.check?.counts.post === 2, 10_000, "two after-sheets");

    const debrief = async (): Promise<Debrief> => {
      const res = await fetch(`${server!.url}/api/games/${game.code}/debrief`);
      expect(res.status).toBe(200);
      return (await res.json()) as Debrief;
    };
    const before = await debrief();
    expect(before.check!.room.latePre).toBe(1);
    expect(before.check!.nations[nations[2]].latePre).toBe(1);
    expect(before.check!.room.pre.sheets).toBe(3);
    // Paired: Ana (wrong → right) and Lena (wrong → right): 0 → 100 %.
    expect(before.check!.room.paired).toEqual({ players: 2, pre: 0, post: 1 });

    for (const c of [a, b, lena, fac]) await c.leave();
    await server.stop("SIGKILL");
    server = await startServer({ port: server.port, db: server.db });
    const after = await debrief();
    expect(after.check).toEqual(before.check);
  }, 120_000);
});
