/** A shared scene for the pre/post check tests (#19): a game with a late joiner, played up to the second check's sheets. */
import { expect } from "vitest";
import type { CreateGameInput } from "../../client/net/api";
import { CHECK_QUESTIONS } from "../../shared/debrief/check-questions";
import { browser, twoSeatedPlayers, waitFor } from "./harness";

/**
 * The check with a late joiner, played up to two after-sheets: Ana answers the first sheet wrong and Ben right in the lobby;
 * after turn 1 Lena is let into the third nation and answers it wrong on arrival (the console marks her sheet);
 * the game ends and Ana and Lena answer the second sheet right. Returns the connections and Lena's marks before the end.
 */
export async function lateJoinerCheck(req: CreateGameInput) {
  const right = CHECK_QUESTIONS.map((q) => q.correct);
  const wrong = CHECK_QUESTIONS.map((q) => (q.correct + 1) % q.options.length);
  const { game, fac, a, b, nations } = await twoSeatedPlayers(req);
  expect(await a.answerCheck("pre", wrong)).toEqual({ ok: true });
  expect(await b.answerCheck("pre", right)).toEqual({ ok: true });
  fac.facilitator({ cmd: "start" });
  await waitFor(fac, (m) => m.phase === "orders", 10_000, "started");
  fac.facilitator({ cmd: "force_resolve" });
  await waitFor(fac, (m) => m.view?.turn === 2 && m.phase === "orders", 30_000, "turn 2");

  const lena = await browser().join(game.code, { name: "Lena" });
  const door = await waitFor(fac, (m) => m.seats.some((s) => s.name === "Lena" && s.waiting && s.connected), 10_000, "Lena at the door");
  lena.chooseSeat(nations[2]);
  await waitFor(fac, (m) => m.seats.some((s) => s.name === "Lena" && s.wants === nations[2]), 10_000, "Lena's wish");
  fac.facilitator({ cmd: "admit", sessionId: door.seats.find((s) => s.name === "Lena")!.sessionId, accept: true });
  await waitFor(lena, (m) => m.you.nation === nations[2] && m.check?.open === "pre" && m.check.late === true, 10_000, "Lena's check on arrival");
  expect(await lena.answerCheck("pre", wrong)).toEqual({ ok: true });
  const marked = await waitFor(fac, (m) => m.seats.some((s) => s.name === "Lena" && s.check?.pre), 10_000, "the console marks Lena's sheet");
  const lenaMarks = marked.seats.find((s) => s.name === "Lena")!.check;

  fac.facilitator({ cmd: "end" });
  await waitFor(lena, (m) => m.phase === "ended" && m.check?.open === "post", 15_000, "second check");
  expect(await a.answerCheck("post", right)).toEqual({ ok: true });
  expect(await lena.answerCheck("post", right)).toEqual({ ok: true });
  await waitFor(fac, (m) => m.check?.counts.post === 2, 10_000, "two after-sheets");
  return { game, fac, a, b, lena, nations, lenaMarks };
}
