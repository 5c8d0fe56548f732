import { describe, expect, it } from "vitest";
import { shareUnchanged } from "../../shared/engine/share";
import { createGame, resolveTurn } from "../../shared/engine";
import { presetScenario } from "../../shared/scenario/presets";

describe("shareUnchanged", () => {
  it("keeps deep-equal subtrees as the previous objects and changes neither input", () => {
    const prev = { a: { x: 1, list: [{ id: 1 }, { id: 2 }] }, b: [1, 2], c: { y: 2 } };
    const next = { a: { x: 1, list: [{ id: 1 }, { id: 3 }] }, b: [1, 2], c: { y: 2 } };
    const nextText = JSON.stringify(next);
    const out = shareUnchanged(prev, next);
    expect(out).toEqual(next);
    expect(JSON.stringify(out)).toBe(nextText);
    expect(JSON.stringify(next)).toBe(nextText);
    expect(out.b).toBe(prev.b);
    expect(out.c).toBe(prev.c);
    expect(out.a.list[0]).toBe(prev.a.list[0]);
    expect(out.a.list[1]).toBe(next.a.list[1]);
    expect(out.a).not.toBe(prev.a);
    expect(prev.a.list[1].id).toBe(2);
  });

  it("returns the previous object when everything is equal, and next where keys differ in order or number", () => {
    const prev = { a: 1, b: [1] };
    expect(shareUnchanged(prev, { a: 1, b: [1] })).toBe(prev);
    const reordered = { b: [1], a: 1 };
    const out = shareUnchanged(prev, reordered);
    expect(Object.keys(out)).toEqual(["b", "a"]);
    expect(out.b).toBe(prev.b);
    const longer = [1, 2, 3];
    expect(shareUnchanged([1, 2], longer)).toEqual(longer);
  });

  it("after a resolution, the parts a turn leaves alone are the state's previous objects", () => {
    const s0 = createGame(presetScenario("workshop"), 7);
    const s1 = shareUnchanged(s0, resolveTurn(s0, {}).state);
    expect(s1).toEqual(resolveTurn(s0, {}).state);
    expect(s1.scoring).toBe(s0.scoring);
    const id = s0.order[0];
    expect(s1.nations[id].history[0]).toBe(s0.nations[id].history[0]);
    expect(s1.log.slice(0, s0.log.length).every((e, i) => e === s0.log[i])).toBe(true);
  });
});
