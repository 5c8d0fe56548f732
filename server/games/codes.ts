/** Room codes (5 letters without look-alikes) and secrets (facilitator keys, seat tokens). */
import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

/** Letters a room code is made of: no 0/O, 1/I/L look-alikes. */
export const CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ";
/** Length of a room code. */
export const CODE_LENGTH = 5;
const CODE_RE = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** A random room code. */
export function randomCode(): string {
  let s = "";
  for (let i = 0; i < CODE_LENGTH; i++) s += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return s;
}

/** Normalise what a person typed ("abcde ", "ab-cde") to a code, or null when it cannot be one. */
export function normaliseCode(raw: string): string | null {
  const s = raw.toUpperCase().replace(/[\s-]/g, "");
  return CODE_RE.test(s) ? s : null;
}

/** A random URL-safe secret (seat tokens, facilitator keys). */
export function randomSecret(bytes = 18): string {
  return randomBytes(bytes).toString("base64url");
}

/** SHA-256 hex of a secret (what the store keeps). */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** Constant-time check of a secret against its stored hash. */
export function secretMatches(secret: string, hash: string): boolean {
  const a = Buffer.from(hashSecret(secret), "hex");
  const b = Buffer.from(hash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
