// shared/engine/det-math.ts: close to Math over wide ranges, and the same bits on every engine (the pinned patterns
// were computed on Node 20 and Node 24 alike; a runtime that produced other bits would make replays hash differently).
import { describe, expect, it } from "vitest";
import { exp, ln, log2, pow, powInt } from "../../shared/engine/det-math";

const bits = (x: number): string => {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  return view.getBigUint64(0).toString(16).padStart(16, "0");
};
const close = (got: number, want: number, tol = 1e-12): void => {
  if (want === 0) expect(Math.abs(got)).toBeLessThan(tol);
  else expect(Math.abs(got - want) / Math.abs(want)).toBeLessThan(tol);
};
/** Log-spaced sample of [lo, hi] that also lands on awkward mantissas. */
const sample = (lo: number, hi: number, n = 2000): number[] =>
  Array.from({ length: n }, (_, i) => Math.exp(Math.log(lo) + (Math.log(hi) - Math.log(lo)) * ((i + 0.37) / n)));

describe("det-math", () => {
  it("ln and log2 match Math within 1e-12 relative from 1e-300 to 1e300", () => {
    for (const x of sample(1e-300, 1e300)) {
      if (Math.abs(x - 1) > 1e-3) close(ln(x), Math.log(x));
      if (Math.abs(x - 1) > 1e-3) close(log2(x), Math.log2(x));
    }
    for (const x of sample(0.5, 2)) {
      expect(Math.abs(ln(x) - Math.log(x))).toBeLessThan(1e-15);
      expect(Math.abs(log2(x) - Math.log2(x))).toBeLessThan(1e-15);
    }
  });

  it("exp matches Math within 1e-12 relative from −700 to 700", () => {
    for (let i = 0; i <= 4000; i++) {
      const x = -700 + (1400 * (i + 0.37)) / 4000;
      close(exp(x), Math.exp(x));
    }
  });

  it("pow matches Math for the engine's kind of arguments, and integer powers multiply", () => {
    for (const x of sample(1e-3, 1e4, 500)) for (const y of [0.4, 0.5, 1.5, -0.7, 2.25]) close(pow(x, y), Math.pow(x, y));
    for (const x of [0.98, 0.9, 0.75, 10, 1.5, -2]) for (let n = -40; n <= 80; n++) close(powInt(x, n), Math.pow(x, n));
    expect(powInt(10, 3)).toBe(1000);
    expect(log2(1024)).toBe(10);
    expect(exp(0)).toBe(1);
    expect(ln(1)).toBe(0);
    expect(() => powInt(2, 0.5)).toThrow(RangeError);
    expect(ln(-1)).toBeNaN();
    expect(ln(0)).toBe(-Infinity);
    expect(pow(0, 0.4)).toBe(0);
  });

  it("gives the same bits on every runtime", () => {
    const pinned: [string, number, number | undefined, string][] = [
      ["pow", 3.7, 0.4, "3ffb009662245f0a"],
      ["pow", 0.02, 0.4, "3fcac4b4102da8f0"],
      ["powInt", 0.98, 37, "3fde4e9fe6bf44dc"],
      ["powInt", 0.9, 5, "3fe2e54b48d3ae6a"],
      ["powInt", 10, -3, "3f50624dd2f1a9fc"],
      ["ln", 9, undefined, "400193ea7aad030b"],
      ["ln", 1e-7, undefined, "c0301e3b843eaa73"],
      ["log2", 1.2345, undefined, "3fd373898bc3ecbb"],
      ["log2", 12345.678, undefined, "402b2ef5b86e63d0"],
      ["exp", -3.25, undefined, "3fa3da368521902d"],
      ["exp", 42.5, undefined, "43c3e5d83907a3dc"],
    ];
    const fns: Record<string, (a: number, b: number) => number> = { pow, powInt, ln, log2, exp };
    for (const [name, a, b, want] of pinned) expect(bits(fns[name](a, b ?? 0)), `${name}(${a}${b === undefined ? "" : `, ${b}`})`).toBe(want);
  });
});
