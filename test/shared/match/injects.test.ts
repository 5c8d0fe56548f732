/** Facilitator injects: scheduled for a turn, refused in the past or after the end, played at that turn's resolution. */
import { describe, expect, it } from "vitest";
import { BASE_DECK } from "../../../shared/engine/deck";
import { firstInjectTurn, tick } from "../../../shared/match";
import { at, ok, refused, started, table } from "./table";

const card = BASE_DECK[0];

describe("inject scheduling", () => {
  it("schedules from the lobby and plays the card at its turn's resolution only", () => {
    const lobby = table();
    expect(firstInjectTurn(lobby)).toBe(1);
    let m = ok(lobby, "fac", { type: "inject", card, turn: 2 }).match;
    expect(m.injects).toEqual([{ turn: 2, card }]);
    m = ok(m, "fac", { type: "start" }).match;
    m = at(m, m.clock.deadline);
    const one = tick(m, m.clock.deadline);
    const r1 = one.effects.find((e) => e.kind === "resolved");
    expect(r1?.kind === "resolved" && r1.injects).toEqual([]);
    m = at(one.match, one.match.clock.deadline);
    m = at(m, m.clock.deadline);
    const two = tick(m, m.clock.deadline);
    const r2 = two.effects.find((e) => e.kind === "resolved");
    expect(r2?.kind === "resolved" && r2.injects).toEqual([card]);
  });

  it("refuses a turn already being resolved, a turn after the end, and anyone but the facilitator", () => {
    const m = started();
    expect(refused(m, "pk", { type: "inject", card, turn: 1 })).toMatchObject({ code: "forbidden", reason: "actor/not_facilitator" });
    const closing = at(m, m.clock.deadline);
    expect(firstInjectTurn(closing)).toBe(2);
    expect(refused(closing, "fac", { type: "inject", card, turn: 1 })).toMatchObject({
      code: "stale_turn",
      reason: "inject/past_turn",
      params: { turn: 1, first: 2 },
    });
    expect(refused(m, "fac", { type: "inject", card, turn: m.state.maxTurns + 1 })).toMatchObject({ code: "not_in_phase", reason: "inject/after_end" });
  });
});
