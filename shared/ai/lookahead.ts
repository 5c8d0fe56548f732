/**
 * Hard AI planning: try variations of the nation's style, play each forward with the real rules engine
 * on the nation's belief (its own state and its fair share of supply; no hidden data of others, no
 * game PRNG), and keep the one whose projected score is highest.
 */
import type { Order } from "../protocol/orders";
import type { GameState } from "../engine/state";
import type { RngState } from "../engine/rng";
import type { Style } from "./personality";
import { resolveTurn } from "../engine/resolve";
import { playStyle } from "./policy";

/** Quarters the hard AI looks ahead. */
export const LOOKAHEAD_QUARTERS = 5;

/** The variations of a style the hard AI compares (the style itself first). */
export function styleVariants(base: Style): Style[] {
  const out: Style[] = [base];
  const push = (s: Partial<Style>): void => {
    out.push({ ...base, ...s });
  };
  push({ spend: Math.min(1, base.spend + 0.2), reserve: Math.max(0, base.reserve - 0.3) });
  push({ spend: Math.max(0.3, base.spend - 0.3) });
  push({ pkg: base.pkg === "fullstack" ? "auto" : "fullstack" });
  push({ talent: base.talent >= 2 ? 1 : 3, talentUntil: 90 });
  push({ talent: 0 });
  push({ memory: base.memory > 0 ? 0 : 0.2 });
  push({ builder: base.builder === "us" ? "jv" : "us" });
  push({ maker: base.maker === "amd" ? "nvidia" : base.maker === "nvidia" ? "any" : "amd" });
  push({ buildMw: base.buildMw >= 60 ? 30 : 60 });
  push({ mix: base.mix === false });
  return out;
}

/** Projected score of playing `style` for `quarters` quarters from `belief`. */
export function projectStyle(belief: GameState, nation: string, style: Style, quarters: number, rng: RngState): number {
  let s = belief;
  for (let q = 0; q < quarters && !s.finished; q++) {
    const orders: Record<string, Order[]> = { [nation]: playStyle(s, nation, style, [...rng] as RngState) };
    s = resolveTurn(s, orders).state;
  }
  return s.nations[nation].score;
}

/** The style whose look-ahead scores best (ties keep the earlier, so the personality's own style wins them). */
export function bestStyle(belief: GameState, nation: string, base: Style, rng: RngState, quarters = LOOKAHEAD_QUARTERS): Style {
  let best = base;
  let bestScore = -Infinity;
  for (const v of styleVariants(base)) {
    const score = projectStyle(belief, nation, v, quarters, rng);
    if (score > bestScore + 1e-9) {
      best = v;
      bestScore = score;
    }
  }
  return best;
}
