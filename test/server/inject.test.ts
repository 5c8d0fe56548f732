/** Facilitator injects: refused to players, previewed exactly, stored before the ack, replayed from the export. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { replay, stateHash } from "../../shared/engine";
import type { EventCard } from "../../shared/engine/state";
import type { PreviewDelta } from "../../shared/engine";
import { browser, newGame, nextMessage, startServer, waitFor } from "./harness";
import type { TestServer } from "./harness";
import { bodyOf } from "./http";
import type { GameExport } from "../../server/games/game-info";

let server: TestServer;
beforeAll(async () => {
  server = await startServer("inject", { RESULTS_SECONDS: "0.2" });
});
afterAll(async () => {
  await server?.shutdown();
});

const grant: EventCard = {
  id: "grant",
  headline: "Emergency AI grant.",
  text: "Parliament votes a one-off grant.",
  realWorld: "Facilitator inject",
  sources: ["facilitator"],
  effects: [
    { kind: "treasury", nations: ["india"], delta: 400 },
    { kind: "support", nations: ["korea"], delta: -10 },
  ],
};

describe("facilitator injects", () => {
  it("players cannot inject; the facilitator's inject changes the resolution exactly as previewed and replays", async () => {
    const { game, host } = await newGame({ scenario: "tutorial", seed: 21, turnSeconds: 300, absent: "ai" });
    const fac = await host.join(game.code, { role: "facilitator" });
    const p = await browser().join(game.code, { name: "Ravi" });
    await waitFor(p, (m) => m.view !== null);
    p.chooseSeat("india");
    await waitFor(fac, (m) => m.seats.some((s) => s.nation === "india"), 5000, "seated");
    fac.facilitator({ cmd: "start" });
    await waitFor(p, (m) => m.phase === "orders", 5000, "orders");

    const refused = nextMessage<{ code: string }>(p, "error");
    p.facilitator({ cmd: "inject", card: grant });
    expect((await refused).code).toBe("forbidden");

    const previewMsg = nextMessage<{ impact: PreviewDelta[] }>(fac, "inject_preview");
    fac.facilitator({ cmd: "preview_inject", card: grant });
    const impact = (await previewMsg).impact;
    const india = impact.find((x) => x.nation === "india")!;
    expect(india.treasury).toBeCloseTo(400, 6);

    const deckPreview = nextMessage<{ card: EventCard; quarters: number; effects: string[] }>(fac, "inject_preview");
    fac.facilitator({ cmd: "preview_inject", deckId: "hbm_sold_out" });
    const sold = await deckPreview;
    expect(sold.card.headline).toMatch(/HBM/);
    // The preview covers the event's whole duration and says what it does.
    expect(sold.quarters).toBeGreaterThanOrEqual(2);
    expect(sold.effects.join(" ")).toMatch(/HBM supply −\d+ % for \d quarters/);

    const ack = nextMessage<{ cmd: string }>(fac, "facilitator_ack");
    fac.facilitator({ cmd: "inject", card: grant });
    expect((await ack).cmd).toBe("inject");

    const before = server.room(game.code).session.state;
    const beforeIndia = before.nations.india.treasury;
    p.setReady(1, true);
    await waitFor(p, (m) => m.view!.turn === 2, 15_000, "turn 2");
    const after = server.room(game.code).session.state;
    expect(after.log.some((e) => e.turn === 1 && e.code === "event/card" && e.params.card === grant.id)).toBe(true);
    // Same orders were resolved, so the difference to a no-inject replay is exactly the previewed impact.
    const exp = await bodyOf<GameExport>(fetch(`${server.url}/api/games/${game.code}/export`, { headers: { "x-facilitator-key": game.facilitatorKey } }));
    expect(exp.log[0].injects).toHaveLength(1);
    expect(stateHash(replay(exp.scenario, exp.seed, exp.log))).toBe(stateHash(after));
    const without = replay(exp.scenario, exp.seed, [{ ...exp.log[0], injects: undefined }]);
    expect(after.nations.india.treasury - without.nations.india.treasury).toBeCloseTo(india.treasury, 6);
    expect(after.nations.india.treasury).not.toBe(beforeIndia);
    await fac.leave();
    await p.leave();
  });

  it("refuses an inject for a past turn and an unknown deck card", async () => {
    const { game, host } = await newGame({ scenario: "tutorial", seed: 5, turnSeconds: 300 });
    const fac = await host.join(game.code, { role: "facilitator" });
    await waitFor(fac, (m) => m.view !== null);
    const e1 = nextMessage<{ code: string; message: string }>(fac, "error");
    fac.facilitator({ cmd: "inject", deckId: "no_such_card" });
    expect((await e1).code).toBe("not_found");
    const e2 = nextMessage<{ code: string }>(fac, "error");
    fac.facilitator({ cmd: "inject", deckId: "price_war", turn: 99 });
    expect((await e2).code).toBe("not_in_phase");
    await fac.leave();
  });
});
