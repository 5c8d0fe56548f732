/**
 * The source registry: every source id of docs/sources.md with title, address and year (generated
 * into sources.json by scripts/make-sources.ts). Pure data and functions for engine, client and tests;
 * the client loads it on demand (the Sources page), so keep it out of eagerly imported modules.
 */
import records from "./sources.json";
import type { SourceRecord } from "./parse";

export type { SourceRecord } from "./parse";
export { NOT_SOURCE_IDS, SOURCE_ID_IN_TEXT, citedIds, splitCitation } from "./ids";

/** Every source, in the order of docs/sources.md. */
export const SOURCES: readonly SourceRecord[] = records as SourceRecord[];

const BY_ID = new Map(SOURCES.map((s) => [s.id, s]));

/** The source with this id, or undefined. */
export function findSource(id: string): SourceRecord | undefined {
  return BY_ID.get(id);
}
