/**
 * Identical lines of one timeline row summed the way slips are: the hard AI can sign the same quote twice in a
 * quarter, which makes two identical decisions and two identical news lines. The debrief shows each once with
 * its count ("… if HBM allows (×2)."), in the order the lines first appear.
 */

/** `lines` with each repeated line kept once, its count inserted before the closing full stop (or appended). */
export function sumRepeats(lines: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const l of lines) counts.set(l, (counts.get(l) ?? 0) + 1);
  return [...counts].map(([l, n]) => (n === 1 ? l : l.endsWith(".") ? `${l.slice(0, -1)} (×${n}).` : `${l} (×${n})`));
}
