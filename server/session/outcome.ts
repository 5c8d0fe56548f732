/** What a session command returns: done, or refused with a protocol error code and a sentence. */
import type { ErrorReply } from "../../shared/protocol/messages";

/** Result of a session command. */
export type Outcome = { ok: true } | Refusal;

/** A refused command. */
export interface Refusal {
  ok: false;
  code: ErrorReply["code"];
  message: string;
}

/** Build a refusal. */
export function refuse(code: ErrorReply["code"], message: string): Refusal {
  return { ok: false, code, message };
}

/** The success outcome. */
export const DONE: Outcome = { ok: true };
