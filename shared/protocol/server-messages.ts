/**
 * zod schemas of every server→client message, by name (S2C): the client checks each message against its
 * schema before anything reads it. Engine payloads inside (events, quotes, cards, previews) are checked for
 * their outer shape; their fields are the engine's types.
 */
import { z } from "zod";
import { S2C } from "./messages";
import { ViewMsg, ViewPatchMsg } from "./view-stream";

const rid = z.string().max(32).optional();
const errorCode = z.enum(["malformed", "unknown_type", "rate_limited", "forbidden", "not_in_phase", "no_seat", "stale_turn", "not_found", "internal"]);
const object = z.record(z.string(), z.unknown());

/** Every S2C message's schema. */
export const S2CSchemas = {
  [S2C.error]: z.object({
    code: errorCode,
    message: z.string(),
    field: z.string().optional(),
    type: z.string().optional(),
    rid,
    reason: z.string().optional(),
  }),
  [S2C.orderAck]: z.object({ turn: z.number().int(), index: z.number().int().min(0), order: object, rid }),
  [S2C.orderRejected]: z.object({ code: z.string(), message: z.string(), order: z.unknown(), rid }),
  [S2C.warning]: z.object({ code: errorCode.optional(), message: z.string() }),
  [S2C.chat]: z.object({ id: z.number().int(), turn: z.number().int(), from: z.string(), fromName: z.string(), to: z.string(), text: z.string() }),
  [S2C.results]: z.object({ turn: z.number().int() }),
  [S2C.welcome]: z.object({
    code: z.string(),
    sessionId: z.string(),
    seatId: z.string(),
    seatToken: z.string(),
    role: z.enum(["player", "facilitator", "projector"]),
    nation: z.string().nullable(),
    name: z.string(),
  }),
  [S2C.pong]: z.object({ t: z.number(), server: z.number() }),
  [S2C.facilitatorAck]: z.object({ cmd: z.string() }),
  [S2C.injectPreview]: z.object({ card: object, quarters: z.number().int().min(1), effects: z.array(z.string()), impact: z.array(object) }),
  [S2C.quote]: z.object({ request: object, asks: z.array(object), quote: object, answers: z.array(object), rid }),
  [S2C.licence]: z.object({ request: object, asks: z.array(object), offer: object, answers: z.array(object), rid }),
  [S2C.dealAck]: z.object({ id: z.string(), action: z.enum(["proposed", "accepted", "rejected"]), rid }),
  [S2C.view]: ViewMsg,
  [S2C.viewPatch]: ViewPatchMsg,
  [S2C.checkAck]: z.object({ stage: z.enum(["pre", "post"]), rid }),
} as const satisfies Record<(typeof S2C)[keyof typeof S2C], z.ZodType>;

/** Check a server message by its name: the parsed message, or null when it does not match (or the name is unknown). */
export function parseServerMessage(type: string, message: unknown): unknown {
  const schema = (S2CSchemas as Record<string, z.ZodType | undefined>)[type];
  if (!schema) return null;
  const r = schema.safeParse(message);
  return r.success ? r.data : null;
}
