/** The turn cycle as functions: lobby → orders → resolution → results → next orders … → ended, driven by intents and tick(now). */
import { describe, expect, it } from "vitest";
import { applyIntent, RESOLUTION_DELAY_MS, tick } from "../../../shared/match";
import { at, ok, refused, SETTINGS, started, T0, table } from "./table";

describe("match phases", () => {
  it("starts from the lobby only on the facilitator's command, with the turn's deadline", () => {
    const m = table();
    expect(m.phase).toBe("lobby");
    expect(refused(m, "pk", { type: "start" })).toMatchObject({ code: "forbidden", reason: "actor/not_facilitator" });
    const s = ok(m, "fac", { type: "start" }).match;
    expect(s.phase).toBe("orders");
    expect(s.clock.deadline).toBe(T0 + SETTINGS.turnSeconds * 1000);
    expect(refused(s, "fac", { type: "start" })).toMatchObject({ code: "not_in_phase", reason: "phase/started" });
  });

  it("does nothing before the deadline (same object), then closes orders, resolves after the delay and shows results", () => {
    const m = started();
    const deadline = m.clock.deadline;
    expect(tick(m, deadline - 1).match).toBe(m);
    const closing = at(m, deadline);
    expect(closing.phase).toBe("resolution");
    expect(closing.state.turn).toBe(1);
    const step = tick(closing, deadline + RESOLUTION_DELAY_MS);
    expect(step.match.phase).toBe("results");
    expect(step.match.state.turn).toBe(2);
    const resolved = step.effects.find((e) => e.kind === "resolved");
    expect(resolved && resolved.kind === "resolved" && resolved.turn).toBe(1);
    // Nobody gave orders: the seated humans hold, the empty nation (absent = "ai") is played by the AI.
    if (resolved?.kind === "resolved") {
      expect(resolved.orders.korea).toEqual([{ type: "hold", turn: 1 }]);
      expect(resolved.orders.india.some((o) => o.type !== "hold")).toBe(true);
    }
    const next = at(step.match, deadline + RESOLUTION_DELAY_MS + SETTINGS.resultsSeconds * 1000);
    expect(next.phase).toBe("orders");
    expect(next.clock.deadline).toBe(deadline + RESOLUTION_DELAY_MS + SETTINGS.resultsSeconds * 1000 + SETTINGS.turnSeconds * 1000);
  });

  it("ends after the last turn's results", () => {
    let m = started();
    let now = T0;
    while (m.phase !== "ended") {
      now = m.clock.deadline;
      m = at(m, now);
    }
    expect(m.state.finished).toBe(true);
    expect(m.state.turn).toBeGreaterThanOrEqual(m.state.maxTurns);
    expect(m.clock.deadline).toBe(0);
    expect(refused(m, "fac", { type: "end" })).toMatchObject({ code: "not_in_phase", reason: "phase/ended" });
  });

  it("pauses with the time left, resumes with it, extends it and force-resolves", () => {
    const m = started();
    const paused = ok(m, "fac", { type: "pause" }, T0 + 10_000).match;
    expect(paused.clock).toEqual({ paused: true, deadline: 0, remainingMs: 50_000 });
    expect(tick(paused, T0 + 999_999).match).toBe(paused);
    expect(refused(paused, "fac", { type: "pause" })).toMatchObject({ reason: "clock/paused" });
    const longer = ok(paused, "fac", { type: "extend", seconds: 30 }).match;
    expect(longer.clock.remainingMs).toBe(80_000);
    const resumed = ok(longer, "fac", { type: "resume" }, T0 + 100_000).match;
    expect(resumed.clock).toEqual({ paused: false, deadline: T0 + 180_000, remainingMs: 80_000 });
    expect(refused(resumed, "fac", { type: "resume" })).toMatchObject({ code: "not_in_phase", reason: "clock/not_paused" });
    const shorter = ok(resumed, "fac", { type: "extend", seconds: -3600 }, T0 + 100_000).match;
    expect(shorter.clock.deadline).toBe(T0 + 100_000 + 3000);
    const forced = ok(resumed, "fac", { type: "force_resolve" }, T0 + 100_000).match;
    expect(forced.phase).toBe("resolution");
    expect(refused(forced, "fac", { type: "force_resolve" })).toMatchObject({ code: "not_in_phase", reason: "phase/orders_closed" });
    expect(refused(table(), "fac", { type: "pause" })).toMatchObject({ reason: "clock/nothing_to_pause" });
  });

  it("never changes the match it is given", () => {
    const m = started();
    const before = JSON.stringify(m);
    applyIntent(m, "fac", { type: "force_resolve" }, T0);
    tick(m, m.clock.deadline);
    applyIntent(m, "pk", { type: "ready", turn: 1, ready: true }, T0);
    expect(JSON.stringify(m)).toBe(before);
  });

  it("after a restart marks everyone disconnected and gives a running turn a grace period", () => {
    const m = started();
    const later = m.clock.deadline - 1000;
    const r = ok(m, "system", { type: "restore" }, later).match;
    expect(r.seats.every((s) => !s.connected)).toBe(true);
    expect(r.clock.deadline).toBe(later + 15_000);
    expect(refused(m, "pk", { type: "restore" })).toMatchObject({ code: "forbidden", reason: "actor/not_system" });
  });
});
