/** The preset scenarios shipped in assets/scenarios, parsed and checked once. */
import tutorial from "../../assets/scenarios/tutorial.json";
import workshop from "../../assets/scenarios/workshop.json";
import full from "../../assets/scenarios/full.json";
import type { Scenario } from "./schema";
import { parseScenario } from "./load";

/** Ids of the preset scenarios. */
export const PRESET_IDS = ["tutorial", "workshop", "full"] as const;
/** A preset id. */
export type PresetId = (typeof PRESET_IDS)[number];

const RAW: Record<PresetId, unknown> = { tutorial, workshop, full };
const cache = new Map<PresetId, Scenario>();

/** True when `id` names a preset. */
export function isPresetId(id: string): id is PresetId {
  return (PRESET_IDS as readonly string[]).includes(id);
}

/** The parsed preset (throws if a shipped preset is broken, which a test guards against). */
export function presetScenario(id: PresetId): Scenario {
  const hit = cache.get(id);
  if (hit) return structuredClone(hit);
  const r = parseScenario(RAW[id]);
  if (!r.ok) throw new Error(`Preset "${id}" is invalid: ${r.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  cache.set(id, r.scenario);
  return structuredClone(r.scenario);
}
