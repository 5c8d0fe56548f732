/** Plain records the game store reads and writes. */
import type { Scenario } from "../../shared/scenario/schema";
import type { MatchSettings } from "../../shared/match/state";
import type { Order } from "../../shared/protocol/orders";
import type { ChatLine, Phase, Role } from "../../shared/protocol/room-model";

/** Settings a game was created with (the match's own type). */
export type GameSettings = MatchSettings;

export { aiDifficultyOf } from "../../shared/match/state";

/** One game as stored. */
export interface GameRecord {
  code: string;
  scenario: Scenario;
  scenarioName: string;
  seed: number;
  settings: GameSettings;
  facilitatorKeyHash: string;
  phase: Phase;
  turn: number;
  paused: boolean;
  locked: boolean;
  /** Epoch ms when the current phase ends (0 = none or paused). */
  deadline: number;
  remainingMs: number;
  readyNations: string[];
  /** Nations the facilitator handed to the AI. */
  forcedAi: string[];
  createdAt: number;
  updatedAt: number;
}

/** The mutable part of a game row. */
export type GameProgress = Pick<GameRecord, "phase" | "turn" | "paused" | "locked" | "deadline" | "remainingMs" | "readyNations" | "forcedAi">;

/** A seat as stored: the token is the secret a browser keeps to rejoin. */
export interface SeatRecord {
  token: string;
  code: string;
  seatId: string;
  name: string;
  role: Role;
  nation: string | null;
}

/** One change to a nation's order set. */
export type OrderEvent =
  | { action: "add"; turn: number; nation: string; order: Order; seatId: string }
  | { action: "remove"; turn: number; nation: string; index: number; seatId: string }
  | { action: "clear"; turn: number; nation: string; seatId: string };

/** A stored chat line (the same shape the clients receive). */
export type ChatRecord = ChatLine;
