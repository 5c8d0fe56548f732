/**
 * Words and numbers for a figure's change and its causes (shared by the results screen and the figure
 * popovers): one unit per figure, signed amounts, biggest first. Pure, no DOM.
 */
import type { Cause, FigureChange, FigureUnit } from "../../../shared/engine/causes";
import { describeCause, FIGURE_NAMES } from "../../../shared/describe/causes";
import { sovereigntyComputation } from "../../../shared/describe/score";
import { usd } from "../format";

/** A figure's value in its unit: "US$1.27B", "4,500 PF", "52 %", "0.56", "31.4". */
export function formatValue(unit: FigureUnit, x: number): string {
  switch (unit) {
    case "usd_m":
      return usd(x);
    case "pf":
      return `${Math.round(x).toLocaleString("en-US")} PF`;
    case "share":
      return `${Math.round(x * 100)} %`;
    case "index":
      return x.toFixed(2);
    case "points":
      return Math.abs(x) >= 100 ? Math.round(x).toLocaleString("en-US") : x.toFixed(1);
  }
}

/** A signed amount in a figure's unit: "+US$310M", "−12 PF", "−8.0 pt", "+0.012", "+2.3". */
export function formatAmount(unit: FigureUnit, x: number): string {
  const sign = x > 0 ? "+" : x < 0 ? "−" : "±";
  const a = Math.abs(x);
  switch (unit) {
    case "usd_m":
      return `${sign}${usd(a)}`;
    case "pf":
      return `${sign}${a < 10 ? a.toFixed(1) : Math.round(a).toLocaleString("en-US")} PF`;
    case "share":
      return `${sign}${(a * 100).toFixed(1)} pt`;
    case "index":
      return `${sign}${a.toFixed(a < 0.01 ? 3 : 2)}`;
    case "points":
      return `${sign}${a.toFixed(1)}`;
  }
}

/** A cause as one line: amount and words. */
export interface CauseLine {
  code: Cause["code"];
  amount: string;
  text: string;
  value: number;
}

/** The causes of a figure in words, biggest first; causes too small to show in the figure's unit are left out. */
export function causeLines(f: FigureChange): CauseLine[] {
  return [...f.causes]
    .filter((c) => Math.abs(c.amount) >= minShown(f.unit))
    .sort((a, b) => Math.abs(b.amount) - Math.abs(a.amount))
    .map((c) => ({ code: c.code, amount: formatAmount(f.unit, c.amount), text: describeCause(f.figure, c), value: c.amount }));
}

function minShown(unit: FigureUnit): number {
  return unit === "usd_m" ? 0.05 : unit === "pf" ? 0.05 : unit === "share" ? 0.0005 : unit === "index" ? 0.0005 : 0.05;
}

/** How big a move is, comparable across units (for "biggest movers first"). */
export function moveSize(f: FigureChange): number {
  const ref =
    f.unit === "usd_m"
      ? Math.max(Math.abs(f.before), 200)
      : f.unit === "pf"
        ? Math.max(f.before, 20)
        : f.unit === "share"
          ? 0.2
          : f.unit === "index"
            ? 0.1
            : Math.max(Math.abs(f.before), 20);
  return Math.abs(f.change) / ref;
}

/** The figures that moved, biggest movers first. */
export function biggestMovers(figures: FigureChange[]): FigureChange[] {
  return figures.filter((f) => Math.abs(f.change) >= minShown(f.unit)).sort((a, b) => moveSize(b) - moveSize(a));
}

/** "US$1.50B → US$1.27B"; an index that moved less than 0.01 shows three decimals, so the two values differ as the change says. */
export function valuePair(f: FigureChange): string {
  const fmt = (x: number): string => (f.unit === "index" && Math.abs(f.change) < 0.01 ? x.toFixed(3) : formatValue(f.unit, x));
  return `${fmt(f.before)} → ${fmt(f.after)}`;
}

/** "Treasury: US$1.50B → US$1.27B (−US$230M)". */
export function changeLine(f: FigureChange): string {
  return `${FIGURE_NAMES[f.figure]}: ${valuePair(f)} (${formatAmount(f.unit, f.change)})`;
}

/** This quarter's computation with the values filled in, for figures with a closed formula (sovereignty, score), else null. */
export function formulaLine(f: FigureChange): string | null {
  if (f.figure === "sovereignty" && f.inputs) {
    const { controlShare, expertise, exposure, policy } = f.inputs;
    return sovereigntyComputation({ controlShare, expertise, exposure, policy }, f.after);
  }
  if (f.figure === "score") {
    const parts = f.causes
      .filter((c) => c.code === "score_part" && Math.round(Number(c.params.after)) !== 0)
      .map((c) => ({ v: Math.round(Number(c.params.after)), part: String(c.params.part) }));
    if (!parts.length) return null;
    const terms = parts.map((x, i) => `${i === 0 ? (x.v < 0 ? "−" : "") : x.v < 0 ? " − " : " + "}${Math.abs(x.v)} ${x.part}`).join("");
    return `${terms} = ${f.after} points (each part rounded)`;
  }
  return null;
}
