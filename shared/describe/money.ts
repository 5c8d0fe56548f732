/** The one money formatter: every sum shown to a player, in the client, the debrief and the describer, is written by `usd`. */

const whole = new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** US$ millions → "US$1.25B" (from a billion), "US$310M", "US$4.5M" (below ten million), "−US$40M". */
export function usd(millions: number): string {
  const a = Math.abs(millions);
  const s = a >= 1000 ? `US$${twoDecimals.format(a / 1000)}B` : `US$${(a < 10 ? oneDecimal : whole).format(a)}M`;
  return millions < 0 && s !== "US$0M" && s !== "US$0.0M" ? `−${s}` : s;
}

/** US$ millions per unit → "US$31,500k" (a unit price in thousands, as quotes state it). */
export function usdK(millions: number): string {
  return `US$${whole.format(millions * 1000)}k`;
}

const plain = new Intl.NumberFormat("en-US");

/** A number with thousands separators and up to three decimals: 12500 → "12,500", 2.5 → "2.5". */
export function num(x: number): string {
  return plain.format(x);
}

/** A price per unit in dollars (not millions): usdPer(2.35, "h") → "US$2.35/h", usdPer(62, "MWh", 0) → "US$62/MWh". */
export function usdPer(dollars: number, unit: string, digits = 2): string {
  const f = new Intl.NumberFormat("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  return `US$${f.format(dollars)}/${unit}`;
}
