/**
 * Message names and the protocol's plain constants, without zod: the browser client imports these (and the
 * payload types of s2c.ts) so zod stays off its bundle. The server's zod schemas (messages.ts, orders.ts,
 * server-messages.ts) are built from the same constants; test/shared/protocol-names.test.ts checks they agree.
 */

/** Names of messages a client sends. */
export const C2S = {
  chooseSeat: "choose_seat",
  addOrder: "add_order",
  removeOrder: "remove_order",
  clearOrders: "clear_orders",
  ready: "ready",
  chat: "chat",
  facilitator: "facilitator",
  ping: "ping",
  quote: "quote",
  dealPropose: "deal_propose",
  dealRespond: "deal_respond",
  licence: "licence",
  checkAnswer: "check_answer",
} as const;

/** Names of messages the server sends. */
export const S2C = {
  error: "error",
  orderAck: "order_ack",
  orderRejected: "order_rejected",
  warning: "warning",
  chat: "chat",
  results: "results",
  welcome: "welcome",
  pong: "pong",
  facilitatorAck: "facilitator_ack",
  injectPreview: "inject_preview",
  quote: "quote",
  dealAck: "deal_ack",
  licence: "licence",
  /** The whole read model (shared/protocol/view-stream.ts). */
  view: "view",
  /** One JSON patch of the read model. */
  viewPatch: "view_patch",
  /** The pre/post check sheet was handed in. */
  checkAck: "check_ack",
} as const;

/** A message name a client sends. */
export type C2SName = (typeof C2S)[keyof typeof C2S];
/** A message name the server sends. */
export type S2CName = (typeof S2C)[keyof typeof S2C];

/** Codes of an `error` reply (shape, role, phase or rate problems; rule refusals are `order_rejected`). */
export const ERROR_CODES = [
  "malformed",
  "unknown_type",
  "rate_limited",
  "forbidden",
  "not_in_phase",
  "no_seat",
  "stale_turn",
  "not_found",
  "internal",
] as const;
/** One code of an `error` reply. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The policy levers a government can switch on or off (the PolicyId schema of orders.ts is built from these). */
export const POLICY_IDS = ["data_localisation", "power_subsidy", "gpuaas_hub", "us_alignment"] as const;

/** At most this many orders per nation per quarter. */
export const MAX_ORDERS_PER_TURN = 24;

/** At most this many items in one deal (the DealTerms schema and the deals panel read it). */
export const DEAL_MAX_ITEMS = 8;
/** A deal runs at most this many quarters. */
export const DEAL_MAX_QUARTERS = 8;
/** Longest non-binding statement in a deal, characters. */
export const DEAL_STATEMENT_MAX_CHARS = 280;
