/** Bundle sizes of the built client: the JavaScript the landing page loads (entry + static imports) and all of it, gzip. */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

/** gzip -9 size of one file. */
export function gzipSize(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

/** Static imports of an ES module chunk ("./x.js" after `import … from` or a bare `import "…"`), not dynamic import(). */
export function staticImports(code: string): string[] {
  const out = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;\s}])import\s*(?:[\w$*{}\s,]+from\s*)?["']\.\/([^"']+\.js)["']/g)) out.add(m[1]);
  return [...out];
}

/** The JS files the landing page loads before any click: index.html's scripts and preloads, and their static imports. */
export function landingFiles(clientDir: string): string[] {
  const html = fs.readFileSync(path.join(clientDir, "index.html"), "utf8");
  const queue = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1]);
  const seen = new Set<string>();
  while (queue.length) {
    const f = queue.pop()!;
    if (seen.has(f)) continue;
    seen.add(f);
    queue.push(...staticImports(fs.readFileSync(path.join(clientDir, "assets", f), "utf8")));
  }
  return [...seen];
}

/** Landing and total JS, gzip bytes. */
export function bundleSizes(clientDir: string): { landing: number; total: number; files: number; landingFiles: string[] } {
  const dir = path.join(clientDir, "assets");
  const js = fs.readdirSync(dir).filter((f) => f.endsWith(".js"));
  const landing = landingFiles(clientDir);
  return {
    landing: landing.reduce((s, f) => s + gzipSize(path.join(dir, f)), 0),
    total: js.reduce((s, f) => s + gzipSize(path.join(dir, f)), 0),
    files: js.length,
    landingFiles: landing,
  };
}
