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
    expect(us).toMatch(/South Korea's 30 MW site by Dell Technologies \(US integrator\) came online \d quarters? after funding/);
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
    const again = buildDebrief(scenario, 3, JSON.parse(JSON.stringify(log)));
    expect(debriefCsv(again)).toBe(csv);
    expect(debriefText(again)).toBe(debriefText(d));
  });
});
