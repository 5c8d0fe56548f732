/** AI nations use vendor quotes and counter-offers as a human can (issue 14, part 8). */
import { describe, expect, it } from "vitest";
import type { SignQuoteOrder } from "../../shared/protocol/orders";
import { runSim } from "../../shared/sim/run";
import { aiBot } from "../../shared/sim/balance";
import { defaultProfile } from "../../shared/ai/decide";
import { presetScenario } from "../../shared/scenario/presets";
import { createGame, resolveTurn } from "../../shared/engine";
import { negotiate } from "../../shared/engine/quote-check";
import { gpuOrderCost } from "../../shared/engine/costs";

describe("AI nations and vendor quotes", () => {
  it("sign negotiated quotes in AI games, each cheaper than the list order (or faster), and none is refused", () => {
    const sc = presetScenario("workshop");
    const profiles = Object.fromEntries(sc.nations.map((n) => [n.id, defaultProfile(n.id, "normal")]));
    const r = runSim(sc, 3, { bot: aiBot(profiles), turns: 8 });
    const signed: { turn: number; nation: string; o: SignQuoteOrder }[] = [];
    for (const e of r.log)
      for (const [nation, os] of Object.entries(e.orders)) for (const o of os) if (o.type === "sign_quote") signed.push({ turn: e.turn, nation, o });
    expect(signed.length).toBeGreaterThan(0);
    expect(r.state.log.filter((e) => e.kind === "rejected")).toEqual([]);
    const states = [createGame(sc, 3)];
    for (const e of r.log) states.push(resolveTurn(states[states.length - 1], e.orders).state);
    let cheaper = 0;
    for (const { turn, nation, o } of signed) {
      const s = states[turn - 1];
      const { type: _t, turn: _n, asks, ...req } = o;
      const deal = negotiate(s, nation, req, asks);
      expect(deal.ok).toBe(true);
      if (!deal.ok) continue;
      expect(deal.answers.every((a) => a.outcome !== "refused")).toBe(true);
      const list = gpuOrderCost(s, s.nations[nation], { ...req, type: "order_gpus", turn })!;
      if (deal.quote.total < list) cheaper++;
    }
    expect(cheaper).toBeGreaterThan(0);
  });
});
