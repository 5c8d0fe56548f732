/** The AI builds when its free room is too small for its money, and a rich nation's no-talent variant runs no talent programme (issue 14, nation floor). */
import { describe, expect, it } from "vitest";
import { createGame } from "../../shared/engine";
import { presetScenario } from "../../shared/scenario/presets";
import { hasRoom, playStyle } from "../../shared/ai/policy";
import { styleOf } from "../../shared/ai/personality";
import { moneyAvailable } from "../../shared/engine/order-cost";
import { seedRng } from "../../shared/engine/rng";

/** Workshop without the Gulf's pre-game pipeline (the 2 × 100 MW HUMAIN sites, setup.ts): the small starting hall alone. */
function withoutPipeline() {
  const sc = structuredClone(presetScenario("workshop"));
  for (const n of sc.nations) n.dataCentres = n.dataCentres.filter((d) => d.quartersLeft === 0 && d.onOrder.length === 0);
  return sc;
}
const start = createGame(withoutPipeline(), 1);
const withPipeline = createGame(presetScenario("workshop"), 1);

describe("the AI's room before building", () => {
  it("a 2 MW gap in Saudi Arabia's small starting hall is not room for US$ billions: the AI founds a site in turn 1", () => {
    const n = start.nations.saudi;
    const dc = n.dataCentres[0];
    expect(hasRoom(start, n, dc, moneyAvailable(start, n, []))).toBe(false);
    // The same hall is room enough for a small quarter's money.
    expect(hasRoom(start, n, dc, 20)).toBe(true);
    for (const p of ["builder", "hawk", "hub", "leverager"] as const) {
      const orders = playStyle(start, "saudi", styleOf(p), seedRng(1));
      expect(
        orders.some((o) => o.type === "build_dc"),
        p,
      ).toBe(true);
    }
  });

  it("with HUMAIN's 2 × 100 MW sites opening next quarter, the AI fills them instead of founding another site in turn 1", () => {
    const orders = playStyle(withPipeline, "saudi", styleOf("builder"), seedRng(1));
    expect(orders.some((o) => o.type === "order_gpus" || o.type === "sign_quote")).toBe(true);
  });

  it("a rich nation buys level-3 talent only when its style runs a talent programme", () => {
    const rich = { ...styleOf("hub"), talent: 1 as const };
    expect(playStyle(start, "saudi", rich, seedRng(1)).find((o) => o.type === "talent")).toMatchObject({ level: 3 });
    expect(playStyle(start, "saudi", { ...rich, talent: 0 }, seedRng(1)).some((o) => o.type === "talent")).toBe(false);
  });
});
