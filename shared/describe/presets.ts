/** The landing page's words for a preset scenario, from the generated preset index (shared/scenario/preset-index.ts). */
import type { PresetSummary } from "../scenario/preset-index";

/** Which landing form lists the preset: a hosted session or a solo game against AI nations (they last differently). */
export type PresetMode = "host" | "solo";

/** "60–90 min", or "60 min" when the range is one figure. */
export function sessionLength(m: { min: number; max: number }): string {
  return m.min === m.max ? `${m.min} min` : `${m.min}–${m.max} min`;
}

/** "Workshop · 6 nations · 60–90 min" (short: test/e2e/screens.e2e.test.ts checks the chosen label fits its select). */
export function presetLabel(p: PresetSummary, mode: PresetMode = "host"): string {
  const short = p.name.split(":")[0].trim();
  return `${short} · ${p.nations.length} nations · ${sessionLength(mode === "solo" ? p.soloMinutes : p.sessionMinutes)}`;
}
