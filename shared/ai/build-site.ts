/**
 * How the bots found a site under the power rules: of the ways to power it (a brownfield shell, the grid,
 * on-site generation, a PPA), the legal one that is online soonest, cheaper first on a tie, and only if it is
 * online before the game ends.
 */
import type { BuildDcOrder, Order } from "../protocol/orders";
import type { GameState, Nation } from "../engine/state";
import { validateOrder } from "../engine/validate";
import { buildOrderCost } from "../engine/costs";
import { findIntegrator, findPartner } from "../engine/catalogue";
import { buildPlan, gridAfter } from "../engine/power";

const CHOICES: Pick<BuildDcOrder, "siteKind" | "power">[] = [{ siteKind: "brownfield" }, {}, { power: "onsite" }, { power: "ppa" }];

/** The best legal way to build `base` (its site kind and power replaced), or null when none is online in time. */
export function bestBuild(state: GameState, n: Nation, base: BuildDcOrder, prior: Order[]): BuildDcOrder | null {
  const integ = base.integrator && base.builder !== "local" ? findIntegrator(state.catalogue, base.integrator) : undefined;
  const partner = base.partner && base.builder !== "us" ? findPartner(state.catalogue, base.partner) : undefined;
  const grid = gridAfter(state, n, prior);
  const turnsLeft = state.maxTurns - state.turn;
  let best: { o: BuildDcOrder; total: number; cost: number } | null = null;
  for (const c of CHOICES) {
    const { siteKind: _s, power: _p, ...rest } = base;
    const o: BuildDcOrder = { ...rest, ...c };
    if (!validateOrder(state, n.id, o, prior).ok) continue;
    const total = buildPlan(n, o.mw, o.builder, o, integ, partner, { grid }).total;
    if (total >= turnsLeft) continue;
    const cost = buildOrderCost(state, n, o);
    if (!best || total < best.total || (total === best.total && cost < best.cost)) best = { o, total, cost };
  }
  return best?.o ?? null;
}
