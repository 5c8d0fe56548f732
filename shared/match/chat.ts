/** Chat rules: who may speak to whom, the rate limit (a token bucket per seat), and the facilitator's broadcast. */
import type { ChatLine } from "../protocol/room-model";
import type { MatchEffect } from "./effects";
import type { ChatBucket, Match, MatchSeat } from "./state";
import type { Outcome } from "./refusal";
import { DONE, refuse } from "./refusal";

/** Chat lines kept in the match. */
export const CHAT_KEEP = 500;
/** Chat lines a seat may send per second on average, and at most in a burst. */
export const CHAT_RATE = { perSecond: 0.5, burst: 5 } as const;

/** Take one token from a bucket at `now` (mutates it); false when it is empty. */
export function takeToken(b: ChatBucket, now: number, rate: { perSecond: number; burst: number } = CHAT_RATE): boolean {
  b.tokens = Math.min(rate.burst, b.tokens + (Math.max(0, now - b.last) / 1000) * rate.perSecond);
  b.last = now;
  if (b.tokens < 1) return false;
  b.tokens -= 1;
  return true;
}

function addLine(d: Match, from: string, fromName: string, to: string, text: string, fx: MatchEffect[]): void {
  const line: ChatLine = { id: (d.chat[d.chat.length - 1]?.id ?? 0) + 1, turn: d.state.turn, from, fromName, to, text };
  d.chat.push(line);
  if (d.chat.length > CHAT_KEEP) d.chat.splice(0, d.chat.length - CHAT_KEEP);
  fx.push({ kind: "chat", line });
}

/** A chat line from a seat to the table or to one nation; d is a draft. */
export function say(d: Match, seat: MatchSeat, to: string, text: string, now: number, fx: MatchEffect[]): Outcome {
  const from = seat.role === "facilitator" ? "facilitator" : seat.role === "player" ? seat.nation : null;
  if (!from) return refuse("no_seat", "chat/no_seat");
  if (to !== "all" && !d.state.nations[to]) return refuse("not_found", "nation/unknown", { nation: to, to });
  if (to === from) return refuse("malformed", "chat/self");
  const bucket = (d.chatBuckets[seat.seatId] ??= { tokens: CHAT_RATE.burst, last: now });
  if (!takeToken(bucket, now)) return refuse("rate_limited", "chat/too_fast");
  addLine(d, from, seat.name, to, text, fx);
  return DONE;
}

/** Facilitator: a message to everyone, shown as a banner and in the chat. */
export function announce(d: Match, seat: MatchSeat, text: string, fx: MatchEffect[]): Outcome {
  d.broadcast = text;
  addLine(d, "facilitator", seat.name, "all", text, fx);
  return DONE;
}
