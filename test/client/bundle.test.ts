/**
 * What the browser downloads (#18): no zod module in any client chunk (the client reads the zod-free names and types of
 * shared/protocol), Phaser and the game screen outside the landing page's chunks, landing ≤ 100 KB and all JS ≤ 450 KB gzip.
 * Builds the client in memory (vite build, write: false) and reads each chunk's module list.
 */
import path from "node:path";
import zlib from "node:zlib";
import { build } from "vite";
import type { Rolldown } from "vite";
import { beforeAll, describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
let chunks: Rolldown.OutputChunk[] = [];

/** The chunks the landing page loads before any click: the entry and its static imports, transitively. */
function landingChunks(): Rolldown.OutputChunk[] {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const seen = new Set<string>();
  const queue = chunks.filter((c) => c.isEntry).map((c) => c.fileName);
  while (queue.length) {
    const f = queue.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    queue.push(...(byName.get(f)?.imports ?? []));
  }
  return chunks.filter((c) => seen.has(c.fileName));
}

const gzip = (cs: Rolldown.OutputChunk[]): number => cs.reduce((s, c) => s + zlib.gzipSync(c.code, { level: 9 }).length, 0);
const modulesOf = (cs: Rolldown.OutputChunk[]): string[] => cs.flatMap((c) => Object.keys(c.modules).map((id) => path.relative(root, id)));

describe("client bundle", () => {
  beforeAll(async () => {
    // What ships: Vitest sets NODE_ENV=test, under which the JSX transform emits jsxDEV calls with file names and line numbers (≈ 9 KB gzip more).
    const env = process.env.NODE_ENV;
    process.env.NODE_ENV = "production";
    const out = await build({ configFile: path.join(root, "vite.config.ts"), logLevel: "silent", build: { write: false } }).finally(() => {
      process.env.NODE_ENV = env;
    });
    const outputs = (Array.isArray(out) ? out : [out]) as Rolldown.RolldownOutput[];
    chunks = outputs.flatMap((o) => o.output.filter((c): c is Rolldown.OutputChunk => c.type === "chunk"));
  });

  it("has no zod module, and none of shared/protocol's zod schema modules, in any chunk", () => {
    const mods = modulesOf(chunks);
    expect(mods.some((m) => m.startsWith("client/"))).toBe(true);
    expect(mods.filter((m) => m.includes("node_modules/zod/"))).toEqual([]);
    const schemaModules = /^shared\/(protocol\/(messages|orders|deals|licences|server-messages)|scenario\/(schema|load|presets))\.ts$/;
    expect(mods.filter((m) => schemaModules.test(m))).toEqual([]);
    expect(chunks.filter((c) => /ZodError|\$ZodType/.test(c.code)).map((c) => c.fileName)).toEqual([]);
  });

  it("loads Phaser and the game screen on demand, and keeps the landing page ≤ 100 KB and all JavaScript ≤ 450 KB gzip", () => {
    const landing = landingChunks();
    const mods = modulesOf(landing);
    expect(mods).toContain("client/app/landing.tsx");
    expect(mods.filter((m) => m.includes("node_modules/phaser/") || m.startsWith("client/app/game-screen") || m.includes("@colyseus/"))).toEqual([]);
    expect(mods, "the landing lists presets from the generated index").toContain("shared/scenario/preset-index.ts");
    expect(
      mods.filter((m) => m.startsWith("assets/scenarios/")),
      "no scenario file in the landing page",
    ).toEqual([]);
    expect(gzip(landing)).toBeLessThanOrEqual(100 * 1024);
    expect(gzip(chunks)).toBeLessThanOrEqual(450 * 1024);
  });
});
