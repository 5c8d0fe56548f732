import { describe, expect, it } from "vitest";
import { presetScenario } from "../../shared/scenario/presets";
import { gamePowerPrices, nationPrices, priceExtremes, swapPowerPrice, swappedPrice } from "../../shared/sim/power-swap";

const price = (s: ReturnType<typeof presetScenario>, id: string): number => s.nations.find((n) => n.id === id)!.powerPrice;

describe("the balance bench's power swap", () => {
  it("takes the dearest and cheapest prices from the game data: the UK's US$310/MWh and Saudi Arabia's US$48/MWh", () => {
    const { dearest, cheapest } = priceExtremes(gamePowerPrices());
    expect(dearest).toEqual({ nation: "uk", price: price(presetScenario("full"), "uk") });
    expect(dearest.price).toBe(310);
    expect(cheapest).toEqual({ nation: "saudi", price: 48 });
  });

  it("gives a nation the dearest nation's price even in a preset without that nation (workshop has no UK)", () => {
    const workshop = presetScenario("workshop");
    expect(workshop.nations.some((n) => n.id === "uk")).toBe(false);
    const s = swapPowerPrice(workshop, "korea");
    expect(price(s, "korea")).toBe(310);
    // Only the swapped nation's price changes; the scenario passed in is not touched.
    for (const n of workshop.nations) if (n.id !== "korea") expect(price(s, n.id)).toBe(n.powerPrice);
    expect(price(workshop, "korea")).toBe(130);
  });

  it("gives the dearest nation the cheapest price instead", () => {
    const full = presetScenario("full");
    expect(price(swapPowerPrice(full, "uk"), "uk")).toBe(48);
    expect(swappedPrice("uk")).toBe(48);
    expect(swappedPrice("india")).toBe(310);
  });

  it("works on any price list, with ties broken by id", () => {
    const prices = nationPrices([
      {
        nations: [
          { id: "b", powerPrice: 90 },
          { id: "a", powerPrice: 90 },
        ],
      },
      {
        nations: [
          { id: "a", powerPrice: 999 },
          { id: "c", powerPrice: 10 },
        ],
      },
    ] as unknown as Parameters<typeof nationPrices>[0]);
    expect(prices).toEqual([
      { nation: "b", price: 90 },
      { nation: "a", price: 90 },
      { nation: "c", price: 10 },
    ]);
    expect(priceExtremes(prices).dearest.nation).toBe("a");
    expect(swappedPrice("a", prices)).toBe(10);
    expect(swappedPrice("c", prices)).toBe(90);
    expect(() => priceExtremes([])).toThrow();
  });
});
