/**
 * zod schemas of every server→client message, by name (S2C): the contract the server's messages are tested
 * against (test/server/server-messages-live.test.ts). The browser does not parse them (the server is trusted,
 * zod stays off the client bundle): it reads the same shapes as the plain types of s2c.ts, and
 * test/shared/protocol-names.test.ts checks schemas and types agree. Engine payloads inside (quotes, cards,
 * previews) are checked for their outer shape; their fields are the engine's types.
 */
import { z } from "zod";
import { ERROR_CODES, S2C } from "./names";
import type { S2CName } from "./names";
import type { WireModel } from "./view-wire";
import type { EventCard } from "../engine/state";
import type { Quote, QuoteAnswer } from "../engine/quotes";
import type { LicenceAnswer, LicenceOffer } from "../engine/licences";
import type { InjectImpact } from "../engine/preview";
import type { Order } from "./orders";
import type { QuoteAsk, QuoteRequest } from "./deals";
import type { LicenceAsk, LicenceRequest } from "./licences";

const rid = z.string().max(32).optional();
const errorCode = z.enum(ERROR_CODES);
/** An engine object, checked to be an object; its fields are the engine's type `T`. */
const object = <T>() => z.custom<T>((v) => typeof v === "object" && v !== null && !Array.isArray(v));

/** One compact patch operation: [code 0 add / 1 remove / 2 replace, path segments kept from the previous operation, new segments, value]. */
export const PatchOp = z.tuple([z.number().int().min(0).max(2), z.number().int().min(0), z.array(z.union([z.string(), z.number().int().min(0)]))], z.unknown());
/** S2C "view": the whole read model (wire form) at revision `rev` (sent at join and reconnect). */
export const ViewMsg = z.object({ rev: z.number().int().min(0), model: object<WireModel>() });
/** S2C "view_patch": the change from revision `rev - 1` to `rev`. */
export const ViewPatchMsg = z.object({ rev: z.number().int().min(1), ops: z.array(PatchOp) });

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
  [S2C.orderAck]: z.object({ turn: z.number().int(), index: z.number().int().min(0), order: object<Order>(), rid, rev: z.number().int().min(0).optional() }),
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
  [S2C.injectPreview]: z.object({
    card: object<EventCard>(),
    quarters: z.number().int().min(1),
    effects: z.array(z.string()),
    impact: z.array(object<InjectImpact>()),
  }),
  [S2C.quote]: z.object({
    request: object<QuoteRequest>(),
    asks: z.array(object<QuoteAsk>()),
    quote: object<Omit<Quote, "floor">>(),
    answers: z.array(object<QuoteAnswer>()),
    rid,
  }),
  [S2C.licence]: z.object({
    request: object<LicenceRequest>(),
    asks: z.array(object<LicenceAsk>()),
    offer: object<LicenceOffer>(),
    answers: z.array(object<LicenceAnswer>()),
    rid,
  }),
  [S2C.dealAck]: z.object({ id: z.string(), action: z.enum(["proposed", "accepted", "rejected"]), rid }),
  [S2C.view]: ViewMsg,
  [S2C.viewPatch]: ViewPatchMsg,
  [S2C.checkAck]: z.object({ stage: z.enum(["pre", "post"]), rid }),
} as const satisfies Record<S2CName, z.ZodType>;

/** Check a server message by its name: the parsed message, or null when it does not match (or the name is unknown). */
export function parseServerMessage(type: string, message: unknown): unknown {
  const schema = (S2CSchemas as Record<string, z.ZodType | undefined>)[type];
  if (!schema) return null;
  const r = schema.safeParse(message);
  return r.success ? r.data : null;
}
