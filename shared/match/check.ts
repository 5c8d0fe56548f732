/**
 * The pre/post check at the table: a player with a nation answers the five questions once before the first
 * turn resolves ("pre": lobby, briefing or turn 1's orders) and once after the end ("post"). A late joiner
 * (seated after turn 1 resolved) answers "pre" on arrival, before their first turn resolves, and the sheet
 * says the turn (the debrief counts those apart and compares only people who answered both). The sheets stay
 * in the match (and so in its log); the debrief scores them (shared/debrief/check-results.ts).
 */
import type { CheckSheet } from "../debrief/check-results";
import { CHECK_QUESTIONS } from "../debrief/check-questions";
import type { Match, MatchSeat } from "./state";
import type { Outcome } from "./refusal";
import { DONE, refuse } from "./refusal";

/** What a seat's read model says about the check: which stages this seat has answered, and how many sheets are in. */
export interface CheckStatus {
  /** The stage the seat may answer now (null when none: not a seated player, already answered, or not the time). */
  open: "pre" | "post" | null;
  pre: boolean;
  post: boolean;
  /** This seat joined after the first turn resolved: its first check is answered on arrival (absent otherwise). */
  late?: boolean;
  /** Sheets handed in by everyone, per stage. */
  /** `late`: first sheets answered on arrival by late joiners, `latePlayers`: seated players who joined late (both absent when none). */
  counts: { pre: number; post: number; late?: number; latePlayers?: number };
}

/** Which sheets one player handed in, for the facilitator's console (never the answers). */
export interface SeatCheck {
  pre: boolean;
  post: boolean;
  /** The player joined after the first turn resolved: their "pre" sheet is (or will be) answered on arrival. */
  late?: boolean;
}

/** Per seat id, which sheets each player of the match handed in (the facilitator's view of the check). */
export function seatChecks(m: Match): Map<string, SeatCheck> {
  const handed = new Set(sheetsOf(m).map((s) => `${s.stage}:${s.seatId}`));
  const out = new Map<string, SeatCheck>();
  for (const s of m.seats) {
    if (s.role !== "player") continue;
    out.set(s.seatId, {
      pre: handed.has(`pre:${s.seatId}`),
      post: handed.has(`post:${s.seatId}`),
      ...(s.seatedTurn !== undefined ? { late: true } : {}),
    });
  }
  return out;
}

/** The stage of the check a match is in: "pre" until turn 1 resolves, "post" once ended, else null. */
export function checkStage(m: Match): "pre" | "post" | null {
  if (m.phase === "ended") return "post";
  if (m.state.turn === 1 && (m.phase === "lobby" || m.phase === "briefing" || m.phase === "orders")) return "pre";
  return null;
}

/** The stage seat `seat` may answer now: the room's stage, or "pre" for a late joiner until the first turn they play resolves. */
export function seatCheckStage(m: Match, seat: MatchSeat | undefined): "pre" | "post" | null {
  const stage = checkStage(m);
  if (stage || !seat || seat.seatedTurn === undefined) return stage;
  return seat.seatedTurn === m.state.turn ? "pre" : null;
}

/** The sheets of a match (older saves have none). */
export function sheetsOf(m: Match): CheckSheet[] {
  return m.checks ?? [];
}

/** Hand in one answer sheet; d is a draft. */
export function answerCheck(d: Match, seat: MatchSeat, stage: "pre" | "post", answers: number[]): Outcome {
  if (seat.role !== "player" || !seat.nation) return refuse("forbidden", "check/no_nation");
  if (seatCheckStage(d, seat) !== stage) return refuse("not_in_phase", "check/closed", { stage });
  if (answers.length !== CHECK_QUESTIONS.length || answers.some((a, i) => !Number.isInteger(a) || a < 0 || a >= CHECK_QUESTIONS[i].options.length)) {
    return refuse("malformed", "check/answers", { questions: CHECK_QUESTIONS.length });
  }
  if (sheetsOf(d).some((s) => s.seatId === seat.seatId && s.stage === stage)) return refuse("forbidden", "check/answered", { stage });
  const late = stage === "pre" && checkStage(d) === null ? { turn: d.state.turn } : {};
  d.checks = [...sheetsOf(d), { seatId: seat.seatId, name: seat.name, nation: seat.nation, stage, answers: [...answers], ...late }];
  return DONE;
}

/** The check as seat `seat` sees it (answers themselves are never sent back: only who has answered). */
export function checkStatus(m: Match, seat: MatchSeat | undefined): CheckStatus {
  const sheets = sheetsOf(m);
  const mine = (stage: "pre" | "post"): boolean => Boolean(seat && sheets.some((s) => s.seatId === seat.seatId && s.stage === stage));
  const stage = seatCheckStage(m, seat);
  const late = sheets.filter((s) => s.stage === "pre" && s.turn !== undefined).length;
  const latePlayers = m.seats.filter((s) => s.role === "player" && s.nation && s.seatedTurn !== undefined).length;
  const open = seat?.role === "player" && seat.nation && stage && !mine(stage) ? stage : null;
  return {
    open,
    pre: mine("pre"),
    post: mine("post"),
    ...(seat?.seatedTurn !== undefined ? { late: true } : {}),
    counts: {
      pre: sheets.filter((s) => s.stage === "pre").length,
      post: sheets.filter((s) => s.stage === "post").length,
      ...(late ? { late } : {}),
      ...(latePlayers ? { latePlayers } : {}),
    },
  };
}
