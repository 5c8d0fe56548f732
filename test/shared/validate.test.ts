/** validateOrder: every order type, its typed error codes and student-readable sentences. */
import { describe, expect, it } from "vitest";
import type { Order } from "../../shared/protocol/orders";
import { createGame, RuleError, validateOrder, validateOrderSet } from "../../shared/engine";
import { testScenario } from "./fixture-scenario";

const game = (korea = {}, over = {}) => createGame(testScenario(over, korea), 1);
const code = (r: ReturnType<typeof validateOrder>) => (r.ok ? "ok" : r.error.code);

describe("validateOrder", () => {
  const s = game();
  const gpus = (o: Partial<Extract<Order, { type: "order_gpus" }>> = {}): Order => ({
    type: "order_gpus",
    turn: 1,
    model: "b200",
    quantity: 100,
    vendor: "dell",
    package: "components",
    dcId: "korea-dc1",
    ...o,
  });

  it("accepts a plain legal order of each type", () => {
    const orders: Order[] = [
      { type: "build_dc", turn: 1, site: "coast", mw: 20, cooling: "air", builder: "us", integrator: "hpe" },
      { type: "build_dc", turn: 1, site: "coast", mw: 20, cooling: "liquid", builder: "local", partner: "skt" },
      { type: "build_dc", turn: 1, site: "capital", mw: 10, cooling: "liquid", builder: "jv", integrator: "penguin", partner: "skt" },
      { type: "expand_dc", turn: 1, dcId: "korea-dc1", mw: 10 },
      gpus(),
      { type: "memory_agreement", turn: 1, maker: "samsung", gbPerQuarter: 100_000, quarters: 4 },
      { type: "talent", turn: 1, level: 2 },
      { type: "policy", turn: 1, policy: "data_localisation", enabled: true },
      { type: "invest_integrator", turn: 1, integrator: "penguin", amount: 200 },
      { type: "hold", turn: 1 },
    ];
    for (const o of orders) expect(code(validateOrder(s, "korea", o)), JSON.stringify(o)).toBe("ok");
  });

  it("refuses stale turns, unknown nations and finished games", () => {
    expect(code(validateOrder(s, "korea", { type: "hold", turn: 2 }))).toBe(RuleError.StaleTurn);
    expect(code(validateOrder(s, "atlantis", { type: "hold", turn: 1 }))).toBe(RuleError.UnknownNation);
    expect(code(validateOrder({ ...s, finished: true }, "korea", { type: "hold", turn: 1 }))).toBe(RuleError.GameOver);
  });

  it("explains data-centre mistakes", () => {
    expect(code(validateOrder(s, "korea", { type: "build_dc", turn: 1, site: "mars", mw: 10, cooling: "air", builder: "us", integrator: "dell" }))).toBe(
      RuleError.UnknownSite,
    );
    expect(code(validateOrder(s, "korea", { type: "build_dc", turn: 1, site: "coast", mw: 10, cooling: "air", builder: "us" }))).toBe(RuleError.BuilderMissing);
    expect(code(validateOrder(s, "korea", { type: "build_dc", turn: 1, site: "coast", mw: 10, cooling: "air", builder: "local", partner: "yotta" }))).toBe(
      RuleError.PartnerElsewhere,
    );
    expect(code(validateOrder(s, "korea", { type: "build_dc", turn: 1, site: "coast", mw: 10, cooling: "air", builder: "us", integrator: "acme" }))).toBe(
      RuleError.UnknownIntegrator,
    );
    expect(code(validateOrder(s, "korea", { type: "expand_dc", turn: 1, dcId: "india-dc1", mw: 10 }))).toBe(RuleError.UnknownDc);
  });

  it("explains GPU mistakes: catalogue, availability, cooling, power, vendor", () => {
    expect(code(validateOrder(s, "korea", gpus({ model: "tpu9" })))).toBe(RuleError.UnknownModel);
    const future = s.catalogue.accelerators.find((a) => a.available.year * 4 + a.available.q > 2026 * 4 + 1)!;
    expect(code(validateOrder(s, "korea", gpus({ model: future.id })))).toBe(RuleError.NotYetAvailable);
    const air = game({ dataCentres: [{ name: "Air hall", site: "capital", mw: 20, cooling: "air", builder: "local", partner: "skt", gpus: [] }] });
    const r = validateOrder(air, "korea", gpus({ model: "gb200" }));
    expect(code(r)).toBe(RuleError.NeedsLiquid);
    expect(r.ok ? "" : r.error.key).toBe("gpu/needs_liquid_cooling");
    const tooMany = validateOrder(s, "korea", gpus({ quantity: 100_000 }));
    expect(code(tooMany)).toBe(RuleError.NoPowerInDc);
    expect(tooMany.ok ? -1 : tooMany.error.params.fit).toBeGreaterThan(0);
    expect(code(validateOrder(s, "korea", gpus({ vendor: "yotta" })))).toBe(RuleError.PartnerElsewhere);
    const weak = s.catalogue.localPartners.find((p) => p.nation === "korea" && !p.rackScale);
    if (weak) expect(code(validateOrder(s, "korea", gpus({ model: "gb200", vendor: weak.id })))).toBe(RuleError.NoRackScale);
  });

  it("enforces US export licences (no tiers or caps since May 2025)", () => {
    // A licence-bound buyer needs a licence for every controlled part, H100 included (licences.ts).
    const bound = game({ exportStatus: "licence" });
    expect(code(validateOrder(bound, "korea", gpus()))).toBe(RuleError.ExportRestricted);
    expect(code(validateOrder(bound, "korea", gpus({ model: "h100" })))).toBe(RuleError.ExportRestricted);
    // With a licence signed this quarter it waits for approval; US alignment fast-tracks it.
    const lic: Order = { type: "sign_licence", turn: 1, volume: 1000, years: 1, asks: [] };
    expect(code(validateOrder(bound, "korea", gpus({ quantity: 50 }), [lic]))).toBe(RuleError.ExportRestricted);
    bound.nations.korea.policies.us_alignment = true;
    expect(code(validateOrder(bound, "korea", gpus({ quantity: 50 }), [lic]))).toBe("ok");
    expect(code(validateOrder(bound, "korea", gpus({ quantity: 1000 }), [lic]))).toBe(RuleError.ExportCapReached);
    // An ally buys licence-free.
    expect(code(validateOrder(game(), "korea", gpus({ quantity: 1000 })))).toBe("ok");
  });

  it("counts the money of earlier orders this turn", () => {
    const poor = game({ treasury: 10 });
    const r = validateOrder(poor, "korea", gpus({ quantity: 1000 }));
    expect(code(r)).toBe(RuleError.CannotAfford);
    expect(r.ok ? "" : r.error.key).toBe("money/cannot_afford:costs_but_only");
    const rich = game({ treasury: 100 });
    const first: Order = { type: "talent", turn: 1, level: 3 };
    expect(code(validateOrder(rich, "korea", first))).toBe("ok");
    expect(code(validateOrder(rich, "korea", { type: "invest_integrator", turn: 1, integrator: "dell", amount: 50 }, [first]))).toBe(RuleError.CannotAfford);
  });

  it("refuses duplicates and no-op changes", () => {
    expect(code(validateOrder(s, "korea", { type: "talent", turn: 1, level: 1 }, [{ type: "talent", turn: 1, level: 2 }]))).toBe(RuleError.DuplicateOrder);
    expect(code(validateOrder(s, "korea", { type: "policy", turn: 1, policy: "gpuaas_hub", enabled: false }))).toBe(RuleError.PolicyUnchanged);
    expect(code(validateOrder(s, "korea", { type: "cxl_upgrade", turn: 1, dcId: "korea-dc1" }))).toBe(RuleError.NoGpusForCxl);
    expect(code(validateOrder(s, "korea", { type: "memory_agreement", turn: 1, maker: "micron", gbPerQuarter: 40_000_000, quarters: 2 }))).toBe(
      RuleError.InvalidQuantity,
    );
  });

  it("never throws and never mutates the state", () => {
    const before = JSON.stringify(s);
    validateOrder(s, "korea", gpus({ quantity: 1e6 }));
    validateOrder(s, "nobody", gpus());
    expect(JSON.stringify(s)).toBe(before);
  });

  it("validateOrderSet keeps what fits and explains the rest", () => {
    const poor = game({ treasury: 60 });
    const r = validateOrderSet(poor, "korea", [
      { type: "talent", turn: 1, level: 2 },
      { type: "talent", turn: 1, level: 1 },
      { type: "invest_integrator", turn: 1, integrator: "dell", amount: 50 },
    ]);
    expect(r.accepted).toHaveLength(1);
    expect(r.rejected.map((x) => x.error.code)).toEqual([RuleError.DuplicateOrder, RuleError.CannotAfford]);
  });
});
