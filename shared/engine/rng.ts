/** Seeded PRNG (xoshiro128**) whose whole state lives in GameState.rng, so the engine stays pure. */

/** PRNG state: four unsigned 32-bit integers. */
export type RngState = [number, number, number, number];

/** Derive a PRNG state from a 32-bit seed with splitmix32. */
export function seedRng(seed: number): RngState {
  let s = seed >>> 0;
  const next = (): number => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  const st: RngState = [next(), next(), next(), next()];
  if (st.every((x) => x === 0)) st[0] = 1;
  return st;
}

const rotl = (x: number, k: number): number => ((x << k) | (x >>> (32 - k))) >>> 0;

/** Advance the state in place and return a float in [0, 1). */
export function nextFloat(st: RngState): number {
  const result = Math.imul(rotl(Math.imul(st[1], 5) >>> 0, 7), 9) >>> 0;
  const t = (st[1] << 9) >>> 0;
  st[2] = (st[2] ^ st[0]) >>> 0;
  st[3] = (st[3] ^ st[1]) >>> 0;
  st[1] = (st[1] ^ st[2]) >>> 0;
  st[0] = (st[0] ^ st[3]) >>> 0;
  st[2] = (st[2] ^ t) >>> 0;
  st[3] = rotl(st[3], 11);
  return result / 4294967296;
}

/** Advance the state and return an integer in [0, n). */
export function nextInt(st: RngState, n: number): number {
  return Math.floor(nextFloat(st) * n);
}
