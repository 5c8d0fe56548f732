/** A stake's margins come from a stream of their own: buying a stake never re-rolls the quarter's events (properties.test's money property found one seed where it did). */
import { describe, expect, it } from "vitest";
import { createGame, resolveTurn } from "../../shared/engine";
import { drawIntegratorMargins, MARGIN_RANGE } from "../../shared/engine/partnerships";
import { presetScenario } from "../../shared/scenario/presets";

describe("integrator margins", () => {
  it("a stake leaves the game's PRNG, deck and drawn events as they would be without it", () => {
    for (const seed of [605786261, 1, 42, 7777]) {
      const s = createGame(presetScenario("workshop"), seed);
      const id = s.order[0];
      const stake = resolveTurn(s, { [id]: [{ type: "invest_integrator", turn: 1, integrator: "penguin", amount: 200 }] }).state;
      const none = resolveTurn(s, {}).state;
      expect(stake.rng).toEqual(none.rng);
      expect(stake.deck.map((c) => c.id)).toEqual(none.deck.map((c) => c.id));
      const drawn = (st: typeof s) => st.order.map((n) => st.nations[n].history.at(-1)!.support);
      expect(drawn(stake)).toEqual(drawn(none));
    }
  });

  it("margins stay in their range, differ by turn and do not advance the PRNG", () => {
    const s = createGame(presetScenario("workshop"), 3);
    const before = [...s.rng];
    const a = drawIntegratorMargins(s);
    expect(s.rng).toEqual(before);
    for (const m of Object.values(a)) {
      expect(m).toBeGreaterThanOrEqual(MARGIN_RANGE[0]);
      expect(m).toBeLessThan(MARGIN_RANGE[1]);
    }
    const next = resolveTurn(s, {}).state;
    expect(drawIntegratorMargins(next)).not.toEqual(a);
  });
});
