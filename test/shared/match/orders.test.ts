/** Order sets as functions: engine-validated adds (index returned), removes and clears, refused outside orders or for a stale turn. */
import { describe, expect, it } from "vitest";
import { baselineOrders } from "../../../shared/ai/baseline";
import { ordersOf } from "../../../shared/match";
import { at, ok, refused, started, table } from "./table";

describe("order sets", () => {
  it("adds legal orders with their index, removes by index and clears", () => {
    const m = started();
    const legal = baselineOrders(m.state, "korea");
    expect(legal.length).toBeGreaterThan(0);
    const one = ok(m, "pk", { type: "add_order", order: legal[0] });
    expect(one.outcome).toEqual({ ok: true, index: 0 });
    expect(ordersOf(one.match, "korea")).toEqual([legal[0]]);
    expect(ordersOf(one.match, "uae")).toEqual([]);
    expect(refused(one.match, "pk", { type: "remove_order", turn: 1, index: 3 })).toMatchObject({
      code: "not_found",
      reason: "order/unknown_index",
      params: { index: 3 },
    });
    expect(ordersOf(ok(one.match, "pk", { type: "remove_order", turn: 1, index: 0 }).match, "korea")).toEqual([]);
    expect(ordersOf(ok(one.match, "pk", { type: "clear_orders", turn: 1 }).match, "korea")).toEqual([]);
  });

  it("refuses with the engine's rule code what the rules forbid", () => {
    const m = started();
    const r = refused(m, "pk", {
      type: "add_order",
      order: { type: "build_dc", turn: 1, site: "nowhere", mw: 10, cooling: "air", builder: "local", partner: "nobody" },
    });
    expect(r.code).toBe("rule");
    expect(r.reason).toMatch(/^[a-z]+\/[a-z_]+$/);
  });

  it("refuses orders in the lobby, during resolution, for a stale turn and from a seat with no nation", () => {
    const lobby = table();
    const order = baselineOrders(lobby.state, "korea")[0];
    expect(refused(lobby, "pk", { type: "add_order", order })).toMatchObject({
      code: "not_in_phase",
      reason: "phase/orders_closed",
      params: { phase: "lobby" },
    });
    const m = started();
    expect(refused(at(m, m.clock.deadline), "pk", { type: "add_order", order })).toMatchObject({ code: "not_in_phase" });
    expect(refused(m, "pk", { type: "add_order", order: { ...order, turn: 2 } })).toMatchObject({ code: "stale_turn" });
    expect(refused(m, "proj", { type: "add_order", order })).toMatchObject({ code: "no_seat" });
  });

  it("resolves with the players' orders and starts the next turn with empty sets", () => {
    let m = started();
    const mine = baselineOrders(m.state, "korea");
    for (const order of mine) m = ok(m, "pk", { type: "add_order", order }).match;
    m = at(m, m.clock.deadline);
    const deadline = m.clock.deadline;
    const next = at(m, deadline);
    expect(next.state.nations.korea.lastOrders.length).toBeGreaterThan(0);
    expect(ordersOf(next, "korea")).toEqual([]);
    expect(next.orders.turn).toBe(2);
  });
});
