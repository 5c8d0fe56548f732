/** The projector's highlights: the biggest mover, a new leader, deals signed (parties only), the event of the quarter — from public data of real resolved games. */
import { describe, expect, it } from "vitest";
import { createGame, viewFor } from "../../shared/engine";
import { resolveTurn } from "../../shared/engine/resolve";
import type { GameState } from "../../shared/engine/state";
import { presetScenario } from "../../shared/scenario/presets";
import { baselineOrders } from "../../shared/ai/baseline";
import { turnHighlights } from "../../shared/describe/highlights";

function play(turns: number, seed = 42): GameState {
  let s = createGame(presetScenario("workshop"), seed);
  for (let t = 0; t < turns; t++) {
    const orders = Object.fromEntries(s.order.map((id) => [id, baselineOrders(s, id)]));
    s = resolveTurn(s, orders as never).state;
  }
  return s;
}

describe("projector highlights", () => {
  it("are empty before the first resolution", () => {
    const s = createGame(presetScenario("workshop"), 42);
    expect(turnHighlights(viewFor(s, { kind: "public" }))).toEqual([]);
  });

  it("name the nation whose score moved most in the quarter just resolved, with the right figure", () => {
    for (const turns of [1, 3]) {
      const s = play(turns);
      const v = viewFor(s, { kind: "public" });
      const deltas = v.nations.map((n) => ({ id: n.id, d: n.history[n.history.length - 1].score - n.history[n.history.length - 2].score }));
      const best = deltas.reduce((a, b) => (Math.abs(b.d) > Math.abs(a.d) ? b : a));
      const mover = turnHighlights(v).find((x) => x.kind === "mover")!;
      expect(mover.nations).toEqual([best.id]);
      expect(mover.figure).toBe(`${best.d > 0 ? "+" : "−"}${Math.abs(best.d)} points`);
      expect(mover.headline).toContain(v.nations.find((n) => n.id === best.id)!.name);
    }
  });

  it("announce deals signed in that quarter by their parties only, and the quarter's public event with its sources", () => {
    const s = play(3);
    const v = viewFor(s, { kind: "public" });
    const hl = turnHighlights(v, [
      { turn: v.turn - 1, from: "korea", to: "japan" },
      { turn: v.turn - 2, from: "uae", to: "india" },
    ]);
    const deals = hl.filter((x) => x.kind === "deal");
    expect(deals).toHaveLength(1);
    expect(deals[0].headline).toBe("South Korea and Japan sign a deal");
    const events = v.news.filter((e) => e.turn === v.turn - 1 && e.nation === null && e.kind === "event");
    expect(hl.filter((x) => x.kind === "event" && x.label === "Event of the quarter")).toHaveLength(events.length);
    for (const x of hl.filter((y) => y.kind === "event")) expect(x.sources?.length).toBeGreaterThan(0);
  });

  it("report a change of leader only when the leader changed", () => {
    const s = play(2);
    const v = viewFor(s, { kind: "public" });
    // Make the last-placed nation jump to the top in the last quarter.
    const last = [...v.nations].sort((a, b) => a.score - b.score)[0];
    const top = Math.max(...v.nations.map((n) => n.history[n.history.length - 1].score));
    last.history[last.history.length - 1] = { ...last.history[last.history.length - 1], score: top + 500 };
    const lead = turnHighlights(v).find((x) => x.kind === "lead")!;
    expect(lead.nations[0]).toBe(last.id);
    expect(lead.headline).toMatch(new RegExp(`^${last.name} takes the lead from `));
    expect(turnHighlights(viewFor(s, { kind: "public" })).filter((x) => x.kind === "lead").length).toBeLessThanOrEqual(1);
  });
});
