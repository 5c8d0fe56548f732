/** The pre/post check at the table: who may hand in a sheet and when, what the seats see of it, and the debrief's scores. */
import { describe, expect, it } from "vitest";
import { matchView, replayMatch } from "../../../shared/match";
import type { MatchLogEntry } from "../../../shared/match";
import { CHECK_QUESTIONS } from "../../../shared/debrief/check-questions";
import { checkResults } from "../../../shared/debrief/check-results";
import { checkCsv, checkText } from "../../../shared/debrief/export";
import type { Debrief } from "../../../shared/debrief/build";
import { at, ok, refused, started, table, T0 } from "./table";

const right = CHECK_QUESTIONS.map((q) => q.correct);
const wrong = CHECK_QUESTIONS.map((q) => (q.correct + 1) % q.options.length);

describe("pre/post check at the table", () => {
  it("a seated player hands in the first check once, in the lobby or during turn 1, and it closes when turn 1 resolves", () => {
    let m = table();
    m = ok(m, "pk", { type: "check_answer", stage: "pre", answers: wrong }).match;
    expect(refused(m, "pk", { type: "check_answer", stage: "pre", answers: right })).toMatchObject({ reason: "check/answered" });
    expect(refused(m, "pk", { type: "check_answer", stage: "post", answers: right })).toMatchObject({ code: "not_in_phase", reason: "check/closed" });
    expect(refused(m, "proj", { type: "check_answer", stage: "pre", answers: right })).toMatchObject({ reason: "check/no_nation" });
    expect(refused(m, "fac", { type: "check_answer", stage: "pre", answers: right })).toMatchObject({ reason: "check/no_nation" });
    expect(refused(m, "pu", { type: "check_answer", stage: "pre", answers: right.slice(1) })).toMatchObject({ reason: "check/answers" });
    expect(refused(m, "pu", { type: "check_answer", stage: "pre", answers: right.map(() => 7) })).toMatchObject({ reason: "check/answers" });
    m = ok(m, "fac", { type: "start" }).match;
    m = ok(m, "pu", { type: "check_answer", stage: "pre", answers: right }).match;
    m = ok(m, "pi", { type: "join", name: "Ira", role: "player" }).match;
    m = ok(m, "pi", { type: "connect", sessionId: "s-pi", connected: true }).match;
    m = ok(m, "fac", { type: "admit", sessionId: "s-pi", accept: true }).match; // a newcomer to a started game waits for the facilitator (#16)
    m = ok(m, "pi", { type: "choose_seat", nation: "india" }).match;
    m = ok(m, "fac", { type: "force_resolve" }).match;
    expect(refused(m, "pi", { type: "check_answer", stage: "pre", answers: right })).toMatchObject({ reason: "check/closed" });
    expect(matchView(m, "pi").check?.open).toBeNull();
    expect(m.checks?.map((s) => [s.nation, s.stage])).toEqual([
      ["korea", "pre"],
      ["uae", "pre"],
    ]);
  });

  it("a late joiner (seated after turn 1 resolved) answers the first check on arrival, until their first turn resolves; the sheet says the turn", () => {
    let m = ok(started(), "fac", { type: "force_resolve" }).match;
    m = at(m, T0 + 1000); // resolution
    m = at(m, T0 + 60_000); // results over: turn 2's orders
    expect(m.state.turn).toBe(2);
    expect(m.phase).toBe("orders");
    expect(refused(m, "pk", { type: "check_answer", stage: "pre", answers: right })).toMatchObject({ reason: "check/closed" });
    m = ok(m, "pl", { type: "join", name: "Lena", role: "player" }).match;
    m = ok(m, "pl", { type: "connect", sessionId: "s-pl", connected: true }).match;
    m = ok(m, "pl", { type: "choose_seat", nation: "india" }).match; // a wish while waiting
    expect(matchView(m, "pl").check?.open).toBeNull();
    m = ok(m, "fac", { type: "admit", sessionId: "s-pl", accept: true }).match;
    expect(m.seats.find((s) => s.seatId === "pl")).toMatchObject({ nation: "india", seatedTurn: 2 });
    expect(matchView(m, "pl").check).toMatchObject({ open: "pre", pre: false, late: true, counts: { latePlayers: 1 } });
    expect(matchView(m, "pk").check?.open).toBeNull();
    m = ok(m, "pl", { type: "check_answer", stage: "pre", answers: wrong }).match;
    expect(m.checks?.at(-1)).toMatchObject({ seatId: "pl", stage: "pre", turn: 2 });
    expect(matchView(m, "fac").check?.counts).toMatchObject({ pre: 1, late: 1, latePlayers: 1 });
    // Another late joiner who lets their first turn resolve without answering has missed it.
    m = ok(m, "pm", { type: "join", name: "Milo", role: "player" }).match;
    m = ok(m, "pm", { type: "connect", sessionId: "s-pm", connected: true }).match;
    m = ok(m, "fac", { type: "move_seat", sessionId: "s-pm", nation: "india" }).match;
    expect(matchView(m, "pm").check?.open).toBe("pre");
    m = at(ok(m, "fac", { type: "force_resolve" }, T0 + 61_000).match, T0 + 62_000);
    expect(refused(m, "pm", { type: "check_answer", stage: "pre", answers: right })).toMatchObject({ reason: "check/closed" });
    m = ok(m, "fac", { type: "end" }, T0 + 63_000).match;
    m = ok(m, "pl", { type: "check_answer", stage: "post", answers: right }, T0 + 64_000).match;
    m = ok(m, "pm", { type: "check_answer", stage: "post", answers: right }, T0 + 64_000).match;
    const r = checkResults(m.checks ?? [], ["korea", "uae", "india"]);
    // Only Lena answered both: the change is hers alone, Milo's post sheet does not count as learning.
    expect(r.room).toMatchObject({ latePre: 1, paired: { players: 1, pre: 0, post: 1 } });
    expect(r.room.post.sheets).toBe(2);
  });

  it("the second check opens only once the match has ended (early end too)", () => {
    let m = started();
    expect(refused(m, "pk", { type: "check_answer", stage: "post", answers: right })).toMatchObject({ reason: "check/closed" });
    m = ok(m, "fac", { type: "end" }, T0 + 10).match;
    expect(m.state.finished).toBe(false);
    expect(refused(m, "pk", { type: "check_answer", stage: "pre", answers: right })).toMatchObject({ reason: "check/closed" });
    m = ok(m, "pk", { type: "check_answer", stage: "post", answers: right }).match;
    expect(m.checks).toHaveLength(1);
  });

  it("each seat's view says what it may answer and how many sheets are in, never anyone's answers", () => {
    let m = table();
    expect(matchView(m, "pk").check).toEqual({ open: "pre", pre: false, post: false, counts: { pre: 0, post: 0 } });
    m = ok(m, "pk", { type: "check_answer", stage: "pre", answers: right }).match;
    expect(matchView(m, "pk").check).toEqual({ open: null, pre: true, post: false, counts: { pre: 1, post: 0 } });
    expect(matchView(m, "pu").check).toEqual({ open: "pre", pre: false, post: false, counts: { pre: 1, post: 0 } });
    expect(matchView(m, "proj").check).toEqual({ open: null, pre: false, post: false, counts: { pre: 1, post: 0 } });
    for (const seat of ["pk", "pu", "proj", "fac"]) expect(JSON.stringify(matchView(m, seat))).not.toContain("answers");
  });

  it("the facilitator's view says, per player, which sheets they handed in; no other seat's view says it of anyone", () => {
    let m = table();
    const marks = (viewer: string): Record<string, unknown> =>
      Object.fromEntries(
        matchView(m, viewer)
          .seats.filter((s) => s.check)
          .map((s) => [s.name, s.check]),
      );
    expect(marks("fac")).toEqual({ Kim: { pre: false, post: false }, Uma: { pre: false, post: false } });
    m = ok(m, "pk", { type: "check_answer", stage: "pre", answers: right }).match;
    expect(marks("fac")).toEqual({ Kim: { pre: true, post: false }, Uma: { pre: false, post: false } });
    m = ok(m, "fac", { type: "start" }).match;
    m = ok(ok(m, "fac", { type: "force_resolve" }).match, "pl", { type: "join", name: "Lena", role: "player" }).match;
    m = ok(m, "pl", { type: "connect", sessionId: "s-pl", connected: true }).match;
    m = ok(m, "fac", { type: "move_seat", sessionId: "s-pl", nation: "india" }).match;
    expect(marks("fac").Lena).toEqual({ pre: false, post: false, late: true });
    m = ok(m, "fac", { type: "end" }, T0 + 10).match;
    m = ok(m, "pu", { type: "check_answer", stage: "post", answers: wrong }, T0 + 11).match;
    expect(marks("fac")).toEqual({ Kim: { pre: true, post: false }, Uma: { pre: false, post: true }, Lena: { pre: false, post: false, late: true } });
    for (const seat of ["pk", "pu", "pl", "proj"]) expect(marks(seat), `${seat} sees nobody's sheets`).toEqual({});
    expect(JSON.stringify(matchView(m, "fac"))).not.toContain("answers");
  });

  it("a replayed log gives the same sheets (the debrief of a closed room rebuilds the match from its log), a late joiner's arrival sheet with its turn", () => {
    const log: MatchLogEntry[] = [];
    let m = table();
    const start = m;
    const step = (actor: string, intent: MatchLogEntry["intent"], now = T0): void => {
      m = ok(m, actor, intent as never, now).match;
      log.push({ actor, intent, now });
    };
    step("pk", { type: "check_answer", stage: "pre", answers: wrong });
    step("pu", { type: "check_answer", stage: "pre", answers: right });
    step("fac", { type: "start" });
    step("fac", { type: "end" }, T0 + 5);
    step("pk", { type: "check_answer", stage: "post", answers: right }, T0 + 6);
    expect(replayMatch(start, log).checks).toEqual(m.checks);
  });

  it("a replayed log keeps the turn of a late joiner's arrival sheet and the nation it was answered for", () => {
    const log: MatchLogEntry[] = [];
    let m = table();
    const start = m;
    const step = (actor: string, intent: MatchLogEntry["intent"], now = T0): void => {
      m = ok(m, actor, intent as never, now).match;
      log.push({ actor, intent, now });
    };
    step("pk", { type: "check_answer", stage: "pre", answers: wrong });
    step("fac", { type: "start" });
    step("fac", { type: "force_resolve" });
    for (const now of [T0 + 1000, T0 + 60_000]) {
      m = at(m, now);
      log.push({ actor: "system", intent: { type: "tick" }, now });
    }
    expect(m.state.turn).toBe(2);
    step("pl", { type: "join", name: "Lena", role: "player" });
    step("pl", { type: "connect", sessionId: "s-pl", connected: true });
    step("fac", { type: "move_seat", sessionId: "s-pl", nation: "india" });
    step("pl", { type: "check_answer", stage: "pre", answers: wrong }, T0 + 60_001);
    step("fac", { type: "move_seat", sessionId: "s-pl", nation: "korea" }, T0 + 60_002);
    const sheets = replayMatch(start, log).checks;
    expect(sheets).toEqual(m.checks);
    expect(sheets?.at(-1)).toMatchObject({ seatId: "pl", nation: "india", stage: "pre", turn: 2 });
    expect(checkResults(sheets ?? [], ["korea", "uae", "india"]).nations.india.latePre).toBe(1);
  });
});

describe("check results", () => {
  const sheets = [
    { seatId: "a", name: "A", nation: "korea", stage: "pre" as const, answers: wrong },
    { seatId: "b", name: "B", nation: "uae", stage: "pre" as const, answers: [right[0], right[1], wrong[2], wrong[3], wrong[4]] },
    { seatId: "a", name: "A", nation: "korea", stage: "post" as const, answers: right },
    { seatId: "b", name: "B", nation: "uae", stage: "post" as const, answers: [right[0], right[1], right[2], wrong[3], wrong[4]] },
  ];
  const r = checkResults(sheets, ["korea", "uae", "india"]);

  it("scores the room and each nation before and after, per question", () => {
    expect(r.room.pre).toEqual({ sheets: 2, right: 2, asked: 10, share: 0.2 });
    expect(r.room.post).toEqual({ sheets: 2, right: 8, asked: 10, share: 0.8 });
    expect(r.nations.korea.pre.share).toBe(0);
    expect(r.nations.korea.post.share).toBe(1);
    expect(r.nations.uae.post.share).toBe(0.6);
    expect(r.nations.india.pre).toEqual({ sheets: 0, right: 0, asked: 0, share: null });
    expect(r.room.questions[CHECK_QUESTIONS[0].id]).toEqual({ pre: 0.5, post: 1 });
    expect(r.room.questions[CHECK_QUESTIONS[2].id]).toEqual({ pre: 0, post: 1 });
    expect(r.room.questions[CHECK_QUESTIONS[4].id]).toEqual({ pre: 0, post: 0.5 });
    expect(r.room.paired).toEqual({ players: 2, pre: 0.2, post: 0.8 });
    expect(r.room.latePre).toBe(0);
  });

  it("exports the results as text and CSV for the teacher", () => {
    const d = {
      nations: [
        { id: "korea", name: "South Korea" },
        { id: "uae", name: "UAE" },
        { id: "india", name: "India" },
      ],
      check: r,
    } as unknown as Debrief;
    const text = checkText(d).join("\n");
    expect(text).toContain("Room: before 20 % right (2 answered), after 80 % right (2 answered); the 2 who answered both: 20 % → 80 %");
    expect(text).toContain("India: before — right (0 answered)");
    const csv = checkCsv(d).trim().split("\n");
    expect(csv[0].split(",").slice(0, 6)).toEqual(["group", "stage", "sheets", "right", "asked", "share_right"]);
    expect(csv).toContain(`room,post,2,8,10,0.800,${CHECK_QUESTIONS.map((q) => r.room.questions[q.id].post!.toFixed(3)).join(",")}`);
    expect(csv).toHaveLength(1 + 2 * 4);
  });
});
