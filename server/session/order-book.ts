/** The current turn's order sets, one per nation (the engine validates; this only keeps them). */
import type { Order } from "../../shared/protocol/orders";

/** Order sets of one turn. */
export class OrderBook {
  private sets = new Map<string, Order[]>();

  constructor(public turn: number, initial: Record<string, Order[]> = {}) {
    for (const [nation, set] of Object.entries(initial)) this.sets.set(nation, [...set]);
  }

  /** The set of a nation (empty when none). */
  of(nation: string): Order[] {
    return this.sets.get(nation) ?? [];
  }

  /** Append an order; returns its index. */
  add(nation: string, order: Order): number {
    const set = this.sets.get(nation) ?? [];
    set.push(order);
    this.sets.set(nation, set);
    return set.length - 1;
  }

  /** Remove the order at `index`; false when there is none. */
  remove(nation: string, index: number): boolean {
    const set = this.sets.get(nation);
    if (!set || index < 0 || index >= set.length) return false;
    set.splice(index, 1);
    return true;
  }

  /** Empty a nation's set. */
  clear(nation: string): void {
    this.sets.set(nation, []);
  }

  /** Start a new turn with empty sets. */
  reset(turn: number): void {
    this.turn = turn;
    this.sets = new Map();
  }
}
