/** What the match reducer answers: done (with an index or id when there is one) or a typed refusal (code, reason, params). */
import type { ErrorReply } from "../protocol/messages";
import type { Params, RuleViolation, ViolationKey } from "../engine/errors";

/** Codes of a refusal: the protocol's error codes, plus "rule" when the engine's validation refused an order. */
export type RefusalCode = ErrorReply["code"] | "rule";

/**
 * A refused intent: a protocol code, a stable reason (e.g. "seat/locked", or the engine's rule code) and its parameters;
 * `key` names the engine's sentence when the engine refused (shared/describe `describeRefusal` writes the sentence).
 */
export interface Refusal {
  ok: false;
  code: RefusalCode;
  reason: string;
  params: Params;
  key?: ViolationKey;
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
export function refuse(code: RefusalCode, reason: string, params: Params = {}): Refusal {
  return { ok: false, code, reason, params };
}

/** The refusal of an intent the engine's validation refused. */
export function refuseRule(code: RefusalCode, v: RuleViolation): Refusal {
  return { ok: false, code, reason: v.code, params: v.params, key: v.key };
}

/** The plain success outcome. */
export const DONE: Done = { ok: true };
