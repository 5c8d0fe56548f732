/** Power as the binding constraint: grid headroom and MW queues, permits, brownfield, on-site and PPA power, sub-linear build times. */
import { describe, expect, it } from "vitest";
import type { Order } from "../../shared/protocol/orders";
import type { GameState } from "../../shared/engine/state";
import { createGame, resolveTurn } from "../../shared/engine";
import { validateOrder } from "../../shared/engine/validate";
import { applyEffect } from "../../shared/engine/events";
import { dcPowerPrice, reachableMw, MAX_GRID_WAIT } from "../../shared/engine/power";
import { RuleError } from "../../shared/engine/errors";
import { presetScenario } from "../../shared/scenario/presets";
import type { ScenarioInput } from "../../shared/scenario/schema";
import { testScenario } from "./fixture-scenario";

type Grid = NonNullable<ScenarioInput["nations"][number]["grid"]>;
const rich = (grid: Grid, over = {}) => createGame(testScenario({ turns: 40 }, { treasury: 1_000_000, grid, ...over }), 1);
const build = (turn: number, mw: number, builder: "us" | "local", extra: Partial<Extract<Order, { type: "build_dc" }>> = {}): Order =>
  builder === "us"
    ? { type: "build_dc", turn, site: "coast", mw, cooling: "liquid", builder, integrator: "dell", ...extra }
    : { type: "build_dc", turn, site: "coast", mw, cooling: "liquid", builder, partner: "skt", ...extra };

/** Quarters from ordering until the new site (the nation's last) is online. */
function quartersToOnline(s: GameState, o: Order): number {
  let st = resolveTurn(s, { korea: [o] }).state;
  const dc = st.nations.korea.dataCentres.length - 1;
  let q = 1;
  while (st.nations.korea.dataCentres[dc].status !== "online" && q < 40) {
    st = resolveTurn(st, {}).state;
    q++;
  }
  return q;
}

describe("build time grows sub-linearly with size", () => {
  it("a 1 GW greenfield campus takes 4–14 quarters (D9), however it is built, when the grid has the power", () => {
    for (const builder of ["us", "local"] as const) {
      for (const expertise of [10, 60, 95]) {
        const q = quartersToOnline(rich({ headroomMw: 3000, permitQuarters: 2 }, { expertise }), build(1, 1000, builder));
        expect(q, `${builder}, expertise ${expertise}`).toBeGreaterThanOrEqual(4);
        expect(q, `${builder}, expertise ${expertise}`).toBeLessThanOrEqual(14);
      }
    }
  });

  it("20× the size takes far less than 20× the time", () => {
    const small = quartersToOnline(rich({ headroomMw: 3000 }), build(1, 50, "us"));
    const big = quartersToOnline(rich({ headroomMw: 3000 }), build(1, 1000, "us"));
    expect(big).toBeGreaterThan(small);
    expect(big).toBeLessThanOrEqual(small * 5);
  });

  it("a brownfield shell with power is online in 1–4 quarters (D32, D33, N14), faster than the same greenfield site", () => {
    for (const builder of ["us", "local"] as const) {
      const g: Grid = { headroomMw: 0, growthMwPerYear: 40, queueQuarters: 8, permitQuarters: 3, brownfieldMw: 300 };
      const brown = quartersToOnline(rich(g), build(1, 200, builder, { siteKind: "brownfield" }));
      const green = quartersToOnline(rich({ ...g, headroomMw: 1000 }), build(1, 200, builder));
      expect(brown).toBeGreaterThanOrEqual(1);
      expect(brown).toBeLessThanOrEqual(4);
      expect(brown).toBeLessThan(green);
    }
  });
});

describe("grid, queue and permits bind", () => {
  it("20 parallel 50 MW sites do not reach 1 GW in 2 quarters in any nation of the full game", () => {
    for (const id of presetScenario("full").nations.map((n) => n.id)) {
      const sc = presetScenario("full");
      for (const n of sc.nations) n.treasury = 1_000_000;
      let s = createGame(sc, 1);
      const n = s.nations[id];
      const partner = s.catalogue.localPartners.find((p) => p.nation === id)!;
      const orders: Order[] = [];
      for (let i = 0; i < 20; i++) {
        const o: Order = {
          type: "build_dc",
          turn: 1,
          site: n.sites[i % n.sites.length].id,
          mw: 50,
          cooling: "liquid",
          builder: "jv",
          integrator: "dell",
          partner: partner.id,
        };
        if (validateOrder(s, id, o, orders).ok) orders.push(o);
      }
      s = resolveTurn(s, { [id]: orders }).state;
      s = resolveTurn(s, {}).state;
      const online = s.nations[id].dataCentres.reduce((m, d) => m + d.mwOnline, 0);
      expect(online, id).toBeLessThan(1000);
      expect(online, id).toBeLessThan(300);
    }
  });

  it("the interconnection queue is measured in MW: a request behind another waits longer, and a wait beyond 7 years is refused", () => {
    const g: Grid = { headroomMw: 50, growthMwPerYear: 100, queueQuarters: 6 };
    const s = rich(g);
    const first = build(1, 150, "us");
    const second = build(1, 150, "us", { site: "capital" });
    const r = resolveTurn(s, { korea: [first, second] }).state;
    const [a, b] = r.nations.korea.dataCentres.slice(1);
    expect(a.quartersLeft).toBeGreaterThanOrEqual(6 - 1);
    expect(b.quartersLeft).toBeGreaterThan(a.quartersLeft);
    expect(r.nations.korea.grid.queuedMw).toBeGreaterThan(0);
    const huge = validateOrder(s, "korea", build(1, 2000, "us"));
    expect(huge.ok).toBe(false);
    if (!huge.ok) {
      expect(huge.error.code).toBe(RuleError.GridQueueFull);
      expect(huge.error.params.maxWait).toBe(MAX_GRID_WAIT);
    }
  });

  it("ways around the grid are limited and priced: brownfield stock, on-site MW a year, PPA MW a year", () => {
    const s = rich({
      headroomMw: 0,
      growthMwPerYear: 40,
      brownfieldMw: 60,
      onsiteMwPerYear: 80,
      onsitePrice: 170,
      ppaMwPerYear: 100,
      ppaPrice: 60,
      ppaQuarters: 4,
    });
    const refused = (o: Order) => {
      const r = validateOrder(s, "korea", o);
      return r.ok ? null : r.error.code;
    };
    expect(refused(build(1, 100, "us", { siteKind: "brownfield" }))).toBe(RuleError.NoBrownfield);
    expect(refused(build(1, 60, "us", { siteKind: "brownfield" }))).toBeNull();
    expect(refused(build(1, 100, "us", { power: "onsite" }))).toBe(RuleError.NoOnsitePower);
    expect(refused(build(1, 120, "us", { power: "ppa" }))).toBe(RuleError.NoPpaPower);
    // On-site power skips the queue but costs more capex and its own (dearer) power; a PPA waits for its plant.
    const grid = build(1, 40, "us");
    const onsite = build(1, 40, "us", { power: "onsite" });
    const ppa = build(1, 40, "us", { power: "ppa" });
    const after = (o: Order) => resolveTurn(s, { korea: [o] }).state.nations.korea;
    const [g, os, pp] = [after(grid), after(onsite), after(ppa)];
    expect(os.dataCentres[1].quartersLeft).toBeLessThan(g.dataCentres[1].quartersLeft);
    expect(os.dataCentres[1].capexSpent).toBeGreaterThan(g.dataCentres[1].capexSpent);
    expect(dcPowerPrice(os, os.dataCentres[1])).toBe(170);
    expect(dcPowerPrice(pp, pp.dataCentres[1])).toBe(60);
    expect(pp.dataCentres[1].quartersLeft).toBeGreaterThanOrEqual(4 - 1); // one quarter has passed
    // Two orders in one quarter share the pool: the second on-site order is checked against what is left.
    const o1 = build(1, 60, "us", { power: "onsite" });
    expect(validateOrder(s, "korea", build(1, 30, "us", { power: "onsite" }), [o1]).ok).toBe(false);
  });

  it("old build orders without site kind or power stay valid (greenfield on the grid)", () => {
    const s = rich({ headroomMw: 500 });
    expect(validateOrder(s, "korea", build(1, 60, "us")).ok).toBe(true);
    const dc = resolveTurn(s, { korea: [build(1, 60, "us")] }).state.nations.korea.dataCentres[1];
    expect(dc.power).toBe("grid");
    expect(dc.siteKind).toBe("greenfield");
  });

  it("a grid crunch moves half the free grid to other users first; an energy spike moves grid and on-site prices, not PPAs", () => {
    const s = rich({ headroomMw: 200, onsitePrice: 150, ppaPrice: 70 });
    applyEffect(s, { kind: "build_delay", nations: ["korea"], quarters: 2 });
    expect(s.nations.korea.grid.headroomMw).toBe(100);
    expect(s.nations.korea.grid.queuedMw).toBe(100);
    applyEffect(s, { kind: "power_price", nations: ["korea"], factor: 1.3 });
    expect(s.nations.korea.powerPrice).toBeCloseTo(130, 6);
    expect(s.nations.korea.grid.onsitePrice).toBeCloseTo(195, 6);
    expect(s.nations.korea.grid.ppaPrice).toBe(70);
  });
});

describe("the grid figures of the presets are the sourced ones", () => {
  const full = createGame(presetScenario("full"), 1);
  const grid = (id: string) => full.nations[id].grid;

  it("interconnection waits per region: APAC 6–12 quarters (D11), Europe 12–28 (D10), India under 270 days (D12), the state-led Gulf build-outs fast", () => {
    for (const id of ["korea", "japan", "australia"]) expect(grid(id).queueQuarters, id).toBeGreaterThanOrEqual(6);
    for (const id of ["korea", "japan", "australia"]) expect(grid(id).queueQuarters, id).toBeLessThanOrEqual(12);
    for (const id of ["eu", "uk"]) expect(grid(id).queueQuarters, id).toBeGreaterThanOrEqual(12);
    for (const id of ["eu", "uk"]) expect(grid(id).queueQuarters, id).toBeLessThanOrEqual(28);
    expect(grid("india").queueQuarters).toBeLessThanOrEqual(3);
    for (const id of ["uae", "saudi"]) expect(grid(id).queueQuarters, id).toBeLessThanOrEqual(4);
    // Permits: Europe slowest (D10, N39: slow permits).
    for (const id of full.order) expect(grid(id).permitQuarters, id).toBeLessThanOrEqual(grid("eu").permitQuarters);
  });

  it("Saudi Arabia: 2 × 100 MW in early 2026 growing to ~1.9 GW by 2030 (N22–N25); UAE: the first 200 MW of Stargate UAE in 2026 (N16)", () => {
    // The 2026 MW: free headroom plus the sites already under construction on it (the scenario's pipeline, setup.ts).
    const building = (id: string) => full.nations[id].dataCentres.filter((d) => d.status !== "online").reduce((mw, d) => mw + d.mw, 0);
    const saudi = { ...grid("saudi"), headroomMw: grid("saudi").headroomMw + building("saudi") };
    expect(building("saudi")).toBe(200);
    expect(saudi.headroomMw).toBeGreaterThanOrEqual(150);
    expect(saudi.headroomMw).toBeLessThanOrEqual(250);
    const grid2030 = saudi.headroomMw + 5 * saudi.growthMwPerYear;
    expect(grid2030).toBeGreaterThanOrEqual(1500);
    expect(grid2030).toBeLessThanOrEqual(2300);
    expect(building("uae")).toBe(200);
    expect(grid("uae").headroomMw + building("uae")).toBeGreaterThanOrEqual(150);
    expect(grid("uae").headroomMw + building("uae")).toBeLessThanOrEqual(250);
    // The cheapest PPA is Gulf solar (Shuaibah at 3.9 halalas/kWh ≈ US$10/MWh generation, D17).
    expect(Math.min(...full.order.map((id) => grid(id).ppaPrice))).toBe(saudi.ppaPrice);
  });

  it("only the Gulf can reach gigawatt class by 2030, even with unlimited money (grid, brownfield, on-site and PPA together)", () => {
    for (const id of full.order) {
      const mw = reachableMw(full.nations[id], full.maxTurns);
      if (id === "uae" || id === "saudi") expect(mw, id).toBeGreaterThanOrEqual(1000);
      else expect(mw, id).toBeLessThan(1000);
    }
  });

  it("a bot with unlimited money that builds all the power allows ends 2030 with GW class in the Gulf only", () => {
    const sc = presetScenario("full");
    for (const n of sc.nations) n.treasury = 1_000_000;
    let s = createGame(sc, 3);
    while (!s.finished) {
      const orders: Record<string, Order[]> = {};
      for (const id of s.order) {
        const n = s.nations[id];
        const partner = s.catalogue.localPartners.find((p) => p.nation === id)!;
        const list: Order[] = [];
        const site = n.sites[0].id;
        for (const choice of [{ siteKind: "brownfield" as const }, { power: "onsite" as const }, { power: "ppa" as const }, {}]) {
          for (const mw of [1000, 400, 200, 100, 50, 20]) {
            const o: Order = { type: "build_dc", turn: s.turn, site, mw, cooling: "liquid", builder: "jv", integrator: "dell", partner: partner.id, ...choice };
            if (list.length < 20 && validateOrder(s, id, o, list).ok && !(Object.keys(choice).length === 0 && n.grid.headroomMw < mw)) {
              list.push(o);
              break;
            }
          }
        }
        orders[id] = list;
      }
      s = resolveTurn(s, orders).state;
    }
    for (const id of s.order) {
      const online = s.nations[id].dataCentres.reduce((m, d) => m + d.mwOnline, 0);
      if (id === "uae" || id === "saudi") expect(online, id).toBeGreaterThanOrEqual(1000);
      else expect(online, id).toBeLessThan(1000);
    }
  });
});
