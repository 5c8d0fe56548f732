/** The one describer: every refusal code has a sentence, the sentences read their figures, and the engine and the match write no English. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createGame, RuleError, validateOrder } from "../../shared/engine";
import { describeRefusal, describeViolation, REFUSAL_TEXT, VIOLATION_TEXT } from "../../shared/describe/refusals";
import { usd } from "../../shared/describe/money";
import { testScenario } from "./fixture-scenario";

const sources = (dir: string): { file: string; text: string }[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => ({ file: join(dir, f), text: readFileSync(join(dir, f), "utf8") }));
const engine = sources("shared/engine");
const match = sources("shared/match");
const keysIn = (files: { text: string }[], re: RegExp): string[] => [...new Set(files.flatMap((f) => [...f.text.matchAll(re)].map((m) => m[1])))];

/** Parameters that answer any name with a figure, to read every sentence once. */
const anyParams = new Proxy({}, { get: (_t, k) => (typeof k === "string" ? (k.startsWith("enabled") ? true : 7) : undefined) });

describe("the describer", () => {
  const rejectKeys = keysIn(engine, /reject\("([^"]+)"/g);
  const refuseReasons = keysIn(match, /refuse\(\s*"[a-z_]+",\s*"([^"]+)"/g);

  it("has a sentence for every key the engine rejects with and every reason the match refuses with", () => {
    expect(rejectKeys.length).toBeGreaterThan(40);
    expect(refuseReasons.length).toBeGreaterThan(40);
    expect(rejectKeys.filter((k) => !VIOLATION_TEXT[k])).toEqual([]);
    expect(refuseReasons.filter((k) => !REFUSAL_TEXT[k])).toEqual([]);
    // and no sentence is left over for a key nobody uses
    expect(Object.keys(VIOLATION_TEXT).filter((k) => !rejectKeys.includes(k))).toEqual([]);
    expect(Object.keys(REFUSAL_TEXT).filter((k) => !refuseReasons.includes(k))).toEqual([]);
  });

  it("every key starts with one of the engine's rule codes", () => {
    const codes = new Set<string>(Object.values(RuleError));
    expect(Object.keys(VIOLATION_TEXT).filter((k) => !codes.has(k.split(":")[0]))).toEqual([]);
  });

  it("reads every sentence with figures: no undefined, no NaN, one sentence ending in a full stop", () => {
    for (const [key, say] of [...Object.entries(VIOLATION_TEXT), ...Object.entries(REFUSAL_TEXT)]) {
      const text = say(anyParams);
      expect(text, key).not.toMatch(/undefined|NaN|\[object/);
      expect(text, key).toMatch(/^\S.*[.!?]$/);
    }
  });

  it("writes the sentences of real refusals with their names and figures", () => {
    const s = createGame(testScenario(), 1);
    const air = createGame(
      testScenario({}, { dataCentres: [{ name: "Air hall", site: "capital", mw: 20, cooling: "air", builder: "local", partner: "skt", gpus: [] }] }),
      1,
    );
    const r = validateOrder(air, "korea", {
      type: "order_gpus",
      turn: 1,
      model: "gb200",
      quantity: 10,
      vendor: "dell",
      package: "components",
      dcId: "korea-dc1",
    });
    if (r.ok) throw new Error("an air-cooled hall cannot take a liquid-only part");
    expect(r.error).toMatchObject({ code: RuleError.NeedsLiquid, key: "gpu/needs_liquid_cooling" });
    expect(describeViolation(r.error)).toBe("NVIDIA GB200 NVL72 needs direct liquid cooling, but Air hall is air-cooled.");
    expect(r.error.params).toMatchObject({ dc: "Air hall" });
    const stale = validateOrder(s, "korea", { type: "talent", turn: 3, level: 1 });
    if (stale.ok) throw new Error("a stale order passes");
    expect(stale.error.params).toMatchObject({ turn: 3, current: 1 });
    expect(describeViolation(stale.error)).toMatch(/^This order is for turn 3, but the game is on turn 1 \(Q\d \d{4}\)\.$/);
    const poor = validateOrder(s, "korea", { type: "invest_integrator", turn: 1, integrator: "dell", amount: 1e6 });
    if (poor.ok) throw new Error("a trillion-dollar stake passes");
    expect(describeViolation(poor.error)).toBe(
      `This costs ${usd(1e6)} but only ${usd(Number(poor.error.params.left))} is left in the treasury after your other orders this quarter.`,
    );
    expect(describeRefusal({ reason: "seat/team_full", params: { nationName: "Korea", teamSize: 2 } })).toBe("Korea already has 2 player(s).");
    expect(describeRefusal({ reason: "rule", params: poor.error.params, key: poor.error.key })).toBe(describeViolation(poor.error));
  });

  it("the engine and the match give codes and figures, never a sentence, to reject and refuse", () => {
    const sentence = /(?:reject|refuse)\([^;]*?(["`])[A-Z][a-z]+ [a-z]+ [a-z]+[^"`]*\1/;
    const found = [...engine, ...match]
      .filter((f) => !f.file.endsWith("refusal.ts") && !f.file.endsWith("errors.ts") && sentence.test(f.text))
      .map((f) => f.file);
    expect(found).toEqual([]);
  });
});
