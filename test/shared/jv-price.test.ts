/** The joint venture has a price: a token memory agreement makes no trilateral, the partner owns part of the margin, and a JV site takes a governance quarter longer. */
import { describe, expect, it } from "vitest";
import type { Order } from "../../shared/protocol/orders";
import type { GameState } from "../../shared/engine/state";
import { createGame, resolveTurn } from "../../shared/engine";
import { trilateralIntegrators, trilateralMinGb } from "../../shared/engine/partnerships";
import { jvPartnerCut, JV_PARTNER_SHARE } from "../../shared/engine/operators";
import { constructionQuarters } from "../../shared/engine/power";
import { findIntegrator, findPartner } from "../../shared/engine/catalogue";
import { agreementLimits } from "../../shared/engine/hbm";
import { testScenario } from "./fixture-scenario";

function withJvAndAgreement(gb: number): GameState {
  let s = createGame(testScenario(), 3);
  const orders: Order[] = [
    { type: "build_dc", turn: 1, site: "coast", mw: 20, cooling: "liquid", builder: "jv", integrator: "penguin", partner: "skt" },
    { type: "memory_agreement", turn: 1, maker: "skhynix", gbPerQuarter: gb, quarters: 8 },
  ];
  s = resolveTurn(s, { korea: orders }).state;
  return resolveTurn(s, {}).state;
}

describe("the price of a joint venture", () => {
  it("a token memory agreement beside a JV site is no trilateral; one of real volume is", () => {
    const s0 = createGame(testScenario(), 3);
    const token = agreementLimits(s0, s0.nations.korea, "skhynix").minGb;
    const real = Math.ceil(trilateralMinGb(s0));
    expect(token).toBeLessThan(real);
    const a = withJvAndAgreement(token);
    const b = withJvAndAgreement(real);
    expect(a.nations.korea.memoryAgreements.length).toBe(1);
    expect(trilateralIntegrators(a.nations.korea, a.turn, trilateralMinGb(a))).toEqual([]);
    expect(trilateralIntegrators(b.nations.korea, b.turn, trilateralMinGb(b))).toEqual(["penguin"]);
    expect(b.nations.korea.expertise).toBeGreaterThan(a.nations.korea.expertise);
  });

  it("the integrator partner takes its share of a JV site's positive margin, nothing of a loss or of other sites", () => {
    const s = createGame(testScenario(), 3);
    const dc = { ...s.nations.korea.dataCentres[0] };
    expect(jvPartnerCut({ ...dc, builder: "jv" }, 10, 4)).toBeCloseTo(6 * JV_PARTNER_SHARE, 9);
    expect(jvPartnerCut({ ...dc, builder: "jv" }, 3, 4)).toBe(0);
    expect(jvPartnerCut({ ...dc, builder: "local" }, 10, 4)).toBe(0);
  });

  it("a JV site takes longer to build than the mean of the US and local builds", () => {
    const s = createGame(testScenario(), 3);
    const n = s.nations.korea;
    const integ = findIntegrator(s.catalogue, "penguin");
    const partner = findPartner(s.catalogue, "skt");
    const us = constructionQuarters(n, 200, "us", integ, partner);
    const local = constructionQuarters(n, 200, "local", integ, partner);
    expect(constructionQuarters(n, 200, "jv", integ, partner)).toBeGreaterThan((us + local) / 2);
  });
});
