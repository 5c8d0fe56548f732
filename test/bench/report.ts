/** Benchmark figures: each printed beside its target and collected into a JSON file. */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";

/** One measured figure. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  /** Human-readable target, e.g. "≤ 1 ms". */
  target: string;
  /** Whether the figure meets its target. */
  meets: boolean;
  note?: string;
}

/** Median and 99th percentile of a sample. */
export function percentiles(xs: number[]): { p50: number; p99: number; max: number; mean: number } {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number): number => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return { p50: at(0.5), p99: at(0.99), max: s[s.length - 1], mean: s.reduce((a, b) => a + b, 0) / s.length };
}

/** Print figures as a table and write them to test/bench/results/<name>.json. */
export function report(name: string, figures: Figure[]): void {
  console.log(`\n== ${name} ==`);
  for (const f of figures) {
    const v = Number.isInteger(f.value) ? f.value.toLocaleString("en-US") : f.value.toFixed(3);
    console.log(`${f.meets ? "ok  " : "MISS"} ${f.name.padEnd(58)} ${`${v} ${f.unit}`.padStart(18)}   target ${f.target}${f.note ? `  (${f.note})` : ""}`);
  }
  const dir = join(process.cwd(), "test/bench/results");
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.json`), JSON.stringify({ name, figures }, null, 2) + "\n");
}
