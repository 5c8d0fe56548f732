/** The ready rule: one function for the server and the client's "x/y ready"; the turn resolves early when every playing nation is ready. */
import { describe, expect, it } from "vitest";
import { baselineOrders } from "../../../shared/ai/baseline";
import { readyOf, readyTally } from "../../../shared/match";
import { ok, play, refused, started, T0 } from "./table";

describe("ready rules", () => {
  it("counts only nations with a connected player the AI does not play", () => {
    const seats = [
      { role: "player", nation: "a", connected: true },
      { role: "player", nation: "b", connected: false },
      { role: "player", nation: "c", connected: true },
      { role: "facilitator", nation: null, connected: true },
    ];
    expect(readyTally(["a", "b", "c", "d"], seats, ["c"], ["a"])).toEqual({ ready: 1, of: 1, all: true });
    expect(readyTally(["a", "b", "c", "d"], seats, [], ["a"])).toEqual({ ready: 1, of: 2, all: false });
    expect(readyTally(["a"], [], [], [])).toEqual({ ready: 0, of: 0, all: false });
  });

  it("resolves early only when the last playing nation is ready", () => {
    const m = started();
    const one = ok(m, "pk", { type: "ready", turn: 1, ready: true }).match;
    expect(one.phase).toBe("orders");
    expect(readyOf(one)).toEqual({ ready: 1, of: 2, all: false });
    const both = ok(one, "pu", { type: "ready", turn: 1, ready: true }, T0 + 5000).match;
    expect(both.phase).toBe("resolution");
    expect(both.clock.deadline).toBe(T0 + 5000 + 150);
  });

  it("un-readies a nation whose order set changes, and refuses a stale turn", () => {
    const m = ok(started(), "pk", { type: "ready", turn: 1, ready: true }).match;
    const order = baselineOrders(m.state, "korea")[0];
    const changed = ok(m, "pk", { type: "add_order", order }).match;
    expect(changed.ready).toEqual([]);
    expect(refused(m, "pk", { type: "ready", turn: 2, ready: true })).toMatchObject({
      code: "stale_turn",
      reason: "turn/stale",
      params: { turn: 2, current: 1 },
    });
  });

  it("ends the phase when the only unready player disconnects or is handed to the AI", () => {
    const m = ok(started(), "pk", { type: "ready", turn: 1, ready: true }).match;
    expect(ok(m, "pu", { type: "connect", sessionId: "s-pu", connected: false }).match.phase).toBe("resolution");
    expect(ok(m, "fac", { type: "ai", nation: "uae", on: true }).match.phase).toBe("resolution");
  });

  it("does not end a paused phase, and ends it on resume when everyone is ready", () => {
    const m = play(started(), [
      ["fac", { type: "pause" }],
      ["pk", { type: "ready", turn: 1, ready: true }],
      ["pu", { type: "ready", turn: 1, ready: true }],
    ]);
    expect(m.phase).toBe("orders");
    expect(ok(m, "fac", { type: "resume" }).match.phase).toBe("resolution");
  });

  it("refuses ready from a seat with no nation and from a nation the AI plays", () => {
    const m = started();
    expect(refused(m, "proj", { type: "ready", turn: 1, ready: true })).toMatchObject({ code: "no_seat", reason: "seat/none" });
    const ai = ok(m, "fac", { type: "ai", nation: "korea", on: true }).match;
    expect(refused(ai, "pk", { type: "ready", turn: 1, ready: true })).toMatchObject({ code: "forbidden", reason: "nation/ai_plays" });
  });
});
