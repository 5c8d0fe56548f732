/**
 * The whole match as plain JSON: the engine state plus everything the table adds around it (phase and
 * clock, seats, current order sets, ready flags, deal proposals, chat, facilitator injects). The reducer
 * in apply.ts is the only code that changes it; `now` (epoch ms) is always passed in.
 */
import type { EventCard, GameState } from "../engine/state";
import type { Order } from "../protocol/orders";
import type { ChatLine, DealProposal, Phase, Role } from "../protocol/room-model";
import type { WorkBucket } from "./budget";
import type { CheckSheet } from "../debrief/check-results";

/** How well AI seats play. */
export type Difficulty = "easy" | "normal" | "hard";

/** Settings a match was created with. */
export interface MatchSettings {
  turnSeconds: number;
  absent: "ai" | "hold";
  teamSize: number;
  resultsSeconds: number;
  solo?: { nation: string; difficulty: Difficulty };
  /** How well AI seats play (solo games use solo.difficulty). Older saves have none: normal. */
  aiDifficulty?: Difficulty;
}

/** One person at the table (the secret seat token stays with the server, never in the match). */
export interface MatchSeat {
  /** Public id of the seat. */
  seatId: string;
  name: string;
  role: Role;
  nation: string | null;
  /** Session id of the connection holding the seat ("" when none yet). */
  sessionId: string;
  connected: boolean;
  /** A newcomer to a started game (or from a removed player's address) waiting for the facilitator's approval. */
  waiting?: boolean;
  /** When a waiting newcomer asked to join (epoch ms). */
  since?: number;
  /** The nation a waiting newcomer asked for (the facilitator's Admit seats them there when it has room). */
  wants?: string;
  /** The turn a player got a nation in a started game (a late joiner: their first check opens on arrival, check.ts). */
  seatedTurn?: number;
  /** Opaque key of the address it joined from (a hash, never the address itself), for the kick keep-out. */
  address?: string;
}

/** The phase deadline: epoch ms when it fires (0 = none or paused) and the milliseconds it was set for / left when paused. */
export interface MatchClock {
  deadline: number;
  remainingMs: number;
  paused: boolean;
}

/** A chat rate limit: tokens saved up and when they were last counted. */
export interface ChatBucket {
  tokens: number;
  last: number;
}

/** Everything about one match. */
export interface Match {
  code: string;
  scenarioName: string;
  settings: MatchSettings;
  /** The engine state at the start of the current turn. */
  state: GameState;
  phase: Phase;
  locked: boolean;
  /** Latest facilitator broadcast. */
  broadcast: string;
  clock: MatchClock;
  seats: MatchSeat[];
  /** Nations marked ready this turn. */
  ready: string[];
  /** Nations the facilitator handed to the AI. */
  forcedAi: string[];
  /** Current-turn order sets, by nation. */
  orders: { turn: number; sets: Record<string, Order[]> };
  /** Every deal proposal of the match, oldest first. */
  deals: DealProposal[];
  /** The latest chat lines (at most CHAT_KEEP). */
  chat: ChatLine[];
  /** Chat rate limits by seat id. */
  chatBuckets: Record<string, ChatBucket>;
  /** Facilitator injects, each played at the resolution of its turn. */
  injects: { turn: number; card: EventCard }[];
  /** Work budgets by nation (shared/match/budget.ts); replaced, never changed in place. None yet = full. */
  work?: Record<string, WorkBucket>;
  /** Who the facilitator removed: their names (lower case) and address keys (shared/match/seats.ts). */
  keptOut?: { names: string[]; addresses: string[] };
  /** Answer sheets of the pre/post check (check.ts); absent in older saves. */
  checks?: CheckSheet[];
}

/** What a new match starts from. */
export interface MatchInit {
  code: string;
  scenarioName: string;
  settings: MatchSettings;
  state: GameState;
}

/** A new match in the lobby. */
export function createMatch(init: MatchInit): Match {
  return {
    code: init.code,
    scenarioName: init.scenarioName,
    settings: init.settings,
    state: init.state,
    phase: "lobby",
    locked: false,
    broadcast: "",
    clock: { deadline: 0, remainingMs: 0, paused: false },
    seats: [],
    ready: [],
    forcedAi: [],
    orders: { turn: init.state.turn, sets: {} },
    deals: [],
    chat: [],
    chatBuckets: {},
    injects: [],
  };
}

/** The difficulty AI seats play at in a match. */
export function aiDifficultyOf(s: MatchSettings): Difficulty {
  return s.solo?.difficulty ?? s.aiDifficulty ?? "normal";
}

/** The seat with this id. */
export function seatById(m: Match, seatId: string): MatchSeat | undefined {
  return m.seats.find((s) => s.seatId === seatId);
}

/** Player seats of a nation (connected or not). */
export function playersOf(m: Match, nation: string): MatchSeat[] {
  return m.seats.filter((s) => s.role === "player" && s.nation === nation);
}

/** A nation's current order set (empty when none). */
export function ordersOf(m: Match, nation: string): Order[] {
  return m.orders.turn === m.state.turn ? (m.orders.sets[nation] ?? []) : [];
}

/** A copy whose small parts can be changed in place (the engine state is shared, never mutated). */
export function draftOf(m: Match): Match {
  return {
    ...m,
    clock: { ...m.clock },
    seats: m.seats.map((s) => ({ ...s })),
    ready: [...m.ready],
    forcedAi: [...m.forcedAi],
    orders: { turn: m.orders.turn, sets: Object.fromEntries(Object.entries(m.orders.sets).map(([k, v]) => [k, [...v]])) },
    deals: m.deals.map((d) => ({ ...d })),
    chat: [...m.chat],
    chatBuckets: Object.fromEntries(Object.entries(m.chatBuckets).map(([k, v]) => [k, { ...v }])),
    injects: [...m.injects],
  };
}
