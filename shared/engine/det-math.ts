/**
 * Deterministic maths for the engine: powers, logarithms and exponentials built only from + − × ÷ and integer
 * loops, which IEEE 754 rounds identically on every JavaScript engine.
 *
 * Why: Math.pow, Math.log, Math.log2, Math.exp (and `**` with a variable exponent) are not required to be
 * correctly rounded, and V8 has changed their implementations between versions, so the same game replayed on
 * Node 20 and Node 24 drifted by an ulp somewhere and hashed differently (#17). The engine's golden replays must
 * hash the same on every runtime, so shared/engine and shared/match use these instead (eslint bans the Math ones).
 *
 * Accuracy: within about 1e-15 relative of the true value for the arguments the engine uses (tests check 1e-12
 * against Math over wide ranges, and pin bit patterns). Math.sqrt, Math.round, Math.floor, Math.abs, Math.min and
 * Math.max are exact by IEEE and stay allowed.
 */

/** ln 2 split so that k × LN2_HI is exact for |k| < 2^20 (fdlibm's split). */
const LN2_HI = 6.9314718036912381649e-1;
const LN2_LO = 1.90821492927058770002e-10;
const LN2 = 0.6931471805599453;
const SQRT2 = 1.4142135623730951;

/** base^n for an integer n by square-and-multiply (exact operations only: the same bits on every engine). */
export function powInt(base: number, n: number): number {
  if (!Number.isInteger(n)) throw new RangeError(`powInt: ${n} is not an integer`);
  let e = Math.abs(n);
  let result = 1;
  let b = base;
  while (e > 0) {
    if (e % 2 === 1) result *= b;
    e = Math.floor(e / 2);
    if (e > 0) b *= b;
  }
  return n < 0 ? 1 / result : result;
}

/** x = m × 2^k with m in [√½, √2): k by exact halvings and doublings. */
function split(x: number): [number, number] {
  let m = x;
  let k = 0;
  while (m >= SQRT2) {
    m /= 2;
    k++;
  }
  while (m < SQRT2 / 2) {
    m *= 2;
    k--;
  }
  return [m, k];
}

/** ln m for m in [√½, √2): 2 atanh(s), s = (m − 1)/(m + 1), |s| ≤ 0.172, summed to 1e-19. */
function lnReduced(m: number): number {
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  let sum = 0;
  for (let i = 23; i >= 1; i -= 2) sum = sum * s2 + 1 / i;
  return 2 * s * sum;
}

/** Natural logarithm (NaN below 0, −Infinity at 0). */
export function ln(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  const [m, k] = split(x);
  return k * LN2_HI + (lnReduced(m) + k * LN2_LO);
}

/** Base-2 logarithm (exact for powers of two). */
export function log2(x: number): number {
  if (Number.isNaN(x) || x < 0) return NaN;
  if (x === 0) return -Infinity;
  if (x === Infinity) return Infinity;
  const [m, k] = split(x);
  return k + lnReduced(m) / LN2;
}

/** e^x. */
export function exp(x: number): number {
  if (Number.isNaN(x)) return NaN;
  if (x > 709.8) return Infinity;
  if (x < -745.2) return 0;
  const k = Math.round(x / LN2);
  const r = x - k * LN2_HI - k * LN2_LO;
  let sum = 1;
  for (let i = 20; i >= 1; i--) sum = 1 + (sum * r) / i;
  // Scale by 2^k in steps that stay normal (exact multiplications by powers of two).
  let result = sum;
  let e = k;
  while (e > 0) {
    const step = Math.min(e, 1000);
    result *= powInt(2, step);
    e -= step;
  }
  while (e < 0) {
    const step = Math.min(-e, 1000);
    result /= powInt(2, step);
    e += step;
  }
  return result;
}

/** x^y: integer y by repeated multiplication, otherwise e^(y ln x) for x > 0. */
export function pow(x: number, y: number): number {
  if (Number.isInteger(y)) return powInt(x, y);
  if (Number.isNaN(x) || Number.isNaN(y) || x < 0) return NaN;
  if (x === 0) return y > 0 ? 0 : Infinity;
  return exp(y * ln(x));
}
