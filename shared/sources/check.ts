/**
 * The figure check: list every numeric figure of a catalogue or scenario by dotted path, and compare
 * the figures with their range records. Each problem is one sentence naming the path, the value and
 * the range, so a failing test says exactly what to fix. Pure; used by test/shared/sources.test.ts.
 */
import type { Catalogue } from "../engine/state";
import type { Scenario } from "../scenario/schema";
import type { FigureRange, Unranged } from "./ranges";
import { findSource } from "./registry";

/** One numeric figure found in the data: its path, value and where it was read (for messages). */
export interface Figure {
  path: string;
  value: number;
  origin: string;
}

/** Every numeric leaf under `value`, by dotted path; array items with a string `id` are named by it. */
function walk(value: unknown, path: string, origin: string, out: Figure[]): void {
  if (typeof value === "number") {
    out.push({ path, value, origin });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const key = item && typeof item === "object" && typeof (item as { id?: unknown }).id === "string" ? (item as { id: string }).id : String(i);
      walk(item, path ? `${path}.${key}` : key, origin, out);
    });
    return;
  }
  if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k, origin, out);
  }
}

/** Every numeric figure of a catalogue (accelerators, integrators, partners, memory makers, market constants). */
export function catalogueFigures(cat: Catalogue, origin = "BASE_CATALOGUE"): Figure[] {
  const out: Figure[] = [];
  walk(cat, "", origin, out);
  return out;
}

/**
 * The scenario's own figures: each nation's top-level numbers (`nations.<id>.<field>`) and its
 * accelerator overrides, checked against the catalogue's records (`accelerators.<id>.<field>`).
 */
export function scenarioFigures(s: Scenario): Figure[] {
  const out: Figure[] = [];
  const origin = `scenario ${s.id}`;
  for (const n of s.nations) {
    for (const [k, v] of Object.entries(n)) if (typeof v === "number") out.push({ path: `nations.${n.id}.${k}`, value: v, origin });
    // The pre-game pipeline: sites under construction, GPUs on order and a licence in force (setup.ts).
    for (const d of n.dataCentres ?? []) {
      if ((d.quartersLeft ?? 0) > 0) {
        out.push({ path: `nations.${n.id}.building.${d.site}.mw`, value: d.mw, origin });
        out.push({ path: `nations.${n.id}.building.${d.site}.quartersLeft`, value: d.quartersLeft, origin });
      }
      for (const o of d.onOrder ?? [])
        for (const k of ["count", "priceK", "dueTurn"] as const) out.push({ path: `nations.${n.id}.onOrder.${o.model}.${k}`, value: o[k], origin });
    }
    if (n.licence) {
      out.push({ path: `nations.${n.id}.licence.gb300Equivalents`, value: n.licence.gb300Equivalents, origin });
      out.push({ path: `nations.${n.id}.licence.quarters`, value: n.licence.quarters, origin });
    }
  }
  for (const [id, o] of Object.entries(s.catalogueOverrides)) walk(o, `accelerators.${id}`, `${origin} catalogueOverrides`, out);
  return out;
}

/** True when `path` matches `pattern`, where a `*` segment matches any one segment. */
export function matchesPattern(path: string, pattern: string): boolean {
  const a = path.split(".");
  const b = pattern.split(".");
  return a.length === b.length && b.every((seg, i) => seg === "*" || seg === a[i]);
}

/** Problems with the range records themselves: duplicates, bad bounds, unknown source ids, no grounds. */
export function recordProblems(ranges: readonly FigureRange[]): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const r of ranges) {
    if (seen.has(r.path)) problems.push(`${r.path}: two range records for the same figure`);
    seen.add(r.path);
    if (!(Number.isFinite(r.min) && Number.isFinite(r.max) && r.min <= r.max))
      problems.push(`${r.path}: range ${r.min}–${r.max} is not a range (min must be ≤ max)`);
    for (const id of r.sources) if (!findSource(id)) problems.push(`${r.path}: source ${id} is not in docs/sources.md`);
    if (r.estimate !== undefined && r.estimate.trim().length < 10) problems.push(`${r.path}: an estimate needs its reasoning (got "${r.estimate}")`);
    if (r.sources.length === 0 && !r.estimate && !r.note) problems.push(`${r.path}: no sources, no estimate reasoning and no note`);
  }
  return problems;
}

/**
 * Compare figures with range records: a figure outside its range, a figure with no record (and not
 * listed as unranged), and a record no figure uses (stale) are each one problem sentence.
 */
export function figureProblems(figures: readonly Figure[], ranges: readonly FigureRange[], unranged: readonly Unranged[] = []): string[] {
  const problems: string[] = [];
  const byPath = new Map(ranges.map((r) => [r.path, r]));
  const used = new Set<string>();
  for (const f of figures) {
    const r = byPath.get(f.path);
    if (!r) {
      if (!unranged.some((u) => matchesPattern(f.path, u.pattern)))
        problems.push(`${f.path} = ${f.value} (${f.origin}) has no range record: add one to shared/sources/ranges.ts (docs/sources-and-ranges.md)`);
      continue;
    }
    used.add(f.path);
    if (!(f.value >= r.min && f.value <= r.max)) {
      problems.push(
        `${f.path} = ${f.value} (${f.origin}) is outside its range ${r.min}–${r.max}${r.estimate ? " (estimate)" : ""} [${r.sources.join(", ") || "no source"}]`,
      );
    }
  }
  for (const r of ranges) if (!used.has(r.path)) problems.push(`${r.path}: stale range record (${r.min}–${r.max}), no figure at this path`);
  return problems;
}
