/**
 * The view's wire form and compact patch (shared/protocol/view-wire.ts): derivable parts are left out only when
 * the client derives exactly the same, and patches are small where a list drops its oldest entries or reorders.
 */
import { describe, expect, it } from "vitest";
import { matchView } from "../../shared/match";
import { packModel, rfcOps, unpackModel, wirePatch } from "../../shared/protocol/view-wire";
import { applyViewPatch } from "../../shared/protocol/view-stream";
import type { RoomModel } from "../../shared/protocol/room-model";
import type { WireModel } from "../../shared/protocol/view-wire";
import type { Intent, Match } from "../../shared/match";
import { at, play, started, T0 } from "./match/table";
import { baselineOrders } from "../../shared/ai/baseline";
import { eventSources } from "../../shared/engine/event-meta";

/** The test table after two resolved turns with the AI's baseline orders (news, history rows, last-quarter causes). */
function played(): Match {
  let m = started();
  for (const turn of [1, 2]) {
    const steps: [string, Intent][] = [];
    for (const [seat, nation] of [
      ["pk", "korea"],
      ["pu", "uae"],
    ] as const) {
      for (const order of baselineOrders(m.state, nation)) steps.push([seat, { type: "add_order", order }]);
      steps.push([seat, { type: "chat", to: "all", text: `turn ${turn}` }]);
    }
    steps.push(["fac", { type: "force_resolve" }]);
    m = play(m, steps);
    for (let now = T0 + 10_000; m.phase !== "orders" && now < T0 + 100_000; now += 10_000) m = at(m, now);
  }
  expect(m.state.turn).toBe(3);
  return m;
}

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
    // A line travels without what the line before gives (its turn, its id as the previous + 1, `to` "all"): the new first line gets them back.
    expect(rfcOps(ops)).toEqual([
      { op: "remove", path: "/chat/0" },
      { op: "remove", path: "/chat/0" },
      { op: "add", path: "/chat/0/id", value: 3 },
      { op: "add", path: "/chat/0/turn", value: 1 },
      { op: "add", path: "/chat/4", value: { from: "korea", fromName: "Kim", text: "line number 7 with some words" } },
    ]);
    expect(applyViewPatch(before, ops)).toEqual(after);
    expect(unpackModel(applyViewPatch(before, ops)).chat).toEqual([3, 4, 5, 6, 7].map(line));
  });

  it("matches list entries by their JSON text, not by identity: new objects with the same text match, key order counts", () => {
    const wire = (list: object[]) => ({ list }) as unknown as WireModel;
    const row = (id: number) => ({ id, x: `row ${id}` });
    const before = wire([1, 2, 3, 4].map(row));
    // New objects with the same text: the first entry dropped is found.
    expect(rfcOps(wirePatch(before, wire([2, 3, 4].map(row))))).toEqual([{ op: "remove", path: "/list/0" }]);
    // The same entries with their keys in another order are other JSON texts: no entry matches, so no shift.
    const reordered = wirePatch(before, wire([2, 3, 4].map((id) => ({ x: `row ${id}`, id }))));
    expect(rfcOps(reordered)[0]).not.toEqual({ op: "remove", path: "/list/0" });
    expect(applyViewPatch(before, reordered)).toEqual(wire([2, 3, 4].map((id) => ({ x: `row ${id}`, id }))));
  });

  it("leaves out of each event what its code gives, and of each list entry what its place gives, and puts them back exactly", () => {
    const m = played();
    for (const seat of ["pk", "fac", "proj"]) {
      const model = json(matchView(m, seat));
      const wire = packModel(model) as unknown as RoomModel;
      const news = wire.view!.news as unknown as Record<string, unknown>[];
      expect(news.length).toBeGreaterThan(0);
      expect(news.some((e) => "kind" in e || e.nation === null)).toBe(false);
      expect(unpackModel(packModel(model))).toEqual(model);
    }
    const own = (packModel(json(matchView(m, "pk"))) as unknown as RoomModel).view!.own[0];
    expect(own.dataCentres.some((d) => "nation" in d)).toBe(false);
    expect(own.history.some((h, i) => i > 0 && "turn" in h)).toBe(false);
    expect(own.lastTurn!.figures.some((f) => "change" in f)).toBe(false);
  });

  it("keeps an event's sources when they are not what its code gives, and says so when it has none", () => {
    const model = json(matchView(played(), "pk"));
    const news = model.view!.news;
    const i = news.findIndex((e) => eventSources(e) !== undefined);
    expect(i).toBeGreaterThanOrEqual(0);
    const odd = { ...model, view: { ...model.view!, news: news.map((e, j) => (j === i ? { ...e, sources: ["X1"] } : e)) } };
    expect(unpackModel(packModel(odd))).toEqual(odd);
    const none = { ...model, view: { ...model.view!, news: news.map((e, j) => (j === i ? { ...e, sources: undefined } : e)) } };
    const back = unpackModel(packModel(json(none)));
    expect(back.view!.news[i].sources).toBeUndefined();
    expect(back).toEqual(json(none));
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
