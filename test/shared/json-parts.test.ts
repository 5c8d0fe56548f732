/** JSON split into parts and joined back: any object or array round-trips, and a resolution re-sends only the parts that changed. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { joinJson, splitJson } from "../../shared/protocol/json-parts";
import { createGame, resolveTurn, viewFor } from "../../shared/engine";
import { presetScenario } from "../../shared/scenario/presets";

const parsed = (m: Map<string, string>): [string, unknown][] => [...m].map(([k, v]) => [k, JSON.parse(v)]);

describe("json parts", () => {
  it("round-trips any object or array of JSON values", () => {
    const leaf = fc.oneof(fc.integer(), fc.string(), fc.boolean(), fc.constant(null), fc.double({ noNaN: true, noDefaultInfinity: true }));
    const record = fc.dictionary(fc.string({ minLength: 1 }).filter((k) => !k.includes("#") && k !== "__proto__"), fc.oneof(leaf, fc.array(leaf)));
    const value = fc.record({ a: leaf, list: fc.array(record), nested: fc.array(fc.array(leaf)), obj: record });
    fc.assert(fc.property(value, (v) => {
      expect(joinJson(parsed(splitJson(v)), "object")).toEqual(JSON.parse(JSON.stringify(v)));
    }), { numRuns: 200, seed: 42 });
    fc.assert(fc.property(fc.array(record), (v) => {
      expect(joinJson(parsed(splitJson(v)), "array")).toEqual(JSON.parse(JSON.stringify(v)));
    }), { numRuns: 100, seed: 42 });
  });

  it("a real nation round-trips, and a quarter appends one history part without re-sending the old ones", () => {
    let s = createGame(presetScenario("full"), 5);
    const own = () => viewFor(s, { kind: "nation", nation: "korea" }).own[0];
    const before = splitJson(own());
    expect(joinJson(parsed(before), "object")).toEqual(JSON.parse(JSON.stringify(own())));
    s = resolveTurn(s, {}).state;
    const after = splitJson(own());
    const history = [...after.keys()].filter((k) => k.startsWith("history#"));
    const changed = history.filter((k) => before.get(k) !== after.get(k));
    expect(changed).toEqual([`history#${history.length - 1}`]);
  });
});
