/** matchView shares what seats of one kind see (one game view per live state and kind), and never across kinds. */
import { describe, expect, it } from "vitest";
import { matchView } from "../../../shared/match";
import { ok, play, table, T0 } from "./table";

describe("matchView sharing", () => {
  it("gives seats of the same kind the same game view object, and different kinds different ones", () => {
    const m = play(table(), [
      ["pk2", { type: "join", name: "Kay", role: "player" }],
      ["pk2", { type: "choose_seat", nation: "korea" }],
      ["fac", { type: "start" }],
    ]);
    expect(matchView(m, "pk2").view).toBe(matchView(m, "pk").view);
    expect(matchView(m, "pk").chat).toBe(matchView(m, "pk2").chat);
    expect(matchView(m, "pk").view).not.toBe(matchView(m, "pu").view);
    expect(matchView(m, "pk").view!.own.map((n) => n.id)).toEqual(["korea"]);
    expect(matchView(m, "pu").view!.own.map((n) => n.id)).toEqual(["uae"]);
    expect(matchView(m, "proj").view!.own).toEqual([]);
    expect(matchView(m, "fac").view!.own).toHaveLength(m.state.order.length);
    expect(matchView(m, "pk").you.name).toBe("Kim");
    expect(matchView(m, "pk2").you.name).toBe("Kay");
  });

  it("keeps the game view across changes that leave the state alone, and hides a player's secrets until the seat is final", () => {
    const m = table();
    const next = ok(m, "pk", { type: "chat", to: "all", text: "hello" }, T0).match;
    expect(matchView(next, "pk").view).toBe(matchView(m, "pk").view);
    const secret = (v: ReturnType<typeof matchView>): number => v.view!.own[0].objectives.filter((o) => o.secret).length;
    expect(secret(matchView(m, "pk"))).toBe(0);
    expect(secret(matchView(ok(m, "fac", { type: "start" }).match, "pk"))).toBeGreaterThan(0);
    expect(matchView(m, "fac").view!.own.some((n) => n.objectives.some((o) => o.secret))).toBe(true);
  });

  it("keeps the parts a change leaves alone as the same objects (the diff skips them), and never a part that changed", () => {
    const m = table();
    const before = { pu: matchView(m, "pu"), pk: matchView(m, "pk") };
    const next = ok(m, "pk", { type: "chat", to: "india", text: "to india" }, T0).match;
    expect(matchView(next, "pu").chat).toBe(before.pu.chat);
    expect(matchView(next, "pu").seats).toBe(before.pu.seats);
    expect(matchView(next, "pk").chat).not.toBe(before.pk.chat);
    expect(matchView(next, "pk").chat.at(-1)?.text).toBe("to india");
  });
});
