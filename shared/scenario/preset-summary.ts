import type { PresetId } from "./presets";

/** One preset as the landing page lists it (the shape of shared/scenario/preset-index.ts, which is generated). */
export interface PresetSummary {
  id: PresetId;
  name: string;
  /** Quarters the game lasts. */
  turns: number;
  /** Wall-clock minutes a hosted session takes. */
  sessionMinutes: { min: number; max: number };
  /** Wall-clock minutes a solo game against AI nations takes. */
  soloMinutes: { min: number; max: number };
  nations: { id: string; name: string; flag: string }[];
}
