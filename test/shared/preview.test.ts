/** Previews: drafted orders and facilitator injects, computed on a copy with the same engine. */
import { describe, expect, it } from "vitest";
import type { EventCard } from "../../shared/engine/state";
import { createGame, resolveTurn } from "../../shared/engine";
import { previewInject, previewOrders } from "../../shared/engine/preview";
import { gpuOrderCost } from "../../shared/engine/costs";
import { testScenario } from "./fixture-scenario";

describe("previews", () => {
  const s = createGame(testScenario(), 4);

  it("shows what drafted orders cost and bring, without touching the state", () => {
    const before = JSON.stringify(s);
    const o = { type: "order_gpus" as const, turn: 1, model: "b200", quantity: 2000, vendor: "penguin", package: "fullstack" as const, dcId: "korea-dc1" };
    const p = previewOrders(s, "korea", [o]);
    expect(JSON.stringify(s)).toBe(before);
    expect(p.difference.treasury).toBeCloseTo(-gpuOrderCost(s, s.nations.korea, o)!, 3);
    expect(p.withOrders.pendingCompute).toBeCloseTo(2000 * 4.5, 0);
    expect(p.withOrders.onlineBy).toMatch(/^Q\d 20\d\d$/);
  });

  it("an inject changes the next resolution exactly as previewed", () => {
    const card: EventCard = {
      id: "grant",
      headline: "Windfall",
      text: "A grant.",
      realWorld: "test",
      sources: ["N1"],
      effects: [
        { kind: "treasury", nations: ["india"], delta: 250 },
        { kind: "expertise", nations: ["korea"], delta: 5 },
      ],
    };
    const preview = previewInject(s, card);
    const withInject = resolveTurn({ ...s, eventChance: 0 }, {}, { injects: [card] }).state;
    const without = resolveTurn({ ...s, eventChance: 0 }, {}).state;
    const india = preview.find((x) => x.nation === "india")!;
    const korea = preview.find((x) => x.nation === "korea")!;
    expect(india.treasury).toBeCloseTo(withInject.nations.india.treasury - without.nations.india.treasury, 6);
    expect(india.treasury).toBeCloseTo(250, 6);
    expect(korea.expertise).toBeCloseTo(Math.round((withInject.nations.korea.expertise - without.nations.korea.expertise) * 10) / 10, 6);
    expect(korea.expertise).toBeGreaterThan(4);
  });
});
