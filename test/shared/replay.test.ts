/** Golden replays: fixed seeds and order logs in test/fixtures/golden whose stateHash is pinned. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createGame, replay, resolveTurn, stateHash } from "../../shared/engine";
import type { OrderLog } from "../../shared/engine";
import { presetScenario } from "../../shared/scenario/presets";
import type { PRESET_IDS } from "../../shared/scenario/presets";
import { runSim } from "../../shared/sim/run";
import { buildDebrief } from "../../shared/debrief/build";
import { debriefCsv, debriefText } from "../../shared/debrief/export";

const dir = join(__dirname, "../fixtures/golden");
interface Golden {
  scenario: (typeof PRESET_IDS)[number];
  seed: number;
  log: OrderLog;
  hash: string;
  hashes: string[];
}
const goldens = readdirSync(dir)
  .filter((f) => f.endsWith(".json") && !f.includes(".debrief"))
  .map((f) => ({ file: f, g: JSON.parse(readFileSync(join(dir, f), "utf8")) as Golden }));

describe("golden replays", () => {
  it("there are golden fixtures for every preset", () => {
    expect(new Set(goldens.map((x) => x.g.scenario))).toEqual(new Set(["tutorial", "workshop", "full"]));
  });
  for (const { file, g } of goldens) {
    it(`${file} replays to its pinned hash, turn by turn`, () => {
      const scenario = presetScenario(g.scenario);
      expect(stateHash(replay(scenario, g.seed, g.log))).toBe(g.hash);
      let s = createGame(scenario, g.seed);
      g.log.forEach((entry, i) => {
        s = resolveTurn(s, entry.orders, { injects: entry.injects }).state;
        expect(stateHash(s), `after turn ${entry.turn}`).toBe(g.hashes[i]);
      });
    });
    it(`${file} produces the pinned debrief text and CSV byte for byte`, () => {
      const d = buildDebrief(presetScenario(g.scenario), g.seed, g.log);
      const base = join(dir, file.replace(/\.json$/, ""));
      expect(debriefText(d)).toBe(readFileSync(`${base}.debrief.txt`, "utf8"));
      expect(debriefCsv(d)).toBe(readFileSync(`${base}.debrief.csv`, "utf8"));
    });
  }
});

describe("replay", () => {
  it("same seed and orders give the same hash; another seed gives another", () => {
    const scenario = presetScenario("workshop");
    const a = runSim(scenario, 42);
    const b = runSim(scenario, 42);
    const c = runSim(scenario, 43);
    expect(a.finalHash).toBe(b.finalHash);
    expect(c.finalHash).not.toBe(a.finalHash);
    expect(stateHash(replay(scenario, 42, a.log))).toBe(a.finalHash);
  });

  it("refuses a log whose turns do not follow the game", () => {
    const scenario = presetScenario("tutorial");
    expect(() => replay(scenario, 1, [{ turn: 2, orders: {} }])).toThrow(/turn 2/);
  });

  it("hash does not depend on key order", () => {
    const s = createGame(presetScenario("tutorial"), 5);
    const shuffled = JSON.parse(JSON.stringify(s, Object.keys(s).reverse())) as typeof s;
    expect(stateHash({ ...shuffled, ...s })).toBe(stateHash(s));
  });
});
