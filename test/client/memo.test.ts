/** The panels' render skipping (client/app/views/memo.ts): shallow identity of props and of hosted elements. */
import { describe, expect, it } from "vitest";
import { h } from "preact";
import { sameChild, shallowSame } from "../../client/app/views/memo";

describe("memo comparisons", () => {
  const v = { turn: 1 };
  it("compares props by identity", () => {
    expect(shallowSame({ v, n: 1 }, { v, n: 1 })).toBe(true);
    expect(shallowSame({ v, n: 1 }, { v: { turn: 1 }, n: 1 })).toBe(false);
    expect(shallowSame({ v }, { v, n: 1 })).toBe(false);
  });
  it("treats elements of the same type, key and props as the same child", () => {
    const A = () => null;
    expect(sameChild(h(A, { v, key: "k" }), h(A, { v, key: "k" }))).toBe(true);
    expect(sameChild(h(A, { v, key: "k" }), h(A, { v, key: "j" }))).toBe(false);
    expect(sameChild(h(A, { v }), h(A, { v: { turn: 1 } }))).toBe(false);
    expect(sameChild("x", "x")).toBe(true);
    expect(sameChild(null, h(A, {}))).toBe(false);
  });
});
