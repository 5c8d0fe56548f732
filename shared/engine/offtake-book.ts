/** The offtake contracts a nation holds (a leaf: the market prices offtaken capacity, offtake.ts signs it). */
import type { Nation } from "./state";

/** One offtake contract in force or expired. */
export interface Offtake {
  id: string;
  dcId: string;
  /** Share of the site's GPUs the tenant takes (0.1–0.9). */
  share: number;
  fromTurn: number;
  toTurn: number;
  /** Rent locked at signing per model, US$ per GPU-hour (models added later pay the market rent less the discount). */
  rents: Record<string, number>;
}

/** The offtake in force on a data centre this turn, if any. */
export function offtakeOf(n: Nation, dcId: string, turn: number): Offtake | undefined {
  return n.offtakes?.find((o) => o.dcId === dcId && o.fromTurn <= turn && o.toTurn >= turn);
}

/** Share of a data centre's GPUs working for an anchor tenant this turn (0 when none). */
export function offtakeShare(n: Nation, dcId: string, turn: number): number {
  return offtakeOf(n, dcId, turn)?.share ?? 0;
}
