/** Structural sharing of read models (client/net/share.ts): unchanged parts keep their identity, the result equals the new model. */
import { describe, expect, it } from "vitest";
import { shareUnchanged } from "../../client/net/share";

describe("shareUnchanged", () => {
  const prev = {
    chat: [{ id: 1, text: "hi" }],
    view: {
      turn: 1,
      nations: [
        { id: "kr", score: 1 },
        { id: "jp", score: 2 },
      ],
    },
    ready: [] as string[],
  };
  it("keeps every unchanged subtree and replaces only the changed path", () => {
    const next = JSON.parse(JSON.stringify(prev)) as typeof prev;
    next.chat.push({ id: 2, text: "yo" });
    const out = shareUnchanged(prev, next);
    expect(out).toEqual(next);
    expect(out).not.toBe(prev);
    expect(out.view).toBe(prev.view);
    expect(out.ready).toBe(prev.ready);
    expect(out.chat).not.toBe(prev.chat);
    expect(out.chat[0]).toBe(prev.chat[0]);
  });
  it("returns the old model when nothing changed, and new values where they differ", () => {
    expect(shareUnchanged(prev, JSON.parse(JSON.stringify(prev)))).toBe(prev);
    const next = JSON.parse(JSON.stringify(prev)) as typeof prev;
    next.view.nations[1].score = 3;
    const out = shareUnchanged(prev, next);
    expect(out.view).not.toBe(prev.view);
    expect(out.view.nations[0]).toBe(prev.view.nations[0]);
    expect(out.view.nations[1]).toEqual({ id: "jp", score: 3 });
    expect(out.chat).toBe(prev.chat);
  });
  it("handles removed keys, shorter arrays and type changes", () => {
    const a = { x: [1, 2, 3], y: { z: 1 } as Record<string, unknown>, w: null as unknown };
    const b = { x: [1, 2], y: {} as Record<string, unknown>, w: [1] as unknown };
    expect(shareUnchanged(a, b)).toEqual(b);
  });
});
