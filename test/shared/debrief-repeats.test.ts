/** The debrief shows a line repeated in one timeline row once, with its count (#19). */
import { describe, expect, it } from "vitest";
import { sumRepeats } from "../../shared/debrief/repeats";

describe("sumRepeats", () => {
  it("keeps single lines as they are, in order", () => {
    expect(sumRepeats(["A.", "B", "C."])).toEqual(["A.", "B", "C."]);
  });

  it("sums identical lines into one with its count, at the place of the first", () => {
    const quote = "Signed Penguin Solutions's quote: 11,363 NVIDIA Vera Rubin NVL144 at US$100k each (US$1.13B); due Q1 2027 if HBM allows.";
    expect(sumRepeats([quote, "Other news.", quote, "Held", "Held", "Held"])).toEqual([
      "Signed Penguin Solutions's quote: 11,363 NVIDIA Vera Rubin NVL144 at US$100k each (US$1.13B); due Q1 2027 if HBM allows (×2).",
      "Other news.",
      "Held (×3)",
    ]);
  });

  it("empty stays empty", () => {
    expect(sumRepeats([])).toEqual([]);
  });
});
