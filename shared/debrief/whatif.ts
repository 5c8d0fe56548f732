/** What-if branching: from any past turn, one nation follows another strategy, everyone else the baseline AI. */
import type { GameState } from "../engine/state";
import type { Order } from "../protocol/orders";
import { resolveTurn } from "../engine/resolve";
import { validateOrderSet } from "../engine/validate";
import { baselineOrders } from "../ai/baseline";

/** An alternative strategy a what-if can give one nation. */
export type Strategy = "baseline" | "hold" | "local" | "us";
/** The strategies offered, with labels. */
export const STRATEGIES: [Strategy, string][] = [
  ["baseline", "Baseline AI"],
  ["hold", "Hold (spend nothing)"],
  ["local", "Local build + talent"],
  ["us", "US full-stack build"],
];

/** Orders of an alternative strategy for one nation (only legal ones are kept). */
function strategyOrders(s: GameState, nation: string, strategy: Strategy): Order[] {
  const n = s.nations[nation];
  const turn = s.turn;
  const partner = s.catalogue.localPartners.find((p) => p.nation === nation);
  let wanted: Order[];
  if (strategy === "hold") wanted = [{ type: "hold", turn }];
  else if (strategy === "local" && partner)
    wanted = [
      { type: "talent", turn, level: 2 },
      { type: "build_dc", turn, site: n.sites[0].id, mw: 30, cooling: "liquid", builder: "local", partner: partner.id },
      ...baselineOrders(s, nation)
        .filter((o) => o.type === "order_gpus")
        .map((o) => ({ ...o, vendor: partner.id, package: "components" as const })),
    ];
  else if (strategy === "us")
    wanted = [
      { type: "build_dc", turn, site: n.sites[0].id, mw: 30, cooling: "liquid", builder: "us", integrator: "dell" },
      ...baselineOrders(s, nation)
        .filter((o) => o.type === "order_gpus")
        .map((o) => ({ ...o, vendor: "dell", package: "fullstack" as const })),
    ];
  else wanted = baselineOrders(s, nation);
  return validateOrderSet(s, nation, wanted).accepted;
}

/** Every state of a branch: index 0 is the real state at the start of `fromTurn` (shared history), then the branch's own quarters. */
export function branchStates(states: GameState[], fromTurn: number, nation: string, strategy: Strategy): GameState[] {
  const out = [states[fromTurn - 1]];
  let s = out[0];
  while (!s.finished) {
    const orders: Record<string, Order[]> = {};
    for (const id of s.order) orders[id] = id === nation ? strategyOrders(s, id, strategy) : baselineOrders(s, id);
    s = resolveTurn(s, orders).state;
    out.push(s);
  }
  return out;
}

/** The final state of a branch (see branchStates). */
export function branch(states: GameState[], fromTurn: number, nation: string, strategy: Strategy): GameState {
  const path = branchStates(states, fromTurn, nation, strategy);
  return path[path.length - 1];
}
