/**
 * GameConnection: one seat's live link to a game room. It keeps the RoomModel up to date from the
 * server's view stream (a full view, then a JSON patch per change), forwards server messages (typed by name, shared/protocol/s2c.ts;
 * the server is trusted, so they are not parsed again here and zod stays off the client), sends typed intents, and reconnects by itself after a drop:
 * @colyseus/sdk 0.18's automatic reconnection first (same room, same session, with backoff), then, when the room
 * is gone (a server restart) or the SDK gives up, a new join with the seat token.
 */
import type { Client, Room } from "@colyseus/sdk";
import type { RoomModel, Role } from "../../shared/protocol/room-model";
import type { Order } from "../../shared/protocol/orders";
import type { DealItem, QuoteAsk, QuoteRequest } from "../../shared/protocol/deals";
import type { Quote } from "../../shared/engine/quotes";
import { toldQuoteAnswer } from "../../shared/describe/quotes";
import { toldLicenceAnswer } from "../../shared/describe/licence-answers";
import type { ToldLicenceAnswer } from "../../shared/describe/licence-answers";
import type { ToldQuoteAnswer } from "../../shared/describe/quotes";
import type { LicenceAsk, LicenceRequest } from "../../shared/protocol/licences";
import type { LicenceOffer } from "../../shared/engine/licences";
import { C2S, S2C } from "../../shared/protocol/names";
import type { C2SName, S2CName } from "../../shared/protocol/names";
import type { C2SPayload, FacilitatorMsg, JoinOptions } from "../../shared/protocol/messages";
import type { ErrorReply, ServerMessages } from "../../shared/protocol/s2c";
import { emptyModel, ViewStore } from "./model";
import type { Identity } from "./model";
import type { SeatMemory } from "./seat-memory";

/** Link state shown to the player. */
export type ConnectionStatus = "connected" | "reconnecting" | "closed";

/** Result of adding an order: its index in the nation's set, or why it was refused. */
export type AddOrderResult = { ok: true; index: number } | { ok: false; code: string; message: string };

/** A server message with its name, narrowed together by a switch on `type`. */
type ServerEnvelope = { [K in S2CName]: { type: K; message: ServerMessages[K] } }[S2CName];

const SERVER_NAMES = new Set<string>(Object.values(S2C));
/** Is `type` a message name the server sends? */
function isServerName(type: string): type is S2CName {
  return SERVER_NAMES.has(type);
}

/** Close codes after which the client must not reconnect (left, kicked, flooding, replaced by another tab). */
const FINAL_CLOSE_CODES = new Set([1000, 4000, 4009, 4029, 4030]);
/**
 * The SDK's automatic reconnection: every drop (even right after joining), 250 ms doubling to 4 s, five attempts
 * (about 8 s). Past that the process that ran the room is likely gone, and the seat-token rejoin below lets
 * another process adopt the game.
 */
const SDK_RECONNECTION = { minUptime: 0, delay: 125, minDelay: 250, maxDelay: 4000, maxRetries: 5 };
/** Backoff delays between seat-token rejoin attempts, ms (the last one repeats). */
const BACKOFF_MS = [250, 500, 1000, 2000, 4000, 8000];
/** Give up reconnecting after this long. */
const GIVE_UP_MS = 5 * 60_000;
/** An order without a reply after this long is reported as failed. */
const ACK_TIMEOUT_MS = 10_000;

type Listener<T> = (value: T) => void;

/** A live seat in a game. */
export class GameConnection {
  status: ConnectionStatus = "connected";
  /** Why the connection closed for good (when status is "closed"). */
  closeReason = "";
  private room: Room;
  private readonly store: ViewStore;
  private readonly changeListeners = new Set<Listener<RoomModel>>();
  private readonly statusListeners = new Set<Listener<ConnectionStatus>>();
  private readonly messageListeners = new Map<S2CName, Set<Listener<never>>>();
  private readonly pendingAdds = new Map<string, { resolve: Listener<AddOrderResult>; timer: ReturnType<typeof setTimeout> }>();
  private nextRid = 1;
  private me: Identity;
  private leaving = false;
  /** The last ready state asked for, re-sent once after a reconnect if the server does not show it (a send can be lost while a socket closes). */
  private wantReady: { turn: number; ready: boolean } | null = null;
  private resendReady = false;

  constructor(
    private readonly client: Client,
    room: Room,
    readonly code: string,
    private readonly memory: SeatMemory,
    role: Role,
    name: string,
  ) {
    this.room = room;
    this.me = { sessionId: room.sessionId, role, name };
    this.store = new ViewStore(emptyModel(code, this.me));
    this.attach(room);
  }

  /** The latest model (view is null until the first state arrives). */
  model(): RoomModel {
    return this.store.model;
  }

  /** Call `cb` on every model change; returns an unsubscribe function. */
  onChange(cb: Listener<RoomModel>): () => void {
    this.changeListeners.add(cb);
    return () => this.changeListeners.delete(cb);
  }

  /** Call `cb` on every status change; returns an unsubscribe function. */
  onStatus(cb: Listener<ConnectionStatus>): () => void {
    this.statusListeners.add(cb);
    return () => this.statusListeners.delete(cb);
  }

  /** Call `cb` for every server message named `type` (S2C), with that message's payload type; returns an unsubscribe function. */
  onMessage<K extends S2CName>(type: K, cb: Listener<ServerMessages[K]>): () => void {
    let set = this.messageListeners.get(type);
    if (!set) this.messageListeners.set(type, (set = new Set()));
    set.add(cb);
    return () => set.delete(cb);
  }

  /** Add an order to your nation's set; resolves when the server stored it or refused it. */
  addOrder(order: Order): Promise<AddOrderResult> {
    return new Promise((resolve) => {
      const rid = this.rid();
      const timer = setTimeout(() => {
        this.pendingAdds.delete(rid);
        resolve({ ok: false, code: "timeout", message: "The server did not answer in time." });
      }, ACK_TIMEOUT_MS);
      this.pendingAdds.set(rid, { resolve, timer });
      this.send(C2S.addOrder, { order, rid }, rid);
    });
  }

  /** Remove the order at `index` of your nation's set for `turn`. */
  removeOrder(turn: number, index: number): void {
    this.send(C2S.removeOrder, { turn, index });
  }

  /** Remove every order of your nation's set for `turn`. */
  clearOrders(turn: number): void {
    this.send(C2S.clearOrders, { turn });
  }

  /** Mark your nation ready (or not) for `turn`. */
  setReady(turn: number, ready: boolean): void {
    this.wantReady = { turn, ready };
    this.send(C2S.ready, { turn, ready });
  }

  /** Take a seat in a nation (lobby), or leave it with null. */
  chooseSeat(nation: string | null): void {
    this.send(C2S.chooseSeat, { nation });
  }

  /** Send a chat line to everyone ("all") or to one nation. */
  chat(to: string, text: string): void {
    this.send(C2S.chat, { to, text });
  }

  /** Ask a vendor for a quote with the counter-offers so far; the answer (or an error) comes back to this client only. */
  requestQuote(request: QuoteRequest, asks: QuoteAsk[] = []): Promise<{ ok: true; quote: Quote; answers: ToldQuoteAnswer[] } | { ok: false; message: string }> {
    return this.answerOf(
      S2C.quote,
      (rid) => this.send(C2S.quote, { request, asks, rid }, rid),
      // The vendor's floor price stays on the server (absent here); the panels read every other field of Quote.
      // The answers come as codes and figures; their words are the describer's (shared/describe/quotes.ts).
      (m) => ({ ok: true as const, quote: m.quote as Quote, answers: m.answers.map(toldQuoteAnswer) }),
    );
  }

  /** Ask the US for an export licence with the counter-offers so far; the answer (or an error) comes back to this client only. */
  requestLicence(
    request: LicenceRequest,
    asks: LicenceAsk[] = [],
  ): Promise<{ ok: true; offer: LicenceOffer; answers: ToldLicenceAnswer[] } | { ok: false; message: string }> {
    return this.answerOf(
      S2C.licence,
      (rid) => this.send(C2S.licence, { request, asks, rid }, rid),
      (m) => ({ ok: true as const, offer: m.offer, answers: m.answers.map(toldLicenceAnswer) }),
    );
  }

  /** Propose a deal to another nation (or counter one with `replyTo`). */
  proposeDeal(to: string, quarters: number, items: DealItem[], replyTo?: string): Promise<{ ok: true; id: string } | { ok: false; message: string }> {
    return this.answerOf(
      S2C.dealAck,
      (rid) => this.send(C2S.dealPropose, { to, quarters, items, ...(replyTo ? { replyTo } : {}), rid }, rid),
      (m) => ({ ok: true as const, id: m.id }),
    );
  }

  /** Accept or reject a proposal made to your nation. */
  respondDeal(id: string, accept: boolean): Promise<{ ok: true; id: string } | { ok: false; message: string }> {
    return this.answerOf(
      S2C.dealAck,
      (rid) => this.send(C2S.dealRespond, { id, accept, rid }, rid),
      (m) => ({ ok: true as const, id: m.id }),
    );
  }

  /** Hand in the pre/post check sheet (one option index per question). */
  answerCheck(stage: "pre" | "post", answers: number[]): Promise<{ ok: true } | { ok: false; message: string }> {
    return this.answerOf(
      S2C.checkAck,
      (rid) => this.send(C2S.checkAnswer, { stage, answers, rid }, rid),
      () => ({ ok: true as const }),
    );
  }

  /** A new request id (unique on this connection). */
  private rid(): string {
    return `r${this.nextRid++}`;
  }

  /** Send a request with a fresh id and resolve with the answer of `okType` or the error that carries the same id (answers to other requests are not this one's). */
  private answerOf<K extends "quote" | "licence" | "deal_ack" | "check_ack", R>(
    okType: K,
    send: (rid: string) => void,
    map: (m: ServerMessages[K]) => R,
  ): Promise<R | { ok: false; message: string }> {
    return new Promise((resolve) => {
      const rid = this.rid();
      const offs: (() => void)[] = [];
      const done = (r: R | { ok: false; message: string }): void => {
        offs.forEach((f) => f());
        clearTimeout(timer);
        resolve(r);
      };
      const timer = setTimeout(() => done({ ok: false, message: "No answer from the server." }), 10_000);
      offs.push(
        this.onMessage(okType, (m) => {
          if (m.rid === rid) done(map(m));
        }),
      );
      offs.push(
        this.onMessage(S2C.error, (e) => {
          if (e.rid === rid) done({ ok: false, message: e.message });
        }),
      );
      send(rid);
    });
  }

  /** Send a facilitator command (the server refuses it from anyone else). */
  facilitator(cmd: FacilitatorMsg): void {
    this.send(C2S.facilitator, cmd);
  }

  /** Leave the game for good (the seat stays yours: the seat token can rejoin it). */
  async leave(): Promise<void> {
    this.leaving = true;
    this.memory.setReconnectionToken(this.code, null);
    try {
      await this.room.leave(true);
    } catch {
      /* already closed */
    }
    this.setStatus("closed");
  }

  /** The underlying @colyseus/sdk room (tests and diagnostics). */
  get rawRoom(): Room {
    return this.room;
  }

  /** Send the message named `type` with its payload type (C2SPayload: the server's schema's input, checked by tsc, erased in the bundle). */
  private send<K extends C2SName>(type: K, payload: C2SPayload<K>, rid?: string): void {
    if (this.status !== "connected") {
      this.emitMessage(S2C.error, { code: "internal", type, message: "Not connected: try again in a moment.", ...(rid ? { rid } : {}) } satisfies ErrorReply);
      return;
    }
    this.room.send(type, payload);
  }

  private attach(room: Room): void {
    this.room = room;
    this.me = { ...this.me, sessionId: room.sessionId };
    this.memory.setReconnectionToken(this.code, room.reconnectionToken);
    this.store.detach();
    Object.assign(room.reconnection, SDK_RECONNECTION);
    room.onMessage("*", (type, message) => this.onServerMessage(String(type), message));
    room.onDrop(() => {
      if (room !== this.room || this.leaving) return;
      this.failPendingAdds();
      this.store.detach();
      this.setStatus("reconnecting");
    });
    room.onReconnect(() => {
      if (room !== this.room) return;
      this.memory.setReconnectionToken(this.code, room.reconnectionToken);
      this.resendReady = true;
      this.setStatus("connected");
    });
    room.onLeave((code, reason) => void this.onDropped(room, code, reason));
  }

  private failPendingAdds(): void {
    for (const rid of [...this.pendingAdds.keys()])
      this.settleAdd(rid, { ok: false, code: "disconnected", message: "The connection dropped before the server answered." });
  }

  private refresh(next: RoomModel): void {
    const want = this.wantReady;
    if (this.resendReady && want && next.phase === "orders" && next.view?.turn === want.turn && next.you.nation) {
      this.resendReady = false;
      if (next.readyNations.includes(next.you.nation) !== want.ready) this.send(C2S.ready, want);
    }
    for (const cb of this.changeListeners) cb(next);
  }

  /** One message from the (trusted) server, typed by its name: the view stream updates the model, answers settle their requests, every message goes to its listeners. */
  private onServerMessage(type: string, raw: unknown): void {
    if (!isServerName(type)) {
      console.warn(`Dropped a server message of unknown type: ${type}`);
      return;
    }
    const message = raw as ServerMessages[typeof type];
    const m = { type, message } as ServerEnvelope;
    switch (m.type) {
      case S2C.view:
        this.refresh(this.store.reset(m.message));
        return;
      case S2C.viewPatch: {
        const next = this.store.patch(m.message);
        if (next) this.refresh(next);
        return;
      }
      case S2C.welcome:
        this.memory.setSeatToken(this.code, m.message.seatToken);
        this.me = { sessionId: m.message.sessionId, role: m.message.role, name: m.message.name };
        break;
      case S2C.orderAck:
        this.settleAdd(m.message.rid, { ok: true, index: m.message.index });
        break;
      case S2C.orderRejected:
        this.settleAdd(m.message.rid, { ok: false, code: m.message.code, message: m.message.message });
        break;
      case S2C.error:
        if (m.message.type === C2S.addOrder) this.settleAdd(m.message.rid, { ok: false, code: m.message.code, message: m.message.message });
        break;
    }
    this.emitMessage(m.type, m.message);
  }

  private emitMessage<K extends S2CName>(type: K, message: ServerMessages[K]): void {
    for (const cb of this.messageListeners.get(type) ?? []) (cb as Listener<ServerMessages[K]>)(message);
  }

  /** Answer the add_order request with this id (an answer without a known id is ignored). */
  private settleAdd(rid: string | undefined, result: AddOrderResult): void {
    const p = rid ? this.pendingAdds.get(rid) : undefined;
    if (!p || !rid) return;
    this.pendingAdds.delete(rid);
    clearTimeout(p.timer);
    p.resolve(result);
  }

  private setStatus(s: ConnectionStatus): void {
    if (this.status === s) return;
    this.status = s;
    for (const cb of this.statusListeners) cb(s);
  }

  /** The room is left for good on the SDK's side: closed when final, otherwise a new join with the seat token. */
  private async onDropped(room: Room, code: number, reason?: string): Promise<void> {
    if (room !== this.room) return;
    this.failPendingAdds();
    if (this.leaving || FINAL_CLOSE_CODES.has(code)) {
      this.closeReason = reason ?? "";
      if (code === 4030) this.memory.forget(this.code);
      this.setStatus("closed");
      return;
    }
    this.setStatus("reconnecting");
    const started = Date.now();
    for (let attempt = 0; !this.leaving && Date.now() - started < GIVE_UP_MS; attempt++) {
      await new Promise((r) => setTimeout(r, BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length - 1)]));
      const next = await this.tryRejoin();
      if (next) {
        this.attach(next);
        this.resendReady = true;
        this.setStatus("connected");
        return;
      }
    }
    this.setStatus("closed");
  }

  private async tryRejoin(): Promise<Room | null> {
    const token = this.memory.reconnectionToken(this.code);
    if (token) {
      try {
        return await this.client.reconnect(token);
      } catch {
        this.memory.setReconnectionToken(this.code, null);
      }
    }
    const seatToken = this.memory.seatToken(this.code);
    if (!seatToken) return null;
    try {
      const options: Partial<JoinOptions> = { seatToken };
      return await this.client.joinById(this.code, options);
    } catch {
      return null;
    }
  }
}
