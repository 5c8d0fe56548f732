/** The landing page's words for a preset scenario, from the generated preset index (shared/scenario/preset-index.ts). */
import type { PresetSummary } from "../scenario/preset-index";

/** "8 quarters", or "5 years" for a game of whole years from three years up. */
export function gameLength(turns: number): string {
  return turns >= 12 && turns % 4 === 0 ? `${turns / 4} years` : `${turns} quarter${turns === 1 ? "" : "s"}`;
}

/** "Workshop (6 nations, 8 quarters)"; the tutorial preset, which the client guides step by step, says "guided". */
export function presetLabel(p: PresetSummary): string {
  const short = p.name.split(":")[0].trim();
  return `${short} (${p.nations.length} nations, ${p.id === "tutorial" ? "guided" : gameLength(p.turns)})`;
}
