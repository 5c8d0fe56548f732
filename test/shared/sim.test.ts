/** The headless runner and the baseline bot: byte-for-byte deterministic output, legal orders only. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createGame, resolveTurn, validateOrder } from "../../shared/engine";
import { baselineOrders } from "../../shared/ai/baseline";
import { presetScenario } from "../../shared/scenario/presets";
import { formatSim, runSim } from "../../shared/sim/run";

describe("headless runner", () => {
  it("plays a whole workshop game and ranks every nation", () => {
    const r = runSim(presetScenario("workshop"), 42);
    expect(r.turns).toBe(8);
    expect(r.rows).toHaveLength(8 * 6);
    expect(r.ranking).toHaveLength(6);
    expect(r.state.finished).toBe(true);
    const last = r.rows.filter((x) => x.turn === 8);
    expect(last.some((x) => x.compute > 0)).toBe(true);
    expect(formatSim(r)).toContain("Final ranking:");
  });

  it("npm run sim prints the same bytes for the same seed and writes JSON", () => {
    const dir = mkdtempSync(join(tmpdir(), "sim-"));
    const run = (seed: number, json?: string): string =>
      execFileSync("npx", ["tsx", "scripts/sim.ts", "--scenario", "tutorial", "--seed", String(seed), ...(json ? ["--json", json] : [])], { encoding: "utf8" });
    const a = run(42);
    const b = run(42);
    const c = run(43);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    run(42, join(dir, "out.json"));
    const out = JSON.parse(readFileSync(join(dir, "out.json"), "utf8")) as { rows: unknown[]; log: unknown[] };
    expect(out.rows.length).toBe(4 * 3);
    expect(out.log).toHaveLength(4);
  }, 60_000);

  it("refuses an unknown scenario with a clear message", () => {
    expect(() => execFileSync("npx", ["tsx", "scripts/sim.ts", "--scenario", "nope"], { encoding: "utf8", stdio: "pipe" })).toThrow(/Unknown scenario "nope"/);
  }, 30_000);
});

describe("baseline bot", () => {
  it("only gives orders validateOrder accepts, on every preset, every turn", () => {
    for (const id of ["tutorial", "workshop", "full"] as const) {
      let s = createGame(presetScenario(id), 9);
      while (!s.finished) {
        const orders = Object.fromEntries(s.order.map((n) => [n, baselineOrders(s, n)]));
        for (const [n, list] of Object.entries(orders)) {
          list.forEach((o, i) => expect(validateOrder(s, n, o, list.slice(0, i)).ok, `${id} turn ${s.turn} ${n} ${JSON.stringify(o)}`).toBe(true));
        }
        s = resolveTurn(s, orders).state;
      }
    }
  });
});
