/** Scenario files: presets parse; broken files are refused with every problem listed by path. */
import { describe, expect, it } from "vitest";
import { presetScenario, PRESET_IDS } from "../../shared/scenario/presets";
import { MAX_SCENARIO_BYTES, parseScenario, parseScenarioText } from "../../shared/scenario/load";
import tutorial from "../../assets/scenarios/tutorial.json";

/** A copy of the tutorial file to break on purpose (a field set to the wrong type goes through `loose`). */
const clone = (): typeof tutorial => JSON.parse(JSON.stringify(tutorial)) as typeof tutorial;
const loose = (x: object): Record<string, unknown> => x as Record<string, unknown>;
const problems = (raw: unknown) => {
  const r = parseScenario(raw);
  return r.ok ? [] : r.problems;
};

describe("session minutes", () => {
  it("are optional, and a range whose min exceeds its max is refused by path", () => {
    const old = loose(clone());
    delete old.sessionMinutes;
    delete old.soloMinutes;
    expect(problems(old)).toEqual([]);
    expect(problems({ ...clone(), sessionMinutes: { min: 90, max: 60 } }).map((p) => p.path)).toEqual(["sessionMinutes"]);
  });
});

describe("presets", () => {
  it("tutorial, workshop and full have the promised shape", () => {
    const t = presetScenario("tutorial"),
      w = presetScenario("workshop"),
      f = presetScenario("full");
    expect([t.nations.length, t.turns]).toEqual([3, 4]);
    expect([w.nations.length, w.turns]).toEqual([6, 8]);
    expect([f.nations.length, f.turns]).toEqual([8, 20]);
    for (const s of [t, w, f]) expect(s.start).toEqual({ year: 2026, q: 1 });
    expect([w.sessionMinutes, w.soloMinutes]).toEqual([
      { min: 60, max: 90 },
      { min: 20, max: 40 },
    ]);
    expect(f.nations.map((n) => n.id)).toEqual(["korea", "japan", "uae", "saudi", "india", "eu", "uk", "australia"]);
    const korea = f.nations.find((n) => n.id === "korea")!;
    expect(korea.dataCentres[0].gpus[0]).toMatchObject({ model: "b200", count: 1000 });
    for (const id of PRESET_IDS)
      for (const n of presetScenario(id).nations) {
        expect(
          n.objectives.some((o) => o.secret),
          `${id}/${n.id}`,
        ).toBe(true);
        expect(
          n.objectives.some((o) => !o.secret),
          `${id}/${n.id}`,
        ).toBe(true);
        expect(n.sources.length, `${id}/${n.id}`).toBeGreaterThan(0);
      }
  });

  it("returns independent copies", () => {
    const a = presetScenario("tutorial");
    a.nations[0].treasury = -1;
    expect(presetScenario("tutorial").nations[0].treasury).toBeGreaterThan(0);
  });
});

describe("broken scenario files", () => {
  it("a missing field is named by path", () => {
    const s = clone();
    Reflect.deleteProperty(s.nations[1], "treasury");
    expect(problems(s)).toContainEqual(expect.objectContaining({ path: "nations.1.treasury" }));
  });
  it("a wrong type and a bad colour are both listed", () => {
    const s = clone();
    loose(s).turns = "four";
    s.nations[0].colour = "blue";
    const p = problems(s).map((x) => x.path);
    expect(p).toContain("turns");
    expect(p).toContain("nations.0.colour");
  });
  it("an out-of-range latitude is refused", () => {
    const s = clone();
    s.nations[2].sites[0].lat = 123;
    expect(problems(s).map((x) => x.path)).toContain("nations.2.sites.0.lat");
  });
  it("unknown partners, models and scheduled events are refused", () => {
    const s = clone();
    s.nations[0].champions = ["acme"];
    s.nations[0].dataCentres[0].gpus[0].model = "tpu9";
    loose(s).scheduled = [{ turn: 1, event: "alien_invasion" }];
    const p = problems(s);
    expect(p).toContainEqual({ path: "nations.0.champions.0", message: 'unknown local partner "acme"' });
    expect(p).toContainEqual({ path: "nations.0.dataCentres.0.gpus.0.model", message: 'unknown accelerator "tpu9"' });
    expect(p).toContainEqual({ path: "scheduled.0.event", message: 'unknown event "alien_invasion"' });
  });
  it("duplicate nations are refused", () => {
    const s = clone();
    s.nations[1].id = s.nations[0].id;
    s.nations[1].champions = s.nations[0].champions;
    expect(problems(s)).toContainEqual(expect.objectContaining({ path: "nations.1.id" }));
  });
  it("oversized text and invalid JSON are refused with one clear problem", () => {
    const big = parseScenarioText(" ".repeat(MAX_SCENARIO_BYTES + 1));
    expect(big.ok ? "" : big.problems[0].message).toMatch(/limit is 256 KB/);
    const bad = parseScenarioText("{ not json");
    expect(bad.ok ? "" : bad.problems[0].message).toMatch(/not valid JSON/);
  });
  it("a valid file loads with defaults filled in", () => {
    const r = parseScenarioText(JSON.stringify(clone()));
    expect(r.ok).toBe(true);
  });
});
