/** The mechanical effects of an event card in words ("HBM supply −40 % for 2 quarters"): the facilitator's inject preview. */
import type { EventCard, GameState } from "../engine/state";
import { usd } from "./money";

const pct = (factor: number): string => `${factor >= 1 ? "+" : "−"}${Math.round(Math.abs(factor - 1) * 100)} %`;
const forQuarters = (q: number): string => `for ${q} quarter${q === 1 ? "" : "s"}`;

/** A sentence per mechanical effect of a card, naming the nations it touches. */
export function effectLines(state: GameState, card: EventCard): string[] {
  const who = (ids: string[]): string => (ids.includes("*") ? "every nation" : ids.map((id) => state.nations[id]?.name ?? id).join(", "));
  return card.effects.map((e) => {
    switch (e.kind) {
      case "hbm_supply":
        return `HBM supply ${pct(e.factor)} ${forQuarters(e.quarters)}`;
      case "packaging_cap":
        return `CoWoS packaging capacity ${pct(e.factor)} ${forQuarters(e.quarters)}`;
      case "gpu_price":
        return `${e.maker === "all" ? "GPU" : e.maker === "nvidia" ? "NVIDIA GPU" : "AMD GPU"} prices ${pct(e.factor)} ${forQuarters(e.quarters)}`;
      case "power_price":
        return `Power price ${pct(e.factor)} for ${who(e.nations)}`;
      case "support":
        return `Public support ${e.delta >= 0 ? "+" : "−"}${Math.abs(e.delta)} for ${who(e.nations)}${e.ifSovereigntyAbove !== undefined ? ` (where sovereignty is above ${e.ifSovereigntyAbove})` : ""}`;
      case "expertise":
        return `Expertise ${e.delta >= 0 ? "+" : "−"}${Math.abs(e.delta)} for ${who(e.nations)}`;
      case "rent_price":
        return `GPU rental prices ${pct(e.factor)}`;
      case "build_delay":
        return `Construction ${e.quarters} quarter${e.quarters === 1 ? "" : "s"} slower for ${who(e.nations)}`;
      case "treasury":
        return `Treasury ${e.delta >= 0 ? "+" : "−"}${usd(Math.abs(e.delta))} for ${who(e.nations)}`;
      case "licence_volume":
        return `US licence volumes ${pct(e.factor)} for ${who(e.nations)}`;
      case "licence_review":
        return `US licences suspended ${forQuarters(e.quarters)} for ${who(e.nations)}${e.unlessAudited ? " unless they carry security audits" : ""}`;
    }
  });
}

/** The figures of one nation's inject impact that the preview shows (a structural subset of the engine's InjectImpact). */
export interface ImpactFigures {
  nation: string;
  treasury: number;
  effectiveCompute: number;
  gpusDelayed: number;
  ordersAtRisk: number;
  sovereignty: number;
  score: number;
}

const SUPPLY_KINDS = new Set(["hbm_supply", "packaging_cap", "gpu_price", "rent_price"]);
const zero = (x: number): boolean => Math.abs(x) < 1e-6;

/**
 * Why an inject leaves a nation's own figures (compute, deliveries, sovereignty) unchanged, in words
 * ("No orders at risk: nothing it has on order arrives later"), or null when it changes them: the preview says so
 * instead of a row of zeros. Knock-on moves of treasury and score (others falling behind) stay in their own columns.
 */
export function noImpactLine(card: EventCard, d: ImpactFigures): string | null {
  if (![d.effectiveCompute, d.gpusDelayed, d.ordersAtRisk, d.sovereignty].every(zero)) return null;
  const targets = (e: EventCard["effects"][number]): boolean => !("nations" in e) || e.nations.includes("*") || e.nations.includes(d.nation);
  if (!card.effects.some(targets)) return "Not targeted by the event";
  if (card.effects.every((e) => SUPPLY_KINDS.has(e.kind))) return "No orders at risk: nothing it has on order arrives later";
  return zero(d.treasury) && zero(d.score) ? "No change to its figures over the event's duration" : null;
}
