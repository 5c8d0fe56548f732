/**
 * One game's session: I/O around the pure match reducer (shared/match). It feeds intents and clock ticks
 * to the reducer with the time, appends every change to the match log before anyone is told, keeps the
 * derived tables (seats with their tokens, chat, resolutions, progress) for exports and listings, arms the
 * room clock at the match's deadline, and tells the room what changed. No rule lives here; no Colyseus types.
 */
import { createGame } from "../../shared/engine";
import type { EventCard, GameState } from "../../shared/engine/state";
import type { Negotiation } from "../../shared/engine/quotes";
import type { QuoteAsk, QuoteRequest } from "../../shared/protocol/deals";
import type { Intent, Match, MatchEffect, MatchLogEntry, MatchSeat, Outcome, Refusal, Step } from "../../shared/match";
import { aiNations, applyIntent, createMatch, licenceFor, liveState, previewInject, quoteFor, replayMatch, seatById, SYSTEM, tick } from "../../shared/match";
import type { LicenceAsk, LicenceRequest } from "../../shared/protocol/licences";
import type { LicenceAnswer, LicenceOffer } from "../../shared/engine/licences";
import type { InjectPreview } from "../../shared/engine/preview";
import type { GameStore } from "../store/game-store";
import type { GameRecord, GameSettings } from "../store/records";

/** The part of the Colyseus clock the session uses (this.clock: it ticks with every patch). */
export interface TimerClock {
  setTimeout(cb: () => void, ms: number): { clear(): void };
}

/** What the session tells its room after every change (already stored). */
export interface SessionHooks {
  changed(before: Match, after: Match, effects: MatchEffect[]): void;
}

/** A running game. */
export class GameSession {
  readonly code: string;
  readonly settings: GameSettings;
  readonly scenarioName: string;
  match: Match;
  private readonly tokens = new Map<string, string>();
  private armed: { at: number; handle: { clear(): void } } | undefined;

  constructor(
    record: GameRecord,
    private readonly store: GameStore,
    private readonly clock: TimerClock,
    private readonly hooks: SessionHooks,
  ) {
    this.code = record.code;
    this.settings = record.settings;
    this.scenarioName = record.scenarioName;
    const start = createMatch({
      code: record.code,
      scenarioName: record.scenarioName,
      settings: record.settings,
      state: createGame(record.scenario, record.seed),
    });
    this.match = replayMatch(start, store.matchLog(record.code));
    for (const s of store.seats(record.code)) this.tokens.set(s.token, s.seatId);
  }

  /** The engine state at the start of the current turn. */
  get state(): GameState {
    return this.match.state;
  }

  /** After a (re)start of the room: mark everyone disconnected, give a running turn its grace, fire a passed deadline. */
  resumeClock(): void {
    this.apply(SYSTEM, { type: "restore" });
    this.tickNow();
  }

  /** The seat holding this secret token. */
  seatByToken(token: string): MatchSeat | undefined {
    const id = this.tokens.get(token);
    return id ? seatById(this.match, id) : undefined;
  }

  /** The seat with this public id. */
  seat(seatId: string): MatchSeat | undefined {
    return seatById(this.match, seatId);
  }

  /** Register a new seat's token, then let the match add the seat. */
  addSeat(seatId: string, token: string, name: string, role: MatchSeat["role"], address?: string): Outcome {
    this.tokens.set(token, seatId);
    const r = this.apply(seatId, { type: "join", name, role, ...(address ? { address } : {}) });
    if (!r.ok) this.tokens.delete(token);
    return r;
  }

  /** Nations the AI plays now. */
  aiNations(): string[] {
    return aiNations(this.match);
  }

  /** The engine state with the deals signed this turn applied. */
  liveState(): GameState {
    return liveState(this.match);
  }

  /** Apply one intent from a seat (or SYSTEM) now; stored before the outcome is returned. */
  apply(actor: string, intent: Intent): Outcome {
    const now = Date.now();
    return this.commit({ actor, intent, now }, applyIntent(this.match, actor, intent, now));
  }

  /** A vendor's quote for the seat's nation: spends its work budget (logged), the answer itself is not stored. */
  quote(actor: string, request: QuoteRequest, asks: QuoteAsk[]): ({ ok: true } & Negotiation) | Refusal {
    const spent = this.apply(actor, { type: "work", kind: "quote" });
    return spent.ok ? quoteFor(this.match, actor, request, asks) : spent;
  }

  /** The US's export licence offer for the seat's nation: spends its work budget (logged), the answer itself is not stored. */
  licence(actor: string, request: LicenceRequest, asks: LicenceAsk[]): { ok: true; offer: LicenceOffer; answers: LicenceAnswer[] } | Refusal {
    const spent = this.apply(actor, { type: "work", kind: "licence" });
    return spent.ok ? licenceFor(this.match, actor, request, asks) : spent;
  }

  /** Facilitator: what an event would do to every nation over its whole duration if played this turn. */
  previewInject(card: EventCard): InjectPreview {
    return previewInject(this.match, card);
  }

  /** Stop the room clock (dispose). */
  stop(): void {
    this.armed?.handle.clear();
    this.armed = undefined;
  }

  private tickNow(): void {
    const now = Date.now();
    this.commit({ actor: SYSTEM, intent: { type: "tick" }, now }, tick(this.match, now));
    this.arm();
  }

  private commit(entry: MatchLogEntry, step: Step): Outcome {
    if (!step.outcome.ok || step.match === this.match) return step.outcome;
    this.store.appendMatchLog(this.code, entry);
    const before = this.match;
    this.match = step.match;
    this.persist(before, step.effects);
    this.arm();
    this.hooks.changed(before, this.match, step.effects);
    return step.outcome;
  }

  /** Keep the derived tables: seats (with tokens), chat, resolutions (the replay export) and the progress row. */
  private persist(before: Match, effects: MatchEffect[]): void {
    const m = this.match;
    for (const e of effects) {
      if (e.kind === "seat") {
        const s = seatById(m, e.seatId);
        const token = this.tokenOf(e.seatId);
        if (s && token) this.store.saveSeat({ token, code: this.code, seatId: s.seatId, name: s.name, role: s.role, nation: s.nation });
      } else if (e.kind === "seat_removed") {
        const token = this.tokenOf(e.seatId);
        if (token) {
          this.store.deleteSeat(token);
          this.tokens.delete(token);
        }
      } else if (e.kind === "chat") this.store.saveChat(this.code, e.line);
      else if (e.kind === "resolved") this.store.saveResolution(this.code, e.turn, e.orders, e.injects, e.deals);
    }
    const c = m.clock;
    if (
      before.phase !== m.phase ||
      before.state.turn !== m.state.turn ||
      before.clock.deadline !== c.deadline ||
      before.clock.remainingMs !== c.remainingMs ||
      before.clock.paused !== c.paused ||
      before.locked !== m.locked ||
      before.ready.join() !== m.ready.join() ||
      before.forcedAi.join() !== m.forcedAi.join()
    ) {
      this.store.saveProgress(this.code, {
        phase: m.phase,
        turn: m.state.turn,
        paused: c.paused,
        locked: m.locked,
        deadline: c.deadline,
        remainingMs: c.remainingMs,
        readyNations: m.ready,
        forcedAi: m.forcedAi,
      });
    }
  }

  /** The secret token of a seat (sent only to that seat in its welcome). */
  tokenOf(seatId: string): string | undefined {
    for (const [token, id] of this.tokens) if (id === seatId) return token;
    return undefined;
  }

  /** Arm the room clock at the match's deadline (one timeout at a time). */
  private arm(): void {
    const at = this.match.clock.paused ? 0 : this.match.clock.deadline;
    if (this.armed?.at === at) return;
    this.stop();
    if (at <= 0) return;
    this.armed = {
      at,
      handle: this.clock.setTimeout(
        () => {
          this.armed = undefined;
          this.tickNow();
        },
        Math.max(0, at - Date.now()),
      ),
    };
  }
}
