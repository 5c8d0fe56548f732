/**
 * An objective's progress as the dashboard shows it (#18): where its metric stood at the last resolution against
 * the target, and how that value is computed with this quarter's values (a compute objective counts effective
 * compute, peak × utilisation, which the dashboard's "Compute online" alone does not show).
 */
import type { Nation, Objective } from "../../../shared/engine/state";
import { objectiveValue } from "../../../shared/engine/development";
import { idx, pf, usd } from "../format";

/** What the objective's line says after its text, and its explanation. */
export interface ObjectiveProgress {
  /** "now 2,790 PF of 8,000 PF", "met", "missed (by turn 4)". */
  now: string;
  /** How the value is computed, with this quarter's figures. */
  why: string;
  /** Value ÷ target, 0–1. */
  share: number;
}

const FORMAT: Record<Objective["metric"], (x: number) => string> = {
  compute: pf,
  sovereignty: idx,
  expertise: (x) => x.toFixed(0),
  capability: (x) => x.toFixed(0),
  revenue: usd,
  support: (x) => `${x.toFixed(0)} %`,
  milestone: (x) => (x >= 1 ? "reached" : "not yet"),
};

const WHAT: Record<Objective["metric"], string> = {
  compute: "Effective compute",
  sovereignty: "Sovereignty index",
  expertise: "Expertise",
  capability: "AI capability",
  revenue: "GPUaaS and export revenue earned in the game",
  support: "Public support",
  milestone: "The local-language model milestone",
};

/** The progress of `o` for nation `n` in turn `turn` (the objective is checked at each resolution). */
export function objectiveProgress(n: Nation, o: Objective, turn: number): ObjectiveProgress {
  const h = n.history[n.history.length - 1];
  const value = objectiveValue(n, o, h?.effectiveCompute ?? 0);
  const target = o.metric === "milestone" ? 1 : o.target;
  const fmt = FORMAT[o.metric];
  const by = o.byTurn !== undefined ? ` by turn ${o.byTurn}` : " by the end of the game";
  const how =
    o.metric === "compute"
      ? `Effective compute = compute online ${pf(h?.compute ?? 0)} × utilisation ${((h?.utilisation ?? 0) * 100).toFixed(1)} % = ${pf(value)}, at the last resolution.`
      : o.metric === "milestone"
        ? "Your own large language model: capability ≥ 150 with enough compute you run yourself (see the glossary)."
        : `${WHAT[o.metric]} at the last resolution: ${fmt(value)}.`;
  const why = `${how} The objective is met at a resolution when it reaches ${fmt(target)}${by} (${o.points} points).`;
  const share = Math.max(0, Math.min(1, target > 0 ? value / target : 1));
  if (n.objectivesMet.includes(o.id)) return { now: "met", why, share: 1 };
  if (o.byTurn !== undefined && turn > o.byTurn) return { now: `missed (by turn ${o.byTurn})`, why, share };
  return { now: o.metric === "milestone" ? "not yet" : `now ${fmt(value)} of ${fmt(target)}`, why, share };
}
