/** The game store: every read and write of games, seats, order events, resolutions and chat (SQLite through node:sqlite, or PostgreSQL: see sql.ts). */
import type { DealTerms } from "../../shared/protocol/deals";
import type { DealProposal } from "../../shared/protocol/room-model";
import type { SqlDb as Db, SqlValue } from "./sql";
import type { Order } from "../../shared/protocol/orders";
import type { OrderLog } from "../../shared/engine/replay";
import type { EventCard } from "../../shared/engine/state";
import type { MatchLogEntry } from "../../shared/match/intents";
import { LeaseStore } from "./lease-store";
import type { ChatRecord, GameProgress, GameRecord, OrderEvent, SeatRecord } from "./records";

interface GameRow {
  code: string;
  scenario_json: string;
  scenario_name: string;
  seed: number;
  settings_json: string;
  facilitator_key_hash: string;
  phase: string;
  turn: number;
  paused: number;
  locked: number;
  deadline: number;
  remaining_ms: number;
  ready_json: string;
  forced_ai_json: string;
  created_at: number;
  updated_at: number;
}

function toRecord(r: GameRow): GameRecord {
  return {
    code: r.code,
    scenario: JSON.parse(r.scenario_json) as GameRecord["scenario"],
    scenarioName: r.scenario_name,
    seed: r.seed,
    settings: JSON.parse(r.settings_json) as GameRecord["settings"],
    facilitatorKeyHash: r.facilitator_key_hash,
    phase: r.phase as GameRecord["phase"],
    turn: r.turn,
    paused: r.paused === 1,
    locked: r.locked === 1,
    deadline: r.deadline,
    remainingMs: r.remaining_ms,
    readyNations: JSON.parse(r.ready_json) as string[],
    forcedAi: JSON.parse(r.forced_ai_json) as string[],
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

/** A game's mutable columns (phase … forced_ai_json) in table order, as both the INSERT and the UPDATE of a game write them. */
function progressValues(p: GameProgress): SqlValue[] {
  return [
    p.phase,
    p.turn,
    p.paused ? 1 : 0,
    p.locked ? 1 : 0,
    Math.round(p.deadline),
    Math.round(p.remainingMs),
    JSON.stringify(p.readyNations),
    JSON.stringify(p.forcedAi),
  ];
}

/**
 * Typed access to the tables (SQLite or PostgreSQL); every call is synchronous. The writes of a running match
 * (match log, seats, chat, resolutions, progress) are grouped: durable at the commit of this turn of the event
 * loop (`afterCommit`, `commitNow`; sql.ts); every other write is durable when it returns.
 */
export class GameStore {
  /** The last match-log seq written per game by this process (the log is read when a room opens, so a game adopted back starts afresh). */
  private readonly seqs = new Map<string, number>();

  /** Facilitator injects waiting for `turn` (played at its resolution), in the order they were added. */
  pendingInjects(code: string, turn: number): EventCard[] {
    const rows = this.db.prepare("SELECT card_json FROM injects WHERE code = ? AND turn = ? ORDER BY seq").all(code, turn) as { card_json: string }[];
    return rows.map((r) => JSON.parse(r.card_json) as EventCard);
  }

  /** Every pending inject of a game, by turn. */
  scheduledInjects(code: string): { turn: number; card: EventCard }[] {
    const rows = this.db.prepare("SELECT turn, card_json FROM injects WHERE code = ? ORDER BY turn, seq").all(code) as { turn: number; card_json: string }[];
    return rows.map((r) => ({ turn: r.turn, card: JSON.parse(r.card_json) as EventCard }));
  }

  /** Store an inject for `turn` (before it is acknowledged). */
  addInject(code: string, turn: number, card: EventCard): void {
    this.db.commitNow();
    const seq = (this.db.prepare("SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM injects WHERE code = ? AND turn = ?").get(code, turn) as { n: number }).n;
    this.db.prepare("INSERT INTO injects (code, turn, seq, card_json) VALUES (?, ?, ?, ?)").run(code, turn, seq, JSON.stringify(card));
  }

  /** Which process runs each game (see lease-store.ts). */
  readonly leases: LeaseStore;

  constructor(private readonly db: Db) {
    this.leases = new LeaseStore(db);
  }

  /** Insert a new game. */
  insertGame(g: GameRecord): void {
    this.db.commitNow();
    this.db
      .prepare(
        `INSERT INTO games (code, scenario_json, scenario_name, seed, settings_json, facilitator_key_hash, phase, turn,
      paused, locked, deadline, remaining_ms, ready_json, forced_ai_json, created_at, updated_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        g.code,
        JSON.stringify(g.scenario),
        g.scenarioName,
        g.seed,
        JSON.stringify(g.settings),
        g.facilitatorKeyHash,
        ...progressValues(g),
        g.createdAt,
        g.updatedAt,
      );
  }

  /** A game by its code, or undefined. */
  game(code: string): GameRecord | undefined {
    const row = this.db.prepare("SELECT * FROM games WHERE code = ?").get(code) as GameRow | undefined;
    return row ? toRecord(row) : undefined;
  }

  /** True when a game with this code was ever stored. */
  codeExists(code: string): boolean {
    return this.db.prepare("SELECT 1 FROM games WHERE code = ?").get(code) !== undefined;
  }

  /** Delete a game and everything stored with it (seats, orders, resolutions, injects, chat, deals, lease). */
  deleteGame(code: string): void {
    this.seqs.delete(code);
    this.db.transaction(() => {
      for (const table of ["seats", "order_events", "resolutions", "injects", "chat", "deals", "games"])
        this.db.prepare(`DELETE FROM ${table} WHERE code = ?`).run(code);
    });
  }

  /** Unfinished games worth reopening at boot: touched since `since` (lobby games since `lobbySince`), newest first, at most `limit`. */
  restorableCodes(since: number, lobbySince: number, limit: number): string[] {
    return (
      this.db
        .prepare("SELECT code FROM games WHERE phase != 'ended' AND updated_at >= ? AND (phase != 'lobby' OR updated_at >= ?) ORDER BY updated_at DESC LIMIT ?")
        .all(since, lobbySince, limit) as { code: string }[]
    ).map((r) => r.code);
  }

  /** Save the mutable part of a game. */
  saveProgress(code: string, p: GameProgress): void {
    this.db.grouped(() => {
      this.db
        .prepare(
          `UPDATE games SET phase = ?, turn = ?, paused = ?, locked = ?, deadline = ?, remaining_ms = ?,
        ready_json = ?, forced_ai_json = ?, updated_at = ? WHERE code = ?`,
        )
        .run(...progressValues(p), Date.now(), code);
    });
  }

  /** Insert or update a seat. */
  saveSeat(s: SeatRecord): void {
    this.db.grouped(() => {
      const now = Date.now();
      this.db
        .prepare(
          `INSERT INTO seats (token, code, seat_id, name, role, nation, created_at, updated_at)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT(token) DO UPDATE SET name = excluded.name, role = excluded.role, nation = excluded.nation, updated_at = excluded.updated_at`,
        )
        .run(s.token, s.code, s.seatId, s.name, s.role, s.nation, now, now);
    });
  }

  /** Delete a seat (its token stops working). */
  deleteSeat(token: string): void {
    this.db.grouped(() => {
      this.db.prepare("DELETE FROM seats WHERE token = ?").run(token);
    });
  }

  /** Every seat of a game. */
  seats(code: string): SeatRecord[] {
    const rows = this.db.prepare("SELECT token, code, seat_id, name, role, nation FROM seats WHERE code = ? ORDER BY created_at").all(code) as {
      token: string;
      code: string;
      seat_id: string;
      name: string;
      role: SeatRecord["role"];
      nation: string | null;
    }[];
    return rows.map((r) => ({ token: r.token, code: r.code, seatId: r.seat_id, name: r.name, role: r.role, nation: r.nation }));
  }

  /** Append one order event (an accepted order, a removal or a clear). */
  appendOrderEvent(code: string, e: OrderEvent): void {
    this.db.commitNow();
    this.db
      .prepare("INSERT INTO order_events (code, turn, nation, action, idx, order_json, seat_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
      .run(code, e.turn, e.nation, e.action, e.action === "remove" ? e.index : null, e.action === "add" ? JSON.stringify(e.order) : null, e.seatId, Date.now());
  }

  /** The order sets of one turn, rebuilt from the order events. */
  orderSets(code: string, turn: number): Record<string, Order[]> {
    const rows = this.db.prepare("SELECT nation, action, idx, order_json FROM order_events WHERE code = ? AND turn = ? ORDER BY id").all(code, turn) as {
      nation: string;
      action: string;
      idx: number | null;
      order_json: string | null;
    }[];
    const sets: Record<string, Order[]> = {};
    for (const r of rows) {
      const set = (sets[r.nation] ??= []);
      if (r.action === "add" && r.order_json) set.push(JSON.parse(r.order_json) as Order);
      else if (r.action === "remove" && r.idx !== null) set.splice(r.idx, 1);
      else if (r.action === "clear") set.length = 0;
    }
    return sets;
  }

  /** Every accepted order ever stored for a game (for audits and tests). */
  acceptedOrders(code: string): { turn: number; nation: string; order: Order }[] {
    const rows = this.db.prepare("SELECT turn, nation, order_json FROM order_events WHERE code = ? AND action = 'add' ORDER BY id").all(code) as {
      turn: number;
      nation: string;
      order_json: string;
    }[];
    return rows.map((r) => ({ turn: r.turn, nation: r.nation, order: JSON.parse(r.order_json) as Order }));
  }

  /** Record the orders a turn was resolved with (the replay log). */
  saveResolution(code: string, turn: number, orders: Record<string, Order[]>, injects: EventCard[] = [], deals: DealTerms[] = []): void {
    this.db.grouped(() => {
      this.db
        .prepare(
          `INSERT INTO resolutions (code, turn, orders_json, injects_json, deals_json, at) VALUES (?, ?, ?, ?, ?, ?)
          ON CONFLICT (code, turn) DO UPDATE SET orders_json = excluded.orders_json, injects_json = excluded.injects_json, deals_json = excluded.deals_json, at = excluded.at`,
        )
        .run(code, turn, JSON.stringify(orders), injects.length ? JSON.stringify(injects) : null, deals.length ? JSON.stringify(deals) : null, Date.now());
    });
  }

  /** Store a deal proposal (written before the sender gets an answer; replaced on every change of status). */
  saveDeal(code: string, deal: DealProposal): void {
    this.db.commitNow();
    this.db
      .prepare(
        `INSERT INTO deals (code, id, turn, json, at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (code, id) DO UPDATE SET turn = excluded.turn, json = excluded.json, at = excluded.at`,
      )
      .run(code, deal.id, deal.turn, JSON.stringify(deal), Date.now());
  }

  /** Every deal proposal of a game, oldest first. */
  deals(code: string): DealProposal[] {
    return (this.db.prepare("SELECT json FROM deals WHERE code = ? ORDER BY turn, at, id").all(code) as { json: string }[]).map(
      (r) => JSON.parse(r.json) as DealProposal,
    );
  }

  /** The replay log of a game: every resolved turn in order. */
  orderLog(code: string): OrderLog {
    const rows = this.db.prepare("SELECT turn, orders_json, injects_json, deals_json FROM resolutions WHERE code = ? ORDER BY turn").all(code) as {
      turn: number;
      orders_json: string;
      injects_json: string | null;
      deals_json: string | null;
    }[];
    return rows.map((r) => ({
      turn: r.turn,
      orders: JSON.parse(r.orders_json) as OrderLog[number]["orders"],
      ...(r.injects_json ? { injects: JSON.parse(r.injects_json) as NonNullable<OrderLog[number]["injects"]> } : {}),
      ...(r.deals_json ? { deals: JSON.parse(r.deals_json) as NonNullable<OrderLog[number]["deals"]> } : {}),
    }));
  }

  /** Store a chat line. */
  saveChat(code: string, c: ChatRecord): void {
    this.db.grouped(() => {
      this.db
        .prepare("INSERT INTO chat (code, id, turn, from_nation, from_name, to_nation, text, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .run(code, c.id, c.turn, c.from, c.fromName, c.to, c.text, Date.now());
    });
  }

  /** Every chat line of a game, oldest first. */
  chat(code: string): ChatRecord[] {
    const rows = this.db.prepare("SELECT id, turn, from_nation, from_name, to_nation, text FROM chat WHERE code = ? ORDER BY id").all(code) as {
      id: number;
      turn: number;
      from_nation: string;
      from_name: string;
      to_nation: string;
      text: string;
    }[];
    return rows.map((r) => ({ id: r.id, turn: r.turn, from: r.from_nation, fromName: r.from_name, to: r.to_nation, text: r.text }));
  }

  /** Append one entry to a match's log of intents and ticks (shared/match): written before anyone is told. */
  appendMatchLog(code: string, e: MatchLogEntry): void {
    this.db.grouped(() => {
      const seq =
        (this.seqs.get(code) ?? (this.db.prepare("SELECT COALESCE(MAX(seq), 0) AS n FROM match_log WHERE code = ?").get(code) as { n: number }).n) + 1;
      this.seqs.delete(code);
      this.db
        .prepare("INSERT INTO match_log (code, seq, actor, intent_json, now) VALUES (?, ?, ?, ?, ?)")
        .run(code, seq, e.actor, JSON.stringify(e.intent), e.now);
      this.seqs.set(code, seq);
    });
  }

  /** A match's whole log, oldest first: replayMatch of it rebuilds the match exactly. */
  matchLog(code: string): MatchLogEntry[] {
    const rows = this.db.prepare("SELECT seq, actor, intent_json, now FROM match_log WHERE code = ? ORDER BY seq").all(code) as {
      seq: number;
      actor: string;
      intent_json: string;
      now: number;
    }[];
    this.seqs.set(code, rows.length > 0 ? rows[rows.length - 1].seq : 0);
    return rows.map((r) => ({ actor: r.actor, intent: JSON.parse(r.intent_json) as MatchLogEntry["intent"], now: r.now }));
  }

  /** Run `cb` once every grouped write so far is committed (at once when none is pending): an answer that must not outrun its write. */
  afterCommit(cb: () => void): void {
    this.db.afterCommit(cb);
  }

  /** Commit the grouped writes now (before a view that shows them is sent). */
  commitNow(): void {
    this.db.commitNow();
  }

  /** Close the database (the grouped writes are committed first). */
  close(): void {
    this.db.close();
  }
}
