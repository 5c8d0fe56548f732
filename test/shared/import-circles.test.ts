/**
 * Import circles (value imports; type-only ones are erased): none may appear in shared/, server/ or client/
 * beyond the ones listed here, which are known debt (issue #15). When a change breaks one, its entry must go.
 * The engine's circle went by leaves below it: rates.ts, software.ts, offtake-book.ts, lease-compute.ts, and
 * order-cost.ts / quote-check.ts above quotes.ts (which prices, unchecked).
 */
import { describe, expect, it } from "vitest";
import { importCircles, importGraph } from "./import-graph";

/** Known circles, by folder (each a sorted list of files); `shared` is the whole tree, across its folders. */
const KNOWN: Record<string, string[][]> = {
  shared: [],
  "shared/engine": [],
  "shared/match": [],
  "shared/protocol": [],
  "shared/ai": [],
  server: [],
  client: [["app/join-page", "app/landing"]],
};

describe("import circles", () => {
  for (const [dir, known] of Object.entries(KNOWN)) {
    it(`${dir} has only its known circles`, () => {
      expect(importCircles(importGraph(dir))).toEqual(known);
    });
  }

  it("finds a circle when there is one, and none in a chain", () => {
    const g = new Map([
      ["a", ["b"]],
      ["b", ["c"]],
      ["c", ["a"]],
      ["d", ["a"]],
    ]);
    expect(importCircles(g)).toEqual([["a", "b", "c"]]);
    expect(
      importCircles(
        new Map([
          ["a", ["b"]],
          ["b", ["c"]],
          ["c", []],
        ]),
      ),
    ).toEqual([]);
  });
});
