/**
 * Property tests (fast-check) over random seeds and random legal order sets: treasury never below its
 * floor, GPUs and money conserved, nothing delivered beyond supply, every state JSON-serialisable,
 * legalOrders only returns orders validateOrder accepts, resolveTurn never mutates its input.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Order } from "../../shared/protocol/orders";
import type { GameState } from "../../shared/engine/state";
import { createGame, legalOrders, resolveTurn, validateOrder } from "../../shared/engine";
import { findAccelerator } from "../../shared/engine/catalogue";
import { nextInt, seedRng } from "../../shared/engine/rng";
import { presetScenario } from "../../shared/scenario/presets";

/** Pick up to `k` random legal orders for a nation using a seeded stream. */
function randomOrders(state: GameState, nation: string, pick: number[]): Order[] {
  const orders: Order[] = [];
  for (const p of pick) {
    const legal = legalOrders(state, nation, orders);
    if (legal.length === 0) break;
    orders.push(legal[p % legal.length]);
  }
  return orders;
}

const gpusOwned = (s: GameState, n: string): number =>
  s.nations[n].dataCentres.reduce((x, d) => x + d.gpus.reduce((y, g) => y + g.count, 0), 0) + s.nations[n].pendingGpus.reduce((x, p) => x + p.quantity, 0);

describe("engine invariants", () => {
  const scenario = presetScenario("tutorial");

  it("hold over many random games: floor, conservation, supply, serialisable, no mutation", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 31 - 1 }),
        fc.array(fc.array(fc.nat(10_000), { maxLength: 4 }), { minLength: 4, maxLength: 4 }),
        (seed, picks) => {
          let s = createGame(scenario, seed);
          for (let t = 0; t < scenario.turns; t++) {
            const orders: Record<string, Order[]> = {};
            s.order.forEach((id, i) => {
              orders[id] = randomOrders(s, id, picks[(t + i) % picks.length]);
            });
            const before = JSON.stringify(s);
            const ordered: Record<string, number> = {};
            for (const id of s.order) {
              ordered[id] = orders[id].filter((o): o is Extract<Order, { type: "order_gpus" }> => o.type === "order_gpus").reduce((x, o) => x + o.quantity, 0);
            }
            const next = resolveTurn(s, orders).state;
            expect(JSON.stringify(s)).toBe(before);
            expect(JSON.parse(JSON.stringify(next))).toEqual(next);
            for (const id of s.order) {
              expect(next.nations[id].treasury).toBeGreaterThanOrEqual(next.nations[id].treasuryFloor);
              expect(gpusOwned(next, id)).toBe(gpusOwned(s, id) + ordered[id]);
            }
            expect(next.market.lastHbmDeliveredGb).toBeLessThanOrEqual(next.market.lastHbmSupplyGb);
            expect(next.market.lastGpusDelivered).toBeLessThanOrEqual(next.market.lastPackagingCap);
            s = next;
          }
          expect(s.finished).toBe(true);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("money: an order's price leaves the treasury exactly once", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const s = createGame(scenario, seed);
        const id = s.order[nextInt(seedRng(seed), s.order.length)];
        const legal = legalOrders(s, id).filter((o) => o.type === "order_gpus" || o.type === "talent" || o.type === "invest_integrator");
        const o = legal[seed % legal.length];
        const a = o.type === "order_gpus" ? findAccelerator(s.catalogue, o.model) : undefined;
        const withOrder = resolveTurn(s, { [id]: [o] }).state;
        const without = resolveTurn(s, {}).state;
        // Same quarter, same events: the only difference before operations is the order's price.
        const spent = without.nations[id].history.at(-1)!.treasury - withOrder.nations[id].history.at(-1)!.treasury;
        expect(spent).toBeGreaterThan(0);
        if (a) expect(withOrder.nations[id].pendingGpus.length + withOrder.nations[id].dataCentres.length).toBeGreaterThan(0);
      }),
      { numRuns: 30 },
    );
  });

  it("legalOrders only returns orders validateOrder accepts", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), fc.nat(3), (seed, turns) => {
        let s = createGame(scenario, seed);
        for (let t = 0; t < turns; t++) s = resolveTurn(s, {}).state;
        for (const id of s.order) {
          const legal = legalOrders(s, id);
          expect(legal.length).toBeGreaterThan(5);
          for (const o of legal) expect(validateOrder(s, id, o).ok).toBe(true);
        }
      }),
      { numRuns: 10 },
    );
  });
});
