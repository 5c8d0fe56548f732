/** The debrief sums delivery slips per nation, quarter and cause: one line each, after the quarter's other news, nothing lost (#19). */
import { describe, expect, it } from "vitest";
import type { GameState, OrderLog } from "../../shared/engine";
import type { GameEvent } from "../../shared/engine/event-types";
import type { Order } from "../../shared/protocol/orders";
import { createGame, resolveTurn } from "../../shared/engine";
import { gameEvent } from "../../shared/engine/event-types";
import { buildDebrief } from "../../shared/debrief/build";
import { slipCause, sumSlips } from "../../shared/debrief/slips";
import { describeSlipSum } from "../../shared/describe/slips";
import { describeEvent, eventContext } from "../../shared/describe/events";
import { aiSeatOrders } from "../../shared/match/control";
import { presetScenario } from "../../shared/scenario/presets";

const hbm = (pct: number, pool = "HBM3E") => ({ why: "no_agreement", pool, demandGb: 19_230_000, supplyGb: 5_600_000, pct, servedFirst: false }) as const;
const slip = (turn: number, nation: string, model: string, left: number, reason: Parameters<typeof slipCause>[0]): GameEvent =>
  gameEvent(turn, nation, "slip", "gpu/slipped", { model, left, reason });

describe("sumSlips", () => {
  const events = [
    slip(2, "japan", "mi355x", 1000, hbm(4)),
    slip(2, "japan", "mi355x", 500, hbm(10)),
    slip(2, "japan", "b200", 200, hbm(6)),
    slip(2, "japan", "b200", 300, { why: "packaging", slots: 9000 }),
    slip(2, "india", "b200", 100, hbm(4)),
    slip(3, "japan", "b200", 100, hbm(4)),
    gameEvent(2, "japan", "delivery", "gpu/delivered", { count: 5, model: "b200", dc: "Tokyo", waiting: false }),
  ];

  it("one group per nation, quarter and cause, totals kept", () => {
    const sums = sumSlips(events);
    expect(sums.map((g) => `${g.turn}/${g.nation}/${g.cause}`)).toEqual([
      "2/japan/no_agreement/HBM3E",
      "2/japan/packaging",
      "2/india/no_agreement/HBM3E",
      "3/japan/no_agreement/HBM3E",
    ]);
    const first = sums[0];
    expect(first.orders).toBe(3);
    expect(first.left).toBe(1700);
    expect(first.models).toEqual([
      ["mi355x", 1500],
      ["b200", 200],
    ]);
    expect(first.pct).toEqual([4, 10]);
    expect(sums.reduce((s, g) => s + g.orders, 0)).toBe(6);
  });

  it("one order reads as the engine's event; several as one summed line", () => {
    const ctx = eventContext(createGame(presetScenario("workshop"), 1));
    const sums = sumSlips(events);
    expect(describeSlipSum(sums[2], ctx)).toBe(describeEvent(events[4], ctx));
    const text = describeSlipSum(sums[0], ctx);
    expect(text).toMatch(/^3 GPU orders slipped one quarter \(1,700 GPUs still to come: 1,500 .*MI355X, 200 NVIDIA B200 \(HGX\)\): HBM was sold out/);
    expect(text).toContain("these 3 orders got 4–10 % of what was due");
  });
});

describe("debrief timeline", () => {
  it("shows one slip line per nation, quarter and cause, after the row's other events, and no line twice", () => {
    const scenario = presetScenario("workshop");
    let s: GameState = createGame(scenario, 1);
    const log: OrderLog = [];
    const expected = new Map<string, { causes: number; news: number }>();
    for (let t = 0; t < 6 && !s.finished; t++) {
      const orders: Record<string, Order[]> = {};
      for (const id of s.order) orders[id] = aiSeatOrders(s, id, "hard");
      log.push({ turn: s.turn, orders });
      const turn = s.turn;
      s = resolveTurn(s, orders).state;
      for (const id of s.order) {
        const evs = s.log.filter((e) => e.turn === turn && e.nation === id);
        const slips = evs.filter((e) => e.code === "gpu/slipped") as Extract<GameEvent, { code: "gpu/slipped" }>[];
        const news = new Set(evs.filter((e) => e.code !== "gpu/slipped").map((e) => describeEvent(e, eventContext(s)))).size;
        expected.set(`${turn}/${id}`, { causes: new Set(slips.map((e) => slipCause(e.params.reason))).size, news });
      }
    }
    let repeated = 0;
    for (const [, v] of expected) if (v.causes > 0) repeated++;
    expect(repeated, "rows with slips").toBeGreaterThan(0);
    for (const row of buildDebrief(scenario, 1, log).timeline) {
      const want = expected.get(`${row.turn}/${row.nation}`)!;
      expect(row.events.length, `${row.quarter} ${row.nation}`).toBe(want.news + want.causes);
      const slipLines = row.events.slice(want.news);
      expect(slipLines.every((e) => /slipped one quarter/.test(e))).toBe(true);
      // Two identical orders in a quarter (the hard AI can sign the same quote twice) make one line "(×2)"; slips are summed.
      expect(new Set(row.events).size, "no repeated line").toBe(row.events.length);
      expect(new Set(row.decisions).size, "no repeated decision").toBe(row.decisions.length);
    }
  });
});
