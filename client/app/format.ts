/** Number formatting for figures shown to players (units always shown). */

/** US$ millions → "US$1.25B" / "US$310M". */
export function usd(m: number): string {
  const a = Math.abs(m);
  const s = a >= 1000 ? `US$${(a / 1000).toFixed(2)}B` : `US$${a.toFixed(a < 10 ? 1 : 0)}M`;
  return m < 0 ? `−${s}` : s;
}

/** PFLOPS → "38 PF" / "1.2 EF". */
export function pf(x: number): string {
  return x >= 1000 ? `${(x / 1000).toFixed(1)} EF` : `${x.toFixed(0)} PF`;
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
