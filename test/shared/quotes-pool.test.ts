/** A vendor's quote reads the HBM pool its part draws from: HBM4 sold out makes an HBM4 part dearer, not an HBM3E one. */
import { describeViolation } from "../../shared/describe/refusals";
import { describe, expect, it } from "vitest";
import type { GameState } from "../../shared/engine/state";
import { createGame } from "../../shared/engine";
import { quoteFor } from "../../shared/engine/quote-check";
import { testScenario } from "./fixture-scenario";

const pool = (supplyGb: number, demandGb: number) => ({ supplyGb, demandGb, reservedGb: 0, deliveredGb: 0 });

function unitPrice(s: GameState, model: string): number {
  const q = quoteFor(s, "korea", { vendor: "penguin", model, quantity: 600, package: "fullstack", dcId: s.nations.korea.dataCentres[0].id });
  if (!q.ok) throw new Error(describeViolation(q.error));
  return q.quote.unitPrice;
}

describe("quotes and the HBM pools", () => {
  it("a sold-out HBM4 pool lifts an HBM4 quote but leaves an HBM3E part's price as when nothing is sold out", () => {
    const calm = createGame(testScenario(), 4);
    calm.market.hbmPools = { hbm3e: pool(1e6, 5e5), hbm4: pool(1e6, 5e5) };
    const tight = createGame(testScenario(), 4);
    // The whole market is short (total demand above total supply) but only in HBM4.
    tight.market.hbmPools = { hbm3e: pool(1e6, 5e5), hbm4: pool(2e5, 1.2e6) };
    tight.market.lastHbmDemandGb = 1.7e6;
    tight.market.lastHbmSupplyGb = 1.2e6;
    expect(unitPrice(tight, "gb200")).toBeCloseTo(unitPrice(calm, "gb200"), 6);
    const rubin = calm.catalogue.accelerators.find((a) => a.id === "rubin")!;
    calm.quarter = tight.quarter = { ...rubin.available };
    expect(unitPrice(tight, "rubin")).toBeGreaterThan(unitPrice(calm, "rubin") * 1.04);
  });
});
