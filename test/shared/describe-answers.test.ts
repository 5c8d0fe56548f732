/**
 * The answers a player reads (a vendor's quote, the US's licence answer, an AI nation's word on a deal) are codes
 * and figures with one describer each in shared/describe: every code has a sentence with its figures and is said
 * somewhere, and the engine, the AI and the match write no sentence of their own (scenario data aside).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { QuoteSaidParams } from "../../shared/engine/quotes";
import type { LicenceSaidParams } from "../../shared/engine/licences";
import type { DealSaidParams } from "../../shared/ai/deal-said";
import { QUOTE_TEXT } from "../../shared/describe/quotes";
import { LICENCE_TEXT } from "../../shared/describe/licence-answers";
import { DEAL_SAID_TEXT } from "../../shared/describe/deal-reasons";
import { orderLabel } from "../../shared/describe/causes";
import { orderFigures } from "../../shared/engine/causes";
import { createGame } from "../../shared/engine";
import { presetScenario } from "../../shared/scenario/presets";

const v = "Dell";
const QUOTE: { [C in keyof QuoteSaidParams]: QuoteSaidParams[C] } = {
  "operator/nation": { vendor: v },
  "operator/nation_refused": { vendor: v, expertise: 31.6 },
  "operator/vendor": { vendor: v },
  "sla/needs_vendor": { vendor: v },
  "sla/self_run": { vendor: v },
  "sla/up": { vendor: v, uptime: 99.9, pct: 1.6 },
  "sla/down": { vendor: v, uptime: 99, pct: 2 },
  "mgmt/in_country": { vendor: v },
  "lead/sold_out": { vendor: v, year: 2027, q: 2 },
  "lead/no_priority": { vendor: v },
  "lead/shorter": { vendor: v },
  "price/accepted": { vendor: v, unitPrice: 0.0315 },
  "price/halfway": { vendor: v, unitPrice: 0.032 },
  "price/floor": { vendor: v, floor: 0.03, why: "small" },
  keeps: { vendor: v },
};
const LICENCE: { [C in keyof LicenceSaidParams]: LicenceSaidParams[C] } = {
  "audit/required": {},
  "audit/dropped": {},
  "audit/added": {},
  "vendors/no_chinese": {},
  "pledge/set": { pledge: 25 },
  "pledge/none": {},
  "volume/granted": { volume: 88_000 },
  "volume/ceiling": { volume: 120_000 },
  "volume/refused": { volume: 120_000 },
  keeps: {},
};
const by = { year: 2027, q: 3 as const };
const DEAL: { [C in keyof DealSaidParams]: DealSaidParams[C] } = {
  "deal/unavailable": {},
  "deal/cannot": { nation: "Japan", violation: { key: "deal/self", params: {} } },
  "deal/accept_free": { nation: "Japan" },
  "deal/accept": { nation: "Japan", points: 2.4, by },
  "deal/refuse_nothing": { nation: "Japan", points: -1, by },
  "deal/refuse_cost": { nation: "Japan", other: "South Korea", points: -3.2, by },
  "deal/refuse_full": { nation: "Japan", points: -3.2, by },
  "deal/counter": { nation: "Japan", other: "South Korea", points: -3.2, by, now: 0, perQuarter: 12 },
  "deal/offer": { nation: "Japan", to: "India", count: 500, model: "NVIDIA H100", perQuarter: 8, quarters: 2 },
  "deal/countered": { nation: "India" },
  "deal/not_signed": { nation: "Japan", refusal: { reason: "deal/proposer_cannot_cover", params: { nation: "korea", from: "South Korea" } } },
};

const sources = (dir: string): { file: string; text: string }[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => ({ file: join(dir, f), text: readFileSync(join(dir, f), "utf8") }));
const code = [...sources("shared/engine"), ...sources("shared/ai"), ...sources("shared/match")];

/** Files whose English is scenario data (firms, offers, event cards, personalities), not sentences about a player's move. */
const DATA = ["shared/engine/catalogue.ts", "shared/engine/cloud.ts", "shared/engine/deck.ts", "shared/ai/personality.ts"];

/** String literals and templates of a source that read as a sentence (three words or more), comments and thrown errors left out. */
function sentences(text: string): string[] {
  const bare = text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");
  const out: string[] = [];
  for (const m of bare.matchAll(/`(?:[^`\\]|\\.)*`|"(?:[^"\\\n]|\\.)*"/g)) {
    if (/Error\(\s*$/.test(bare.slice(Math.max(0, m.index - 20), m.index))) continue;
    const s = m[0].slice(1, -1).replace(/\$\{[^}]*\}/g, "X");
    if (/[A-Za-z]+ [a-z]+ [a-z]+/.test(s)) out.push(s);
  }
  return out;
}

describe("the answers' describers", () => {
  const tables: [string, Record<string, (p: never) => string>, Record<string, unknown>][] = [
    ["quote", QUOTE_TEXT, QUOTE],
    ["licence", LICENCE_TEXT, LICENCE],
    ["deal", DEAL_SAID_TEXT, DEAL],
  ];

  it("write every code with its figures: no undefined, no NaN, one sentence ending in a full stop", () => {
    for (const [name, text, samples] of tables) {
      expect(Object.keys(text).sort(), name).toEqual(Object.keys(samples).sort());
      for (const [c, say] of Object.entries(text)) {
        const s = say(samples[c] as never);
        expect(s, `${name} ${c}`).not.toMatch(/undefined|NaN|\[object|null/);
        expect(s, `${name} ${c}`).toMatch(/^\S.*[.)]$/);
      }
    }
    expect(QUOTE_TEXT["price/floor"](QUOTE["price/floor"])).toBe("Dell cannot go below US$30k per GPU: the order is too small for a volume discount.");
    expect(DEAL_SAID_TEXT["deal/counter"](DEAL["deal/counter"])).toBe(
      "Japan counters: as proposed the deal would cost it about 3.2 score points by Q3 2027; it asks South Korea for US$12M a quarter more.",
    );
  });

  it("labels an order in a treasury cause from its figures", () => {
    const s = createGame(presetScenario("workshop"), 1);
    const name = s.catalogue.accelerators.find((a) => a.id === "h100")!.name;
    const o = { type: "order_gpus", turn: 1, model: "h100", quantity: 12500, vendor: "dell", package: "components", dcId: "x" } as const;
    expect(orderLabel(orderFigures(s, o))).toBe(`12,500 ${name} (components)`);
    expect(orderLabel(orderFigures(s, { type: "memory_agreement", turn: 1, maker: "micron", gbPerQuarter: 25_000, quarters: 4 }))).toBe(
      "HBM reservation fee (micron, 25 TB/quarter × 4)",
    );
    expect(orderLabel({ type: "adjustment" })).toBe("Order cost adjustments");
  });

  it("every code is said somewhere in the engine, the AI or the match", () => {
    const all = code.map((f) => f.text).join("\n");
    for (const [name, text] of tables) {
      const unsaid = Object.keys(text).filter((c) => !all.includes(`"${c}"`) && !all.includes(`${c}:`));
      expect(unsaid, name).toEqual([]);
    }
  });

  it("no sentence is written in the engine, the AI or the match (scenario data aside)", () => {
    const found: Record<string, number> = {};
    for (const { file, text } of code) {
      if (DATA.includes(file)) continue;
      const n = sentences(text).length;
      if (n) found[file] = n;
    }
    expect(found).toEqual({});
  });
});
