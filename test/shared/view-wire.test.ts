/**
 * The view's wire form and compact patch (shared/protocol/view-wire.ts): derivable parts are left out only when
 * the client derives exactly the same, and patches are small where a list drops its oldest entries or reorders.
 */
import { describe, expect, it } from "vitest";
import { matchView } from "../../shared/match";
import { packModel, rfcOps, unpackModel, wirePatch } from "../../shared/protocol/view-wire";
import { applyViewPatch } from "../../shared/protocol/view-stream";
import type { RoomModel } from "../../shared/protocol/room-model";
import { started } from "./match/table";

const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

describe("view wire form", () => {
  it("sends the facilitator each public nation as a reference to its own copy, and unpacks exactly", () => {
    const m = started();
    const model = json(matchView(m, "fac"));
    const wire = packModel(model) as unknown as RoomModel;
    expect(wire.view!.nations.every((n) => (n as unknown as { $own?: number }).$own === 1)).toBe(true);
    expect(unpackModel(packModel(model))).toEqual(model);
    expect(JSON.stringify(wire.view!.nations).length).toBeLessThan(JSON.stringify(model.view!.nations).length * 0.1);
  });

  it("sends a public nation in full when it is not what the own copy gives, and leaves out only figures equal to its last history row", () => {
    const model = json(matchView(started(), "pk"));
    const korea = model.view!.nations.find((n) => n.id === "korea")!;
    korea.score += 1;
    const uae = model.view!.nations.find((n) => n.id === "uae")!;
    uae.capability += 0.25;
    const wire = packModel(model) as unknown as RoomModel;
    const wk = wire.view!.nations.find((n) => n.id === "korea")!;
    const wu = wire.view!.nations.find((n) => n.id === "uae")!;
    expect(wk.score).toBe(korea.score);
    expect(wu.capability).toBe(uae.capability);
    expect("compute" in wu).toBe(false);
    expect(unpackModel(packModel(model))).toEqual(model);
  });

  it("patches a list that drops its oldest entries with removes at the front, not a rewrite of every entry", () => {
    const line = (id: number) => ({ id, turn: 1, from: "korea", fromName: "Kim", to: "all", text: `line number ${id} with some words` });
    const model = json(matchView(started(), "pk"));
    const before = packModel({ ...model, chat: [1, 2, 3, 4, 5, 6].map(line) });
    const after = packModel({ ...model, chat: [3, 4, 5, 6, 7].map(line) });
    const ops = wirePatch(before, after);
    expect(rfcOps(ops)).toEqual([
      { op: "remove", path: "/chat/0" },
      { op: "remove", path: "/chat/0" },
      { op: "add", path: "/chat/4", value: line(7) },
    ]);
    expect(applyViewPatch(before, ops)).toEqual(after);
  });

  it("replaces a short list whole when that is smaller than its element changes, and shares path prefixes", () => {
    const model = json(matchView(started(), "pk"));
    const before = packModel({ ...model, readyNations: ["korea", "uae"] });
    const after = packModel({ ...model, readyNations: ["india", "korea", "uae"], deadline: model.deadline + 1, remainingMs: 5 });
    const ops = wirePatch(before, after);
    expect(rfcOps(ops)).toEqual([
      { op: "replace", path: "/deadline", value: model.deadline + 1 },
      { op: "replace", path: "/remainingMs", value: 5 },
      { op: "replace", path: "/readyNations", value: ["india", "korea", "uae"] },
    ]);
    expect(applyViewPatch(before, ops)).toEqual(after);
    const nested = wirePatch(packModel(model), packModel({ ...model, you: { ...model.you, name: "A", sessionId: "B" } }));
    expect(nested.map((o) => o.slice(0, 3))).toEqual([
      [2, 0, ["you", "sessionId"]],
      [2, 1, ["name"]],
    ]);
  });
});
