/**
 * The pre/post check across a real restart (#19): the server runs as a child process; two players answer the
 * first check in the lobby, a late joiner is let in after turn 1 and answers it on arrival (turn 2), the game
 * ends and the second check is answered; then the server is killed (SIGKILL) and started again on the same
 * database. The debrief rebuilt from the stored game still counts the arrival sheet apart, and says the same
 * as before the restart.
 */
import { afterAll, describe, expect, it } from "vitest";
import { setServerUrl } from "../../client/net/api";
import type { Debrief } from "../../shared/debrief/build";
import { startServer } from "../e2e/harness";
import type { E2EServer } from "../e2e/harness";
import { lateJoinerCheck } from "./late-joiner";

let server: E2EServer | undefined;
afterAll(async () => {
  await server?.stop();
});

describe("pre/post check across a restart", () => {
  it("a debrief rebuilt from the store after a restart still counts a late joiner's arrival sheet apart", async () => {
    server = await startServer();
    setServerUrl(server.url);
    const { game, fac, a, b, lena, nations, lenaMarks } = await lateJoinerCheck({ scenario: "tutorial", seed: 5, turnSeconds: 600 });
    expect(lenaMarks).toEqual({ pre: true, post: false, late: true });

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
