/** The event describer: every event code has a sentence, sentences read their figures right, and the engine builds events from codes and figures only. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { EventCode, EventParams, GameEvent } from "../../shared/engine/event-types";
import { gameEvent } from "../../shared/engine/event-types";
import { createGame } from "../../shared/engine";
import { describeEvent, EVENT_TEXT, eventContext, eventHeadline } from "../../shared/describe/events";
import { presetScenario } from "../../shared/scenario/presets";
import { runSim } from "../../shared/sim/run";

const q = { year: 2027, q: 3 as const };
const plan = { permit: 2, construction: 6, powerWait: 0, powerPrice: 62, brownfield: false, power: "grid" as const };

/** Sample figures for every code (the type makes this list complete). */
const SAMPLES: { [C in EventCode]: EventParams[C] } = {
  "order/rejected": { violation: { key: "money/cannot_afford:costs_but_only", params: { cost: 120, left: 35 } } },
  "dc/build": { builder: "Dell", mw: 50, cooling: "liquid", site: "Pyeongtaek", cost: 1250, online: q, plan },
  "dc/expand": { dc: "Pyeongtaek 50 MW", mw: 20, cost: 400, online: q, plan: { ...plan, permit: 0, power: "ppa", powerWait: 9 } },
  "dc/online": { dc: "Pyeongtaek 50 MW", mw: 50, cooling: "liquid" },
  "dc/online_public": { nation: "korea", mw: 50, place: "Pyeongtaek" },
  "dc/cxl": { dc: "Pyeongtaek 50 MW", cost: 12, uplift: 0.15 },
  "gpu/ordered": { count: 12500, model: "b200", vendor: "Penguin Solutions", fullstack: false, cost: 4.5, due: q },
  "gpu/quote_signed": { count: 64, model: "b200", vendor: "Dell", unitPrice: 0.0315, cost: 2.016, vendorRuns: true, inCountry: false, due: q },
  "gpu/delivered": { count: 1200, model: "h100", dc: "Seoul 20 MW", waiting: true },
  "gpu/slipped": {
    model: "h100",
    left: 300,
    reason: { why: "no_agreement", pool: "HBM3E", demandGb: 2_500_000, supplyGb: 1_250_000, pct: 50, servedFirst: false },
  },
  "hbm/sold_out": { pool: "HBM4", demandGb: 3_000_000, supplyGb: 1_000_000 },
  "hbm/agreement": { maker: "Micron", gb: 25_000, quarters: 4, cost: 60, pools: ["HBM3E"], year: 2026, hbm4: false },
  "policy/talent": { level: 2, cost: 40 },
  "policy/set": { policy: "data_localisation", on: true },
  "finance/invested": { integrator: "Dell", amount: 50, stake: 80 },
  "finance/unpaid": { opex: 48.2, held: 30 },
  "finance/quarter": { quarter: q, compute: -1200, revenue: 3.7, opex: 2.2, budget: 350, pending: 923, models: ["mi300x"] },
  "offtake/signed": { share: 0.3, dc: "Seoul 20 MW", quarters: 8, rents: { h100: 2.35 } },
  "cloud/rented": { provider: "Oracle Cloud (Stargate)", count: 512, model: "h100", quarters: 1, fee: 7.25 },
  "licence/granted": { nation: "india", volume: 12000, toTurn: 8, now: false, conditions: ["reporting", "us_investment"], pledge: 25 },
  "licence/suspended": { nation: "korea", until: 6, reason: { why: "missed_pledge", pledge: 25 } },
  "licence/pledge_paid": { pledge: 25 },
  "milestone/llm": { nation: "korea", language: "Korean" },
  "objective/met": { nation: "korea", secret: true, objective: "Reach 5,000 PF", points: 40 },
  "event/card": { card: "grant", headline: "Emergency AI grant.", text: "Parliament votes a one-off grant.", realWorld: "Facilitator inject" },
  "deal/void": { from: "korea", to: "india", violation: { key: "deal/self", params: {} } },
  "deal/signed": { deal: { from: "korea", to: "india", quarters: 2, items: [{ kind: "cash", giver: "from", now: 50, perQuarter: 0 }] } },
  "deal/complete": { from: "korea", to: "india" },
  "game/ended": { quarter: q },
};

const state = createGame(presetScenario("workshop"), 1);
const ctx = eventContext(state);
const model = (id: string): string => state.catalogue.accelerators.find((a) => a.id === id)!.name;
const say = <C extends EventCode>(code: C, params: EventParams[C] = SAMPLES[code]): string => describeEvent(gameEvent(1, null, "info", code, params), ctx);

describe("the event describer", () => {
  it("has a sentence for every code, with its figures: no undefined, no NaN, no [object …], ending in a full stop", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual(Object.keys(EVENT_TEXT).sort());
    for (const code of Object.keys(SAMPLES) as EventCode[]) {
      const t = say(code);
      expect(t, code).not.toMatch(/undefined|NaN|\[object|null/);
      expect(t, code).toMatch(/[.)]$/);
    }
  });

  it("reads sample figures right, through the one money and count formatter", () => {
    expect(say("gpu/ordered")).toBe(
      `Ordered 12,500 ${model("b200")} from Penguin Solutions as components (you integrate and run them) for US$4.5M; due Q3 2027 if HBM allows.`,
    );
    expect(say("finance/quarter")).toBe(
      `Q3 2027: compute −1,200 PF, revenue US$3.7M, running costs US$2.2M, budget +US$350M for next quarter. Still on order: 923 GPUs (${model("mi300x")}).`,
    );
    expect(say("dc/online_public")).toBe("South Korea brings 50 MW online in Pyeongtaek.");
    expect(say("gpu/slipped")).toBe(
      `Your ${model("h100")} order slipped one quarter (300 still to come): HBM was sold out and you have no memory agreement (HBM3E demand 2.50 M GB vs 1.25 M GB available, so this order got 50 % of what was due).`,
    );
    expect(say("dc/build")).toBe(
      "Dell will build 50 MW (liquid cooling) in Pyeongtaek for US$1.25B; online in Q3 2027. 2 quarters of permits, 6 quarters of construction; power from the grid at US$62/MWh.",
    );
    expect(say("licence/suspended")).toBe(
      "The US suspends South Korea's export licence until after turn 6: South Korea missed its US$25M investment pledge, a condition of the licence.",
    );
    expect(say("order/rejected")).toMatch(/^Order not carried out: .*US\$35M/);
    expect(say("deal/signed")).toBe("Deal signed between South Korea and India for 2 quarters: South Korea pays US$50M now.");
    expect(say("cloud/rented")).toMatch(/for 1 quarter at US\$7\.3M a quarter/);
  });

  it("makes headlines for the projector", () => {
    const e = (code: EventCode): GameEvent => gameEvent(1, null, "info", code, SAMPLES[code] as never);
    expect(eventHeadline(e("milestone/llm"), ctx)).toBe("South Korea trains its own Korean large language model on domestic compute.");
    expect(eventHeadline(e("objective/met"), ctx)).toBe("South Korea met its secret objective: Reach 5,000 PF.");
    expect(eventHeadline(e("event/card"), ctx)).toBe("Emergency AI grant.");
    expect(eventHeadline(e("hbm/sold_out"), ctx)).toMatch(/^HBM sold out: sovereign buyers wanted 3\.00 M GB this quarter, 1\.00 M GB were available;/);
  });

  it("describes every event of played games (every preset) without a missing figure", () => {
    for (const id of ["tutorial", "workshop"] as const) {
      const s = runSim(presetScenario(id), 3).state;
      const c = eventContext(s);
      expect(s.log.length).toBeGreaterThan(10);
      for (const e of s.log) expect(describeEvent(e, c), e.code).not.toMatch(/undefined|NaN|\[object/);
    }
  });

  it("an event saved before codes (with its own text) still reads", () => {
    expect(describeEvent({ turn: 1, nation: null, kind: "info", text: "Old news." } as unknown as GameEvent, ctx)).toBe("Old news.");
  });

  it("the engine builds every event with gameEvent (or apply-orders' say) from a code and figures: no object-literal events, no sentence among the figures", () => {
    const files = ["shared/engine", "shared/match"].flatMap((d) =>
      readdirSync(d)
        .filter((f) => f.endsWith(".ts"))
        .map((f) => ({ file: join(d, f), text: readFileSync(join(d, f), "utf8") })),
    );
    const calls: string[] = [];
    for (const { file, text } of files) {
      expect(text, file).not.toMatch(/(events|log)\.push\(\{/);
      for (const m of text.matchAll(/\b(gameEvent|say)\(/g)) {
        // the call up to its closing parenthesis
        let depth = 0;
        let end = m.index + m[1].length;
        for (; end < text.length; end++) {
          if (text[end] === "(") depth++;
          if (text[end] === ")" && --depth === 0) break;
        }
        calls.push(`${file}: ${text.slice(m.index, end + 1)}`);
      }
    }
    expect(calls.length).toBeGreaterThan(25);
    const sentence = (call: string): boolean => call.includes("`") || [...call.matchAll(/"(?:[^"\\]|\\.)*"/g)].some((m) => /\s/.test(m[0]));
    const english = calls.filter((c) => sentence(c.replace(/^[^:]+: /, "")));
    expect(english).toEqual([]);
    // every code is emitted somewhere in the engine
    const literals = new Set(files.flatMap((f) => [...f.text.matchAll(/"([a-z]+\/[a-z_]+)"/g)].map((m) => m[1])));
    expect(Object.keys(EVENT_TEXT).filter((k) => !literals.has(k))).toEqual([]);
  });
});
