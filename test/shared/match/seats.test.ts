/** Seats and teams: joining, choosing a nation, team size, the lock, and the facilitator moving or removing people. */
import { describe, expect, it } from "vitest";
import { aiNations, applyIntent, canJoin, controllerOf, defaultSeatName, fullNations, matchView, teamFull } from "../../../shared/match";
import { emptyMatch, ok, play, refused, started, T0, table } from "./table";

describe("seats and teams", () => {
  it("seats players in nations up to the team size and reports who plays each nation", () => {
    const m = table({ teamSize: 1 });
    expect(controllerOf(m, "korea")).toBe("human");
    expect(aiNations(m)).toEqual(["india"]);
    const extra = play(m, [["px", { type: "join", name: "Xi", role: "player" }]]);
    expect(refused(extra, "px", { type: "choose_seat", nation: "korea" })).toMatchObject({
      code: "forbidden",
      reason: "seat/team_full",
      params: { nation: "korea", teamSize: 1 },
    });
    expect(refused(extra, "px", { type: "choose_seat", nation: "atlantis" })).toMatchObject({ code: "not_found", reason: "nation/unknown" });
    expect(refused(extra, "proj", { type: "choose_seat", nation: "india" })).toMatchObject({ reason: "seat/not_player" });
    const india = ok(extra, "px", { type: "choose_seat", nation: "india" });
    expect(india.effects).toEqual([{ kind: "seat", seatId: "px" }]);
    expect(aiNations(india.match)).toEqual([]);
  });

  it("with absent = hold, an empty nation is held, not played by the AI", () => {
    const m = table({ absent: "hold" });
    expect(controllerOf(m, "india")).toBe("hold");
    expect(aiNations(m)).toEqual([]);
  });

  it("locks the seating, and allows changing nation only in the lobby", () => {
    const locked = ok(table(), "fac", { type: "lock", locked: true }).match;
    expect(canJoin(locked, "player")).toMatchObject({ reason: "seat/locked" });
    expect(canJoin(locked, "projector")).toBeNull();
    expect(refused(locked, "pk", { type: "choose_seat", nation: null })).toMatchObject({ reason: "seat/locked" });
    expect(refused(started(), "pk", { type: "choose_seat", nation: "india" })).toMatchObject({ code: "not_in_phase", reason: "seat/change_outside_lobby" });
  });

  it("lets only the facilitator move and remove seats (by session id), never removing a facilitator", () => {
    const m = started();
    expect(refused(m, "pk", { type: "move_seat", sessionId: "s-pu", nation: "india" })).toMatchObject({ code: "forbidden", reason: "actor/not_facilitator" });
    const moved = ok(m, "fac", { type: "move_seat", sessionId: "s-pu", nation: "india" }).match;
    expect(moved.seats.find((s) => s.seatId === "pu")!.nation).toBe("india");
    expect(refused(m, "fac", { type: "move_seat", sessionId: "nobody", nation: null })).toMatchObject({ code: "not_found", reason: "seat/unknown_session" });
    const kicked = ok(m, "fac", { type: "kick", sessionId: "s-pu" });
    expect(kicked.effects).toEqual([{ kind: "seat_removed", seatId: "pu", why: "kicked" }]);
    expect(kicked.match.seats.map((s) => s.seatId)).not.toContain("pu");
    expect(refused(kicked.match, "pu", { type: "chat", to: "all", text: "still here?" })).toMatchObject({ code: "no_seat", reason: "seat/unknown" });
    expect(refused(m, "fac", { type: "kick", sessionId: "s-fac" })).toMatchObject({ reason: "seat/kick_facilitator" });
  });

  it("names unnamed seats by role and refuses a seat id twice", () => {
    const m = emptyMatch();
    expect(defaultSeatName(m, "player")).toBe("Player 1");
    expect(defaultSeatName(m, "projector")).toBe("Projector");
    const one = ok(m, "a", { type: "join", name: "A", role: "player" }).match;
    expect(defaultSeatName(one, "player")).toBe("Player 2");
    expect(refused(one, "a", { type: "join", name: "A", role: "player" })).toMatchObject({ reason: "seat/exists" });
  });
});

describe("full teams (teamFull): one rule for the server's refusal and the client's (full)", () => {
  it("is full exactly at the team limit, in the match's nation order", () => {
    const m = table({ teamSize: 2 });
    expect(teamFull(m, "korea")).toBe(false);
    expect(fullNations(m)).toEqual([]);
    const two = play(m, [
      ["px", { type: "join", name: "Xi", role: "player" }],
      ["px", { type: "choose_seat", nation: "korea" }],
    ]);
    expect(teamFull(two, "korea")).toBe(true);
    expect(teamFull(two, "uae")).toBe(false);
    expect(fullNations(two)).toEqual(["korea"]);
    expect(fullNations(table({ teamSize: 1 }))).toEqual(two.state.order.filter((n) => n === "korea" || n === "uae"));
  });

  it("refuses a choice, a move and an admission into a full nation exactly when teamFull says so", () => {
    const m = play(table({ teamSize: 1 }), [["px", { type: "join", name: "Xi", role: "player" }]]);
    for (const nation of m.state.order) {
      const step = applyIntent(m, "px", { type: "choose_seat", nation }, T0);
      expect(step.outcome.ok, nation).toBe(!teamFull(m, nation));
      if (!step.outcome.ok) expect(step.outcome).toMatchObject({ code: "forbidden", reason: "seat/team_full", params: { nation, teamSize: 1 } });
    }
    expect(refused(m, "fac", { type: "move_seat", sessionId: "s-pu", nation: "korea" })).toMatchObject({ reason: "seat/team_full" });
    // A newcomer at the door who asked for a nation that is full is let in without a nation.
    const door = play(started({ teamSize: 1 }), [
      ["pz", { type: "join", name: "Zoe", role: "player" }],
      ["pz", { type: "connect", sessionId: "s-pz", connected: true }],
      ["pz", { type: "choose_seat", nation: "korea" }],
    ]);
    expect(teamFull(door, "korea")).toBe(true);
    const admitted = ok(door, "fac", { type: "admit", sessionId: "s-pz", accept: true }).match;
    expect(admitted.seats.find((s) => s.seatId === "pz")).toMatchObject({ nation: null });
  });

  it("gives every seat the team limit and the full nations in its view", () => {
    const m = table({ teamSize: 1 });
    for (const seat of ["fac", "pk", "pu", "proj"]) {
      const v = matchView(m, seat);
      expect(v.teamSize, seat).toBe(1);
      expect(v.fullNations, seat).toEqual(fullNations(m));
    }
    const left = ok(m, "pk", { type: "choose_seat", nation: null }).match;
    expect(matchView(left, "proj").fullNations).toEqual(["uae"]);
  });
});
