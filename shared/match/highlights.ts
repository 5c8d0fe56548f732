/**
 * What the match keeps public of the deals signed lately, for the projector's highlights between turns
 * (their cards, in words, are shared/describe/highlights.ts).
 */

/** A signed deal as everyone may know it: the quarter's turn and the two parties (the terms stay private). */
export interface SignedDeal {
  turn: number;
  from: string;
  to: string;
}

/** How many turns back the public list of signed deals reaches. */
export const SIGNED_DEALS_KEEP_TURNS = 2;
