/** Debrief exports: CSV with one row per nation per turn (stable column order, byte-for-byte reproducible). */
import type { Debrief } from "./build";

/** The CSV columns, in order. */
export const CSV_COLUMNS = ["nation", "turn", "compute_pf", "effective_pf", "utilisation", "revenue_musd", "opex_musd", "sovereignty", "expertise", "capability", "treasury_musd", "support", "score"] as const;

const cell = (v: string | number): string => (typeof v === "number" ? String(v) : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** One row per nation per turn (turn 0 = the starting position). */
export function debriefCsv(d: Debrief): string {
  const rows: string[] = [CSV_COLUMNS.join(",")];
  for (const n of d.nations) {
    for (const h of d.series[n.id]) {
      rows.push([n.id, h.turn, h.compute, h.effectiveCompute, h.utilisation, h.revenue, h.opex, h.sovereignty, h.expertise, h.capability, h.treasury, h.support, h.score].map(cell).join(","));
    }
  }
  return rows.join("\n") + "\n";
}

/** The debrief's text (key moments, learning points, questions) as plain text, e.g. for golden tests and print. */
export function debriefText(d: Debrief): string {
  const out: string[] = [`Debrief: ${d.scenario}, seed ${d.seed}, ${d.turns} turns`, "", "Ranking:"];
  for (const n of [...d.nations].sort((a, b) => a.rank - b.rank)) out.push(`${n.rank}. ${n.name} ${n.finalScore}`);
  out.push("", "Key moments:");
  for (const k of d.keyMoments) out.push(`- [turn ${k.turn}] ${k.text}`);
  if (d.deals?.length) {
    out.push("", "Deals signed (effect on final score, against a replay without the deal):");
    for (const x of d.deals) out.push(`- [turn ${x.turn}] ${x.text}: ${Object.entries(x.effect).map(([n, e]) => `${d.nations.find((y) => y.id === n)?.name ?? n} ${e >= 0 ? "+" : ""}${e}`).join(", ")}`);
  }
  if (d.promises?.length) {
    out.push("", "Promise ledger (not binding):");
    for (const p of d.promises) out.push(`- [turn ${p.turn}] ${d.nations.find((y) => y.id === p.from)?.name ?? p.from} to ${d.nations.find((y) => y.id === p.to)?.name ?? p.to}: "${p.text}"`);
  }
  out.push("", "Learning points:");
  for (const l of d.learningPoints) out.push(`* ${l.claim}: ${l.paragraph}`);
  out.push("", "Questions for the room:");
  for (const q of d.questions) out.push(`? ${q}`);
  return out.join("\n") + "\n";
}
