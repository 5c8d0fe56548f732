/**
 * Every client→server message: zod schemas (shape only), types inferred from them. The server parses each
 * incoming message with these before anything else; rules are the engine's. The names live in names.ts and the
 * server→client payload types in s2c.ts, both zod-free: the browser client imports only those (and types from here).
 */
import { z } from "zod";
import { DealItem, QuoteAsk, QuoteRequest } from "./deals";
import { Order } from "./orders";
import { LicenceAsk, LicenceRequest } from "./licences";
import { EventCardSchema } from "../scenario/schema";

const nationId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9_-]+$/);
const turn = z.number().int().min(1).max(200);
/** A request id the client picks; the answer (ack, refusal or error) carries the same id. */
const rid = z.string().min(1).max(32).optional();

import { C2S } from "./names";
import type { C2SName } from "./names";

/** Names of messages (zod-free, in names.ts so the client can import them without zod). */
export { C2S, S2C } from "./names";
export type { C2SName, S2CName } from "./names";

/** Lobby: take a seat in a nation (or leave it with null). */
export const ChooseSeatMsg = z.object({ nation: nationId.nullable() });
/** Add one order to the nation's set for `order.turn`. */
export const AddOrderMsg = z.object({ order: Order, rid });
/** Remove the order at `index` from the nation's set for `turn`. */
export const RemoveOrderMsg = z.object({ turn, index: z.number().int().min(0).max(64) });
/** Remove every order of the nation's set for `turn`. */
export const ClearOrdersMsg = z.object({ turn });
/** Mark this player's nation ready (or not) for `turn`. */
export const ReadyMsg = z.object({ turn, ready: z.boolean() });
/** Ask a vendor for a quote, with the counter-offers so far (the answer goes only to the asker). */
export const QuoteMsg = z.object({ request: QuoteRequest, asks: z.array(QuoteAsk).max(6).default([]), rid });
/** Ask the US for an export licence, with the counter-offers so far (the answer goes only to the asker). */
export const LicenceMsg = z.object({ request: LicenceRequest, asks: z.array(LicenceAsk).max(6).default([]), rid });
/** Propose a deal to another nation (the sender's nation is always "from"), or counter a proposal received. */
export const DealProposeMsg = z.object({
  to: nationId,
  quarters: z.number().int().min(1).max(8),
  items: z.array(DealItem).min(1).max(8),
  replyTo: z.string().min(1).max(64).optional(),
  rid,
});
/** Accept or reject a proposal addressed to the sender's nation. */
export const DealRespondMsg = z.object({ id: z.string().min(1).max(64), accept: z.boolean(), rid });
/** A chat line to one nation or to the whole table. */
export const ChatMsg = z.object({ to: z.union([z.literal("all"), nationId]), text: z.string().trim().min(1).max(500) });
/** Hand in the pre/post check: one option index per question (shared/debrief/check-questions.ts). */
export const CheckAnswerMsg = z.object({ stage: z.enum(["pre", "post"]), answers: z.array(z.number().int().min(0).max(9)).min(1).max(10), rid });
/** Keep-alive / latency probe. */
export const PingMsg = z.object({ t: z.number() });

/** Facilitator commands (checked on the server against the sender's role). */
export const FacilitatorMsg = z.discriminatedUnion("cmd", [
  z.object({ cmd: z.literal("start") }),
  z.object({ cmd: z.literal("pause") }),
  z.object({ cmd: z.literal("resume") }),
  z.object({ cmd: z.literal("extend"), seconds: z.number().int().min(-600).max(3600) }),
  z.object({ cmd: z.literal("force_resolve") }),
  z.object({ cmd: z.literal("lock"), locked: z.boolean() }),
  z.object({ cmd: z.literal("move_seat"), sessionId: z.string().min(1).max(64), nation: nationId.nullable() }),
  z.object({ cmd: z.literal("kick"), sessionId: z.string().min(1).max(64) }),
  /** Let a newcomer waiting to join a started game in, or turn them away. */
  z.object({ cmd: z.literal("admit"), sessionId: z.string().min(1).max(64), accept: z.boolean() }),
  z.object({ cmd: z.literal("ai"), nation: nationId, on: z.boolean() }),
  z.object({ cmd: z.literal("broadcast"), text: z.string().trim().min(1).max(500) }),
  z.object({ cmd: z.literal("end") }),
  /** Play an event now (this turn's resolution) or schedule it for a later turn: a deck card by id, or a custom card. */
  z
    .object({
      cmd: z.literal("inject"),
      deckId: z.string().min(1).max(64).optional(),
      card: EventCardSchema.optional(),
      turn: z.number().int().min(1).max(200).optional(),
    })
    .refine((m) => (m.deckId === undefined) !== (m.card === undefined), { message: "give exactly one of deckId or card", path: ["card"] }),
  /** Preview the impact of an inject on every nation this turn (answered with "inject_preview"). */
  z
    .object({ cmd: z.literal("preview_inject"), deckId: z.string().min(1).max(64).optional(), card: EventCardSchema.optional() })
    .refine((m) => (m.deckId === undefined) !== (m.card === undefined), { message: "give exactly one of deckId or card", path: ["card"] }),
]);

/** Options a client passes when joining a game room. */
export const JoinOptions = z.object({
  name: z.string().trim().min(1).max(40).optional(),
  role: z.enum(["player", "facilitator", "projector"]).default("player"),
  /** Facilitator key returned when the game was created. */
  facilitatorKey: z.string().max(128).optional(),
  /** Seat token from an earlier join: rejoins the same seat after a reload. */
  seatToken: z.string().max(128).optional(),
});

/** Request body for creating a game over HTTP (POST /api/games). */
export const CreateGameRequest = z.object({
  scenario: z.string().min(1).max(64).default("tutorial"),
  /** An uploaded scenario file (JSON object) instead of a preset. */
  scenarioFile: z.unknown().optional(),
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
  turnSeconds: z.number().int().min(15).max(3600).default(300),
  /** Play fewer quarters than the scenario has (the facilitator's "number of turns"). */
  turns: z.number().int().min(1).max(40).optional(),
  absent: z.enum(["ai", "hold"]).default("ai"),
  teamSize: z.number().int().min(1).max(5).default(5),
  solo: z.object({ nation: nationId, difficulty: z.enum(["easy", "normal", "hard"]).default("normal") }).optional(),
  /** How well AI nations play (empty and absent seats). */
  aiDifficulty: z.enum(["easy", "normal", "hard"]).default("normal"),
});

/** Reply to a successful game creation. */
export interface CreateGameResponse {
  code: string;
  facilitatorKey: string;
  seed: number;
  scenario: string;
}

export type { ErrorReply, OrderRejectedReply } from "./s2c";

export type ChooseSeatMsg = z.infer<typeof ChooseSeatMsg>;
export type AddOrderMsg = z.infer<typeof AddOrderMsg>;
export type RemoveOrderMsg = z.infer<typeof RemoveOrderMsg>;
export type ReadyMsg = z.infer<typeof ReadyMsg>;
export type ChatMsg = z.infer<typeof ChatMsg>;
export type FacilitatorMsg = z.infer<typeof FacilitatorMsg>;
export type JoinOptions = z.infer<typeof JoinOptions>;
export type CreateGameRequest = z.infer<typeof CreateGameRequest>;

/** Every client→server message's schema, by name (C2S). */
export const C2SSchemas = {
  [C2S.chooseSeat]: ChooseSeatMsg,
  [C2S.addOrder]: AddOrderMsg,
  [C2S.removeOrder]: RemoveOrderMsg,
  [C2S.clearOrders]: ClearOrdersMsg,
  [C2S.ready]: ReadyMsg,
  [C2S.chat]: ChatMsg,
  [C2S.facilitator]: FacilitatorMsg,
  [C2S.ping]: PingMsg,
  [C2S.quote]: QuoteMsg,
  [C2S.dealPropose]: DealProposeMsg,
  [C2S.dealRespond]: DealRespondMsg,
  [C2S.licence]: LicenceMsg,
  [C2S.checkAnswer]: CheckAnswerMsg,
} as const satisfies Record<C2SName, z.ZodType>;

/** What a client may send as the message named `K` (the schema's input: defaults may be left out). */
export type C2SPayload<K extends C2SName> = z.input<(typeof C2SSchemas)[K]>;
