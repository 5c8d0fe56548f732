/**
 * The source registry: every source id of docs/sources.md with title, address and year (generated
 * into sources.json by scripts/make-sources.ts), and helpers to find the ids inside a citation text
 * such as "facts.md M7–M10, G11 (estimate)". Pure data and functions for engine, client and tests.
 */
import records from "./sources.json";
import type { SourceRecord } from "./parse";

export type { SourceRecord } from "./parse";

/** Every source, in the order of docs/sources.md. */
export const SOURCES: readonly SourceRecord[] = records as SourceRecord[];

const BY_ID = new Map(SOURCES.map((s) => [s.id, s]));

/** The source with this id, or undefined. */
export function findSource(id: string): SourceRecord | undefined {
  return BY_ID.get(id);
}

/** Matches one source id inside running text ("M7", "E15b"); global, so use with matchAll/split. */
export const SOURCE_ID_IN_TEXT = /\b[AMDGNEC]\d{1,3}[a-z]?\b/g;

/** Names that look like source ids but are not (the UAE company G42). */
export const NOT_SOURCE_IDS: ReadonlySet<string> = new Set(["G42"]);

/**
 * The source ids cited in `text`, without repeats (names in NOT_SOURCE_IDS are skipped). A range "M7–M10" (en dash or hyphen)
 * cites every id from M7 to M10 of the same letter.
 */
export function citedIds(text: string): string[] {
  const out: string[] = [];
  const add = (id: string): void => { if (!out.includes(id) && !NOT_SOURCE_IDS.has(id)) out.push(id); };
  const range = /\b([AMDGNEC])(\d{1,3})\s*[–-]\s*([AMDGNEC])?(\d{1,3})\b/g;
  for (const m of text.matchAll(range)) {
    if (m[3] && m[3] !== m[1]) continue;
    for (let n = Number(m[2]); n <= Number(m[4]); n++) add(`${m[1]}${n}`);
  }
  for (const m of text.matchAll(SOURCE_ID_IN_TEXT)) add(m[0]);
  return out;
}
