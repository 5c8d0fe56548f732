/**
 * The US path and the local path, both real (issue 14, part 5): scripted pure paths for every nation of
 * the `full` preset over several seeds, and the quote terms that make the difference mechanical.
 */
import { describe, expect, it } from "vitest";
import type { GameState } from "../../shared/engine/state";
import type { Order } from "../../shared/protocol/orders";
import { createGame, resolveTurn, validateOrder } from "../../shared/engine";
import { measureNation } from "../../shared/engine/operations";
import { batchUptime, selfRunDowntime } from "../../shared/engine/operators";
import { findAccelerator } from "../../shared/engine/catalogue";
import { presetScenario } from "../../shared/scenario/presets";
import { playPath } from "./paths-harness";
import type { PathKind } from "./paths-harness";
import { testScenario } from "./fixture-scenario";

const SEEDS = [1, 2, 3];
const NATIONS = presetScenario("full").nations.map((n) => n.id);
const runs = new Map<string, GameState[]>();
const run = (id: string, kind: PathKind, seed: number): GameState[] => {
  const key = `${id}|${kind}|${seed}`;
  if (!runs.has(key)) runs.set(key, playPath("full", seed, id, kind));
  return runs.get(key)!;
};
const effective = (s: GameState, id: string): number => s.nations[id].history.at(-1)?.effectiveCompute ?? 0;

describe("paths: US full stack against local only, every nation of `full`, several seeds", () => {
  it("the US full-stack path is ahead on compute online for at least four quarters in every nation", () => {
    for (const seed of SEEDS) {
      for (const id of NATIONS) {
        const us = run(id, "us", seed),
          local = run(id, "local", seed);
        const ahead = us.slice(1).filter((s, i) => effective(s, id) > effective(local[i + 1], id) * 1.05).length;
        expect(ahead, `${id} seed ${seed}`).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it("the local path ends with higher sovereignty and expertise", () => {
    for (const seed of SEEDS) {
      for (const id of NATIONS) {
        const us = run(id, "us", seed).at(-1)!.nations[id],
          local = run(id, "local", seed).at(-1)!.nations[id];
        expect(local.sovereignty, `${id} seed ${seed}`).toBeGreaterThan(us.sovereignty + 0.1);
        expect(local.expertise, `${id} seed ${seed}`).toBeGreaterThan(us.expertise);
      }
    }
  });

  it("no pure path wins on score everywhere: which wins depends on the nation", () => {
    const winners = new Set<PathKind>();
    for (const id of NATIONS) {
      const score = (k: PathKind): number => run(id, k, SEEDS[0]).at(-1)!.nations[id].score;
      winners.add(score("us") >= score("local") ? "us" : "local");
    }
    expect([...winners].sort()).toEqual(["local", "us"]);
  });
});

/** A one-nation game of the test scenario at a quarter where B200s are on sale, korea holding 20 MW liquid. */
function signAndRun(asks: Record<string, unknown>[], pkg: "fullstack" | "components" = "fullstack", turns = 4): GameState {
  let s = createGame(testScenario(), 11);
  const order = { type: "sign_quote", turn: s.turn, vendor: "dell", model: "b200", quantity: 2000, package: pkg, dcId: "korea-dc1", asks } as Order;
  expect(validateOrder(s, "korea", order).ok).toBe(true);
  s = resolveTurn(s, { korea: [order], india: [{ type: "hold", turn: s.turn }] }).state;
  for (let i = 0; i < turns; i++) s = resolveTurn(s, { korea: [{ type: "hold", turn: s.turn }], india: [{ type: "hold", turn: s.turn }] }).state;
  expect(s.nations.korea.dataCentres[0].gpus.reduce((x, g) => x + g.count, 0)).toBe(2000);
  return s;
}

describe("quote terms are mechanical", () => {
  it("an SLA term changes uptime: 99.95 % runs more than 99 %, and both more than a self-run cluster", () => {
    const low = signAndRun([{ operator: "vendor" }, { slaUptime: 99 }]);
    const high = signAndRun([{ operator: "vendor" }, { slaUptime: 99.95 }]);
    const k = (s: GameState) => s.nations.korea;
    const up = (s: GameState) => batchUptime(s, k(s), k(s).dataCentres[0], k(s).dataCentres[0].gpus[0], findAccelerator(s.catalogue, "b200")!);
    expect(up(low)).toBeCloseTo(0.99, 6);
    expect(up(high)).toBeCloseTo(0.9995, 6);
    expect(measureNation(high, k(high)).effectiveCompute).toBeGreaterThan(measureNation(low, k(low)).effectiveCompute);
    const own = selfRunDowntime(k(low).expertise, false);
    expect(own).toBeGreaterThan(0.04);
    expect(1 - own).toBeLessThan(up(low));
  });

  it("a local partner's full-stack package carries its support SLA; its components do not", () => {
    const run = (pkg: "fullstack" | "components"): GameState => {
      let s = createGame(testScenario(), 11);
      s = resolveTurn(s, {
        korea: [{ type: "order_gpus", turn: 1, model: "h200", quantity: 1000, vendor: "skt", package: pkg, dcId: "korea-dc1" }],
        india: [{ type: "hold", turn: 1 }],
      }).state;
      for (let i = 0; i < 3; i++) s = resolveTurn(s, { korea: [{ type: "hold", turn: s.turn }], india: [{ type: "hold", turn: s.turn }] }).state;
      return s;
    };
    const up = (s: GameState): number => {
      const k = s.nations.korea,
        dc = k.dataCentres[0];
      return batchUptime(s, k, dc, dc.gpus[0], findAccelerator(s.catalogue, "h200")!);
    };
    expect(up(run("fullstack"))).toBeCloseTo(0.995, 6);
    expect(up(run("components"))).toBeLessThan(0.97);
  });

  it("running the cluster yourself drops the SLA: faults cost more of the time at low expertise than at high", () => {
    expect(selfRunDowntime(20, false)).toBeGreaterThan(selfRunDowntime(80, false));
    expect(selfRunDowntime(30, true)).toBeGreaterThan(selfRunDowntime(30, false));
    expect(selfRunDowntime(100, false)).toBeCloseTo(0.04, 6);
  });

  it("management software in the country raises sovereignty and transfers expertise", () => {
    const cloud = signAndRun([], "fullstack", 6);
    const home = signAndRun([{ mgmtInCountry: true }], "fullstack", 6);
    expect(home.nations.korea.sovereignty).toBeGreaterThan(cloud.nations.korea.sovereignty);
    expect(measureNation(home, home.nations.korea).controlShare).toBeGreaterThan(measureNation(cloud, cloud.nations.korea).controlShare);
    expect(home.nations.korea.expertise).toBeGreaterThan(cloud.nations.korea.expertise);
  });

  it("US integrators get a new part before local resellers (1 quarter, 2 for rack-scale systems)", () => {
    const s = createGame(testScenario(), 3);
    const rubin = findAccelerator(s.catalogue, "rubin")!;
    const at = { ...s, quarter: { ...rubin.available } };
    const o = (vendor: string): Order => ({ type: "order_gpus", turn: at.turn, model: "rubin", quantity: 8, vendor, package: "components", dcId: "korea-dc1" });
    expect(validateOrder(at, "korea", o("dell")).ok).toBe(true);
    const local = validateOrder(at, "korea", o("skt"));
    expect(local.ok ? "" : local.error.code).toBe("gpu/not_available");
    const later = { ...s, quarter: { year: rubin.available.year + (rubin.available.q >= 3 ? 1 : 0), q: (((rubin.available.q + 1) % 4) + 1) as 1 | 2 | 3 | 4 } };
    expect(validateOrder(later, "korea", o("skt")).ok).toBe(true);
  });
});
