/** The debrief: timeline, key moments, six learning points from this game's facts, CSV; byte-for-byte from a replay. */
import { describe, expect, it } from "vitest";
import type { Order } from "../../shared/protocol/orders";
import type { OrderLog } from "../../shared/engine";
import { createGame, resolveTurn } from "../../shared/engine";
import { buildDebrief } from "../../shared/debrief/build";
import { CSV_COLUMNS, debriefCsv, debriefText } from "../../shared/debrief/export";
import { testScenario } from "./fixture-scenario";

/** A contrasting game: Korea builds with Dell (full stack), India with Yotta (local, components). */
function contrastGame(): { log: OrderLog; scenario: ReturnType<typeof testScenario> } {
  const scenario = testScenario({ turns: 8 });
  let s = createGame(scenario, 3);
  const log: OrderLog = [];
  for (let t = 1; t <= 8; t++) {
    const orders: Record<string, Order[]> = { korea: [], india: [] };
    if (t === 1) {
      orders.korea.push({ type: "build_dc", turn: t, site: "coast", mw: 30, cooling: "liquid", builder: "us", integrator: "dell" });
      orders.india.push({ type: "build_dc", turn: t, site: "coast", mw: 30, cooling: "liquid", builder: "local", partner: "yotta" });
      orders.korea.push({ type: "order_gpus", turn: t, model: "b200", quantity: 3000, vendor: "dell", package: "fullstack", dcId: "korea-dc1" });
      orders.india.push({ type: "order_gpus", turn: t, model: "b200", quantity: 3000, vendor: "yotta", package: "components", dcId: "india-dc1" });
    }
    log.push({ turn: t, orders });
    s = resolveTurn(s, orders).state;
  }
  return { log, scenario };
}

describe("debrief", () => {
  const { log, scenario } = contrastGame();
  const d = buildDebrief(scenario, 3, log);

  it("has a timeline of each nation's decisions, turn by turn", () => {
    expect(d.timeline).toHaveLength(8 * 2);
    const first = d.timeline.filter((x) => x.turn === 1);
    expect(first.find((x) => x.nation === "korea")!.decisions.join(" ")).toMatch(/built by Dell/);
    expect(first.find((x) => x.nation === "india")!.decisions.join(" ")).toMatch(/Ordered 3,000 NVIDIA B200.* from Yotta/);
  });

  it("ties the learning points to this game's facts", () => {
    expect(d.learningPoints.map((l) => l.id)).toEqual(["us_expertise", "ai_factories", "partnerships", "memory", "leading_edge", "sovereignty_language"]);
    const us = d.learningPoints[0].paragraph;
    expect(us).toMatch(/South Korea's 30 MW site by Dell Technologies \(US integrator\) was funded in Q1 2026 and online from Q\d 2026 \(\d quarters?\)/);
    expect(us).toMatch(/India's sovereignty index was [\d.]+ (higher|lower)/);
    expect(d.learningPoints[1].paragraph).toMatch(/averaged \d+ % utilisation/);
    expect(d.questions.length).toBeGreaterThanOrEqual(5);
  });

  it("lists key moments: score swings and objectives", () => {
    expect(d.keyMoments.some((k) => k.kind === "score_swing" && k.nation === "korea")).toBe(true);
  });

  it("exports CSV with one row per nation per turn, and the same bytes from a replay", () => {
    const csv = debriefCsv(d);
    const lines = csv.trim().split("\n");
    expect(lines[0]).toBe(CSV_COLUMNS.join(","));
    expect(lines).toHaveLength(1 + 2 * 9);
    const again = buildDebrief(scenario, 3, JSON.parse(JSON.stringify(log)) as typeof log);
    expect(debriefCsv(again)).toBe(csv);
    expect(debriefText(again)).toBe(debriefText(d));
  });
});

describe("debrief of deals", () => {
  /** The contrast game with two deals at turn 4 (India's GPUs are installed by then): a GPU lease India → Korea for cash, and a small gift with a promise. */
  function dealGame() {
    const { log, scenario } = contrastGame();
    let s = createGame(scenario, 3);
    const withDeals: OrderLog = log.map((e) => ({ ...e }));
    withDeals[3] = {
      ...withDeals[3],
      deals: [
        {
          from: "korea",
          to: "india",
          quarters: 3,
          items: [
            { kind: "gpu_lease", giver: "to", model: "b200", count: 2000 },
            { kind: "cash", giver: "from", now: 0, perQuarter: 40 },
          ],
        },
        {
          from: "india",
          to: "korea",
          quarters: 1,
          items: [
            { kind: "cash", giver: "from", now: 5, perQuarter: 0 },
            { kind: "statement", giver: "from", text: "We will not outbid you for HBM in 2027." },
          ],
        },
      ],
    };
    for (const e of withDeals) s = resolveTurn(s, e.orders, { injects: e.injects, deals: e.deals }).state;
    return { log: withDeals, scenario, final: s };
  }

  it("replays the deals, measures each against a replay without it, names the deal that mattered and keeps the promise ledger", () => {
    const { log, scenario, final } = dealGame();
    expect(final.deals).toHaveLength(2);
    const d = buildDebrief(scenario, 3, log);
    // The debrief's replay carries the deals: its final scores are the live game's.
    for (const n of d.nations) expect(n.finalScore).toBe(final.nations[n.id].score);
    expect(d.deals).toHaveLength(2);
    const lease = d.deals!.find((x) => x.text.includes("leases"))!;
    const without = log.map((e, i) => (i === 3 ? { ...e, deals: e.deals!.slice(1) } : e));
    let w = createGame(scenario, 3);
    for (const e of without) w = resolveTurn(w, e.orders, { deals: e.deals }).state;
    expect(lease.effect.korea).toBe(final.nations.korea.score - w.nations.korea.score);
    expect(lease.effect.india).toBe(final.nations.india.score - w.nations.india.score);
    expect(lease.effect.korea).not.toBe(0);
    // The largest effect comes first and is the key moment.
    const size = (x: typeof lease) => Math.max(...Object.values(x.effect).map(Math.abs));
    expect(size(d.deals![0])).toBeGreaterThanOrEqual(size(d.deals![1]));
    const moment = d.keyMoments.find((k) => k.kind === "deal")!;
    expect(moment.text).toMatch(/^The deal that mattered \(Q\d \d{4}\): .*; without it South Korea .* and India .* at the end\.$/);
    expect(d.promises).toEqual([
      { turn: 4, quarter: expect.stringMatching(/^Q\d \d{4}$/) as string, from: "india", to: "korea", text: "We will not outbid you for HBM in 2027." },
    ]);
    const text = debriefText(d);
    expect(text).toContain("Deals signed (effect on final score");
    expect(text).toContain('India to South Korea: "We will not outbid you for HBM in 2027."');
  });

  it("a game without deals has no deal section (pinned debriefs stay byte for byte)", () => {
    const { log, scenario } = contrastGame();
    const d = buildDebrief(scenario, 3, log);
    expect(d.deals).toBeUndefined();
    expect(d.promises).toBeUndefined();
    expect(debriefText(d)).not.toContain("Deals signed");
  });
});
