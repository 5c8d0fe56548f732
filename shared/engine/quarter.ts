/** Calendar arithmetic on quarters (one turn = one quarter). */
import type { Quarter } from "./state";

/** A quarter as a single increasing number. */
export function quarterIndex(q: Quarter): number {
  return q.year * 4 + (q.q - 1);
}

/** The quarter `n` quarters after `q`. */
export function addQuarters(q: Quarter, n: number): Quarter {
  const i = quarterIndex(q) + n;
  return { year: Math.floor(i / 4), q: ((i % 4) + 1) as Quarter["q"] };
}

/** "Q3 2026". */
export function quarterLabel(q: Quarter): string {
  return `Q${q.q} ${q.year}`;
}
