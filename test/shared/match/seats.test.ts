/** Seats and teams: joining, choosing a nation, team size, the lock, and the facilitator moving or removing people. */
import { describe, expect, it } from "vitest";
import { aiNations, canJoin, controllerOf, defaultSeatName } from "../../../shared/match";
import { emptyMatch, ok, play, refused, started, table } from "./table";

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
