/** Game creation options: fewer turns, a fixed seed, and a broken uploaded scenario listed problem by problem. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "./harness";
import type { TestServer } from "./harness";
import { bodyOf } from "./http";
import type { ApiError } from "./http";
import type { CreateGameResponse } from "../../shared/protocol/messages";
import type { GameInfo } from "../../shared/protocol/server-extra";

let server: TestServer;
beforeAll(async () => {
  server = await startServer("options");
});
afterAll(async () => {
  await server?.shutdown();
});

const post = (body: unknown) =>
  fetch(`${server.url}/api/games`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

describe("create-game options", () => {
  it("plays fewer turns with the seed that was asked for", async () => {
    const res = await post({ scenario: "workshop", turns: 3, seed: 1234 });
    expect(res.status).toBe(201);
    const g = await bodyOf<CreateGameResponse>(res);
    expect(g.seed).toBe(1234);
    const info = await bodyOf<GameInfo>(fetch(`${server.url}/api/games/${g.code}`));
    expect(info.scenario.turns).toBe(3);
    expect(server.room(g.code).session.state.maxTurns).toBe(3);
  });

  it("refuses a broken uploaded scenario with every problem by path", async () => {
    const res = await post({ scenario: "custom", scenarioFile: { id: "x", name: "X", turns: 0, nations: [] } });
    expect(res.status).toBe(400);
    const body = await bodyOf<Required<ApiError>>(res);
    const paths = body.problems.map((p) => p.path);
    expect(paths).toEqual(expect.arrayContaining(["turns", "nations", "description", "start"]));
  });

  it("refuses an out-of-range number of turns", async () => {
    const res = await post({ scenario: "tutorial", turns: 99 });
    expect(res.status).toBe(400);
    expect((await bodyOf<Required<ApiError>>(res)).problems[0].path).toBe("turns");
  });
});
