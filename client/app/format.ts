/** Number formatting for figures shown to players (units always shown). */

/** Money has one formatter, shared with the engine's describer and the debrief: US$ millions → "US$1.25B" / "US$310M". */
export { usd, usdK, usdPer } from "../../shared/describe/money";

/** PFLOPS → "38 PF" / "4,500 PF": one unit everywhere (objectives, quotes and the debrief speak PF too). */
export function pf(x: number): string {
  return `${Math.round(x).toLocaleString("en-US")} PF`;
}

/** A change indicator: "▲ 12" / "▼ 3" / "". */
export function delta(d: number, fmt: (x: number) => string = (x) => x.toFixed(0)): string {
  if (Math.abs(d) < 1e-9) return "";
  return `${d > 0 ? "▲" : "▼"} ${fmt(Math.abs(d))}`;
}

/** "Q3 2026". */
export function quarter(q: { year: number; q: number }): string {
  return `Q${q.q} ${q.year}`;
}

/** 0.423 → "0.42". */
export function idx(x: number): string {
  return x.toFixed(2);
}

/** A change of an index: "+0.03", "−0.004" for a move too small for two decimals, "" for none (never "+0.00"). */
export function idxDelta(d: number): string {
  if (Math.abs(d) < 0.0005) return "";
  const digits = Math.abs(d) < 0.005 ? 3 : 2;
  return `${d > 0 ? "+" : "−"}${Math.abs(d).toFixed(digits)}`;
}
