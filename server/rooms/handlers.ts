/**
 * Message handlers of the game room: rate limit, zod shape check (safeParse: a malformed message gets an
 * `error` reply, never a kick), the sender's seat and role, then one session call. No game rules here.
 */
import type { Client } from "@colyseus/core";
import type { z } from "zod";
import {
  AddOrderMsg, C2S, ChatMsg, DealProposeMsg, DealRespondMsg, LicenceMsg, QuoteMsg, ChooseSeatMsg, ClearOrdersMsg, FacilitatorMsg, PingMsg, ReadyMsg, RemoveOrderMsg, S2C,
} from "../../shared/protocol/messages";
import type { ErrorReply, OrderRejectedReply } from "../../shared/protocol/messages";
import type { GameSession } from "../session/game-session";
import type { EventCard } from "../../shared/engine/state";
import { BASE_DECK } from "../../shared/engine/deck";
import type { LiveSeat } from "../session/seat-book";
import type { Outcome } from "../session/outcome";
import type { ServerSettings } from "../settings";
import { withinRate } from "./rate-guard";

/** What the handlers need from the room. */
export interface HandlerHost {
  session: GameSession;
  settings: ServerSettings;
  /** Register a handler for one message type. */
  listen(type: string, cb: (client: Client, message: unknown) => void): void;
  /** Register the handler for every unregistered type. */
  listenUnknown(cb: (client: Client, type: string | number, message: unknown) => void): void;
  seatOf(client: Client): LiveSeat | undefined;
  disconnectSeat(token: string, code: number, reason: string): void;
}

/** Send an `error` reply. */
export function replyError(client: Client, e: ErrorReply): void {
  client.send(S2C.error, e);
}

function describeIssue(type: string, err: z.ZodError): ErrorReply {
  const issue = err.issues[0];
  const field = issue?.path.map(String).join(".") ?? "";
  return { code: "malformed", type, field, message: field ? `${field}: ${issue.message}` : issue?.message ?? "Malformed message." };
}

function answer(client: Client, type: string, outcome: Outcome): void {
  if (!outcome.ok) replyError(client, { code: outcome.code, type, message: outcome.message });
}

/** Register a handler for every client message type, plus a catch-all for unknown types. */
export function registerHandlers(host: HandlerHost): void {
  const on = <S extends z.ZodType>(type: string, schema: S, fn: (client: Client, seat: LiveSeat, msg: z.output<S>) => void): void => {
    host.listen(type, (client, raw) => {
      if (!withinRate(client, host.settings)) return;
      const seat = host.seatOf(client);
      if (!seat) return replyError(client, { code: "no_seat", type, message: "Your seat is no longer in this game." });
      const parsed = schema.safeParse(raw);
      if (!parsed.success) return replyError(client, describeIssue(type, parsed.error));
      try {
        fn(client, seat, parsed.data);
      } catch (err) {
        console.error(`[game ${host.session.code}] ${type} failed:`, err);
        replyError(client, { code: "internal", type, message: "The server could not handle that message." });
      }
    });
  };
  const s = (): GameSession => host.session;

  on(C2S.chooseSeat, ChooseSeatMsg, (c, seat, m) => answer(c, C2S.chooseSeat, s().chooseSeat(seat, m.nation)));

  on(C2S.addOrder, AddOrderMsg, (c, seat, m) => {
    const r = s().addOrder(seat, m.order);
    if (r.ok) c.send(S2C.orderAck, { turn: m.order.turn, index: r.index, order: m.order });
    else if (r.code === "rule") c.send(S2C.orderRejected, { code: r.violation.code, message: r.violation.message, order: m.order } satisfies OrderRejectedReply);
    else replyError(c, { code: r.code, type: C2S.addOrder, message: r.message });
  });
  on(C2S.removeOrder, RemoveOrderMsg, (c, seat, m) => answer(c, C2S.removeOrder, s().removeOrder(seat, m.turn, m.index)));
  on(C2S.clearOrders, ClearOrdersMsg, (c, seat, m) => answer(c, C2S.clearOrders, s().clearOrders(seat, m.turn)));
  on(C2S.ready, ReadyMsg, (c, seat, m) => answer(c, C2S.ready, s().setReady(seat, m.turn, m.ready)));
  on(C2S.chat, ChatMsg, (c, seat, m) => answer(c, C2S.chat, s().say(seat, m.to, m.text)));
  on(C2S.quote, QuoteMsg, (c, seat, m) => {
    const r = s().quote(seat, m.request, m.asks);
    if (r.ok) c.send(S2C.quote, { request: m.request, asks: m.asks, quote: { ...r.quote, floor: undefined }, answers: r.answers });
    else answer(c, C2S.quote, r);
  });
  on(C2S.licence, LicenceMsg, (c, seat, m) => {
    const r = s().licence(seat, m.request, m.asks);
    if (r.ok) c.send(S2C.licence, { request: m.request, asks: m.asks, offer: r.offer, answers: r.answers });
    else answer(c, C2S.licence, r);
  });
  on(C2S.dealPropose, DealProposeMsg, (c, seat, m) => {
    const r = s().proposeDeal(seat, m);
    if (r.ok) c.send(S2C.dealAck, { id: r.id, action: "proposed" });
    else answer(c, C2S.dealPropose, r);
  });
  on(C2S.dealRespond, DealRespondMsg, (c, seat, m) => {
    const r = s().respondDeal(seat, m.id, m.accept);
    if (r.ok) c.send(S2C.dealAck, { id: m.id, action: m.accept ? "accepted" : "rejected" });
    else answer(c, C2S.dealRespond, r);
  });
  on(C2S.ping, PingMsg, (c, _seat, m) => c.send(S2C.pong, { t: m.t, server: Date.now() }));

  on(C2S.facilitator, FacilitatorMsg, (c, seat, m) => {
    if (seat.role !== "facilitator") return replyError(c, { code: "forbidden", type: C2S.facilitator, message: "Only the facilitator can do that." });
    if (m.cmd === "preview_inject") {
      const card = injectCard(m);
      if (!card) return replyError(c, { code: "not_found", type: C2S.facilitator, field: "deckId", message: `No event "${m.deckId}" in the deck.` });
      return c.send(S2C.injectPreview, { card, ...host.session.previewInject(card) });
    }
    const outcome = runFacilitator(host, seat, m);
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

function runFacilitator(host: HandlerHost, seat: LiveSeat, m: FacilitatorMsg): Outcome {
  const s = host.session;
  switch (m.cmd) {
    case "start": return s.start();
    case "pause": return s.pause();
    case "resume": return s.resume();
    case "extend": return s.extend(m.seconds);
    case "force_resolve": return s.forceResolve();
    case "lock": return s.setLocked(m.locked);
    case "move_seat": return s.moveSeat(m.sessionId, m.nation);
    case "ai": return s.setAi(m.nation, m.on);
    case "broadcast": return s.announce(seat, m.text);
    case "end": return s.end();
    case "inject": {
      const card = injectCard(m);
      return card ? s.inject(card, m.turn ?? s.state.turn) : { ok: false, code: "not_found", message: `No event "${m.deckId}" in the deck.` };
    }
    case "preview_inject": return { ok: true };
    case "kick": {
      const r = s.kick(m.sessionId);
      if (!r.ok) return r;
      host.disconnectSeat(r.seat.token, 4030, "The facilitator removed you from the game.");
      return { ok: true };
    }
  }
}
