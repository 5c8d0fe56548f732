/**
 * The read model a browser client renders: room facts (code, phase, timer, seats) plus the seat's
 * GameView. client/net builds it from the synchronised Colyseus state; the UI reads only this.
 */
import type { DealTerms } from "./deals";
import type { DealSaid } from "../ai/deal-said";
import type { GameView } from "../engine/view";
import type { Order } from "./orders";
import type { CheckStatus, SeatCheck } from "../match/check";
import type { SignedDeal } from "../match/highlights";

/** Phases of a turn (GAME.md "The turn"), plus the lobby before and the end after. */
export type Phase = "lobby" | "briefing" | "orders" | "resolution" | "results" | "ended";

/** Roles a connection can hold. */
export type Role = "player" | "facilitator" | "projector";

/** One connected (or recently dropped) person. */
export interface SeatInfo {
  sessionId: string;
  name: string;
  role: Role;
  nation: string | null;
  connected: boolean;
  /** A newcomer waiting for the facilitator to let them in (absent when not waiting). */
  waiting?: boolean;
  /** When a waiting newcomer asked to join (epoch ms). */
  since?: number;
  /** The nation a waiting newcomer asked for. */
  wants?: string;
  /** Which pre/post check sheets this player handed in: in the facilitator's view only (absent for everyone else). */
  check?: SeatCheck;
}

/** A chat line (only parties and the facilitator receive private ones). */
export interface ChatLine {
  id: number;
  turn: number;
  from: string;
  fromName: string;
  to: string;
  text: string;
}

/** A deal proposal between two nations and where it stands. Only the two nations and the facilitator receive it. */
export interface DealProposal {
  id: string;
  turn: number;
  terms: DealTerms;
  status: "proposed" | "countered" | "accepted" | "rejected" | "expired";
  /** The proposal this one counters. */
  replyTo?: string;
  /** Who proposed it (a player's name or "AI"). */
  byName: string;
  /** What was said with it: an AI's reason for its answer or offer, the table's note on a countered proposal, or why an AI's signature was refused (a code and figures; shared/describe/deal-reasons.ts writes the words). */
  said?: DealSaid;
}

/** Everything the UI needs to draw one moment of a game for one seat. */
export interface RoomModel {
  code: string;
  scenarioName: string;
  phase: Phase;
  paused: boolean;
  locked: boolean;
  /** Epoch milliseconds when the current phase ends (0 = no deadline). */
  deadline: number;
  /** Milliseconds left when paused. */
  remainingMs: number;
  turnSeconds: number;
  /** The most players one nation may have (the match's team limit). */
  teamSize: number;
  /** Nations whose team is at that limit (shared/match/seats.ts teamFull): nobody else may choose them. */
  fullNations: string[];
  seats: SeatInfo[];
  /** Nations whose orders are in and marked ready for the current turn. */
  readyNations: string[];
  /** Nations played by the AI (no one seated, or taken over). */
  aiNations: string[];
  you: { sessionId: string; role: Role; nation: string | null; name: string };
  /** This seat's view of the game (null until the first state arrives). */
  view: GameView | null;
  /** Current-turn order sets visible to this seat: its own nation's, or every nation's for the facilitator. */
  orders: Record<string, Order[]>;
  chat: ChatLine[];
  /** Deal proposals the seat's nation is a party to (all of them for the facilitator). */
  deals: DealProposal[];
  /** The pre/post check: what this seat may answer now, what it has answered, how many sheets are in. */
  check?: CheckStatus;
  /** Deals signed in the last two turns, parties only (public: the projector's highlights announce them). */
  signedDeals?: SignedDeal[];
}
