/** Chat rules: who speaks for whom, no private line to oneself, a rate limit that refills with time, the facilitator's broadcast. */
import { describe, expect, it } from "vitest";
import { ok, play, refused, started, T0 } from "./table";

describe("chat rules", () => {
  it("sends lines from the seat's nation (or 'facilitator'), numbered in order", () => {
    const m = play(started(), [
      ["pk", { type: "chat", to: "all", text: "hello" }],
      ["fac", { type: "chat", to: "uae", text: "psst" }],
    ]);
    expect(m.chat.map((l) => [l.id, l.from, l.to, l.text])).toEqual([
      [1, "korea", "all", "hello"],
      [2, "facilitator", "uae", "psst"],
    ]);
    expect(refused(m, "pk", { type: "chat", to: "korea", text: "me" })).toMatchObject({ code: "malformed", reason: "chat/self" });
    expect(refused(m, "proj", { type: "chat", to: "all", text: "hi" })).toMatchObject({ code: "no_seat", reason: "chat/no_seat" });
    expect(refused(m, "pk", { type: "chat", to: "atlantis", text: "hi" })).toMatchObject({ code: "not_found", reason: "nation/unknown" });
  });

  it("allows a burst of five, then one line every two seconds", () => {
    let m = started();
    for (let i = 0; i < 5; i++) m = ok(m, "pk", { type: "chat", to: "all", text: `line ${i}` }, T0).match;
    expect(refused(m, "pk", { type: "chat", to: "all", text: "too fast" }, T0 + 1000)).toMatchObject({ code: "rate_limited", reason: "chat/too_fast" });
    m = ok(m, "pk", { type: "chat", to: "all", text: "later" }, T0 + 2000).match;
    expect(m.chat).toHaveLength(6);
    // Another seat has its own bucket.
    expect(ok(m, "pu", { type: "chat", to: "all", text: "mine" }, T0 + 2000).outcome.ok).toBe(true);
  });

  it("broadcasts a banner and a chat line from the facilitator only", () => {
    const step = ok(started(), "fac", { type: "broadcast", text: "Five minutes left" });
    expect(step.match.broadcast).toBe("Five minutes left");
    expect(step.effects).toMatchObject([{ kind: "chat", line: { from: "facilitator", to: "all", text: "Five minutes left" } }]);
    expect(refused(started(), "pk", { type: "broadcast", text: "x" })).toMatchObject({ reason: "actor/not_facilitator" });
  });
});
