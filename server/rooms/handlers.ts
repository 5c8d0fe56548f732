/**
 * Message handlers of the game room: rate limit, zod shape check (safeParse: a malformed message gets an
 * `error` reply, never a kick), the sender's seat, then one intent to the match. No game rules here.
 */
import { describeRefusal } from "../../shared/describe/refusals";
import type { z } from "zod";
import {
  AddOrderMsg,
  C2S,
  ChatMsg,
  CheckAnswerMsg,
  DealProposeMsg,
  DealRespondMsg,
  LicenceMsg,
  QuoteMsg,
  ChooseSeatMsg,
  ClearOrdersMsg,
  FacilitatorMsg,
  PingMsg,
  ReadyMsg,
  RemoveOrderMsg,
  S2C,
} from "../../shared/protocol/messages";
import type { ErrorReply, OrderRejectedReply } from "../../shared/protocol/messages";
import type { GameSession } from "../session/game-session";
import type { EventCard } from "../../shared/engine/state";
import { BASE_DECK } from "../../shared/engine/deck";
import type { FacilitatorIntent, MatchSeat, Outcome } from "../../shared/match";
import type { ServerSettings } from "../settings";
import { withinRate } from "./rate-guard";
import type { GameClient } from "./game-client";

/** What the handlers need from the room. */
export interface HandlerHost {
  session: GameSession;
  settings: ServerSettings;
  /** Register a handler for one message type. */
  listen(type: string, cb: (client: GameClient, message: unknown) => void): void;
  /** Register the handler for every unregistered type. */
  listenUnknown(cb: (client: GameClient, type: string | number, message: unknown) => void): void;
  seatOf(client: GameClient): MatchSeat | undefined;
  /** The view revision that will first show the change just made for this client (its next patch), if it holds a view. */
  changeRev(client: GameClient): number | undefined;
}

/** Send an `error` reply. */
export function replyError(client: GameClient, e: ErrorReply): void {
  client.send(S2C.error, e);
}

function describeIssue(type: string, err: z.ZodError): ErrorReply {
  const issue = err.issues[0];
  const field = issue?.path.map(String).join(".") ?? "";
  return { code: "malformed", type, field, message: field ? `${field}: ${issue.message}` : (issue?.message ?? "Malformed message.") };
}

function answer(client: GameClient, type: string, outcome: Outcome, rid?: string): void {
  if (!outcome.ok)
    replyError(client, {
      code: outcome.code === "rule" ? "forbidden" : outcome.code,
      type,
      message: describeRefusal(outcome),
      reason: outcome.reason,
      ...(rid ? { rid } : {}),
    });
}

/** The request id a raw message carries (also for a malformed one, so its error reaches the right request). */
function ridOf(raw: unknown): string | undefined {
  const r = (raw as { rid?: unknown } | null)?.rid;
  return typeof r === "string" && r.length > 0 && r.length <= 32 ? r : undefined;
}

/** Register a handler for every client message type, plus a catch-all for unknown types. */
export function registerHandlers(host: HandlerHost): void {
  const on = <S extends z.ZodType>(type: string, schema: S, fn: (client: GameClient, seat: MatchSeat, msg: z.output<S>) => void): void => {
    host.listen(type, (client, raw) => {
      if (!withinRate(client, host.settings)) return;
      const seat = host.seatOf(client);
      const rid = ridOf(raw);
      if (!seat) return replyError(client, { code: "no_seat", type, message: "Your seat is no longer in this game.", ...(rid ? { rid } : {}) });
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return replyError(client, { ...describeIssue(type, parsed.error), ...(rid ? { rid } : {}) });
      try {
        fn(client, seat, parsed.data);
      } catch (err) {
        console.error(`[game ${host.session.code}] ${type} failed:`, err);
        replyError(client, { code: "internal", type, message: "The server could not handle that message.", ...(rid ? { rid } : {}) });
      }
    });
  };
  const s = (): GameSession => host.session;

  on(C2S.chooseSeat, ChooseSeatMsg, (c, seat, m) => answer(c, C2S.chooseSeat, s().apply(seat.seatId, { type: "choose_seat", nation: m.nation })));

  on(C2S.addOrder, AddOrderMsg, (c, seat, m) => {
    const r = s().apply(seat.seatId, { type: "add_order", order: m.order });
    const rid = m.rid ? { rid: m.rid } : {};
    const rev = r.ok ? host.changeRev(c) : undefined;
    if (r.ok) c.send(S2C.orderAck, { turn: m.order.turn, index: r.index ?? 0, order: m.order, ...rid, ...(rev === undefined ? {} : { rev }) });
    else if (r.code === "rule") c.send(S2C.orderRejected, { code: r.reason, message: describeRefusal(r), order: m.order, ...rid } satisfies OrderRejectedReply);
    else replyError(c, { code: r.code, type: C2S.addOrder, message: describeRefusal(r), ...rid });
  });
  on(C2S.removeOrder, RemoveOrderMsg, (c, seat, m) =>
    answer(c, C2S.removeOrder, s().apply(seat.seatId, { type: "remove_order", turn: m.turn, index: m.index })),
  );
  on(C2S.clearOrders, ClearOrdersMsg, (c, seat, m) => answer(c, C2S.clearOrders, s().apply(seat.seatId, { type: "clear_orders", turn: m.turn })));
  on(C2S.ready, ReadyMsg, (c, seat, m) => answer(c, C2S.ready, s().apply(seat.seatId, { type: "ready", turn: m.turn, ready: m.ready })));
  on(C2S.chat, ChatMsg, (c, seat, m) => answer(c, C2S.chat, s().apply(seat.seatId, { type: "chat", to: m.to, text: m.text })));
  on(C2S.quote, QuoteMsg, (c, seat, m) => {
    const r = s().quote(seat.seatId, m.request, m.asks);
    if (r.ok) {
      const { floor, ...quote } = r.quote; // the vendor's floor price stays on the server
      void floor;
      c.send(S2C.quote, { request: m.request, asks: m.asks, quote, answers: r.answers, ...(m.rid ? { rid: m.rid } : {}) });
    } else answer(c, C2S.quote, r, m.rid);
  });
  on(C2S.licence, LicenceMsg, (c, seat, m) => {
    const r = s().licence(seat.seatId, m.request, m.asks);
    if (r.ok) c.send(S2C.licence, { request: m.request, asks: m.asks, offer: r.offer, answers: r.answers, ...(m.rid ? { rid: m.rid } : {}) });
    else answer(c, C2S.licence, r, m.rid);
  });
  on(C2S.dealPropose, DealProposeMsg, (c, seat, m) => {
    const r = s().apply(seat.seatId, { type: "deal_propose", to: m.to, quarters: m.quarters, items: m.items, ...(m.replyTo ? { replyTo: m.replyTo } : {}) });
    // A proposal that is made always has its id (shared/match/deals.ts playerProposes); the schema requires it.
    if (r.ok && r.id !== undefined) c.send(S2C.dealAck, { id: r.id, action: "proposed", ...(m.rid ? { rid: m.rid } : {}) });
    else answer(c, C2S.dealPropose, r, m.rid);
  });
  on(C2S.dealRespond, DealRespondMsg, (c, seat, m) => {
    const r = s().apply(seat.seatId, { type: "deal_respond", id: m.id, accept: m.accept });
    if (r.ok) c.send(S2C.dealAck, { id: m.id, action: m.accept ? "accepted" : "rejected", ...(m.rid ? { rid: m.rid } : {}) });
    else answer(c, C2S.dealRespond, r, m.rid);
  });
  on(C2S.checkAnswer, CheckAnswerMsg, (c, seat, m) => {
    const r = s().apply(seat.seatId, { type: "check_answer", stage: m.stage, answers: m.answers });
    if (r.ok) c.send(S2C.checkAck, { stage: m.stage, ...(m.rid ? { rid: m.rid } : {}) });
    else answer(c, C2S.checkAnswer, r, m.rid);
  });
  on(C2S.ping, PingMsg, (c, _seat, m) => c.send(S2C.pong, { t: m.t, server: Date.now() }));

  on(C2S.facilitator, FacilitatorMsg, (c, seat, m) => {
    if (seat.role !== "facilitator") return replyError(c, { code: "forbidden", type: C2S.facilitator, message: "Only the facilitator can do that." });
    if (m.cmd === "preview_inject") {
      const card = injectCard(m);
      if (!card) return replyError(c, { code: "not_found", type: C2S.facilitator, field: "deckId", message: `No event "${m.deckId}" in the deck.` });
      return c.send(S2C.injectPreview, { card, ...host.session.previewInject(card) });
    }
    const intent = facilitatorIntent(host.session, m);
    if (!intent)
      return replyError(c, { code: "not_found", type: C2S.facilitator, field: "deckId", message: `No event "${"deckId" in m ? m.deckId : ""}" in the deck.` });
    const outcome = s().apply(seat.seatId, intent);
    if (outcome.ok) c.send(S2C.facilitatorAck, { cmd: m.cmd });
    else answer(c, C2S.facilitator, outcome);
  });

  host.listenUnknown((client, type) => {
    if (!withinRate(client, host.settings)) return;
    replyError(client, { code: "unknown_type", type: String(type).slice(0, 64), message: "Unknown message type." });
  });
}

/** The event card an inject names: a base-deck card by id, or the custom card sent. */
function injectCard(m: { deckId?: string; card?: EventCard }): EventCard | undefined {
  return m.card ?? BASE_DECK.find((c) => c.id === m.deckId);
}

/** The match intent of a facilitator message (null when an inject names no known card). */
function facilitatorIntent(s: GameSession, m: Exclude<FacilitatorMsg, { cmd: "preview_inject" }>): FacilitatorIntent | null {
  switch (m.cmd) {
    case "inject": {
      const card = injectCard(m);
      return card ? { type: "inject", card, turn: m.turn ?? s.state.turn } : null;
    }
    case "extend":
      return { type: "extend", seconds: m.seconds };
    case "lock":
      return { type: "lock", locked: m.locked };
    case "move_seat":
      return { type: "move_seat", sessionId: m.sessionId, nation: m.nation };
    case "kick":
      return { type: "kick", sessionId: m.sessionId };
    case "admit":
      return { type: "admit", sessionId: m.sessionId, accept: m.accept };
    case "ai":
      return { type: "ai", nation: m.nation, on: m.on };
    case "broadcast":
      return { type: "broadcast", text: m.text };
    default:
      return { type: m.cmd };
  }
}
