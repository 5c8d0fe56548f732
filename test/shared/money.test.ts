/** One money formatter (shared/describe/money.ts, Intl-based) writes every sum shown to a player. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { num, usd, usdK, usdPer } from "../../shared/describe/money";
import { usd as clientUsd } from "../../client/app/format";

/** Files that still write a sum into an engine event's text; they go when events carry codes and figures (#15). */
const EVENT_TEXT_PENDING = [
  "shared/engine/apply-orders.ts",
  "shared/engine/cloud.ts",
  "shared/engine/deals.ts",
  "shared/engine/licences.ts",
  "shared/engine/offtake.ts",
  "shared/engine/power.ts",
  "shared/engine/resolve.ts",
];

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(f) ? [p] : [];
  });

describe("the money formatter", () => {
  it("writes US$ millions in millions below a billion and in billions from one, with a true minus", () => {
    expect(usd(310)).toBe("US$310M");
    expect(usd(4.52)).toBe("US$4.5M");
    expect(usd(1250)).toBe("US$1.25B");
    expect(usd(12_345)).toBe("US$12.35B");
    expect(usd(999.6)).toBe("US$1,000M");
    expect(usd(-40)).toBe("−US$40M");
    expect(usd(-0.01)).toBe("US$0.0M");
    expect(usd(0)).toBe("US$0.0M");
  });

  it("writes unit prices and counts the same way everywhere", () => {
    expect(usdK(0.0315)).toBe("US$32k");
    expect(usdK(31.5)).toBe("US$31,500k");
    expect(usdPer(2.345, "h")).toBe("US$2.35/h");
    expect(usdPer(62, "MWh", 0)).toBe("US$62/MWh");
    expect(num(12_500)).toBe("12,500");
    expect(num(2.5)).toBe("2.5");
  });

  it("is the client's formatter too", () => {
    expect(clientUsd).toBe(usd);
  });

  it("no other code in client/ or shared/ writes a US$ sum by hand", () => {
    const byHand = /US\$\$\{|US\$" ?\+/;
    const found = [...files("client"), ...files("shared")]
      .filter((f) => f !== join("shared", "describe", "money.ts") && !EVENT_TEXT_PENDING.includes(f.split("\\").join("/")))
      .filter((f) => byHand.test(readFileSync(f, "utf8")));
    expect(found).toEqual([]);
  });
});
