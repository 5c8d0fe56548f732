/** The events deck: valid cards, unique ids, each with a sourced real-world counterpart. */
import { describe, expect, it } from "vitest";
import { BASE_DECK } from "../../shared/engine/deck";
import { EventCardSchema } from "../../shared/scenario/schema";

describe("events deck", () => {
  it("has at least 14 valid cards with unique ids and sources", () => {
    expect(BASE_DECK.length).toBeGreaterThanOrEqual(14);
    expect(new Set(BASE_DECK.map((c) => c.id)).size).toBe(BASE_DECK.length);
    for (const c of BASE_DECK) {
      expect(EventCardSchema.safeParse(c).success, c.id).toBe(true);
      expect(c.sources.length, c.id).toBeGreaterThan(0);
      expect(c.realWorld.length, c.id).toBeGreaterThan(10);
    }
  });

  it("covers every event family of GAME.md", () => {
    const kinds = new Set(BASE_DECK.flatMap((c) => c.effects.map((e) => e.kind)));
    for (const k of [
      "licence_volume",
      "licence_review",
      "hbm_supply",
      "packaging_cap",
      "gpu_price",
      "power_price",
      "support",
      "expertise",
      "rent_price",
      "build_delay",
      "treasury",
    ])
      expect(kinds.has(k as never), k).toBe(true);
  });
});
