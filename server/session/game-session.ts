/**
 * One game's session: engine state, phase and deadline, seats, current order sets, ready flags and chat.
 * It calls the engine for every rule, writes to the store before it reports success, and tells the room
 * what changed through hooks. No Colyseus types here.
 */
import type { DealTerms, QuoteAsk, QuoteRequest } from "../../shared/protocol/deals";
import type { Negotiation } from "../../shared/engine/quotes";
import { negotiate } from "../../shared/engine/quotes";
import type { LicenceAsk, LicenceRequest } from "../../shared/protocol/licences";
import type { LicenceAnswer, LicenceOffer } from "../../shared/engine/licences";
import { negotiateLicence } from "../../shared/engine/licences";
import { DealDesk } from "./deal-desk";
import type { GameEvent, GameState } from "../../shared/engine/state";
import type { Order } from "../../shared/protocol/orders";
import type { ChatLine, Phase } from "../../shared/protocol/room-model";
import type { RuleViolation } from "../../shared/engine/errors";
import { previewInjectOver, replay, resolveTurn, validateOrder } from "../../shared/engine";
import type { InjectPreview } from "../../shared/engine/preview";
import type { EventCard } from "../../shared/engine/state";
import type { GameStore } from "../store/game-store";
import type { GameRecord, GameSettings } from "../store/records";
import { OrderBook } from "./order-book";
import { PhaseTimer } from "./phase-timer";
import type { TimerClock } from "./phase-timer";
import { SeatBook } from "./seat-book";
import type { LiveSeat } from "./seat-book";
import { aiDealAnswer, aiDealOffer, aiNations, controllerOf, ordersForResolution } from "./resolution-orders";
import { aiDifficultyOf } from "../store/records";
import { DONE, refuse } from "./outcome";
import type { Outcome, Refusal } from "./outcome";
import { TokenBucket } from "./token-bucket";

/** What the session tells its room. */
export interface SessionHooks {
  /** Room facts changed: phase, timer, seats, ready flags, AI nations, lock. */
  roomChanged(): void;
  /** The engine state changed (a resolution). */
  worldChanged(): void;
  /** A nation's current order set changed. */
  ordersChanged(nation: string): void;
  /** A chat line was added. */
  chatAdded(line: ChatLine): void;
  /** Deal proposals between these nations changed (or the live state with signed deals did). */
  dealsChanged(nations: string[]): void;
  /** A turn was resolved with these events. */
  resolved(turn: number, events: GameEvent[]): void;
}

/** Result of adding an order: accepted at an index, refused (shape/role/phase), or rejected by the rules. */
export type AddOrderOutcome = { ok: true; index: number } | Refusal | { ok: false; code: "rule"; violation: RuleViolation };

/** Milliseconds a restored orders phase gets at least, so players can reconnect first. */
const RESTORE_GRACE_MS = 15_000;
/** Milliseconds between entering the resolution phase and resolving (lets the phase reach clients). */
const RESOLUTION_DELAY_MS = 150;
/** Chat lines kept in memory per game. */
const CHAT_KEEP = 500;

/** A running game. */
export class GameSession {
  readonly code: string;
  readonly settings: GameSettings;
  readonly scenarioName: string;
  state: GameState;
  phase: Phase;
  locked: boolean;
  broadcast = "";
  readonly ready = new Set<string>();
  readonly forcedAi: Set<string>;
  readonly seats: SeatBook;
  readonly orders: OrderBook;
  readonly timer: PhaseTimer;
  readonly chat: ChatLine[];
  readonly deals: DealDesk;
  private readonly chatBuckets = new Map<string, TokenBucket>();

  constructor(private readonly record: GameRecord, private readonly store: GameStore, clock: TimerClock, private readonly hooks: SessionHooks) {
    this.code = record.code;
    this.settings = record.settings;
    this.scenarioName = record.scenarioName;
    this.state = replay(record.scenario, record.seed, store.orderLog(record.code));
    this.phase = record.phase;
    this.locked = record.locked;
    this.forcedAi = new Set(record.forcedAi);
    this.seats = new SeatBook(store.seats(record.code));
    this.orders = new OrderBook(this.state.turn, store.orderSets(record.code, this.state.turn));
    this.chat = store.chat(record.code).slice(-CHAT_KEEP);
    this.deals = new DealDesk(record.code, store, store.deals(record.code));
    this.timer = new PhaseTimer(clock);
  }

  /** Restart the phase clock after a (re)start of the room, from what the store recorded. */
  resumeClock(): void {
    const r = this.record;
    if (this.phase === "lobby" || this.phase === "ended") return;
    if (this.state.finished) return this.finish();
    if (r.turn !== this.state.turn || this.phase === "results" || this.phase === "briefing") return this.beginOrders();
    if (this.phase === "resolution") return this.enterResolution();
    for (const n of r.readyNations) this.ready.add(n);
    const left = r.paused ? r.remainingMs : Math.max(RESTORE_GRACE_MS, r.deadline - Date.now());
    if (r.paused) this.timer.pause();
    this.timer.set(Math.max(RESTORE_GRACE_MS, left), () => this.enterResolution());
    this.persist();
  }

  // ---- seats -------------------------------------------------------------------------------

  /** Nations the AI plays now. */
  aiNations(): string[] {
    return aiNations(this.state, this.seats, this.forcedAi, this.settings.absent);
  }

  /** Register a new seat (a first join). */
  addSeat(seat: LiveSeat): void {
    this.seats.add(seat);
    this.store.saveSeat(seat);
    this.hooks.roomChanged();
  }

  /** A seat's connection came or went. */
  setConnected(seat: LiveSeat, sessionId: string, connected: boolean): void {
    seat.sessionId = sessionId;
    seat.connected = connected;
    this.hooks.roomChanged();
    if (!connected) this.checkAllReady();
  }

  /** A player takes a seat in a nation (or leaves it with null). */
  chooseSeat(seat: LiveSeat, nation: string | null): Outcome {
    if (seat.role !== "player") return refuse("forbidden", "Only players sit in a nation.");
    if (this.phase === "ended") return refuse("not_in_phase", "The game has ended.");
    if (this.locked) return refuse("forbidden", "The facilitator has locked the seating.");
    if (this.phase !== "lobby" && seat.nation !== null) return refuse("not_in_phase", "You can change nation only in the lobby; ask the facilitator.");
    return this.seatIn(seat, nation);
  }

  /** Facilitator: move a player (by session id) to a nation, or out of any. */
  moveSeat(sessionId: string, nation: string | null): Outcome {
    const seat = this.seats.bySession(sessionId);
    if (!seat) return refuse("not_found", `No seat has session "${sessionId}".`);
    if (seat.role !== "player") return refuse("forbidden", "Only players sit in a nation.");
    return this.seatIn(seat, nation);
  }

  /** Facilitator: remove a seat for good; returns the removed seat so the room can disconnect it. */
  kick(sessionId: string): { ok: true; seat: LiveSeat } | Refusal {
    const seat = this.seats.bySession(sessionId);
    if (!seat) return refuse("not_found", `No seat has session "${sessionId}".`);
    if (seat.role === "facilitator") return refuse("forbidden", "A facilitator cannot be kicked.");
    this.seats.remove(seat.token);
    this.store.deleteSeat(seat.token);
    this.hooks.roomChanged();
    this.checkAllReady();
    return { ok: true, seat };
  }

  private seatIn(seat: LiveSeat, nation: string | null): Outcome {
    if (nation !== null && !this.state.nations[nation]) return refuse("not_found", `There is no nation "${nation}" in this game.`);
    if (nation !== null && nation !== seat.nation && this.seats.playersOf(nation).length >= this.settings.teamSize) {
      return refuse("forbidden", `${this.state.nations[nation].name} already has ${this.settings.teamSize} player(s).`);
    }
    seat.nation = nation;
    this.store.saveSeat(seat);
    this.hooks.roomChanged();
    this.checkAllReady();
    return DONE;
  }

  // ---- orders ------------------------------------------------------------------------------

  private playerNation(seat: LiveSeat, turn: number): { ok: true; nation: string } | Refusal {
    if (seat.role !== "player" || !seat.nation) return refuse("no_seat", "Take a seat in a nation first.");
    if (this.phase !== "orders") return refuse("not_in_phase", `Orders are closed (phase: ${this.phase}).`);
    if (turn !== this.state.turn) return refuse("stale_turn", `That is for turn ${turn}; the game is on turn ${this.state.turn}.`);
    if (this.forcedAi.has(seat.nation)) return refuse("forbidden", "The AI plays your nation now; ask the facilitator to hand it back.");
    return { ok: true, nation: seat.nation };
  }

  /** The engine state with the deals signed this turn applied: what orders and deals are checked against. */
  liveState(): GameState {
    return this.deals.live(this.state);
  }

  /** Order sets of every nation so far this turn. */
  private orderSets(): Record<string, Order[]> {
    return Object.fromEntries(this.state.order.map((n) => [n, this.orders.of(n)]));
  }

  /** A vendor's quote for the seat's nation after the counter-offers so far (answered to the asker only). */
  quote(seat: LiveSeat, request: QuoteRequest, asks: QuoteAsk[]): ({ ok: true } & Negotiation) | Refusal {
    const who = this.playerNation(seat, this.state.turn);
    if (!who.ok) return who;
    const r = negotiate(this.liveState(), who.nation, request, asks);
    return r.ok ? r : refuse("forbidden", r.error.message);
  }

  /** The US's licence offer for the seat's nation after the counter-offers so far (answered to the asker only). */
  licence(seat: LiveSeat, request: LicenceRequest, asks: LicenceAsk[]): ({ ok: true; offer: LicenceOffer; answers: LicenceAnswer[] }) | Refusal {
    const who = this.playerNation(seat, this.state.turn);
    if (!who.ok) return who;
    const r = negotiateLicence(this.liveState(), who.nation, request, asks);
    return r.ok ? r : refuse("forbidden", r.error.message);
  }

  /** Propose (or counter) a deal from the seat's nation; stored before the parties are told. */
  proposeDeal(seat: LiveSeat, msg: { to: string; quarters: number; items: DealTerms["items"]; replyTo?: string }): ({ ok: true; id: string }) | Refusal {
    const who = this.playerNation(seat, this.state.turn);
    if (!who.ok) return who;
    const terms: DealTerms = { from: who.nation, to: msg.to, quarters: msg.quarters, items: msg.items };
    const r = this.deals.propose(this.state, this.orderSets(), terms, seat.name, msg.replyTo);
    if (!r.ok) return r;
    this.hooks.dealsChanged([terms.from, terms.to]);
    if (this.aiNations().includes(terms.to)) this.aiAnswers(r.proposal.id, terms);
    return { ok: true, id: r.proposal.id };
  }

  /** An AI nation answers a proposal at once: accept, counter with the cash it asks, or refuse, each with a sentence. */
  private aiAnswers(id: string, terms: DealTerms): void {
    const verdict = aiDealAnswer(this.liveState(), terms.to, terms, aiDifficultyOf(this.settings));
    if (verdict.answer === "counter" && verdict.counter) {
      const c = this.deals.propose(this.state, this.orderSets(), verdict.counter, "AI", id, verdict.reason);
      if (c.ok) { this.hooks.dealsChanged([terms.from, terms.to]); return; }
    }
    const accept = verdict.answer === "accept";
    const r = this.deals.respond(this.state, this.orderSets(), terms.to, id, accept, verdict.reason);
    if (!r.ok && accept) this.deals.respond(this.state, this.orderSets(), terms.to, id, false, r.message);
    this.hooks.dealsChanged([terms.from, terms.to]);
    if (accept && r.ok) this.hooks.worldChanged();
  }

  /** Accept or reject a proposal addressed to the seat's nation. */
  respondDeal(seat: LiveSeat, id: string, accept: boolean): Outcome {
    const who = this.playerNation(seat, this.state.turn);
    if (!who.ok) return who;
    const r = this.deals.respond(this.state, this.orderSets(), who.nation, id, accept);
    if (!r.ok) return r;
    const p = this.deals.proposals.find((x) => x.id === id)!;
    this.hooks.dealsChanged([p.terms.from, p.terms.to]);
    if (accept) this.hooks.worldChanged();
    return DONE;
  }

  /** Add an order to the seat's nation: engine-validated, stored, then reported. */
  addOrder(seat: LiveSeat, order: Order): AddOrderOutcome {
    const who = this.playerNation(seat, order.turn);
    if (!who.ok) return who;
    const prior = this.orders.of(who.nation);
    const verdict = validateOrder(this.liveState(), who.nation, order, prior);
    if (!verdict.ok) return { ok: false, code: "rule", violation: verdict.error };
    this.store.appendOrderEvent(this.code, { action: "add", turn: order.turn, nation: who.nation, order, seatId: seat.seatId });
    const index = this.orders.add(who.nation, order);
    this.orderSetChanged(who.nation);
    return { ok: true, index };
  }

  /** Remove one order of the seat's nation. */
  removeOrder(seat: LiveSeat, turn: number, index: number): Outcome {
    const who = this.playerNation(seat, turn);
    if (!who.ok) return who;
    if (index >= this.orders.of(who.nation).length) return refuse("not_found", `There is no order number ${index + 1}.`);
    this.store.appendOrderEvent(this.code, { action: "remove", turn, nation: who.nation, index, seatId: seat.seatId });
    this.orders.remove(who.nation, index);
    this.orderSetChanged(who.nation);
    return DONE;
  }

  /** Remove every order of the seat's nation. */
  clearOrders(seat: LiveSeat, turn: number): Outcome {
    const who = this.playerNation(seat, turn);
    if (!who.ok) return who;
    this.store.appendOrderEvent(this.code, { action: "clear", turn, nation: who.nation, seatId: seat.seatId });
    this.orders.clear(who.nation);
    this.orderSetChanged(who.nation);
    return DONE;
  }

  /** Mark the seat's nation ready (or not); the phase ends early when every playing nation is ready. */
  setReady(seat: LiveSeat, turn: number, ready: boolean): Outcome {
    const who = this.playerNation(seat, turn);
    if (!who.ok) return who;
    if (ready) this.ready.add(who.nation);
    else this.ready.delete(who.nation);
    this.persist();
    this.hooks.roomChanged();
    this.checkAllReady();
    return DONE;
  }

  private orderSetChanged(nation: string): void {
    const wasReady = this.ready.delete(nation);
    this.hooks.ordersChanged(nation);
    if (wasReady) {
      this.persist();
      this.hooks.roomChanged();
    }
  }

  /** Nations played by connected humans this turn. */
  humanNations(): string[] {
    return this.state.order.filter((n) => controllerOf(n, this.seats, this.forcedAi, this.settings.absent) === "human" && this.seats.hasConnectedPlayer(n));
  }

  private checkAllReady(): void {
    if (this.phase !== "orders" || this.timer.paused) return;
    const humans = this.humanNations();
    if (humans.length > 0 && humans.every((n) => this.ready.has(n))) this.enterResolution();
  }

  // ---- the turn cycle ----------------------------------------------------------------------

  /** Facilitator: leave the lobby and open the first turn's orders. */
  start(): Outcome {
    if (this.phase !== "lobby") return refuse("not_in_phase", "The game has already started.");
    this.beginOrders();
    return DONE;
  }

  private beginOrders(): void {
    this.phase = "orders";
    this.ready.clear();
    if (this.orders.turn !== this.state.turn) this.orders.reset(this.state.turn);
    this.timer.set(this.settings.turnSeconds * 1000, () => this.enterResolution());
    this.persist();
    this.hooks.roomChanged();
    this.aiOffers();
    this.checkAllReady();
  }

  /** AI nations open negotiations with players' nations (once a quarter at most, also across restarts). */
  private aiOffers(): void {
    const players = this.state.order.filter((n) => controllerOf(n, this.seats, this.forcedAi, this.settings.absent) === "human");
    if (players.length === 0) return;
    for (const nation of this.aiNations()) {
      if (this.deals.proposals.some((p) => p.turn === this.state.turn && p.terms.from === nation && p.byName === "AI" && !p.replyTo)) continue;
      const offer = aiDealOffer(this.liveState(), nation, players, aiDifficultyOf(this.settings));
      if (!offer) continue;
      const r = this.deals.propose(this.state, this.orderSets(), offer.terms, "AI", undefined, offer.note);
      if (r.ok) this.hooks.dealsChanged([offer.terms.from, offer.terms.to]);
    }
  }

  private enterResolution(): void {
    if (this.phase !== "orders" && this.phase !== "resolution") return;
    this.phase = "resolution";
    this.timer.clear();
    this.persist();
    this.hooks.roomChanged();
    this.timer.set(RESOLUTION_DELAY_MS, () => this.resolveNow());
  }

  private resolveNow(): void {
    if (this.phase !== "resolution") return;
    const turn = this.state.turn;
    const orders = ordersForResolution(this.liveState(), this.orders, this.seats, this.forcedAi, this.settings.absent, aiDifficultyOf(this.settings));
    const injects = this.store.pendingInjects(this.code, turn);
    const deals = this.deals.signedFor(turn);
    this.store.saveResolution(this.code, turn, orders, injects, deals);
    const result = resolveTurn(this.state, orders, { injects, deals });
    const expired = this.deals.expire(turn);
    if (expired.length) this.hooks.dealsChanged([...new Set(expired.flatMap((p) => [p.terms.from, p.terms.to]))]);
    this.state = result.state;
    this.ready.clear();
    this.orders.reset(this.state.turn);
    this.phase = "results";
    this.timer.set(this.settings.resultsSeconds * 1000, () => (this.state.finished ? this.finish() : this.beginOrders()));
    this.persist();
    this.hooks.worldChanged();
    for (const n of this.state.order) this.hooks.ordersChanged(n);
    this.hooks.roomChanged();
    this.hooks.resolved(turn, result.events);
  }

  private finish(): void {
    this.phase = "ended";
    this.timer.clear();
    this.timer.paused = false;
    this.persist();
    this.hooks.roomChanged();
  }

  /** Facilitator: play an event at the resolution of `turn` (stored before it is acknowledged, replayed exactly). */
  inject(card: EventCard, turn: number): Outcome {
    if (this.phase === "ended" || this.state.finished) return refuse("not_in_phase", "The game is over.");
    if (turn < this.state.turn || (turn === this.state.turn && this.phase !== "lobby" && this.phase !== "orders")) return refuse("stale_turn", `Turn ${turn} is already being resolved or past; choose turn ${this.state.turn + (this.phase === "orders" || this.phase === "lobby" ? 0 : 1)} or later.`);
    if (turn > this.state.maxTurns) return refuse("not_in_phase", `The game ends after turn ${this.state.maxTurns}.`);
    this.store.addInject(this.code, turn, card);
    return DONE;
  }

  /** Facilitator: what an event would do to every nation over its whole duration if played this turn, given the orders placed so far. */
  previewInject(card: EventCard): InjectPreview {
    const orders = Object.fromEntries(this.state.order.map((n) => [n, this.orders.of(n)]));
    return previewInjectOver(this.state, card, orders);
  }

  /** Facilitator: stop the clock. */
  pause(): Outcome {
    if (this.phase === "lobby" || this.phase === "ended") return refuse("not_in_phase", "Nothing to pause.");
    if (this.timer.paused) return refuse("not_in_phase", "Already paused.");
    this.timer.pause();
    this.persist();
    this.hooks.roomChanged();
    return DONE;
  }

  /** Facilitator: restart the clock with the time that was left. */
  resume(): Outcome {
    if (!this.timer.paused) return refuse("not_in_phase", "The game is not paused.");
    this.timer.resume();
    this.persist();
    this.hooks.roomChanged();
    this.checkAllReady();
    return DONE;
  }

  /** Facilitator: add (or remove) seconds to the current phase. */
  extend(seconds: number): Outcome {
    if (this.phase !== "orders" && this.phase !== "results") return refuse("not_in_phase", "There is no running timer to change.");
    this.timer.extend(seconds * 1000);
    this.persist();
    this.hooks.roomChanged();
    return DONE;
  }

  /** Facilitator: resolve the turn now. */
  forceResolve(): Outcome {
    if (this.phase !== "orders") return refuse("not_in_phase", "Orders are not open.");
    this.enterResolution();
    return DONE;
  }

  /** Facilitator: lock or unlock the seating. */
  setLocked(locked: boolean): Outcome {
    this.locked = locked;
    this.persist();
    this.hooks.roomChanged();
    return DONE;
  }

  /** Facilitator: hand a nation to the AI, or give it back to its players. */
  setAi(nation: string, on: boolean): Outcome {
    if (!this.state.nations[nation]) return refuse("not_found", `There is no nation "${nation}" in this game.`);
    if (on) this.forcedAi.add(nation);
    else this.forcedAi.delete(nation);
    this.ready.delete(nation);
    this.persist();
    this.hooks.roomChanged();
    this.checkAllReady();
    return DONE;
  }

  /** Facilitator: end the game now. */
  end(): Outcome {
    if (this.phase === "ended") return refuse("not_in_phase", "The game has already ended.");
    this.finish();
    return DONE;
  }

  // ---- chat --------------------------------------------------------------------------------

  /** A chat line from a seat to the table or to one nation. */
  say(seat: LiveSeat, to: string, text: string): Outcome {
    const from = seat.role === "facilitator" ? "facilitator" : seat.role === "player" ? seat.nation : null;
    if (!from) return refuse("no_seat", "Take a seat in a nation to chat.");
    if (to !== "all" && !this.state.nations[to]) return refuse("not_found", `There is no nation "${to}" in this game.`);
    if (to === from) return refuse("malformed", "You cannot send a private message to your own nation.");
    let bucket = this.chatBuckets.get(seat.seatId);
    if (!bucket) this.chatBuckets.set(seat.seatId, (bucket = new TokenBucket(0.5, 5)));
    if (!bucket.take()) return refuse("rate_limited", "You are sending chat lines too fast; wait a few seconds.");
    this.addChat(from, seat.name, to, text);
    return DONE;
  }

  /** Facilitator: a message to everyone, shown as a banner and in the chat. */
  announce(seat: LiveSeat, text: string): Outcome {
    this.broadcast = text;
    this.addChat("facilitator", seat.name, "all", text);
    this.hooks.roomChanged();
    return DONE;
  }

  private addChat(from: string, fromName: string, to: string, text: string): void {
    const line: ChatLine = { id: (this.chat[this.chat.length - 1]?.id ?? 0) + 1, turn: this.state.turn, from, fromName, to, text };
    this.store.saveChat(this.code, line);
    this.chat.push(line);
    if (this.chat.length > CHAT_KEEP) this.chat.splice(0, this.chat.length - CHAT_KEEP);
    this.hooks.chatAdded(line);
  }

  // ---- persistence -------------------------------------------------------------------------

  /** Write the mutable part of the game to the store. */
  persist(): void {
    this.store.saveProgress(this.code, {
      phase: this.phase, turn: this.state.turn, paused: this.timer.paused, locked: this.locked,
      deadline: this.timer.deadline, remainingMs: this.timer.remainingMs,
      readyNations: [...this.ready], forcedAi: [...this.forcedAi],
    });
  }
}
