/**
 * The game room: wiring only. onAuth checks the join options, the facilitator key and the seat token;
 * onJoin/onLeave keep seats and reconnection; messages go through rooms/handlers.ts to the session; every
 * session change reaches each client as a JSON patch of its matchView (the room has no schema state).
 *
 * Order of what a client receives: an answer (ack, refusal, error) goes out as soon as the writes of its turn of
 * the event loop are committed (the store's group commit), before the view patch of its change, which follows
 * within VIEW_BATCH_MS, coalesced with every other change of that window; an order's ack names the revision that
 * shows it (`rev`). A patch is sent only after the writes it shows are committed, and a resolution's `results`
 * message right after the client's patch of the resolved turn.
 */
import { describeRefusal } from "../../shared/describe/refusals";
import { matchMaker, Room, ServerError, ErrorCode } from "@colyseus/core";
import type { AuthContext, Deferred } from "@colyseus/core";
import { JoinOptions, S2C } from "../../shared/protocol/messages";
import type { ResultsMsg, WelcomeMsg } from "../../shared/protocol/server-extra";
import { GameSession } from "../session/game-session";
import type { Match, MatchEffect, MatchSeat } from "../../shared/match";
import { canJoin, defaultSeatName, matchView } from "../../shared/match";
import { REMOVAL_MESSAGE } from "../../shared/describe/seats";
import { viewPatch, wireModel } from "../../shared/protocol/view-stream";
import type { ViewMsg, ViewPatchMsg } from "../../shared/protocol/view-stream";
import { gameStore } from "../store/instance";
import { serverSettings } from "../settings";
import type { ServerSettings } from "../settings";
import { randomSecret, secretMatches } from "../games/codes";
import { CODES_SET, INTERNAL_CREATE_KEY } from "../games/internal-key";
import { claimGame, releaseGame } from "../games/ownership";
import { gameInfo } from "../games/game-info";
import type { GameInfo } from "../../shared/protocol/server-extra";
import { registerHandlers } from "./handlers";
import { seatCapRefusal } from "../../shared/match/admission";
import { addressKey, checkReservationRate, ReservationBook } from "./reservations";
import type { ReservationAuth } from "./reservations";
import { matchmakingRequest } from "../http/client-address";
import type { GameClient, SentView } from "./game-client";
import { dataOf } from "./game-client";

/** Options the server (never a client) passes to matchMaker.createRoom. */
export interface GameRoomCreateOptions {
  internal: string;
  /** Code of a newly stored game. */
  code?: string;
  /** Code of a stored game to bring back after a restart. */
  restore?: string;
}

/** What onAuth hands to onJoin. */
interface JoinAuth {
  token?: string;
  seatId?: string;
  role: MatchSeat["role"];
  name: string;
  /** Opaque key of the address the client joined from (kick keep-out). */
  address?: string;
}

/**
 * Colyseus 0.18 room internals used in this file only (the reservation book): the seat reservation the
 * matchmaker calls, the pending reservations ([options, auth, consumed, reconnecting]) and their expiry timers.
 */
interface RoomInternals {
  _reserveSeat(
    sessionId: string,
    joinOptions?: unknown,
    authData?: unknown,
    seconds?: number,
    allowReconnection?: boolean,
    devMode?: unknown,
  ): Promise<boolean>;
  _reservedSeats: Record<string, [unknown, unknown, boolean, boolean]>;
  _reservedSeatTimeouts: Record<string, ReturnType<typeof setTimeout>>;
  _listing: Parameters<typeof matchMaker.driver.update>[0];
}

/** Close code for a connection replaced by the same seat in another tab. */
const CLOSE_REPLACED = 4009;
/** Changes within this many milliseconds reach a client as one patch. */
const VIEW_BATCH_MS = 25;
/** How often the room checks whether it has sat empty too long (at most). */
const IDLE_CHECK_MS = 60_000;

/** One game, addressed by its 5-letter code; its clients are typed (game-client.ts): every send is checked against its S2C schema. */
export class GameRoom extends Room<{ client: GameClient }> {
  /** Connections and reservations at once: above what the seat caps allow (admission.ts), so Colyseus never locks the room on its own. */
  override maxClients = 500;
  override autoDispose = false;
  session!: GameSession;
  settings: ServerSettings = serverSettings();
  private readonly pendingReconnects = new Map<string, Deferred<GameClient>>();
  private lastActivity = Date.now();
  private readonly reservations = new ReservationBook({ perAddress: this.settings.reservationsPerAddress, perRoom: this.settings.reservationsPerRoom });
  private facilitatorKeyHash = "";

  /** Matchmaking step (before any socket): a per-address budget of reservations without a seat token. */
  static override async onAuth(_token: string, options: unknown, context: AuthContext): Promise<ReservationAuth> {
    return checkReservationRate(options, matchmakingRequest(context));
  }

  /**
   * A seat reservation: the facilitator and seat holders always get one; an anonymous one is booked, and the
   * oldest pending anonymous ones give way (shared/match/admission.ts), so reservations never lock the room.
   * Colyseus 0.18 has no hook for this: the matchmaker calls the room's `_reserveSeat`, wrapped here per room.
   */
  private wrapReserveSeat(): void {
    const internals = this as unknown as RoomInternals;
    const reserve = internals._reserveSeat.bind(this);
    internals._reserveSeat = async (sessionId, joinOptions, authData, seconds, allowReconnection = false, devModeReconnection) => {
      if (!allowReconnection && !this.knownArrival(joinOptions)) {
        const address = (authData as ReservationAuth | undefined)?.address ?? "unknown";
        for (const id of this.reservations.book(sessionId, address, Date.now(), (x) => x in internals._reservedSeats)) await this.cancelReservation(id);
      }
      return reserve(sessionId, joinOptions, authData, seconds, allowReconnection, devModeReconnection);
    };
  }

  /** True for a join with a valid seat token or the facilitator key (never limited). */
  private knownArrival(options: unknown): boolean {
    const o = (options ?? {}) as { seatToken?: unknown; role?: unknown; facilitatorKey?: unknown };
    if (typeof o.seatToken === "string" && this.session.seatByToken(o.seatToken)) return true;
    return (
      o.role === "facilitator" &&
      typeof o.facilitatorKey === "string" &&
      this.facilitatorKeyHash !== "" &&
      secretMatches(o.facilitatorKey, this.facilitatorKeyHash)
    );
  }

  /**
   * Cancel a reservation not used yet, as Colyseus's own expiry does (its client-count decrement is private in
   * 0.18: the listing's count is decremented here; the room never reaches maxClients nor disposes on empty, the
   * other two things that decrement does).
   */
  private async cancelReservation(sessionId: string): Promise<void> {
    const internals = this as unknown as RoomInternals;
    const seat = internals._reservedSeats[sessionId];
    if (!seat || seat[2]) return;
    clearTimeout(internals._reservedSeatTimeouts[sessionId]);
    delete internals._reservedSeatTimeouts[sessionId];
    delete internals._reservedSeats[sessionId];
    await matchMaker.driver.update(internals._listing, { $inc: { clients: -1 } });
  }
  /** The pending flush of every client's view patch (one per batch window). */
  private viewFlush: ReturnType<typeof setTimeout> | null = null;
  /** A flush is going through the clients (one client a turn of the event loop). */
  private draining = false;
  /** A change came after the running flush started: another flush follows it. */
  private dirty = false;
  /** The resolved turn whose `results` message these clients have not had yet (sent right after their patch). */
  private pendingResults: { turn: number; clients: Set<GameClient> } | null = null;
  /** Clients whose send() waits for the group commit (every message but the view stream's). */
  private readonly committing = new WeakSet<GameClient>();

  override async onCreate(options: GameRoomCreateOptions): Promise<void> {
    if (options?.internal !== INTERNAL_CREATE_KEY) throw new ServerError(ErrorCode.MATCHMAKE_UNHANDLED, "Games are created over HTTP: POST /api/games.");
    const code = options.code ?? options.restore ?? "";
    const record = gameStore().game(code);
    if (!record) throw new ServerError(ErrorCode.MATCHMAKE_INVALID_ROOM_ID, `No stored game "${code}".`);
    if (!claimGame(code)) throw new ServerError(ErrorCode.MATCHMAKE_UNHANDLED, `Game "${code}" runs on another server process.`);
    this.roomId = code;
    this.facilitatorKeyHash = record.facilitatorKeyHash;
    this.seatReservationTimeout = this.settings.reservationSeconds;
    this.wrapReserveSeat();
    await this.setPrivate(true);
    this.session = new GameSession(record, gameStore(), this.clock, { changed: (before, after, effects) => this.onChanged(before, after, effects) });
    registerHandlers({
      session: this.session,
      settings: this.settings,
      listen: (type, cb) => void this.onMessage(type, cb),
      listenUnknown: (cb) => void this.onMessage("*", cb),
      seatOf: (client) => this.seatOf(client),
      changeRev: (client) => this.changeRev(client),
    });
    this.session.resumeClock();
    await this.presence.sadd(CODES_SET, code);
    this.clock.setInterval(() => this.disposeIfIdle(), Math.min(IDLE_CHECK_MS, Math.max(250, this.settings.idleEndedSeconds * 500)));
  }

  /**
   * Who a join is (the room's half of the checks, after the static onAuth's rate limit): its options, the
   * facilitator key, the seat token, the seat caps. Called first thing in onJoin: Colyseus 0.18 runs either a
   * static or an instance onAuth, not both, and a throw in onJoin refuses the join the same way.
   */
  private authorize(client: GameClient, rawOptions: unknown, address: string): JoinAuth {
    this.reservations.done(client.sessionId);
    const parsed = JoinOptions.safeParse(rawOptions ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ServerError(ErrorCode.AUTH_FAILED, `Join options: ${issue?.path.join(".") || "options"}: ${issue?.message ?? "invalid"}`);
    }
    const o = parsed.data;
    if (o.seatToken) {
      const seat = this.session.seatByToken(o.seatToken);
      if (!seat) throw new ServerError(ErrorCode.AUTH_FAILED, "That seat is not in this game any more: join again.");
      return { token: o.seatToken, seatId: seat.seatId, role: seat.role, name: seat.name };
    }
    if (o.role === "facilitator") {
      const record = gameStore().game(this.session.code);
      if (!o.facilitatorKey || !record || !secretMatches(o.facilitatorKey, record.facilitatorKeyHash)) {
        throw new ServerError(ErrorCode.AUTH_FAILED, "Wrong facilitator key.");
      }
    }
    const gate =
      canJoin(this.session.match, o.role, o.name) ??
      (o.role === "facilitator"
        ? null
        : seatCapRefusal(this.session.match, o.role, { projectors: this.settings.maxProjectors, newcomers: this.settings.maxNewcomers }));
    if (gate) throw new ServerError(ErrorCode.AUTH_FAILED, describeRefusal(gate));
    const name = o.name ?? defaultSeatName(this.session.match, o.role);
    return { role: o.role, name, address: addressKey(this.session.code, address) };
  }

  override onJoin(client: GameClient, options: unknown): void {
    this.lastActivity = Date.now();
    const auth = this.authorize(client, options, (client.auth as ReservationAuth | undefined)?.address ?? "unknown");
    let seatId = auth.seatId;
    if (seatId && auth.token) {
      this.pendingReconnects.get(seatId)?.reject(new Error("seat rejoined from another connection"));
      this.disconnectSeat(seatId, CLOSE_REPLACED, "Your seat was opened in another tab or window.", client);
    } else {
      seatId = randomSecret(6);
      const added = this.session.addSeat(seatId, randomSecret(), auth.name, auth.role, auth.address);
      if (!added.ok) throw new ServerError(ErrorCode.AUTH_FAILED, describeRefusal(added));
    }
    dataOf(client).seatId = seatId;
    this.session.apply(seatId, { type: "connect", sessionId: client.sessionId, connected: true });
    const seat = this.session.seat(seatId)!;
    gameStore().commitNow(); // the seat token in the welcome works after a restart
    client.send(S2C.welcome, {
      code: this.session.code,
      sessionId: client.sessionId,
      seatId,
      seatToken: this.session.tokenOf(seatId) ?? "",
      role: seat.role,
      nation: seat.nation,
      name: seat.name,
    } satisfies WelcomeMsg);
    this.sendView(client);
  }

  /** A connection dropped without saying goodbye: its seat stays connected while it may come back (0.18's automatic reconnection on the client). */
  override onDrop(client: GameClient): void {
    this.lastActivity = Date.now();
    const seatId = this.seatOf(client)?.seatId;
    if (!seatId || dataOf(client).kicked || dataOf(client).replaced) return;
    const pending = this.allowReconnection(client, this.settings.reconnectSeconds) as Deferred<GameClient>;
    this.pendingReconnects.set(seatId, pending);
    pending
      .catch(() => undefined)
      .finally(() => {
        if (this.pendingReconnects.get(seatId) === pending) this.pendingReconnects.delete(seatId);
      });
  }

  /** The same client came back within the reconnection window: it gets its whole view again. */
  override onReconnect(client: GameClient): void {
    this.lastActivity = Date.now();
    const seatId = this.seatOf(client)?.seatId;
    if (!seatId) return;
    delete dataOf(client).view;
    if (this.session.seat(seatId)?.sessionId === client.sessionId)
      this.session.apply(seatId, { type: "connect", sessionId: client.sessionId, connected: true });
    this.sendView(client);
  }

  /** A client left for good (consented, kicked, replaced, or its reconnection window ran out). */
  override onLeave(client: GameClient): void {
    this.lastActivity = Date.now();
    const seatId = this.seatOf(client)?.seatId;
    if (!seatId) return;
    if (this.session.seat(seatId)?.sessionId === client.sessionId)
      this.session.apply(seatId, { type: "connect", sessionId: client.sessionId, connected: false });
  }

  override async onDispose(): Promise<void> {
    if (this.viewFlush) clearTimeout(this.viewFlush);
    this.viewFlush = null;
    this.pendingResults = null;
    this.session?.stop();
    if (!this.session) return;
    releaseGame(this.session.code);
    await this.presence.srem(CODES_SET, this.session.code);
  }

  /** Facts for the join page; called through matchMaker.remoteRoomCall when the room lives on another process. */
  info(): GameInfo | undefined {
    return gameInfo(this.roomId);
  }

  override onUncaughtException(err: Error, methodName: string): void {
    console.error(`[game ${this.roomId}] uncaught in ${methodName}:`, err);
  }

  /** The seat a client holds, if it still exists. */
  seatOf(client: GameClient): MatchSeat | undefined {
    const seatId = dataOf(client).seatId;
    return seatId ? this.session.seat(seatId) : undefined;
  }

  private disconnectSeat(seatId: string, closeCode: number, reason: string, except?: GameClient): void {
    for (const c of this.clients) {
      const d = dataOf(c);
      if (c === except || d.seatId !== seatId) continue;
      d.replaced = closeCode === CLOSE_REPLACED;
      d.kicked = closeCode !== CLOSE_REPLACED;
      c.leave(closeCode, reason);
    }
  }

  /**
   * After a change: every client gets the patch of its view (batched), removed seats are closed, results are sent.
   * The patches go out one client a turn of the event loop (flushClients), so a resolution's eight views never hold up
   * another room's answers for the whole burst.
   */
  private onChanged(_before: Match, _after: Match, effects: MatchEffect[]): void {
    this.dirty = true;
    this.scheduleFlush();
    for (const e of effects) {
      // The results message follows each client's patch of the resolved turn (flushClients), not all eight patches at once here.
      if (e.kind === "resolved") this.pendingResults = { turn: e.turn, clients: new Set(this.clients) };
      else if (e.kind === "seat_removed") this.disconnectSeat(e.seatId, 4030, REMOVAL_MESSAGE[e.why]);
    }
  }

  /** Arm the next flush of the view patches, unless one is armed or going through the clients (it re-arms when done). */
  private scheduleFlush(): void {
    if (this.viewFlush || this.draining) return;
    this.viewFlush = setTimeout(() => {
      this.viewFlush = null;
      this.flushClients();
    }, VIEW_BATCH_MS);
  }

  /** Push every client's patch (and its pending results), one client per setImmediate so other rooms' messages interleave. */
  private flushClients(): void {
    this.dirty = false;
    this.draining = true;
    const queue = [...this.clients];
    const step = (): void => {
      const c = queue.shift();
      if (c) {
        if (this.clients.includes(c)) {
          this.pushView(c);
          this.sendPendingResults(c);
        }
        if (queue.length > 0) {
          setImmediate(step);
          return;
        }
      }
      this.draining = false;
      if (this.dirty) this.scheduleFlush();
    };
    step();
  }

  /** The `results` message of the resolved turn, once per client (after the patch that carries the turn). */
  private sendPendingResults(c: GameClient): void {
    const p = this.pendingResults;
    if (!p || !p.clients.delete(c)) return;
    if (p.clients.size === 0) this.pendingResults = null;
    c.send(S2C.results, { turn: p.turn } satisfies ResultsMsg);
  }

  /** Make every other message to `client` wait for the group commit of the writes before it (an ack never outruns its write). */
  private commitBeforeSend(client: GameClient): void {
    if (this.committing.has(client)) return;
    this.committing.add(client);
    const send = client.send.bind(client) as (type: string | number, message?: unknown, options?: unknown) => void;
    client.send = ((type: string | number, message?: unknown, options?: unknown) => {
      if (type === S2C.view || type === S2C.viewPatch) send(type, message, options);
      else gameStore().afterCommit(() => send(type, message, options));
    }) as GameClient["send"];
  }

  /** The revision of this client's next patch, which will show the change just made (sent even if its view did not change). */
  private changeRev(client: GameClient): number | undefined {
    const sent = dataOf(client).view;
    if (!sent) return undefined;
    sent.owed = true;
    return sent.rev + 1;
  }

  /** Send a client its whole view (join, reconnect): the stream restarts from this revision. */
  private sendView(client: GameClient): void {
    const d = dataOf(client);
    const seatId = d.seatId;
    if (!seatId) return;
    this.commitBeforeSend(client);
    gameStore().commitNow();
    const sent: SentView = { rev: (d.view?.rev ?? -1) + 1, model: wireModel(matchView(this.session.match, seatId)) };
    d.view = sent;
    client.send(S2C.view, { rev: sent.rev, model: sent.model } satisfies ViewMsg);
  }

  /** Send a client the patch from what it holds to its view now (nothing when nothing it sees changed). */
  private pushView(client: GameClient): void {
    const { view: sent, seatId } = dataOf(client);
    if (!sent || !seatId) return;
    gameStore().commitNow();
    const next = wireModel(matchView(this.session.match, seatId));
    const ops = viewPatch(sent.model, next);
    if (ops.length === 0 && !sent.owed) return;
    sent.owed = false;
    sent.rev += 1;
    sent.model = next;
    client.send(S2C.viewPatch, { rev: sent.rev, ops } satisfies ViewPatchMsg);
  }

  private disposeIfIdle(): void {
    if (this.clients.length > 0) {
      this.lastActivity = Date.now();
      return;
    }
    const phase = this.session.match.phase;
    const limit =
      (phase === "ended" ? this.settings.idleEndedSeconds : phase === "lobby" ? this.settings.idleLobbySeconds : this.settings.idleRunningSeconds) * 1000;
    if (Date.now() - this.lastActivity > limit) void this.disconnect();
  }
}
