/**
 * Strategic and trilateral partnerships (facts.md §7: SKT's US$200M stake in Penguin, C1/C3; seed
 * trilaterals such as SKT + Penguin + SK hynix). A priority stake is US$100M or more in an integrator;
 * a trilateral is a joint-venture site (integrator + local partner) while a memory agreement is active.
 */
import type { GameState, Nation } from "./state";
import { PRIORITY_STAKE } from "./costs";

/** Integrator ids this nation is in a trilateral partnership with this turn. */
export function trilateralIntegrators(n: Nation, turn: number): string[] {
  const memory = n.memoryAgreements.some((m) => m.gbPerQuarter > 0 && m.fromTurn <= turn && m.toTurn >= turn);
  if (!memory) return [];
  return [...new Set(n.dataCentres.filter((d) => d.builder === "jv" && d.integrator).map((d) => d.integrator!))];
}

/** True when the nation gets priority from this integrator (priority stake or trilateral partnership). */
export function hasPriorityWith(n: Nation, integratorId: string, turn: number): boolean {
  return (n.stakes[integratorId] ?? 0) >= PRIORITY_STAKE || trilateralIntegrators(n, turn).includes(integratorId);
}

/** Export and dividend revenue from partnerships this quarter, US$ M, given every integrator's sales this turn. */
export function partnershipRevenue(state: GameState, n: Nation, salesByIntegrator: Record<string, number>): number {
  let r = 0;
  for (const [id, stake] of Object.entries(n.stakes)) {
    r += stake * 0.02; // dividend ≈ 8 % a year (estimate)
    r += (salesByIntegrator[id] ?? 0) * 0.01 * Math.min(1, stake / 200); // share of its sales to the other nations
  }
  for (const id of trilateralIntegrators(n, state.turn)) {
    const jvCapex = n.dataCentres.filter((d) => d.builder === "jv" && d.integrator === id).reduce((s, d) => s + d.capexSpent, 0);
    r += jvCapex * 0.006; // the partnership sells its design and services abroad (estimate; tuned by npm run balance)
  }
  return r;
}

/** Expertise transferred by partnerships this quarter (points). */
export function partnershipExpertise(n: Nation, turn: number): number {
  const stakes = Object.values(n.stakes).reduce((s, v) => s + v, 0);
  return Math.min(2, 0.3 * (stakes / 100)) + trilateralIntegrators(n, turn).length * 1.0;
}
