/**
 * One load-test game: created over HTTP, 8 real @colyseus/sdk clients (a facilitator and 7 players on the
 * `workshop` preset's 6 nations). Light clients: only the facilitator keeps the view (it tells the bots the
 * phase and turn); players drop view frames unread (the SDK still inflates and unpacks them) and match their
 * order answers by request id. A turn is each player's ten orders (the nation lead's baselineOrders on a local
 * replica of the game, then `hold`s), three chat lines and Ready, at the workshop's pace or back to back.
 */
import { emptyModel, ViewStore } from "../../client/net/model";
import type { ViewMsg, ViewPatchMsg } from "../../shared/protocol/view-stream";
import { performance } from "node:perf_hooks";
import { Client } from "@colyseus/sdk";
import type { Room } from "@colyseus/sdk";
import { createGame, resolveTurn } from "../../shared/engine";
import type { GameState } from "../../shared/engine/state";
import type { Order } from "../../shared/protocol/orders";
import { baselineOrders } from "../../shared/ai/baseline";
import { presetScenario } from "../../shared/scenario/presets";
import type { Rng, WorkshopPace } from "./pace";
import { CHAT_LINES, ORDERS_PER_TURN, rng, spread } from "./pace";

/** What a run records. */
export interface LoadStats {
  ackMs: number[];
  /** Order sent → the view patch that shows it (the revision its ack names) received. */
  seenMs: number[];
  resolveMs: number[];
  errors: string[];
  rejected: number;
  /** Client→server messages sent. */
  sent: number;
  /** Turns resolved. */
  turns: number;
}

/** A new, empty record. */
export const newStats = (): LoadStats => ({ ackMs: [], seenMs: [], resolveMs: [], errors: [], rejected: 0, sent: 0, turns: 0 });

/** The record the bots write to now: the bench swaps in a fresh one at the start of each measured window. */
export interface StatsRef {
  stats: LoadStats;
}

const PRESET = "workshop";
const PLAYERS = 7;
const ACK_TIMEOUT_MS = 5000;
/** A create request or a join that has not answered after this long is an error of the run (an open never hangs the ramp). */
const OPEN_TIMEOUT_MS = 60_000;
const TURN_TIMEOUT_MS = 60_000;
const scenario = presetScenario(PRESET);
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Seat {
  room: Room;
  label: string;
  nation: string | null;
  /** The facilitator's read model (players keep none). */
  view?: ViewStore;
  waiters: Set<() => void>;
  acks: Map<string, (rev?: number) => void>;
  /** The last view revision received (players read only the revision of their frames). */
  rev: number;
  /** Orders acked whose revision has not arrived yet: [revision, send time]. */
  unseen: [number, number][];
  /** The seat's chat bucket as the server keeps it (0.5 a second, burst 5), so back-to-back turns never get a refusal. */
  chat: { tokens: number; last: number };
  rid: number;
}

function seat(room: Room, ref: StatsRef, label: string, keepView: boolean): Seat {
  const s: Seat = {
    room,
    label,
    nation: null,
    waiters: new Set(),
    acks: new Map(),
    rev: -1,
    unseen: [],
    chat: { tokens: 5, last: Date.now() },
    rid: 0,
    ...(keepView ? { view: new ViewStore(emptyModel("", { sessionId: "", role: "facilitator", name: label })) } : {}),
  };
  room.onMessage("*", (type, msg) => {
    if (type === "view" || type === "view_patch") {
      s.rev = (msg as { rev: number }).rev;
      if (type === "view") s.unseen = [];
      else if (s.unseen.length > 0) seen(s, ref);
      if (!s.view) return;
      if (type === "view") s.view.reset(msg as ViewMsg);
      else s.view.patch(msg as ViewPatchMsg);
      for (const w of [...s.waiters]) w();
    } else if (type === "order_ack" || type === "order_rejected") {
      if (type === "order_rejected") ref.stats.rejected += 1;
      const { rid, rev } = msg as { rid?: string; rev?: number };
      if (rid) s.acks.get(rid)?.(rev);
    } else if (type === "error") {
      const e = msg as { type?: string; message?: string; rid?: string };
      ref.stats.errors.push(`${label}: error ${e.type ?? ""} ${e.message ?? ""}`);
      if (e.rid) s.acks.get(e.rid)?.();
    } else if (type === "warning") ref.stats.errors.push(`${label}: warning ${(msg as { message?: string }).message ?? ""}`);
  });
  room.onLeave((code) => {
    if (code !== 1000 && code !== 4000) ref.stats.errors.push(`${label}: dropped with code ${code}`);
  });
  // A dropped socket the SDK reconnects on its own is an error of the run too.
  room.onDrop((code) => ref.stats.errors.push(`${label}: connection dropped (${code}), reconnecting`));
  return s;
}

/** Record the orders whose revision has arrived (a full view after a reconnect restarts the revisions: the waiting ones are dropped). */
function seen(s: Seat, ref: StatsRef): void {
  const now = performance.now();
  s.unseen = s.unseen.filter(([rev, t0]) => {
    if (rev > s.rev) return true;
    ref.stats.seenMs.push(now - t0);
    return false;
  });
}

/** `p`, or an error after `ms` (a late success is passed to `late`). */
function within<T>(p: Promise<T>, ms: number, what: string, late: (v: T) => void = () => undefined): Promise<T> {
  let timedOut = false;
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      timedOut = true;
      reject(new Error(`timed out: ${what} (${ms / 1000} s)`));
    }, ms);
    p.then(
      (v) => {
        clearTimeout(timer);
        if (timedOut) late(v);
        else resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e instanceof Error ? e : new Error(String(e)));
      },
    );
  });
}

/** Join a room within OPEN_TIMEOUT_MS (a join that answers later is left at once). */
function join(client: Client, code: string, options: Record<string, unknown>): Promise<Room> {
  return within(client.joinById(code, options), OPEN_TIMEOUT_MS, `join ${code}`, (room) => void room.leave(true).catch(() => undefined));
}

function until(s: Seat, pred: () => boolean, ms: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = (): boolean => {
      try {
        return pred();
      } catch {
        return false;
      }
    };
    if (check()) return resolve();
    const timer = setTimeout(() => {
      s.waiters.delete(w);
      reject(new Error(`timed out: ${what}`));
    }, ms);
    const w = (): void => {
      if (!check()) return;
      clearTimeout(timer);
      s.waiters.delete(w);
      resolve();
    };
    s.waiters.add(w);
  });
}

function send(s: Seat, ref: StatsRef, type: string, msg: unknown): void {
  ref.stats.sent += 1;
  s.room.send(type, msg);
}

/** Send one order and resolve once its answer (ack, rejection or error with its rid) arrives; records the latency. */
function sendOrder(s: Seat, order: Order, ref: StatsRef): Promise<void> {
  return new Promise((resolve) => {
    const rid = `o${s.rid++}`;
    const t0 = performance.now();
    const timer = setTimeout(() => {
      s.acks.delete(rid);
      ref.stats.errors.push(`${s.label}: order ack timeout (${ACK_TIMEOUT_MS} ms)`);
      resolve();
    }, ACK_TIMEOUT_MS);
    s.acks.set(rid, (rev) => {
      clearTimeout(timer);
      s.acks.delete(rid);
      const now = performance.now();
      ref.stats.ackMs.push(now - t0);
      // Before acks named a revision they followed their patch: seen when acked.
      if (rev === undefined || rev <= s.rev) ref.stats.seenMs.push(now - t0);
      else s.unseen.push([rev, t0]);
      resolve();
    });
    send(s, ref, "add_order", { order, rid });
  });
}

/** Take a chat token as the server would (0.5/s, burst 5); false when a line now would be refused. */
function chatAllowed(s: Seat): boolean {
  const now = Date.now();
  s.chat.tokens = Math.min(5, s.chat.tokens + ((now - s.chat.last) / 1000) * 0.5);
  s.chat.last = now;
  if (s.chat.tokens < 1) return false;
  s.chat.tokens -= 1;
  return true;
}

/** Options of a bot game. */
export interface BotOptions {
  /** The game's turn timer (the deadline; bots ready before it). */
  turnSeconds?: number;
}

/** A game driven by 8 clients. */
export class BotGame {
  private seats: Seat[] = [];
  private fac!: Seat;
  private state: GameState;
  private readonly rnd: Rng;
  private planned: Record<string, Order[]> = {};
  /** Nations whose Ready was sent this turn: a team-mate's button shows it and is not pressed again (a Ready after the last one would meet the resolution). */
  private readied = new Set<string>();
  code = "";

  constructor(
    private readonly url: string,
    private readonly seed: number,
    private readonly ref: StatsRef,
    private readonly opts: BotOptions = {},
  ) {
    this.state = createGame(scenario, seed);
    this.rnd = rng(seed);
  }

  /** True once the game's last turn is resolved. */
  get finished(): boolean {
    return this.state.finished;
  }

  /** Create the game over HTTP and join its facilitator only. */
  async openFacilitatorOnly(): Promise<Client> {
    const res = await fetch(`${this.url}/api/games`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ scenario: PRESET, seed: this.seed, turnSeconds: this.opts.turnSeconds ?? 600, teamSize: 2 }),
      signal: AbortSignal.timeout(OPEN_TIMEOUT_MS),
    });
    if (res.status !== 201) throw new Error(`create game: HTTP ${res.status}`);
    const game = (await res.json()) as { code: string; facilitatorKey: string };
    this.code = game.code;
    const client = new Client(this.url);
    this.fac = seat(await join(client, game.code, { role: "facilitator", facilitatorKey: game.facilitatorKey }), this.ref, `${game.code}/fac`, true);
    return client;
  }

  /** Create the game over HTTP and join its 8 clients; players take seats. */
  async open(): Promise<void> {
    const client = await this.openFacilitatorOnly();
    const nations = this.state.order;
    for (let i = 0; i < PLAYERS; i++) {
      const s = seat(await join(client, this.code, { name: `Bot ${i + 1}` }), this.ref, `${this.code}/p${i}`, false);
      s.nation = nations[i % nations.length];
      send(s, this.ref, "choose_seat", { nation: s.nation });
      this.seats.push(s);
    }
    await until(this.fac, () => this.fac.view!.model.seats.filter((x) => x.nation).length === PLAYERS, 30_000, "seated");
  }

  /** Facilitator starts the game. */
  async start(): Promise<void> {
    send(this.fac, this.ref, "facilitator", { cmd: "start" });
    await until(this.fac, () => this.fac.view!.model.phase === "orders", 30_000, "orders phase");
  }

  private phase(): { turn: number; phase: string; finished: boolean } {
    const m = this.fac.view!.model;
    return { turn: m.view?.turn ?? 0, phase: m.phase, finished: m.view?.finished ?? false };
  }

  /** Each player's ten orders this turn: the nation lead's baseline orders first, then holds; the replica's order sets. */
  private plan(): Map<Seat, Order[]> {
    const turn = this.state.turn;
    const out = new Map<Seat, Order[]>();
    this.planned = {};
    for (const s of this.seats) {
      const nation = s.nation!;
      const lead = this.seats.find((x) => x.nation === nation) === s;
      const mine = lead ? baselineOrders(this.state, nation).slice(0, ORDERS_PER_TURN) : [];
      while (mine.length < ORDERS_PER_TURN) mine.push({ type: "hold", turn });
      out.set(s, mine);
      (this.planned[nation] ??= []).push(...mine);
    }
    return out;
  }

  /** Ready for the seat's nation, unless a team-mate already sent it this turn. */
  private ready(s: Seat, turn: number): void {
    if (this.readied.has(s.nation!)) return;
    this.readied.add(s.nation!);
    send(s, this.ref, "ready", { turn, ready: true });
  }

  private chatLine(s: Seat, i: number): void {
    send(s, this.ref, "chat", { to: "all", text: `turn ${this.state.turn} line ${i + 1} from ${s.nation}` });
  }

  /** After every Ready: wait for the next turn's orders phase (or the end); records the resolution time. */
  private async nextTurn(turn: number, t0: number): Promise<boolean> {
    await until(
      this.fac,
      () => (this.phase().turn === turn + 1 && this.phase().phase !== "resolution") || this.phase().finished,
      TURN_TIMEOUT_MS,
      `turn ${turn} resolved`,
    );
    this.ref.stats.resolveMs.push(performance.now() - t0);
    this.ref.stats.turns += 1;
    this.state = resolveTurn(this.state, this.planned).state;
    await until(this.fac, () => this.phase().phase === "orders" || this.phase().phase === "ended", TURN_TIMEOUT_MS, `turn ${turn + 1} orders`);
    return !this.state.finished;
  }

  /** Stress pace, first half: every player sends its ten orders one after another as fast as they are answered, and its chat lines the chat limit allows. */
  async sendOrdersNow(): Promise<void> {
    const plan = this.plan();
    this.readied.clear();
    await Promise.all(
      this.seats.map(async (s) => {
        for (const o of plan.get(s)!) await sendOrder(s, o, this.ref);
        for (let i = 0; i < CHAT_LINES; i++) if (chatAllowed(s)) this.chatLine(s, i);
      }),
    );
  }

  /** Stress pace, second half: every player sends Ready; resolves when the next turn's orders phase is open; false once the game is over. */
  async readyNow(): Promise<boolean> {
    const turn = this.state.turn;
    const t0 = performance.now();
    for (const s of this.seats) this.ready(s, turn);
    return this.nextTurn(turn, t0);
  }

  /** One turn back to back (stress pace). */
  async playTurn(): Promise<boolean> {
    if (this.state.finished) return false;
    await this.sendOrdersNow();
    return this.readyNow();
  }

  /** One turn at the workshop's pace: each player's orders and chat lines spread over the turn, then Ready near its end. */
  async playWorkshopTurn(pace: WorkshopPace): Promise<boolean> {
    if (this.state.finished) return false;
    const turn = this.state.turn;
    const plan = this.plan();
    this.readied.clear();
    const start = performance.now();
    const at = (ms: number): Promise<void> => sleep(Math.max(0, start + ms - performance.now()));
    let lastReady = 0;
    await Promise.all(
      this.seats.map(async (s) => {
        const orders = plan.get(s)!;
        const times = spread(this.rnd, orders.length, pace.firstMs, pace.ordersUntilMs);
        const chats = spread(this.rnd, CHAT_LINES, pace.firstMs, pace.ordersUntilMs);
        const sends: Promise<void>[] = [];
        chats.forEach((t, i) => sends.push(at(t).then(() => this.chatLine(s, i))));
        // Orders go out at their times without waiting for the previous answer, as players click.
        times.forEach((t, i) => sends.push(at(t).then(() => sendOrder(s, orders[i], this.ref))));
        await Promise.all(sends);
        await at(pace.readyFromMs + this.rnd() * (pace.readyToMs - pace.readyFromMs));
        lastReady = performance.now();
        this.ready(s, turn);
      }),
    );
    return this.nextTurn(turn, lastReady);
  }

  /** End the game and leave with every client. */
  async finish(): Promise<void> {
    send(this.fac, this.ref, "facilitator", { cmd: "end" });
    await until(this.fac, () => this.fac.view!.model.phase === "ended", 30_000, "ended").catch((e: Error) => this.ref.stats.errors.push(e.message));
    await Promise.all([...this.seats, this.fac].map((s) => s.room.leave(true).catch(() => undefined)));
  }

  /** Leave with every client without ending the game (the end of a run). */
  async leave(): Promise<void> {
    await Promise.all([...this.seats, this.fac].map((s) => s.room.leave(true).catch(() => undefined)));
  }
}
