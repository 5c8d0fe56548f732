/** US export licences after May 2025 (shared/engine/licences.ts): no tiers or caps, bilateral licences negotiated like a quote, revocable on breach. */
import { describe, expect, it } from "vitest";
import type { Order } from "../../shared/protocol/orders";
import { createGame, resolveTurn, RuleError, validateOrder } from "../../shared/engine";
import type { GameState } from "../../shared/engine/state";
import { BASE_CATALOGUE } from "../../shared/engine/catalogue";
import { BASE_DECK } from "../../shared/engine/deck";
import { applyEffect } from "../../shared/engine/events";
import { sovereigntyIndex } from "../../shared/engine/outcomes";
import {
  baseVolume,
  checkExport,
  controlClass,
  currentLicence,
  exportAllowance,
  GULF_LICENCE_H100_PER_YEAR,
  isSuspended,
  LICENCE_FACTOR_RANGE,
  negotiateLicence,
} from "../../shared/engine/licences";
import { presetScenario } from "../../shared/scenario/presets";
import { PRESET_IDS } from "../../shared/scenario/presets";
import { aiOrders, defaultProfile } from "../../shared/ai";
import { viewFor } from "../../shared/engine/view";
import { testScenario } from "./fixture-scenario";

const code = (r: ReturnType<typeof validateOrder>): string => (r.ok ? "ok" : r.error.code);
/** Korea made licence-bound (a stand-in for a Gulf buyer) in the small test scenario. */
const bound = (over = {}): GameState => createGame(testScenario({}, { exportStatus: "licence", treasury: 8000, ...over }), 1);
const gpus = (model: string, quantity: number, turn = 1): Order => ({
  type: "order_gpus",
  turn,
  model,
  quantity,
  vendor: "dell",
  package: "components",
  dcId: "korea-dc1",
});
const hold = (s: GameState): Order[] => [{ type: "hold", turn: s.turn }];

describe("no diffusion tiers", () => {
  it("no nation in any preset has a country cap or a China-class tier", () => {
    for (const id of PRESET_IDS) {
      const s = createGame(presetScenario(id), 1);
      for (const n of Object.values(s.nations)) {
        expect(n, `${id}/${n.id}`).not.toHaveProperty("exportTier");
        expect(n, `${id}/${n.id}`).not.toHaveProperty("exportCapH100PerYear");
        expect(["ally", "licence"]).toContain(n.exportStatus);
      }
      // India's only country cap was the rescinded Diffusion Rule (E5): it buys H100s licence-free.
      if (s.nations.india) expect(s.nations.india.exportStatus).toBe("ally");
      for (const g of ["uae", "saudi"]) if (s.nations[g]) expect(s.nations[g].exportStatus).toBe("licence");
    }
  });

  it("every catalogue part is controlled for a licence-bound buyer: nothing is 'standard'", () => {
    for (const a of BASE_CATALOGUE.accelerators) expect(controlClass(a), a.id).not.toBe("standard");
    // Even a part mislabelled "standard" is controlled at H100 class.
    const h100 = BASE_CATALOGUE.accelerators.find((a) => a.id === "h100")!;
    expect(controlClass({ ...h100, exportClass: "standard" })).toBe("controlled");
  });

  it("a licence-bound buyer cannot buy H100, H200 or MI300X without a licence; an ally can", () => {
    const s = bound();
    for (const m of ["h100", "h200", "mi300x", "b200"]) expect(code(validateOrder(s, "korea", gpus(m, 10))), m).toBe(RuleError.ExportRestricted);
    const ally = createGame(testScenario(), 1);
    for (const m of ["h100", "h200", "mi300x", "b200"]) expect(code(validateOrder(ally, "korea", gpus(m, 10))), m).toBe("ok");
  });
});

describe("a licence negotiated like a quote", () => {
  it("ask → the US answers with volume and conditions → counter-offer → sign grants the volume from next quarter", () => {
    const s = bound();
    const req = { volume: 300_000, years: 2 };
    const first = negotiateLicence(s, "korea", req, []);
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    expect(first.offer.volume).toBe(GULF_LICENCE_H100_PER_YEAR); // 35,000 GB300-eq (N20, E21)
    expect(first.offer.conditions).toEqual(expect.arrayContaining(["reporting", "security_audit"]));
    // Dropping the audits is refused; more volume needs a pledge or stricter conditions.
    const drop = negotiateLicence(s, "korea", req, [{ securityAudit: false }]);
    expect(drop.ok && drop.answers[0].outcome).toBe("refused");
    const more = negotiateLicence(s, "korea", req, [{ volume: 150_000 }]);
    expect(more.ok && more.answers[0].outcome).toBe("refused");
    const asks = [{ noChineseVendors: true }, { pledgePerQuarter: 40 }, { volume: 150_000 }];
    const counter = negotiateLicence(s, "korea", req, asks);
    expect(counter.ok).toBe(true);
    if (!counter.ok) return;
    expect(counter.offer.volume).toBeGreaterThan(first.offer.volume);
    expect(counter.offer.conditions).toEqual(expect.arrayContaining(["no_chinese_vendors", "us_investment"]));
    // Never above twice the base offer, whatever the pledge.
    const huge = negotiateLicence(s, "korea", req, [{ pledgePerQuarter: 5000 }, { volume: 2_000_000 }]);
    expect(huge.ok && huge.offer.volume).toBe(2 * baseVolume(s.nations.korea));

    const sign: Order = { type: "sign_licence", turn: 1, ...req, asks };
    expect(code(validateOrder(s, "korea", sign))).toBe("ok");
    const t2 = resolveTurn(s, { korea: [sign], india: hold(s) }).state;
    const l = currentLicence(t2.nations.korea, 2)!;
    expect(l.volume).toBe(counter.offer.volume);
    expect(l.pledgePerQuarter).toBe(40);
    // Now the buyer can order up to its licensed volume, and not beyond.
    expect(code(validateOrder(t2, "korea", gpus("h100", 1000, 2)))).toBe("ok");
    const b200 = t2.catalogue.accelerators.find((a) => a.id === "b200")!;
    const fits = Math.floor((exportAllowance(t2, t2.nations.korea).allowance * 1.98) / b200.pf);
    expect(code(checkExport(t2, t2.nations.korea, b200, fits - 10, []))).toBe("ok");
    expect(code(checkExport(t2, t2.nations.korea, b200, fits + 10, []))).toBe(RuleError.ExportCapReached);
  });

  it("a missed pledge payment is a breach: the licence is suspended with a public event", () => {
    const s = bound({ treasury: 1000, budgetPerQuarter: 0 });
    const sign: Order = { type: "sign_licence", turn: 1, volume: 100_000, years: 1, asks: [{ pledgePerQuarter: 1500 }, { volume: 100_000 }] };
    let g = resolveTurn(s, { korea: [sign], india: hold(s) }).state;
    // Granted from turn 2 in good standing; the treasury cannot pay the turn-2 pledge.
    expect(isSuspended(currentLicence(g.nations.korea, g.turn)!, g.turn)).toBe(false);
    const r = resolveTurn(g, { korea: hold(g), india: hold(g) });
    g = r.state;
    const l = currentLicence(g.nations.korea, g.turn)!;
    expect(isSuspended(l, g.turn)).toBe(true);
    expect(
      r.events.some((e) => e.nation === null && e.code === "licence/suspended" && e.params.nation === "korea" && e.params.reason.why === "missed_pledge"),
    ).toBe(true);
    expect(code(validateOrder(g, "korea", gpus("h100", 10, g.turn)))).toBe(RuleError.ExportRestricted);
  });
});

describe("export events", () => {
  it("the hypothetical tightening is labelled and cuts volumes without moving anyone to a China tier", () => {
    const card = BASE_DECK.find((c) => c.id === "export_tighten")!;
    expect(card.headline.startsWith("Hypothetical:")).toBe(true);
    const s = bound();
    const g = resolveTurn(s, { korea: [{ type: "sign_licence", turn: 1, volume: 50_000, years: 2, asks: [] }], india: hold(s) }).state;
    const before = currentLicence(g.nations.korea, g.turn)!.volume;
    const statuses = Object.fromEntries(Object.values(g.nations).map((n) => [n.id, n.exportStatus]));
    for (const e of card.effects) applyEffect(g, e);
    expect(currentLicence(g.nations.korea, g.turn)!.volume).toBeLessThan(before);
    expect(Object.fromEntries(Object.values(g.nations).map((n) => [n.id, n.exportStatus]))).toEqual(statuses);
    // Audited licences stay in force.
    expect(isSuspended(currentLicence(g.nations.korea, g.turn)!, g.turn)).toBe(false);
  });

  it("no card makes a nation unlimited: volumes stay bounded however often the loosening plays", () => {
    const s = bound();
    for (const c of BASE_DECK) for (const e of c.effects) expect(e.kind, c.id).not.toBe("export_tier");
    const loosen = BASE_DECK.find((c) => c.id === "export_loosen")!;
    for (let i = 0; i < 10; i++) for (const e of loosen.effects) applyEffect(s, { ...e, nations: ["korea"] } as typeof e);
    expect(s.nations.korea.licenceFactor).toBeLessThanOrEqual(LICENCE_FACTOR_RANGE[1]);
    const r = negotiateLicence(s, "korea", { volume: 2_000_000, years: 1 }, [{ pledgePerQuarter: 5000 }, { volume: 2_000_000 }]);
    expect(r.ok && r.offer.volume).toBeLessThanOrEqual(2 * GULF_LICENCE_H100_PER_YEAR * LICENCE_FACTOR_RANGE[1] * 1.5 + 1);
    expect(Number.isFinite(exportAllowance(s, s.nations.korea).allowance)).toBe(true);
  });

  it("the real 2025–26 moves are in the deck with their sources", () => {
    const ids = new Map(BASE_DECK.map((c) => [c.id, c]));
    expect(ids.get("export_loosen")!.sources).toEqual(expect.arrayContaining(["E5", "E21"]));
    expect(ids.get("h20_revenue_share")!.sources).toContain("E7");
    expect(ids.get("rare_earth_controls")!.sources).toEqual(expect.arrayContaining(["E8", "E9", "E10"]));
    expect(ids.get("de_escalation")!.sources).toContain("E12");
  });
});

describe("US alignment is a trade-off, not a free lever", () => {
  it("it buys licence volume and fast approval, and costs sovereignty and a condition", () => {
    const plain = bound();
    const aligned = bound();
    aligned.nations.korea.policies.us_alignment = true;
    const req = { volume: 2_000_000, years: 1 };
    const a = negotiateLicence(aligned, "korea", req, []);
    const p = negotiateLicence(plain, "korea", req, []);
    expect(a.ok && p.ok).toBe(true);
    if (!a.ok || !p.ok) return;
    expect(a.offer.volume).toBeGreaterThan(p.offer.volume);
    expect(a.offer.fromTurn).toBe(1);
    expect(p.offer.fromTurn).toBe(2);
    expect(a.offer.conditions).toContain("no_chinese_vendors");
    // Sovereignty is lower with the policy, for a licence-bound buyer and for an ally alike.
    expect(sovereigntyIndex(aligned.nations.korea, 0.5)).toBeLessThan(sovereigntyIndex(plain.nations.korea, 0.5));
    const ally = createGame(testScenario(), 1);
    const before = sovereigntyIndex(ally.nations.korea, 0.5);
    ally.nations.korea.policies.us_alignment = true;
    expect(sovereigntyIndex(ally.nations.korea, 0.5)).toBeLessThan(before);
    // And it no longer moves anyone between tiers: the buyer still needs its licence.
    expect(code(validateOrder(aligned, "korea", gpus("h100", 10)))).toBe(RuleError.ExportRestricted);
  });
});

describe("AI nations and licences", () => {
  it("an AI Gulf nation obtains its licence and builds", () => {
    let s = createGame(presetScenario("workshop"), 3);
    const startPf = s.nations.uae.dataCentres.reduce((t, d) => t + d.gpus.reduce((x, g) => x + g.count, 0), 0);
    while (!s.finished) {
      const orders = Object.fromEntries(s.order.map((id) => [id, aiOrders(viewFor(s, { kind: "nation", nation: id }), id, defaultProfile(id, "normal"))]));
      for (const id of s.order)
        for (const [i, o] of orders[id].entries()) expect(validateOrder(s, id, o, orders[id].slice(0, i)).ok, `${id} ${o.type}`).toBe(true);
      s = resolveTurn(s, orders).state;
    }
    for (const g of ["uae", "saudi"]) expect(s.nations[g].licences.length, g).toBeGreaterThan(0);
    const endGpus =
      s.nations.uae.dataCentres.reduce((t, d) => t + d.gpus.reduce((x, g) => x + g.count, 0), 0) +
      s.nations.uae.pendingGpus.reduce((x, p) => x + p.quantity, 0);
    expect(endGpus).toBeGreaterThan(startPf * 5);
  }, 60_000);
});
