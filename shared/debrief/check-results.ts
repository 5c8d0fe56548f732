/**
 * Results of the pre/post check for the debrief: per question, per nation and for the whole room, how
 * many answered before the first turn and after the end, and the share right each time. Late joiners
 * answered their first sheet on arrival (it carries the turn): counted apart, and the change is measured
 * only over people who answered both sheets, so a room that grew or shrank does not fake a gain. Pure.
 */
import type { CheckQuestion } from "./check-questions";
import { CHECK_QUESTIONS } from "./check-questions";

/** One answer sheet: who answered, for which nation, before ("pre") or after ("post") the game. */
export interface CheckSheet {
  seatId: string;
  name: string;
  nation: string;
  stage: "pre" | "post";
  /** Option index chosen for each question, in CHECK_QUESTIONS order. */
  answers: number[];
  /** A late joiner's first sheet: the turn they answered it on, on arrival (absent: before the first turn). */
  turn?: number;
}

/** Right answers over sheets at one stage: sheets counted, right answers and the share right (0–1, null with no sheets). */
export interface StageScore {
  sheets: number;
  right: number;
  asked: number;
  share: number | null;
}

/** One group's result (a nation, or the room): before and after, overall and per question. */
export interface CheckGroup {
  pre: StageScore;
  post: StageScore;
  /** Per question id: the share right before and after (null with no sheets). */
  questions: Record<string, { pre: number | null; post: number | null }>;
  /** First sheets answered on arrival by players who joined after the first turn. */
  latePre: number;
  /** Only the people who answered both sheets: how many, and their share right before and after (the honest change). */
  paired: { players: number; pre: number | null; post: number | null };
}

/** The check results for the debrief. */
export interface CheckResults {
  questions: { id: string; claim: string; prompt: string; answer: string; why: string; sources: string }[];
  room: CheckGroup;
  nations: Record<string, CheckGroup>;
}

function score(sheets: CheckSheet[], qs: readonly CheckQuestion[]): StageScore {
  const asked = sheets.length * qs.length;
  const right = sheets.reduce((n, s) => n + qs.filter((q, i) => s.answers[i] === q.correct).length, 0);
  return { sheets: sheets.length, right, asked, share: asked > 0 ? right / asked : null };
}

function group(sheets: CheckSheet[], qs: readonly CheckQuestion[]): CheckGroup {
  const at = (stage: CheckSheet["stage"]): CheckSheet[] => sheets.filter((s) => s.stage === stage);
  const share = (ss: CheckSheet[], i: number): number | null => (ss.length ? ss.filter((s) => s.answers[i] === qs[i].correct).length / ss.length : null);
  const postBy = new Set(at("post").map((s) => s.seatId));
  const bothPre = at("pre").filter((s) => postBy.has(s.seatId));
  const bothIds = new Set(bothPre.map((s) => s.seatId));
  const bothPost = at("post").filter((s) => bothIds.has(s.seatId));
  return {
    pre: score(at("pre"), qs),
    post: score(at("post"), qs),
    questions: Object.fromEntries(qs.map((q, i) => [q.id, { pre: share(at("pre"), i), post: share(at("post"), i) }])),
    latePre: at("pre").filter((s) => s.turn !== undefined).length,
    paired: { players: bothIds.size, pre: score(bothPre, qs).share, post: score(bothPost, qs).share },
  };
}

/** Score the sheets of a game, for the room and for each nation in `nations` (nations without sheets get empty groups). */
export function checkResults(sheets: CheckSheet[], nations: string[], qs: readonly CheckQuestion[] = CHECK_QUESTIONS): CheckResults {
  return {
    questions: qs.map((q) => ({ id: q.id, claim: q.claim, prompt: q.prompt, answer: q.options[q.correct], why: q.why, sources: q.sources })),
    room: group(sheets, qs),
    nations: Object.fromEntries(
      nations.map((n) => [
        n,
        group(
          sheets.filter((s) => s.nation === n),
          qs,
        ),
      ]),
    ),
  };
}

/** A share as a whole percentage ("64 %"), or "—" when nobody answered. */
export function percent(share: number | null): string {
  return share === null ? "—" : `${Math.round(share * 100)} %`;
}
