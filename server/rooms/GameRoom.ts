/**
 * The game room: wiring only. onAuth checks the join options, the facilitator key and the seat token;
 * onJoin/onLeave keep seats and reconnection; messages go through rooms/handlers.ts to the session; every
 * session change is projected into the schema state (server/sync) and each client's StateView.
 */
import { Room, ServerError, ErrorCode } from "@colyseus/core";
import { Encoder } from "@colyseus/schema";
import type { Client, Deferred } from "@colyseus/core";
import { canSee } from "../../shared/engine";
import type { GameEvent } from "../../shared/engine/state";
import type { Seat } from "../../shared/engine/view";
import { JoinOptions, S2C } from "../../shared/protocol/messages";
import type { WelcomeMsg } from "../../shared/protocol/server-extra";
import { RoomState } from "../schema/room-state";
import { GameSession } from "../session/game-session";
import type { LiveSeat } from "../session/seat-book";
import { gameStore } from "../store/instance";
import { serverSettings } from "../settings";
import type { ServerSettings } from "../settings";
import { randomSecret, secretMatches } from "../games/codes";
import { CODES_SET, INTERNAL_CREATE_KEY } from "../games/internal-key";
import { claimGame, releaseGame } from "../games/ownership";
import { gameInfo } from "../games/game-info";
import type { GameInfo } from "../../shared/protocol/server-extra";
import { projectRoom } from "../sync/project-room";
import { projectWorld } from "../sync/project-world";
import { projectOrders } from "../sync/project-orders";
import { projectAllChat, projectChatLine } from "../sync/project-chat";
import { projectDeals } from "../sync/project-deals";
import { syncView, visibleNations } from "../sync/views";
import { registerHandlers } from "./handlers";

/** The full state (catalogue, news, nations) is larger than the 8 KB default encode buffer. */
Encoder.BUFFER_SIZE = 256 * 1024;

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
  role: LiveSeat["role"];
  name: string;
}

/** Close code for a connection replaced by the same seat in another tab. */
const CLOSE_REPLACED = 4009;
/** How often the room checks whether it has sat empty too long (at most). */
const IDLE_CHECK_MS = 60_000;

/** One game, addressed by its 5-letter code. */
export class GameRoom extends Room<RoomState> {
  override state = new RoomState();
  override maxClients = 200;
  override autoDispose = false;
  session!: GameSession;
  settings: ServerSettings = serverSettings();
  private readonly pendingReconnects = new Map<string, Deferred<Client>>();
  private lastActivity = Date.now();

  override async onCreate(options: GameRoomCreateOptions): Promise<void> {
    if (options?.internal !== INTERNAL_CREATE_KEY) throw new ServerError(ErrorCode.MATCHMAKE_UNHANDLED, "Games are created over HTTP: POST /api/games.");
    const code = options.code ?? options.restore ?? "";
    const record = gameStore().game(code);
    if (!record) throw new ServerError(ErrorCode.MATCHMAKE_INVALID_ROOM_ID, `No stored game "${code}".`);
    if (!claimGame(code)) throw new ServerError(ErrorCode.MATCHMAKE_UNHANDLED, `Game "${code}" runs on another server process.`);
    this.roomId = code;
    await this.setPrivate(true);
    this.session = new GameSession(record, gameStore(), this.clock, {
      roomChanged: () => this.onRoomChanged(),
      worldChanged: () => {
        projectWorld(this.state, this.session.liveState());
        projectDeals(this.state, this.session, this.session.state.order);
        this.syncViews();
      },
      ordersChanged: (nation) => projectOrders(this.state, this.session, nation),
      dealsChanged: (nations) => {
        projectDeals(this.state, this.session, nations);
        this.syncViews();
      },
      chatAdded: (line) => {
        projectChatLine(this.state, this.session.chat, line);
        this.syncViews();
      },
      resolved: (turn, events) => this.sendResults(turn, events),
    });
    projectWorld(this.state, this.session.liveState());
    projectDeals(this.state, this.session, this.session.state.order);
    for (const n of this.session.state.order) projectOrders(this.state, this.session, n);
    projectAllChat(this.state, this.session.chat);
    projectRoom(this.state, this.session);
    registerHandlers({
      session: this.session,
      settings: this.settings,
      listen: (type, cb) => void this.onMessage(type, cb),
      listenUnknown: (cb) => void this.onMessage("*", cb),
      seatOf: (client) => this.seatOf(client),
      disconnectSeat: (token, closeCode, reason) => this.disconnectSeat(token, closeCode, reason),
    });
    this.session.resumeClock();
    await this.presence.sadd(CODES_SET, code);
    this.clock.setInterval(() => this.disposeIfIdle(), Math.min(IDLE_CHECK_MS, Math.max(250, this.settings.idleEndedSeconds * 500)));
  }

  override async onAuth(_client: Client, rawOptions: unknown): Promise<JoinAuth> {
    const parsed = JoinOptions.safeParse(rawOptions ?? {});
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new ServerError(ErrorCode.AUTH_FAILED, `Join options: ${issue?.path.join(".") || "options"}: ${issue?.message ?? "invalid"}`);
    }
    const o = parsed.data;
    if (o.seatToken) {
      const seat = this.session.seats.byToken(o.seatToken);
      if (!seat) throw new ServerError(ErrorCode.AUTH_FAILED, "That seat is not in this game any more: join again.");
      return { token: seat.token, role: seat.role, name: seat.name };
    }
    if (o.role === "facilitator") {
      const record = gameStore().game(this.session.code);
      if (!o.facilitatorKey || !record || !secretMatches(o.facilitatorKey, record.facilitatorKeyHash)) {
        throw new ServerError(ErrorCode.AUTH_FAILED, "Wrong facilitator key.");
      }
    }
    if (o.role === "player" && this.session.locked) throw new ServerError(ErrorCode.AUTH_FAILED, "The facilitator has locked this game: no new players.");
    const name = o.name ?? (o.role === "projector" ? "Projector" : o.role === "facilitator" ? "Facilitator" : `Player ${this.session.seats.count("player") + 1}`);
    return { role: o.role, name };
  }

  override onJoin(client: Client, _options: unknown, auth: JoinAuth): void {
    this.lastActivity = Date.now();
    let seat = auth.token ? this.session.seats.byToken(auth.token) : undefined;
    if (seat) {
      this.pendingReconnects.get(seat.token)?.reject(new Error("seat rejoined from another connection"));
      this.disconnectSeat(seat.token, CLOSE_REPLACED, "Your seat was opened in another tab or window.", client);
    } else {
      seat = { token: randomSecret(), code: this.session.code, seatId: randomSecret(6), name: auth.name, role: auth.role, nation: null, sessionId: client.sessionId, connected: true };
      this.session.addSeat(seat);
    }
    client.userData = { ...(client.userData ?? {}), seatToken: seat.token };
    this.session.setConnected(seat, client.sessionId, true);
    client.send(S2C.welcome, { code: this.session.code, sessionId: client.sessionId, seatId: seat.seatId, seatToken: seat.token, role: seat.role, nation: seat.nation, name: seat.name } satisfies WelcomeMsg);
  }

  override async onLeave(client: Client, consented: boolean): Promise<void> {
    this.lastActivity = Date.now();
    const seat = this.seatOf(client);
    if (!seat) return;
    const stillOurs = (): boolean => seat.sessionId === client.sessionId;
    if (consented || client.userData?.kicked || client.userData?.replaced) {
      if (stillOurs()) this.session.setConnected(seat, client.sessionId, false);
      return;
    }
    const pending = this.allowReconnection(client, this.settings.reconnectSeconds);
    this.pendingReconnects.set(seat.token, pending);
    try {
      await pending;
      if (stillOurs()) this.session.setConnected(seat, client.sessionId, true);
    } catch {
      if (stillOurs()) this.session.setConnected(seat, client.sessionId, false);
    } finally {
      if (this.pendingReconnects.get(seat.token) === pending) this.pendingReconnects.delete(seat.token);
    }
  }

  override async onDispose(): Promise<void> {
    this.session?.timer.clear();
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
  seatOf(client: Client): LiveSeat | undefined {
    const token = client.userData?.seatToken as string | undefined;
    return token ? this.session.seats.byToken(token) : undefined;
  }

  private disconnectSeat(token: string, closeCode: number, reason: string, except?: Client): void {
    for (const c of this.clients) {
      if (c === except || c.userData?.seatToken !== token) continue;
      c.userData.replaced = closeCode === CLOSE_REPLACED;
      c.userData.kicked = closeCode !== CLOSE_REPLACED;
      c.leave(closeCode, reason);
    }
  }

  private onRoomChanged(): void {
    projectRoom(this.state, this.session);
    this.syncViews();
  }

  /** Give every client's StateView exactly the secret entries and parts its seat may see (new parts included). */
  private syncViews(): void {
    const all = this.session.state.order;
    for (const c of this.clients) syncView(c, this.state, visibleNations(this.seatOf(c), all));
  }

  private sendResults(turn: number, events: GameEvent[]): void {
    for (const c of this.clients) {
      const seat = this.seatOf(c);
      const who: Seat = seat?.role === "facilitator" ? { kind: "facilitator" } : seat?.role === "player" && seat.nation ? { kind: "nation", nation: seat.nation } : { kind: "public" };
      c.send(S2C.results, { turn, events: events.filter((e) => canSee(who, e)) });
    }
  }

  private disposeIfIdle(): void {
    if (this.clients.length > 0) {
      this.lastActivity = Date.now();
      return;
    }
    const phase = this.session.phase;
    const limit = (phase === "ended" ? this.settings.idleEndedSeconds : phase === "lobby" ? this.settings.idleLobbySeconds : this.settings.idleRunningSeconds) * 1000;
    if (Date.now() - this.lastActivity > limit) void this.disconnect();
  }
}
