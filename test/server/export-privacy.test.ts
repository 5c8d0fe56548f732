/** The export of an ended game carries no private chat without the facilitator key (real clients, real server). */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer, twoSeatedPlayers, waitFor } from "./harness";
import type { TestServer } from "./harness";

let server: TestServer;
beforeAll(async () => {
  server = await startServer("export-privacy");
});
afterAll(async () => {
  await server?.shutdown();
});

describe("game export", () => {
  it("leaves private lines out of the public export of an ended game, and keeps them for the facilitator", async () => {
    const { game, fac, a, b, nations } = await twoSeatedPlayers({ scenario: "tutorial", turnSeconds: 300 });
    fac.facilitator({ cmd: "start" });
    await waitFor(a, (m) => m.phase === "orders", 10_000, "started");
    const secretLine = "PRIVATE-LINE-4471";
    const publicLine = "PUBLIC-LINE-9902";
    a.chat(nations[1], secretLine);
    a.chat("all", publicLine);
    await waitFor(b, (m) => m.chat.some((c) => c.text === secretLine) && m.chat.some((c) => c.text === publicLine), 5000, "both lines arrive");
    fac.facilitator({ cmd: "end" });
    await waitFor(a, (m) => m.phase === "ended", 5000, "ended");

    const open = await fetch(`${server.url}/api/games/${game.code}/export`);
    expect(open.status).toBe(200);
    const body = await open.text();
    expect(body).toContain(publicLine);
    expect(body).not.toContain(secretLine);

    const keyed = await fetch(`${server.url}/api/games/${game.code}/export`, { headers: { "x-facilitator-key": game.facilitatorKey } });
    const full = await keyed.text();
    expect(full).toContain(secretLine);
    expect(full).toContain(publicLine);
    for (const c of [a, b, fac]) await c.leave();
  });
});
