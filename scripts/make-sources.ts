/**
 * Regenerate shared/sources/sources.json from docs/sources.md (run after editing the sources list:
 * `npx tsx scripts/make-sources.ts`). test/shared/sources.test.ts fails while the two disagree.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { parseSources } from "../shared/sources/parse";

const records = parseSources(readFileSync("docs/sources.md", "utf8"));
writeFileSync("shared/sources/sources.json", "[\n" + records.map((r) => JSON.stringify(r)).join(",\n") + "\n]\n");
console.log(`shared/sources/sources.json: ${records.length} sources`);
