/** What the match reducer answers: done (with an index or id when there is one) or a typed refusal (code, reason, params). */
import type { ErrorReply } from "../protocol/messages";

/** Codes of a refusal: the protocol's error codes, plus "rule" when the engine's validation refused an order. */
export type RefusalCode = ErrorReply["code"] | "rule";

/** A refused intent: a protocol code, a stable reason (e.g. "seat/locked", or the engine's rule code), its parameters and a sentence. */
export interface Refusal {
  ok: false;
  code: RefusalCode;
  reason: string;
  params: Record<string, string | number>;
  message: string;
}

/** An intent carried out: the order's index in its set, or the id of a proposal, when there is one. */
export interface Done {
  ok: true;
  index?: number;
  id?: string;
}

/** Result of an intent. */
export type Outcome = Done | Refusal;

/** Build a refusal. */
export function refuse(code: RefusalCode, reason: string, message: string, params: Record<string, string | number> = {}): Refusal {
  return { ok: false, code, reason, params, message };
}

/** The plain success outcome. */
export const DONE: Done = { ok: true };
