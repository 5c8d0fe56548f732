/** The check's five questions: drawn from five different claims, one right answer each, every source id in the registry. */
import { describe, expect, it } from "vitest";
import { CHECK_QUESTIONS } from "../../shared/debrief/check-questions";
import { citedIds } from "../../shared/sources/ids";
import sources from "../../shared/sources/sources.json";

const known = new Set(
  JSON.stringify(sources)
    .match(/"id":"([A-Z]\d{1,3}[a-z]?)"/g)!
    .map((m) => m.slice(6, -1)),
);

describe("check questions", () => {
  it("are five, on five different claims of the learning points", () => {
    expect(CHECK_QUESTIONS).toHaveLength(5);
    expect(new Set(CHECK_QUESTIONS.map((q) => q.claim)).size).toBe(5);
    expect(new Set(CHECK_QUESTIONS.map((q) => q.id)).size).toBe(5);
  });

  it("each has distinct options, a right answer among them and a reason citing sources that exist", () => {
    for (const q of CHECK_QUESTIONS) {
      expect(new Set(q.options).size).toBe(q.options.length);
      expect(q.correct).toBeGreaterThanOrEqual(0);
      expect(q.correct).toBeLessThan(q.options.length);
      expect(q.why.length).toBeGreaterThan(40);
      const ids = citedIds(q.sources);
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(known.has(id), `${q.id} cites ${id}`).toBe(true);
    }
  });

  it("does not always put the right answer in the same place", () => {
    expect(new Set(CHECK_QUESTIONS.map((q) => q.correct)).size).toBeGreaterThan(2);
  });
});
