/** The log of intents and ticks replays a whole match exactly: seats, orders, chat, proposals, a signed deal, injects and every turn. */
import { describe, expect, it } from "vitest";
import { baselineOrders } from "../../../shared/ai/baseline";
import { BASE_DECK } from "../../../shared/engine/deck";
import { stableStringify } from "../../../shared/engine/hash";
import type { Intent, Match, MatchLogEntry } from "../../../shared/match";
import { applyIntent, replayMatch, tick } from "../../../shared/match";
import { emptyMatch, T0 } from "./table";

/** Play a scripted match, logging what changed it the way the server does. */
function scripted(): { start: Match; end: Match; log: MatchLogEntry[] } {
  const start = emptyMatch();
  let m = start;
  let now = T0;
  const log: MatchLogEntry[] = [];
  const act = (actor: string, intent: Intent): void => {
    const s = applyIntent(m, actor, intent, now);
    if (s.outcome.ok) {
      m = s.match;
      log.push({ actor, intent, now });
    }
  };
  const wait = (ms: number): void => {
    now += ms;
    const s = tick(m, now);
    if (s.match !== m) {
      m = s.match;
      log.push({ actor: "system", intent: { type: "tick" }, now });
    }
  };
  act("fac", { type: "join", name: "Fac", role: "facilitator" });
  for (const [id, nation] of [
    ["pk", "korea"],
    ["pu", "uae"],
  ] as const) {
    act(id, { type: "join", name: id, role: "player" });
    act(id, { type: "connect", sessionId: `s-${id}`, connected: true });
    act(id, { type: "choose_seat", nation });
  }
  act("fac", { type: "inject", card: BASE_DECK[1], turn: 2 });
  act("fac", { type: "start" });
  while (m.phase !== "ended") {
    if (m.phase === "orders") {
      const turn = m.state.turn;
      for (const [id, nation] of [
        ["pk", "korea"],
        ["pu", "uae"],
      ] as const)
        for (const order of baselineOrders(m.state, nation)) act(id, { type: "add_order", order });
      act("pk", { type: "chat", to: "uae", text: `turn ${turn}` });
      act("pk", { type: "deal_propose", to: "uae", quarters: 1, items: [{ kind: "cash", giver: "from", now: 2, perQuarter: 0 }] });
      const open = m.deals.find((d) => d.turn === turn && d.terms.to === "uae" && d.status === "proposed");
      if (open && turn % 2 === 1) act("pu", { type: "deal_respond", id: open.id, accept: true });
      act("pk", { type: "ready", turn, ready: true });
      act("pu", { type: "ready", turn, ready: true });
    }
    wait(Math.max(1, m.clock.deadline - now));
  }
  return { start, end: m, log };
}

describe("match replay", () => {
  it("rebuilds the same match from its log, proposals and injects included", () => {
    const { start, end, log } = scripted();
    expect(end.deals.some((d) => d.status === "accepted")).toBe(true);
    expect(end.deals.some((d) => d.status === "expired")).toBe(true);
    expect(end.injects).toHaveLength(1);
    expect(log.filter((e) => e.intent.type === "tick").length).toBeGreaterThan(end.state.maxTurns);
    const again = replayMatch(start, JSON.parse(JSON.stringify(log)) as MatchLogEntry[]);
    expect(stableStringify(again)).toBe(stableStringify(end));
  });

  it("gives a different match when one logged intent is dropped", () => {
    const { start, end, log } = scripted();
    const i = log.findIndex((e) => e.intent.type === "add_order");
    const other = replayMatch(start, [...log.slice(0, i), ...log.slice(i + 1)]);
    expect(stableStringify(other)).not.toBe(stableStringify(end));
  });
});
