/**
 * Source ids inside running text ("facts.md M7–M10, G11"): the pattern, the names that only look
 * like ids, and the list of ids a citation cites. Tiny and data-free, so the client can link ids
 * without loading the registry.
 */

/** Matches one source id inside running text ("M7", "E15b"); global, so use with matchAll/split. */
export const SOURCE_ID_IN_TEXT = /\b[AMDGNEC]\d{1,3}[a-z]?\b/g;

/** Names that look like source ids but are not (the UAE company G42). */
export const NOT_SOURCE_IDS: ReadonlySet<string> = new Set(["G42"]);

/**
 * The source ids cited in `text`, without repeats (names in NOT_SOURCE_IDS are skipped). A range
 * "M7–M10" (en dash or hyphen) cites every id from M7 to M10 of the same letter.
 */
export function citedIds(text: string): string[] {
  const out: string[] = [];
  const add = (id: string): void => {
    if (!out.includes(id) && !NOT_SOURCE_IDS.has(id)) out.push(id);
  };
  const range = /\b([AMDGNEC])(\d{1,3})\s*[–-]\s*([AMDGNEC])?(\d{1,3})\b/g;
  for (const m of text.matchAll(range)) {
    if (m[3] && m[3] !== m[1]) continue;
    for (let n = Number(m[2]); n <= Number(m[4]); n++) add(`${m[1]}${n}`);
  }
  for (const m of text.matchAll(SOURCE_ID_IN_TEXT)) add(m[0]);
  return out;
}

/** Split `text` into plain parts and source ids, in order: `[{ text }, { id }, …]`. */
export function splitCitation(text: string): ({ text: string } | { id: string })[] {
  const out: ({ text: string } | { id: string })[] = [];
  let last = 0;
  for (const m of text.matchAll(SOURCE_ID_IN_TEXT)) {
    if (NOT_SOURCE_IDS.has(m[0])) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    out.push({ id: m[0] });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}
