/**
 * The pre/post check at the table: a player with a nation answers the five questions once before the first
 * turn resolves ("pre": lobby, briefing or turn 1's orders) and once after the end ("post"). The sheets stay
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
  /** Sheets handed in by everyone, per stage. */
  counts: { pre: number; post: number };
}

/** The stage of the check a match is in: "pre" until turn 1 resolves, "post" once ended, else null. */
export function checkStage(m: Match): "pre" | "post" | null {
  if (m.phase === "ended") return "post";
  if (m.state.turn === 1 && (m.phase === "lobby" || m.phase === "briefing" || m.phase === "orders")) return "pre";
  return null;
}

/** The sheets of a match (older saves have none). */
export function sheetsOf(m: Match): CheckSheet[] {
  return m.checks ?? [];
}

/** Hand in one answer sheet; d is a draft. */
export function answerCheck(d: Match, seat: MatchSeat, stage: "pre" | "post", answers: number[]): Outcome {
  if (seat.role !== "player" || !seat.nation) return refuse("forbidden", "check/no_nation", "Choose a nation before answering the check.");
  if (checkStage(d) !== stage)
    return refuse(
      "not_in_phase",
      "check/closed",
      stage === "pre" ? "The first check closes when the first turn resolves." : "The second check opens when the game has ended.",
      { stage },
    );
  if (answers.length !== CHECK_QUESTIONS.length || answers.some((a, i) => !Number.isInteger(a) || a < 0 || a >= CHECK_QUESTIONS[i].options.length)) {
    return refuse("malformed", "check/answers", `Answer each of the ${CHECK_QUESTIONS.length} questions with one of its options.`);
  }
  if (sheetsOf(d).some((s) => s.seatId === seat.seatId && s.stage === stage))
    return refuse("forbidden", "check/answered", "You have already answered this check.", { stage });
  d.checks = [...sheetsOf(d), { seatId: seat.seatId, name: seat.name, nation: seat.nation, stage, answers: [...answers] }];
  return DONE;
}

/** The check as seat `seat` sees it (answers themselves are never sent back: only who has answered). */
export function checkStatus(m: Match, seat: MatchSeat | undefined): CheckStatus {
  const sheets = sheetsOf(m);
  const mine = (stage: "pre" | "post"): boolean => Boolean(seat && sheets.some((s) => s.seatId === seat.seatId && s.stage === stage));
  const stage = checkStage(m);
  const open = seat?.role === "player" && seat.nation && stage && !mine(stage) ? stage : null;
  return {
    open,
    pre: mine("pre"),
    post: mine("post"),
    counts: { pre: sheets.filter((s) => s.stage === "pre").length, post: sheets.filter((s) => s.stage === "post").length },
  };
}
