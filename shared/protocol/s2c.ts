/**
 * The payload of every server→client message, by name (S2C of names.ts), as plain types: the client types its
 * handlers with these and trusts the server (no run-time check, so no zod in the browser). The server's zod
 * schemas of the same messages (server-messages.ts) must describe the same shapes: test/shared/protocol-names.test.ts.
 */
import type { ErrorCode, S2CName } from "./names";
import type { ChatLine } from "./room-model";
import type { FacilitatorAckMsg, OrderAckMsg, ResultsMsg, WelcomeMsg } from "./server-extra";
import type { ViewMsg, ViewPatchMsg } from "./view-stream";
import type { QuoteAsk, QuoteRequest } from "./deals";
import type { LicenceAsk, LicenceRequest } from "./licences";
import type { Quote, QuoteAnswer } from "../engine/quotes";
import type { LicenceAnswer, LicenceOffer } from "../engine/licences";
import type { EventCard } from "../engine/state";
import type { InjectPreview } from "../engine/preview";

/** Error reply for malformed input (shape), naming the field and the reason. */
export interface ErrorReply {
  code: ErrorCode;
  message: string;
  field?: string;
  type?: string;
  /** The request id of the message refused, when it had one. */
  rid?: string;
  /** The match's stable reason for a refusal (e.g. "work/budget_spent", "seat/kept_out"), when it has one. */
  reason?: string;
}

/** Rule violation reply with the engine's code and sentence. */
export interface OrderRejectedReply {
  code: string;
  message: string;
  order: unknown;
  rid?: string;
}

/** S2C "warning": slow down (rate limit) or another notice that refuses nothing. */
export interface WarningMsg {
  code?: ErrorCode;
  message: string;
}

/** S2C "pong": the answer to a ping, with the server's clock (epoch ms). */
export interface PongMsg {
  t: number;
  server: number;
}

/** S2C "inject_preview": what an inject would do to every nation this turn (facilitator only). */
export type InjectPreviewMsg = { card: EventCard } & InjectPreview;

/** S2C "quote": a vendor's answer to a quote request with its counter-offers (the floor price stays on the server). */
export interface QuoteReply {
  request: QuoteRequest;
  asks: QuoteAsk[];
  quote: Omit<Quote, "floor">;
  answers: QuoteAnswer[];
  rid?: string;
}

/** S2C "licence": the US's answer to a licence request with its counter-offers. */
export interface LicenceReply {
  request: LicenceRequest;
  asks: LicenceAsk[];
  offer: LicenceOffer;
  answers: LicenceAnswer[];
  rid?: string;
}

/** S2C "deal_ack": a proposal was sent, or a proposal received was accepted or rejected. */
export interface DealAckMsg {
  id: string;
  action: "proposed" | "accepted" | "rejected";
  rid?: string;
}

/** S2C "check_ack": the pre/post check sheet was handed in. */
export interface CheckAckMsg {
  stage: "pre" | "post";
  rid?: string;
}

/** Every server→client message's payload, by name. */
export interface ServerMessages {
  error: ErrorReply;
  order_ack: OrderAckMsg;
  order_rejected: OrderRejectedReply;
  warning: WarningMsg;
  chat: ChatLine;
  results: ResultsMsg;
  welcome: WelcomeMsg;
  pong: PongMsg;
  facilitator_ack: FacilitatorAckMsg;
  inject_preview: InjectPreviewMsg;
  quote: QuoteReply;
  licence: LicenceReply;
  deal_ack: DealAckMsg;
  view: ViewMsg;
  view_patch: ViewPatchMsg;
  check_ack: CheckAckMsg;
}

/** The payload of the server message named `K`. */
export type ServerMessage<K extends S2CName> = ServerMessages[K];
