/** Debrief exports: CSV with one row per nation per turn (stable column order, byte-for-byte reproducible). */
import type { CheckGroup } from "./check-results";
import { percent } from "./check-results";
import type { Debrief } from "./build";

/** The CSV columns, in order. */
export const CSV_COLUMNS = [
  "nation",
  "turn",
  "compute_pf",
  "effective_pf",
  "utilisation",
  "revenue_musd",
  "opex_musd",
  "sovereignty",
  "expertise",
  "capability",
  "treasury_musd",
  "support",
  "score",
] as const;

const cell = (v: string | number): string => (typeof v === "number" ? String(v) : /[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** One row per nation per turn (turn 0 = the starting position). */
export function debriefCsv(d: Debrief): string {
  const rows: string[] = [CSV_COLUMNS.join(",")];
  for (const n of d.nations) {
    for (const h of d.series[n.id]) {
      rows.push(
        [
          n.id,
          h.turn,
          h.compute,
          h.effectiveCompute,
          h.utilisation,
          h.revenue,
          h.opex,
          h.sovereignty,
          h.expertise,
          h.capability,
          h.treasury,
          h.support,
          h.score,
        ]
          .map(cell)
          .join(","),
      );
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
    for (const x of d.deals)
      out.push(
        `- [turn ${x.turn}] ${x.text}: ${Object.entries(x.effect)
          .map(([n, e]) => `${d.nations.find((y) => y.id === n)?.name ?? n} ${e >= 0 ? "+" : ""}${e}`)
          .join(", ")}`,
      );
  }
  if (d.promises?.length) {
    out.push("", "Promise ledger (not binding):");
    for (const p of d.promises)
      out.push(
        `- [turn ${p.turn}] ${d.nations.find((y) => y.id === p.from)?.name ?? p.from} to ${d.nations.find((y) => y.id === p.to)?.name ?? p.to}: "${p.text}"`,
      );
  }
  if (d.check) out.push("", ...checkText(d));
  out.push("", "Learning points:");
  for (const l of d.learningPoints) out.push(`* ${l.claim}: ${l.paragraph}`);
  out.push("", "Questions for the room:");
  for (const q of d.questions) out.push(`? ${q}`);
  return out.join("\n") + "\n";
}

/** The pre/post check as plain text: the room, each nation, then each question with its answer and source. */
export function checkText(d: Debrief): string[] {
  const c = d.check;
  if (!c) return [];
  const line = (label: string, g: CheckGroup): string =>
    `- ${label}: before ${percent(g.pre.share)} right (${g.pre.sheets} answered${g.latePre ? `, ${g.latePre} on arrival after the first turn` : ""}), after ${percent(g.post.share)} right (${g.post.sheets} answered)` +
    (g.paired.players ? `; the ${g.paired.players} who answered both: ${percent(g.paired.pre)} → ${percent(g.paired.post)}` : "");
  return [
    "Pre/post check (five questions on the claims, before the first turn and after the end):",
    line("Room", c.room),
    ...d.nations.map((n) => line(n.name, c.nations[n.id])),
    ...c.questions.map(
      (q) =>
        `? ${q.prompt} Answer: ${q.answer}. Before ${percent(c.room.questions[q.id].pre)}, after ${percent(c.room.questions[q.id].post)}. ${q.why} (facts.md ${q.sources})`,
    ),
  ];
}

/** The pre/post check as CSV: one row per group (the room, then each nation) and stage, with the share right per question. */
export function checkCsv(d: Debrief): string {
  const c = d.check;
  const qs = c?.questions ?? [];
  const rows = [["group", "stage", "sheets", "right", "asked", "share_right", ...qs.map((q) => `q_${q.id}`)].join(",")];
  if (!c) return rows[0] + "\n";
  const groups: [string, CheckGroup][] = [["room", c.room], ...d.nations.map((n): [string, CheckGroup] => [n.id, c.nations[n.id]])];
  for (const [id, g] of groups) {
    for (const stage of ["pre", "post"] as const) {
      const s = g[stage];
      const share = (x: number | null): string => (x === null ? "" : x.toFixed(3));
      rows.push([id, stage, s.sheets, s.right, s.asked, share(s.share), ...qs.map((q) => share(g.questions[q.id][stage]))].map(cell).join(","));
    }
  }
  return rows.join("\n") + "\n";
}
