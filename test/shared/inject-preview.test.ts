/** The facilitator's inject preview covers the event's whole duration, names its effects and finds the orders it delays. */
import { describe, expect, it } from "vitest";
import type { Order } from "../../shared/protocol/orders";
import { createGame, resolveTurn } from "../../shared/engine";
import { effectLines, injectHorizon, previewInjectOver } from "../../shared/engine/preview";
import { BASE_DECK } from "../../shared/engine/deck";
import { noImpactLine } from "../../shared/describe/effects";
import { presetScenario } from "../../shared/scenario/presets";
import { baselineOrders } from "../../shared/ai/baseline";

describe("inject preview", () => {
  const card = BASE_DECK.find((c) => c.id === "hbm_sold_out")!;

  it("lasts as long as the event and says what it does", () => {
    const s = createGame(presetScenario("workshop"), 3);
    expect(injectHorizon(s, card)).toBeGreaterThanOrEqual(2);
    expect(effectLines(s, card).join(" ")).toMatch(/HBM supply −\d+ % for \d quarters/);
  });

  it("says in words that HBM sold out puts no orders at risk when nothing is on order, instead of a row of zeros", () => {
    const s = createGame(presetScenario("workshop"), 3);
    const p = previewInjectOver(s, card);
    // Saudi Arabia's order due next quarter slips; nations with nothing arriving during the event say so in words.
    const idle = p.impact.filter((d) => d.gpusDelayed === 0 && d.ordersAtRisk === 0 && d.effectiveCompute === 0);
    expect(idle.length).toBeGreaterThan(0);
    for (const d of idle) expect(noImpactLine(card, d)).toMatch(/no orders at risk/i);
    for (const d of p.impact.filter((x) => x.gpusDelayed > 0)) expect(noImpactLine(card, d)).toBeNull();
    // A grant to India leaves the others untouched, and India's row keeps its figures.
    const grant = { ...card, id: "grant", effects: [{ kind: "treasury" as const, nations: ["india"], delta: 300 }] };
    const g = previewInjectOver(s, grant);
    expect(
      noImpactLine(
        grant,
        g.impact.find((d) => d.nation === "india")!,
      ),
    ).toBeNull();
    for (const d of g.impact.filter((x) => x.nation !== "india")) expect(noImpactLine(grant, d)).toMatch(/not targeted/i);
  });

  it("is non-zero for HBM sold out once GPUs are on order: deliveries slip and scores fall", () => {
    let s = createGame(presetScenario("workshop"), 3);
    // Two quarters of baseline play put GPU orders in the pipeline.
    for (let t = 0; t < 2; t++) {
      const orders: Record<string, Order[]> = Object.fromEntries(s.order.map((id) => [id, baselineOrders(s, id)]));
      s = resolveTurn(s, orders).state;
    }
    expect(s.order.some((id) => s.nations[id].pendingGpus.length > 0)).toBe(true);
    const p = previewInjectOver(s, card);
    expect(p.quarters).toBe(injectHorizon(s, card));
    expect(p.impact).toHaveLength(s.order.length);
    const hit = p.impact.filter((d) => d.gpusDelayed > 0);
    expect(hit.length).toBeGreaterThan(0);
    expect(hit.every((d) => d.ordersAtRisk > 0)).toBe(true);
    expect(p.impact.some((d) => d.effectiveCompute < 0 || d.score < 0)).toBe(true);
  });

  it("is exact for a one-off grant: one quarter, the grant itself", () => {
    const s = createGame(presetScenario("workshop"), 3);
    const grant = {
      id: "grant",
      headline: "Grant",
      text: "Money.",
      realWorld: "test",
      sources: ["facilitator"],
      effects: [{ kind: "treasury" as const, nations: ["india"], delta: 300 }],
    };
    const p = previewInjectOver(s, grant);
    expect(p.quarters).toBe(1);
    expect(p.impact.find((d) => d.nation === "india")!.treasury).toBeCloseTo(300, 6);
    expect(p.impact.filter((d) => d.nation !== "india").every((d) => d.treasury === 0)).toBe(true);
  });
});
