/** Figures that must reconcile between dashboard, quote, order list, news and results (issue 18): one unit, one quarter, one change. */
import { describe, expect, it } from "vitest";
import type { Order } from "../../shared/protocol/orders";
import { createGame, resolveTurn } from "../../shared/engine";
import { shownChange } from "../../shared/engine/causes";
import { dueLabel } from "../../shared/engine/due";
import { addQuarters, quarterLabel } from "../../shared/engine/quarter";
import { gpuLeadQuarters, findVendor } from "../../shared/engine/costs";
import { findAccelerator } from "../../shared/engine/catalogue";
import { quoteFor } from "../../shared/engine/quote-check";
import { presetScenario } from "../../shared/scenario/presets";
import { delta, idxDelta, pf, usd } from "../../client/app/format";
import { costLine, costWhy } from "../../client/app/ui/cost-line";
import { testScenario } from "./fixture-scenario";

describe("numbers that reconcile", () => {
  it("the treasury's change leads from the figure before to the figure shown after (budget included)", () => {
    const s = createGame(testScenario(), 3);
    const o: Order = { type: "order_gpus", turn: 1, model: "b200", quantity: 500, vendor: "penguin", package: "fullstack", dcId: "korea-dc1" };
    const n1 = resolveTurn(s, { korea: [o] }).state.nations.korea;
    const change = shownChange(n1.lastTurn, "treasury", n1.treasury);
    expect(usd(s.nations.korea.treasury + change)).toBe(usd(n1.treasury));
    const moved = n1.treasury - s.nations.korea.treasury;
    expect(delta(change, usd)).toBe(`${moved > 0 ? "▲" : "▼"} ${usd(Math.abs(moved))}`);
    // The history rows are booked before the budget arrives: their difference is not what the dashboard moved by.
    const rows = n1.history.at(-1)!.treasury - n1.history.at(-2)!.treasury;
    expect(Math.abs(rows - change)).toBeGreaterThan(n1.budgetPerQuarter - 1);
  });

  it("a quote's due quarter is the quarter the order is due and delivered in", () => {
    const s = createGame(presetScenario("workshop"), 4);
    const id = s.order[0];
    const n = s.nations[id];
    const dc = n.dataCentres[0];
    const q = quoteFor(s, id, { model: "b200", quantity: 64, vendor: "penguin", package: "fullstack", dcId: dc.id });
    expect(q.ok).toBe(true);
    if (!q.ok) return;
    const label = dueLabel(s.quarter, q.quote.leadQuarters);
    const r = resolveTurn(s, {
      [id]: [{ type: "sign_quote", turn: s.turn, model: "b200", quantity: 64, vendor: "penguin", package: "fullstack", dcId: dc.id, asks: [] } as Order],
    });
    const p = r.state.nations[id].pendingGpus.find((x) => x.orderedTurn === s.turn);
    expect(p).toBeDefined();
    expect(quarterLabel(addQuarters(s.quarter, p!.dueTurn - s.turn))).toBe(label);
    const signed = r.events.find((e) => e.nation === id && e.kind === "order");
    expect(signed?.code === "gpu/quote_signed" && quarterLabel(signed.params.due)).toBe(label);
    // A plain order names the same quarter for the same lead time.
    const a = findAccelerator(s.catalogue, "b200")!;
    const lead = gpuLeadQuarters(a, findVendor(s, "penguin")!);
    const r2 = resolveTurn(s, {
      [id]: [{ type: "order_gpus", turn: s.turn, model: "b200", quantity: 64, vendor: "penguin", package: "fullstack", dcId: dc.id }],
    });
    const ordered = r2.events.find((e) => e.nation === id && e.kind === "order");
    expect(ordered?.code === "gpu/ordered" && quarterLabel(ordered.params.due)).toBe(dueLabel(s.quarter, lead));
  });

  it("compute is in PF everywhere, as the objectives state it (no EF on the dashboard)", () => {
    expect(pf(4500)).toBe("4,500 PF");
    expect(pf(38.4)).toBe("38 PF");
    for (const preset of ["tutorial", "workshop", "full"] as const) {
      for (const n of presetScenario(preset).nations) for (const o of n.objectives) expect(o.text).not.toMatch(/\bEF\b|exaflop/i);
    }
  });

  it("an HBM reservation is shown as a reservation fee, not as the cost of memory", () => {
    const s = createGame(testScenario(), 1);
    const line = costLine(s, "korea", { type: "memory_agreement", turn: 1, maker: "skhynix", gbPerQuarter: 30000, quarters: 4 });
    expect(line).toMatch(/^Reservation fee US\$\d/);
    expect(line).toContain("4 quarters");
    expect(
      costLine(s, "korea", { type: "order_gpus", turn: 1, model: "b200", quantity: 500, vendor: "penguin", package: "fullstack", dcId: "korea-dc1" }),
    ).toMatch(/^Price US\$/);
  });

  it("a GPU order's price reconciles as quantity × price a GPU in its explanation", () => {
    const s = createGame(testScenario(), 1);
    const o = { type: "order_gpus", turn: 1, model: "b200", quantity: 500, vendor: "penguin", package: "fullstack", dcId: "korea-dc1" } as const;
    const total = costLine(s, "korea", o).match(/^Price (US\$[\d.,]+[MB])/)![1];
    expect(costWhy(s, "korea", o)).toMatch(new RegExp(`^500 × US\\$[\\d,]+k a GPU = ${total.replace("$", "\\$")}\\.`));
    expect(costWhy(s, "korea", { type: "hold", turn: 1 } as never)).toBeNull();
  });

  it("a sovereignty change too small for two decimals is shown with three, and none is not shown as +0.00", () => {
    expect(idxDelta(0.003)).toBe("+0.003");
    expect(idxDelta(-0.004)).toBe("−0.004");
    expect(idxDelta(0.0301)).toBe("+0.03");
    expect(idxDelta(0)).toBe("");
    expect(idxDelta(0.0002)).toBe("");
  });
});
