/**
 * Scenario loading: parse and cross-check a scenario file. A bad file is refused with every problem
 * listed by path and reason; nothing is half-loaded.
 */
import { ScenarioSchema } from "./schema";
import type { Scenario } from "./schema";
import { BASE_CATALOGUE } from "../engine/catalogue";
import { BASE_DECK } from "../engine/deck";

/** Largest scenario file accepted, in bytes (UTF-16 code units of the text). */
export const MAX_SCENARIO_BYTES = 256 * 1024;

/** One problem in a scenario file: where (dotted path) and why. */
export interface ScenarioProblem {
  path: string;
  message: string;
}

/** The result of loading a scenario. */
export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] };

/** Cross-checks the schema cannot express: unique ids and references that must exist. */
function crossCheck(s: Scenario): ScenarioProblem[] {
  const problems: ScenarioProblem[] = [];
  const acc = new Set(BASE_CATALOGUE.accelerators.map((a) => a.id));
  const integrators = new Set(BASE_CATALOGUE.integrators.map((i) => i.id));
  const partners = new Map(BASE_CATALOGUE.localPartners.map((p) => [p.id, p.nation]));
  const seen = new Set<string>();
  s.nations.forEach((n, i) => {
    if (seen.has(n.id)) problems.push({ path: `nations.${i}.id`, message: `duplicate nation id "${n.id}"` });
    seen.add(n.id);
    n.champions.forEach((c, j) => {
      if (!partners.has(c)) problems.push({ path: `nations.${i}.champions.${j}`, message: `unknown local partner "${c}"` });
      else if (partners.get(c) !== n.id)
        problems.push({ path: `nations.${i}.champions.${j}`, message: `"${c}" is a partner in ${partners.get(c)}, not ${n.id}` });
    });
    const sites = new Set<string>();
    n.sites.forEach((site, j) => {
      if (sites.has(site.id)) problems.push({ path: `nations.${i}.sites.${j}.id`, message: `duplicate site id "${site.id}"` });
      sites.add(site.id);
    });
    n.dataCentres.forEach((dc, j) => {
      const p = `nations.${i}.dataCentres.${j}`;
      if (!sites.has(dc.site)) problems.push({ path: `${p}.site`, message: `unknown site "${dc.site}" (not in this nation's sites)` });
      if (dc.builder !== "local" && (!dc.integrator || !integrators.has(dc.integrator)))
        problems.push({ path: `${p}.integrator`, message: `a "${dc.builder}" data centre needs a known integrator (${[...integrators].join(", ")})` });
      if (dc.builder !== "us" && (!dc.partner || !partners.has(dc.partner)))
        problems.push({ path: `${p}.partner`, message: `a "${dc.builder}" data centre needs a known local partner` });
      dc.gpus.forEach((g, k) => {
        if (!acc.has(g.model)) problems.push({ path: `${p}.gpus.${k}.model`, message: `unknown accelerator "${g.model}"` });
        if (!integrators.has(g.vendor) && !partners.has(g.vendor)) problems.push({ path: `${p}.gpus.${k}.vendor`, message: `unknown vendor "${g.vendor}"` });
      });
      dc.onOrder.forEach((o, k) => {
        if (!acc.has(o.model)) problems.push({ path: `${p}.onOrder.${k}.model`, message: `unknown accelerator "${o.model}"` });
        if (!integrators.has(o.vendor) && !partners.has(o.vendor)) problems.push({ path: `${p}.onOrder.${k}.vendor`, message: `unknown vendor "${o.vendor}"` });
        if (o.dueTurn > s.turns) problems.push({ path: `${p}.onOrder.${k}.dueTurn`, message: `turn ${o.dueTurn} is after the last turn (${s.turns})` });
      });
    });
    const objectives = new Set<string>();
    n.objectives.forEach((o, j) => {
      if (objectives.has(o.id)) problems.push({ path: `nations.${i}.objectives.${j}.id`, message: `duplicate objective id "${o.id}"` });
      objectives.add(o.id);
    });
  });
  for (const id of Object.keys(s.catalogueOverrides)) {
    if (!acc.has(id)) problems.push({ path: `catalogueOverrides.${id}`, message: `unknown accelerator "${id}"` });
  }
  const deckIds = new Set([...BASE_DECK.map((c) => c.id), ...s.extraEvents.map((c) => c.id)]);
  if (s.deck !== "all")
    s.deck.forEach((id, i) => {
      if (!BASE_DECK.some((c) => c.id === id)) problems.push({ path: `deck.${i}`, message: `unknown event "${id}"` });
    });
  s.scheduled.forEach((x, i) => {
    if (!deckIds.has(x.event)) problems.push({ path: `scheduled.${i}.event`, message: `unknown event "${x.event}"` });
    if (x.turn > s.turns) problems.push({ path: `scheduled.${i}.turn`, message: `turn ${x.turn} is after the last turn (${s.turns})` });
  });
  return problems;
}

/** Validate a parsed scenario object: every problem by path, or the scenario with defaults filled in. */
export function parseScenario(raw: unknown): ScenarioResult {
  const r = ScenarioSchema.safeParse(raw);
  if (!r.success) {
    return { ok: false, problems: r.error.issues.map((i) => ({ path: i.path.map(String).join(".") || "(root)", message: i.message })) };
  }
  const problems = crossCheck(r.data);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, scenario: r.data };
}

/** Validate scenario text (JSON): refuses oversized text and bad JSON with a clear problem. */
export function parseScenarioText(text: string): ScenarioResult {
  if (text.length > MAX_SCENARIO_BYTES) {
    return {
      ok: false,
      problems: [{ path: "(file)", message: `the file is ${Math.ceil(text.length / 1024)} KB; the limit is ${MAX_SCENARIO_BYTES / 1024} KB` }],
    };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [{ path: "(file)", message: `not valid JSON: ${(e as Error).message}` }] };
  }
  return parseScenario(raw);
}
