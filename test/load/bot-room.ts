/**
 * One load-test game: created over HTTP, 8 real colyseus.js clients (a facilitator and 7 players on the
 * `workshop` preset's 6 nations), then turns of engine-chosen orders (baselineOrders on a local replica of
 * the game, which equals the server's while every order is accepted), a chat line and ready-ups.
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

/** What a run records. */
export interface LoadStats {
  ackMs: number[];
  resolveMs: number[];
  errors: string[];
  rejected: number;
}

/** A new, empty record. */
export const newStats = (): LoadStats => ({ ackMs: [], resolveMs: [], errors: [], rejected: 0 });

const PRESET = "workshop";
const PLAYERS = 7;
const ACK_TIMEOUT_MS = 5000;
const scenario = presetScenario(PRESET);

type Seat = { room: Room; nation: string | null; waiters: Set<() => void>; pending: ((ok: boolean) => void)[]; view: ViewStore };

function seat(room: Room, stats: LoadStats, label: string): Seat {
  const s: Seat = { room, nation: null, waiters: new Set(), pending: [], view: new ViewStore(emptyModel("", { sessionId: "", role: "player", name: label })) };
  room.onMessage("*", (type, msg) => {
    if (type === "view" || type === "view_patch") {
      if (type === "view") s.view.reset(msg as ViewMsg);
      else s.view.patch(msg as ViewPatchMsg);
      for (const w of [...s.waiters]) w();
    } else if (type === "order_ack" || type === "order_rejected") {
      if (type === "order_rejected") stats.rejected += 1;
      s.pending.shift()?.(true);
    } else if (type === "error") {
      const e = msg as { type?: string; message?: string };
      stats.errors.push(`${label}: error ${e.type ?? ""} ${e.message ?? ""}`);
      if (e.type === "add_order") s.pending.shift()?.(false);
    } else if (type === "warning") stats.errors.push(`${label}: warning ${(msg as { message?: string }).message ?? ""}`);
  });
  room.onLeave((code) => {
    if (code !== 1000 && code !== 4000) stats.errors.push(`${label}: dropped with code ${code}`);
  });
  return s;
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

function sendOrder(s: Seat, order: Order, stats: LoadStats): Promise<void> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const timer = setTimeout(() => {
      stats.errors.push(`order ack timeout (${ACK_TIMEOUT_MS} ms)`);
      resolve();
    }, ACK_TIMEOUT_MS);
    s.pending.push(() => {
      clearTimeout(timer);
      stats.ackMs.push(performance.now() - t0);
      resolve();
    });
    s.room.send("add_order", { order });
  });
}

/** A game driven by 8 clients. */
export class BotGame {
  private seats: Seat[] = [];
  private fac!: Seat;
  private state: GameState;
  code = "";

  constructor(
    private readonly url: string,
    private readonly seed: number,
    private readonly stats: LoadStats,
  ) {
    this.state = createGame(scenario, seed);
  }

  /** Create the game over HTTP and join its facilitator only. */
  async openFacilitatorOnly(): Promise<Client> {
    const res = await fetch(`${this.url}/api/games`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ scenario: PRESET, seed: this.seed, turnSeconds: 600, teamSize: 2 }),
    });
    if (res.status !== 201) throw new Error(`create game: HTTP ${res.status}`);
    const game = (await res.json()) as { code: string; facilitatorKey: string };
    this.code = game.code;
    const client = new Client(this.url);
    this.fac = seat(await client.joinById(game.code, { role: "facilitator", facilitatorKey: game.facilitatorKey }), this.stats, `${game.code}/fac`);
    return client;
  }

  /** Create the game over HTTP and join its 8 clients; players take seats. */
  async open(): Promise<void> {
    const client = await this.openFacilitatorOnly();
    const nations = this.state.order;
    for (let i = 0; i < PLAYERS; i++) {
      const s = seat(await client.joinById(this.code, { name: `Bot ${i + 1}` }), this.stats, `${this.code}/p${i}`);
      s.nation = nations[i % nations.length];
      s.room.send("choose_seat", { nation: s.nation });
      this.seats.push(s);
    }
    await until(this.fac, () => this.fac.view.model.seats.filter((x) => x.nation).length === PLAYERS, 30_000, "seated");
  }

  /** Facilitator starts the game. */
  async start(): Promise<void> {
    this.fac.room.send("facilitator", { cmd: "start" });
    await until(this.fac, () => this.fac.view.model.phase === "orders", 30_000, "orders phase");
  }

  /** Play one turn: orders (first player of each nation), a chat line, ready-ups; records latencies; false once the game is over. */
  async playTurn(): Promise<boolean> {
    if (this.state.finished) return false;
    const turn = this.state.turn;
    const orders: Record<string, Order[]> = {};
    const leads = this.seats.filter((s, i) => this.seats.findIndex((x) => x.nation === s.nation) === i);
    await Promise.all(
      leads.map(async (s) => {
        const mine = baselineOrders(this.state, s.nation!);
        orders[s.nation!] = mine;
        for (const o of mine) await sendOrder(s, o, this.stats);
      }),
    );
    // One line every other turn: the game allows a seat one chat line per 2 s (burst 5).
    if (turn % 2 === 1) this.seats[0].room.send("chat", { to: "all", text: `turn ${turn} from ${this.seats[0].nation}` });
    const t0 = performance.now();
    for (const s of leads) s.room.send("ready", { turn, ready: true });
    const st = (): { turn: number; phase: string; finished: boolean } => {
      const m = this.fac.view.model;
      return { turn: m.view?.turn ?? 0, phase: m.phase, finished: m.view?.finished ?? false };
    };
    await until(this.fac, () => (st().turn === turn + 1 && st().phase !== "resolution") || st().finished, 30_000, `turn ${turn} resolved`);
    this.stats.resolveMs.push(performance.now() - t0);
    this.state = resolveTurn(this.state, orders).state;
    await until(this.fac, () => st().phase === "orders" || st().phase === "ended", 30_000, `turn ${turn + 1} orders`);
    return !this.state.finished;
  }

  /** End the game and leave with every client. */
  async finish(): Promise<void> {
    this.fac.room.send("facilitator", { cmd: "end" });
    await until(this.fac, () => this.fac.view.model.phase === "ended", 30_000, "ended").catch((e: Error) => this.stats.errors.push(e.message));
    await Promise.all([...this.seats, this.fac].map((s) => s.room.leave(true).catch(() => undefined)));
  }
}
