/** Where a new game's scenario comes from: a preset by id, or an uploaded file checked by the scenario schema. */
import type { Scenario } from "../../shared/scenario/schema";
import { PRESET_IDS, presetScenario } from "../../shared/scenario/presets";
import { parseScenario } from "../../shared/scenario/load";

/** A scenario, or every problem found with the request. */
export type ScenarioChoice = { ok: true; scenario: Scenario } | { ok: false; problems: { path: string; message: string }[] };

/** Resolve the scenario of a create-game request. */
export function chooseScenario(presetId: string, file: unknown): ScenarioChoice {
  if (file !== undefined && file !== null) {
    const parsed = parseScenario(file);
    return parsed.ok ? { ok: true, scenario: parsed.scenario } : { ok: false, problems: parsed.problems };
  }
  if (!(PRESET_IDS as readonly string[]).includes(presetId)) {
    return { ok: false, problems: [{ path: "scenario", message: `Unknown preset "${presetId}"; choose one of ${PRESET_IDS.join(", ")}.` }] };
  }
  return { ok: true, scenario: presetScenario(presetId as (typeof PRESET_IDS)[number]) };
}
