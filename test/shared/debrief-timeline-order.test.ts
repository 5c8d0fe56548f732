/** The debrief timeline lists a row's delivery slips (one per order, often many) after its other events. */
import { describe, expect, it } from "vitest";
import type { GameState, OrderLog } from "../../shared/engine";
import type { Order } from "../../shared/protocol/orders";
import { createGame, resolveTurn } from "../../shared/engine";
import { buildDebrief } from "../../shared/debrief/build";
import { describeEvent, eventContext } from "../../shared/describe/events";
import { aiSeatOrders } from "../../shared/match/control";
import { presetScenario } from "../../shared/scenario/presets";

describe("debrief timeline", () => {
  it("puts a row's delivery slips after its other events, keeping every event", () => {
    const scenario = presetScenario("workshop");
    let s: GameState = createGame(scenario, 1);
    const log: OrderLog = [];
    const slips = new Map<string, Set<string>>();
    let mixed = 0;
    for (let t = 0; t < 6 && !s.finished; t++) {
      const orders: Record<string, Order[]> = {};
      for (const id of s.order) orders[id] = aiSeatOrders(s, id, "hard");
      log.push({ turn: s.turn, orders });
      const turn = s.turn;
      s = resolveTurn(s, orders).state;
      for (const id of s.order) {
        const evs = s.log.filter((e) => e.turn === turn && e.nation === id);
        const slipped = evs.filter((e) => e.code === "gpu/slipped").map((e) => describeEvent(e, eventContext(s)));
        slips.set(`${turn}/${id}`, new Set(slipped));
        if (slipped.length > 0 && slipped.length < evs.length) mixed++;
      }
    }
    expect(mixed, "rows with slips and other events").toBeGreaterThan(0);
    for (const row of buildDebrief(scenario, 1, log).timeline) {
      const slipSet = slips.get(`${row.turn}/${row.nation}`) ?? new Set<string>();
      const firstSlip = row.events.findIndex((e) => slipSet.has(e));
      if (firstSlip < 0) continue;
      expect(
        row.events.slice(firstSlip).every((e) => slipSet.has(e)),
        `${row.quarter} ${row.nation}`,
      ).toBe(true);
    }
  });
});
