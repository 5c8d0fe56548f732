/** Game creation options: fewer turns, a fixed seed, and a broken uploaded scenario listed problem by problem. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "./harness";
import type { TestServer } from "./harness";

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
    const g = await res.json();
    expect(g.seed).toBe(1234);
    const info = await (await fetch(`${server.url}/api/games/${g.code}`)).json();
    expect(info.scenario.turns).toBe(3);
    expect(server.room(g.code).session.state.maxTurns).toBe(3);
  });

  it("refuses a broken uploaded scenario with every problem by path", async () => {
    const res = await post({ scenario: "custom", scenarioFile: { id: "x", name: "X", turns: 0, nations: [] } });
    expect(res.status).toBe(400);
    const body = await res.json();
    const paths = body.problems.map((p: { path: string }) => p.path);
    expect(paths).toEqual(expect.arrayContaining(["turns", "nations", "description", "start"]));
  });

  it("refuses an out-of-range number of turns", async () => {
    const res = await post({ scenario: "tutorial", turns: 99 });
    expect(res.status).toBe(400);
    expect((await res.json()).problems[0].path).toBe("turns");
  });
});
