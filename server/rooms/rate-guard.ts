/** Per-client message rate limit: a token bucket, a warning when it runs dry, a disconnect after sustained abuse. */
import { S2C } from "../../shared/protocol/messages";
import type { ErrorReply } from "../../shared/protocol/messages";
import { TokenBucket } from "./token-bucket";
import type { ServerSettings } from "../settings";
import type { GameClient, RateState } from "./game-client";
import { dataOf } from "./game-client";

/** Close code sent to a client disconnected for flooding. */
export const CLOSE_FLOODING = 4029;
const WINDOW_MS = 5000;

/** True when the client may send this message; otherwise warns it and, after sustained abuse, disconnects it. */
export function withinRate(client: GameClient, settings: ServerSettings): boolean {
  const ud = dataOf(client);
  const rs: RateState = (ud.rate ??= { bucket: new TokenBucket(settings.ratePerSecond, settings.rateBurst), windowStart: 0, strikes: 0 });
  const now = Date.now();
  if (rs.bucket.take(now)) return true;
  if (now - rs.windowStart > WINDOW_MS) {
    rs.windowStart = now;
    rs.strikes = 0;
  }
  rs.strikes += 1;
  if (rs.strikes === 1) {
    const warning: ErrorReply = {
      code: "rate_limited",
      message: `Too many messages: at most ${settings.ratePerSecond} a second. Slow down or you will be disconnected.`,
    };
    client.send(S2C.warning, warning);
  }
  if (rs.strikes > settings.rateBurst * 2 && !ud.kicked) {
    ud.kicked = true;
    client.leave(CLOSE_FLOODING, "Disconnected for sending too many messages.");
  }
  return false;
}
