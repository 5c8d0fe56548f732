/** The seeded PRNG and the stable hash. */
import { describe, expect, it } from "vitest";
import { nextFloat, nextInt, seedRng } from "../../shared/engine/rng";
import { hash64, stableStringify } from "../../shared/engine/hash";

describe("rng", () => {
  it("is reproducible from the seed and differs between seeds", () => {
    const a = seedRng(42),
      b = seedRng(42),
      c = seedRng(43);
    const xs = Array.from({ length: 5 }, () => nextFloat(a));
    expect(Array.from({ length: 5 }, () => nextFloat(b))).toEqual(xs);
    expect(Array.from({ length: 5 }, () => nextFloat(c))).not.toEqual(xs);
  });
  it("stays in range and is roughly uniform", () => {
    const st = seedRng(1);
    const buckets = new Array(10).fill(0);
    for (let i = 0; i < 10_000; i++) {
      const x = nextFloat(st);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
      buckets[nextInt(st, 10)]++;
    }
    for (const b of buckets) expect(b).toBeGreaterThan(800);
  });
  it("its state is plain JSON", () => {
    const st = seedRng(9);
    nextFloat(st);
    expect(JSON.parse(JSON.stringify(st))).toEqual(st);
  });
});

describe("hash", () => {
  it("ignores key order and sees every value", () => {
    expect(stableStringify({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe('{"a":[1,{"c":3,"d":2}],"b":1}');
    expect(hash64(stableStringify({ a: 1, b: 2 }))).toBe(hash64(stableStringify({ b: 2, a: 1 })));
    expect(hash64("x")).not.toBe(hash64("y"));
    expect(hash64("abc")).toMatch(/^[0-9a-f]{16}$/);
  });
});
