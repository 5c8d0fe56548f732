/**
 * The local-language milestone needs compute the nation adds during the game: nation-run peak PF now
 * minus the nation-run peak PF it started with. MILESTONE_NEW_PF ≈ 2,000 H100-class GPUs (estimate: half
 * of the 4,096 H100 IndiaAI gave Sarvam for its national model, facts.md §5, N28–N31), so a nation that
 * only holds its starting footprint never reaches it.
 *
 * The scenario's pre-game pipeline (GPUs ordered before the game, batches marked `pipeline`) is part of the
 * starting footprint as it arrives: it never counts as compute added, and what of it is still owed does not
 * raise the bar either (a Stargate order slipping in a sold-out HBM pool must not put the milestone out of reach).
 */
import type { GameState, Nation } from "./state";
import { findAccelerator } from "./catalogue";

/** Nation-run peak PF that must be added during the game for the milestone. */
export const MILESTONE_NEW_PF = 4000;

/** Peak PF of the GPUs the nation runs itself, leaving out what arrived from the pre-game pipeline. */
export function ownPeakPf(state: GameState, n: Nation): number {
  let pf = 0;
  for (const dc of n.dataCentres)
    for (const g of dc.gpus) if (g.operator === "nation" && !g.pipeline) pf += g.count * (findAccelerator(state.catalogue, g.model)?.pf ?? 0);
  return pf;
}

/** Nation-run peak PF added since the start of the game (never negative). */
export function newOwnPf(state: GameState, n: Nation): number {
  return Math.max(0, ownPeakPf(state, n) - (n.startingOwnPf ?? 0));
}
