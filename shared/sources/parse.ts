/**
 * Parse the "Sources" section of docs/sources.md (the game's copy of facts.md) into source records.
 * Line format: `- ID — title — address — year` under `### Group name (X)` headings. Pure: text in, records out.
 */

/** One cited source: id as used in comments and the game ("M7"), its title, address and year. */
export interface SourceRecord {
  id: string;
  /** The heading it is listed under, e.g. "Memory (M)". */
  group: string;
  title: string;
  url: string;
  /** Year of the source, or null when the sheet says "n.d.". */
  year: number | null;
}

/** Shape of a source id: one letter of the groups A, M, D, G, N, E, C, digits, an optional letter ("M19b"). */
export const SOURCE_ID = /^[A-Z]\d+[a-z]?$/;

/** Every source listed under the "## Sources" heading of `markdown`, in file order (throws on a malformed or duplicate line). */
export function parseSources(markdown: string): SourceRecord[] {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((l) => /^## Sources\s*$/.test(l));
  if (start < 0) throw new Error('no "## Sources" heading found');
  const out: SourceRecord[] = [];
  const seen = new Set<string>();
  let group = "";
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (/^## /.test(line)) break;
    const heading = /^### (.+?)\s*$/.exec(line);
    if (heading) {
      group = heading[1];
      continue;
    }
    if (!line.startsWith("- ")) continue;
    const parts = line.slice(2).split(" — ");
    if (parts.length < 4) throw new Error(`line ${i + 1}: expected "- ID — title — address — year", got: ${line}`);
    const id = parts[0].trim();
    const yearText = parts[parts.length - 1].trim();
    const url = parts[parts.length - 2].trim();
    const title = parts.slice(1, -2).join(" — ").trim();
    if (!SOURCE_ID.test(id)) throw new Error(`line ${i + 1}: "${id}" is not a source id`);
    if (!/^https?:\/\//.test(url)) throw new Error(`line ${i + 1}: "${url}" is not an http(s) address`);
    if (!/^(\d{4}|n\.d\.)$/.test(yearText)) throw new Error(`line ${i + 1}: "${yearText}" is not a year or n.d.`);
    if (seen.has(id)) throw new Error(`line ${i + 1}: duplicate source id ${id}`);
    seen.add(id);
    out.push({ id, group, title, url, year: yearText === "n.d." ? null : Number(yearText) });
  }
  return out;
}
