/**
 * Golden: matchView of a recorded game equals what the client's model (client/net/model.ts, built from the
 * Colyseus schema projection) showed at the same moment, for two players, the facilitator and the projector.
 * The fixture was first recorded from the old schema client before the view was rebuilt (the test passed
 * on that fixture); after the economy rebuild changed the game itself it was re-recorded from real clients
 * fed by the patch stream (scripts/record-view-golden.ts), so it now pins matchView to what a client shows.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { createGame } from "../../../shared/engine";
import { presetScenario } from "../../../shared/scenario/presets";
import type { MatchLogEntry, MatchSettings } from "../../../shared/match";
import { createMatch, matchView, replayMatch } from "../../../shared/match";
import type { RoomModel } from "../../../shared/protocol/room-model";

interface Fixture {
  code: string;
  seed: number;
  settings: MatchSettings;
  log: MatchLogEntry[];
  snapshots: { logLength: number; models: Record<string, RoomModel> }[];
}

const fixture = JSON.parse(fs.readFileSync("test/fixtures/match-view/tutorial.json", "utf8")) as Fixture;
const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe("matchView golden", () => {
  const scenario = presetScenario("tutorial");
  const start = createMatch({ code: fixture.code, scenarioName: scenario.name, settings: fixture.settings, state: createGame(scenario, fixture.seed) });
  for (const [i, snap] of fixture.snapshots.entries()) {
    for (const [who, model] of Object.entries(snap.models)) {
      it(`snapshot ${i + 1}: the ${who} sees what the client showed`, () => {
        const m = replayMatch(start, fixture.log.slice(0, snap.logLength));
        const seat = m.seats.find((s) => s.sessionId === model.you.sessionId)!;
        expect(seat).toBeDefined();
        const view = json(matchView(m, seat.seatId));
        expect(view).toEqual(model);
      });
    }
  }

  it("covers private chat, proposals, a signed deal and every role", () => {
    const last = fixture.snapshots[fixture.snapshots.length - 1].models;
    expect(Object.keys(last).sort()).toEqual(["facilitator", "korea", "projector", "uae"]);
    expect(last.korea.chat.some((l) => l.to === "uae")).toBe(true);
    expect(last.projector.chat.every((l) => l.to === "all")).toBe(true);
    expect(fixture.snapshots[0].models.korea.deals.some((d) => d.status === "accepted")).toBe(true);
    expect(last.korea.view!.deals.length).toBeGreaterThan(0);
  });
});
