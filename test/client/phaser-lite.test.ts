/** Every game object the client creates with this.add.<name>() is registered by the trimmed Phaser (client/phaser/phaser-lite.js): a missing factory only fails in the browser, at the moment it is used (the signing confetti once threw "this.add.rectangle is not a function"). */
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

/** Source files under a folder, recursively. */
function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sources(p);
    return /\.(ts|tsx)$/.test(e.name) ? [p] : [];
  });
}

describe("phaser-lite", () => {
  it("registers a factory for every this.add.<object>() the client calls", () => {
    const used = new Set<string>();
    for (const f of sources(path.join(root, "client"))) {
      const text = fs.readFileSync(f, "utf8");
      for (const m of text.matchAll(/\b(?:this|scene)\.add\s*\.\s*([a-z][A-Za-z]*)\s*\(/g)) used.add(m[1]);
    }
    const lite = fs.readFileSync(path.join(root, "client/phaser/phaser-lite.js"), "utf8");
    const factories = new Set([...lite.matchAll(/\/([A-Z][A-Za-z]*)Factory"/g)].map((m) => m[1].charAt(0).toLowerCase() + m[1].slice(1)));
    expect(used.size).toBeGreaterThan(3);
    expect([...used].filter((name) => !factories.has(name))).toEqual([]);
  });
});
