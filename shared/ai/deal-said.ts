/**
 * What an AI nation says about a deal (its answer to a proposal, its own offer) and what the table notes on a
 * countered proposal: a code and its figures, never a sentence (shared/describe/deal-reasons.ts writes it).
 * Nations are named as the AI's view names them; a quarter is { year, q }.
 */
import type { ViolationKey, Params } from "../engine/errors";

/** A quarter as figures. */
export interface SaidQuarter {
  year: number;
  q: 1 | 2 | 3 | 4;
}

/** The figures of each thing said about a deal. */
export interface DealSaidParams {
  /** The AI cannot take part in deals now (the game is over, or it is not in the view). */
  "deal/unavailable": Record<string, never>;
  /** Its own side breaks a rule. */
  "deal/cannot": { nation: string; violation: { key: ViolationKey; params: Params } };
  "deal/accept_free": { nation: string };
  "deal/accept": { nation: string; points: number; by: SaidQuarter };
  "deal/refuse_nothing": { nation: string; points: number; by: SaidQuarter };
  "deal/refuse_cost": { nation: string; other: string; points: number; by: SaidQuarter };
  "deal/refuse_full": { nation: string; points: number; by: SaidQuarter };
  "deal/counter": { nation: string; other: string; points: number; by: SaidQuarter; now: number; perQuarter: number };
  /** An AI's own offer: what it gives (spare GPUs of a model, or HBM a quarter) for cash a quarter. */
  "deal/offer": { nation: string; to: string; count?: number; model?: string; gb?: number; perQuarter: number; quarters: number };
  /** The table's note on a proposal its addressee countered. */
  "deal/countered": { nation: string };
  /** An AI meant to accept, but signing was refused (the match's refusal: its reason, figures and the engine's rule key). */
  "deal/not_signed": { nation: string; refusal: { reason: string; params: Params; key?: ViolationKey } };
}

/** One thing said about a deal: a code and its figures. */
export type DealSaid = { [C in keyof DealSaidParams]: { code: C; params: DealSaidParams[C] } }[keyof DealSaidParams];
