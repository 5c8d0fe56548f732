/**
 * The value-import graph of a source folder (type-only imports are erased at build time and left out), and its
 * import circles: the strongly connected components with more than one file (Tarjan's algorithm).
 */
import fs from "node:fs";
import path from "node:path";

const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?!type\b)(?:[\s\S]*?\sfrom\s+)?["'](\.{1,2}\/[^"']+)["']/g;

/** Files (relative to `root`, without extension) and the files of the same tree each one imports values from. */
export function importGraph(root: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.tsx?$/.test(e.name)) {
        const id = path.relative(root, full).replace(/\.tsx?$/, "");
        const deps = new Set<string>();
        for (const m of fs.readFileSync(full, "utf8").matchAll(IMPORT)) {
          const target = path.relative(root, path.resolve(path.dirname(full), m[1])).replace(/\.tsx?$/, "");
          if (!target.startsWith(".."))
            deps.add(fs.existsSync(path.join(root, `${target}.ts`)) || fs.existsSync(path.join(root, `${target}.tsx`)) ? target : `${target}/index`);
        }
        graph.set(id, [...deps].sort());
      }
    }
  };
  walk(root);
  return graph;
}

/** The import circles of a graph: each a sorted list of files, the list sorted by its first file. */
export function importCircles(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string): void => {
    idx.set(v, index);
    low.set(v, index++);
    stack.push(v);
    on.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!idx.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
    }
    if (low.get(v) === idx.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        on.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!idx.has(v)) visit(v);
  return out.sort((a, b) => a[0].localeCompare(b[0]));
}
