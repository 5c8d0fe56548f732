/**
 * The room's client, typed with Colyseus 0.18's client generics: what the room keeps on each connection
 * (userData), what onAuth gave it (auth) and every server→client message by name (the zod schemas of
 * shared/protocol/server-messages.ts), so `client.send(S2C.x, payload)` is checked against the schema the
 * browser checks it with.
 */
import type { Client } from "@colyseus/core";
import type { z } from "zod";
import type { S2CSchemas } from "../../shared/protocol/server-messages";
import type { WireModel } from "../../shared/protocol/view-stream";
import type { ReservationAuth } from "./reservations";
import type { TokenBucket } from "./token-bucket";

/**
 * A schema's type where it checks an engine payload only for its outer shape (`z.record(z.string(), z.unknown())`):
 * there any object is accepted, so the engine's interfaces (which have no index signature) type-check.
 */
type Loose<T> = T extends readonly (infer U)[] ? Loose<U>[] : T extends object ? (string extends keyof T ? object : { [K in keyof T]: Loose<T[K]> }) : T;

/** Every server→client message's payload, by message name. */
export type ServerMessages = { [K in keyof typeof S2CSchemas]: Loose<z.input<(typeof S2CSchemas)[K]>> };

/** What the room last sent a client of the view stream. */
export interface SentView {
  rev: number;
  model: WireModel;
  /** An answer promised this client that its next revision shows a change: the next patch goes out even when empty. */
  owed?: boolean;
}

/** The message rate limit's state on a client (rate-guard.ts). */
export interface RateState {
  bucket: TokenBucket;
  windowStart: number;
  strikes: number;
}

/** What the room keeps on each client. */
export interface ClientData {
  seatId?: string;
  view?: SentView;
  /** Closed by the room (kick, removal, flooding): no reconnection. */
  kicked?: boolean;
  /** Replaced by the same seat in another tab: no reconnection. */
  replaced?: boolean;
  rate?: RateState;
}

/** A client of the game room. */
export type GameClient = Client<{ userData: ClientData; auth: ReservationAuth; messages: ServerMessages }>;

/** The room's data on a client (created on first use). */
export function dataOf(client: GameClient): ClientData {
  return (client.userData ??= {});
}
