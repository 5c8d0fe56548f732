/** The sentence of a data-centre build plan (what it waits for, where its power comes from): for the news line and the order form. */
import type { EventPlan } from "../engine/event-types";
import { usdPer } from "./money";

/** Quarters as words: "1 quarter", "3 quarters". */
const quarters = (n: number): string => `${n} quarter${n === 1 ? "" : "s"}`;

/** " 2 quarters of permits, 6 quarters of construction; power from the grid at US$62/MWh." (with its leading space). */
export function planSentence(p: EventPlan): string {
  const parts: string[] = [];
  if (p.permit > 0) parts.push(`${quarters(p.permit)} of permits`);
  parts.push(`${quarters(p.construction)} of construction${p.brownfield ? " in an existing powered shell" : ""}`);
  if (p.powerWait > p.permit + p.construction) {
    parts.push(p.power === "ppa" ? `the PPA's plant takes ${p.powerWait} quarters` : `it waits ${p.powerWait} quarters in the grid queue`);
  }
  const source = p.power === "onsite" ? "on-site generation" : p.power === "ppa" ? "a power-purchase agreement (fixed price)" : "the grid";
  return ` ${parts.join(", ")}; power from ${source} at ${usdPer(p.powerPrice, "MWh", 0)}.`;
}
