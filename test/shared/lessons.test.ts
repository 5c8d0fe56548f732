/**
 * Property test of the debrief's learning points over many generated games: every sentence is consistent
 * with the data it cites — comparisons name two different nations, a lesson is asserted only on non-zero
 * evidence pointing the claimed way, and every quarter named is the quarter of the turn it describes.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Order } from "../../shared/protocol/orders";
import type { Scenario } from "../../shared/scenario/schema";
import type { GameState } from "../../shared/engine/state";
import type { OrderLog } from "../../shared/engine";
import { createGame, resolveTurn } from "../../shared/engine";
import { presetScenario } from "../../shared/scenario/presets";
import { buildDebrief, replayStates } from "../../shared/debrief/build";
import { learningPoints, onlineTurn, quarterOfTurn } from "../../shared/debrief/lessons";
import { baselineOrders } from "../../shared/ai/baseline";
import { aiOrders } from "../../shared/ai/decide";
import { PERSONALITIES } from "../../shared/ai/personality";
import { viewFor } from "../../shared/engine/view";
import { testScenario } from "./fixture-scenario";
import { quarterIndex, quarterLabel } from "../../shared/engine/quarter";
import { aiSeatOrders } from "../../shared/match/control";

type BotKind = "hold" | "baseline" | "ai";

/** Play `turns` quarters of `scenario` with one bot kind per nation and return the order log. */
function play(scenario: Scenario, seed: number, bots: BotKind[], turns: number): OrderLog {
  let s = createGame(scenario, seed);
  const log: OrderLog = [];
  for (let t = 0; t < turns && !s.finished; t++) {
    const orders: Record<string, Order[]> = {};
    s.order.forEach((id, i) => {
      const kind = bots[i % bots.length];
      orders[id] =
        kind === "hold"
          ? []
          : kind === "baseline"
            ? baselineOrders(s, id)
            : aiOrders(viewFor(s, { kind: "nation", nation: id }), id, { personality: PERSONALITIES[(seed + i) % PERSONALITIES.length], difficulty: "normal" });
    });
    log.push({ turn: s.turn, orders });
    s = resolveTurn(s, orders).state;
  }
  return log;
}

/** Games whose memory lesson compared nations with and without agreements (the property test must reach that sentence). */
let memoryCompared = 0;

/** Check every learning point of a replayed game against its own evidence and the states. */
function checkLessons(states: GameState[]): void {
  const final = states[states.length - 1];
  const first = states[0];
  for (const l of learningPoints(states)) {
    const where = `${l.id}: ${l.paragraph}`;
    expect(l.paragraph, where).not.toMatch(/NaN|undefined|Infinity|\[object/);
    if (l.evidence.compared) {
      const [a, b] = l.evidence.compared;
      expect(a, where).not.toBe(b);
      expect(l.paragraph, where).toContain(final.nations[a].name);
      expect(l.paragraph, where).toContain(final.nations[b].name);
    }
    for (const name of final.order.map((id) => final.nations[id].name)) {
      const self = new RegExp(`${name}'s sovereignty index was [0-9.]+ (higher|lower) than ${name}'s`);
      expect(l.paragraph, where).not.toMatch(self);
    }
    for (const q of l.evidence.quarters) {
      expect(q.label, where).toBe(quarterOfTurn(first, q.turn).label);
      expect(l.paragraph, where).toContain(q.label);
    }
    if (l.evidence.asserted)
      expect(
        Object.values(l.evidence.figures).some((v) => v !== 0),
        where,
      ).toBe(true);
    // Lessons asserted from zero data: the audit's contradictions must never come back.
    expect(l.paragraph, where).not.toMatch(/had 0 HBM-related delivery slips?; nations without \([^)]*\) had 0\b/);
    expect(l.paragraph, where).not.toMatch(/0\.00 (higher|lower)/);
  }
  const [us, , , memory, leading] = learningPoints(states);
  // The newest generations it names were on sale during the game; "No one adopted" them only when no nation installed or
  // ordered one (a signed Vera Rubin order still to come is an adoption, not a refusal).
  const named = /the newest generations on sale \((.*)\): best per watt/.exec(leading.paragraph);
  expect(named, leading.paragraph).not.toBeNull();
  const models = final.catalogue.accelerators.filter((a) => named![1].includes(a.name));
  expect(models.length, leading.paragraph).toBeGreaterThan(0);
  for (const a of models)
    expect(quarterIndex(a.available), `${a.name} not on sale before ${quarterLabel(final.quarter)}`).toBeLessThan(quarterIndex(final.quarter));
  if (/No one adopted/.test(leading.paragraph)) {
    const ids = models.map((a) => a.id);
    for (const id of final.order) {
      const n = final.nations[id];
      expect(
        n.pendingGpus.some((o) => o.quantity > 0 && ids.includes(o.model)),
        `${id} ordered one: ${leading.paragraph}`,
      ).toBe(false);
      expect(
        n.dataCentres.some((d) => d.gpus.some((g) => g.count > 0 && ids.includes(g.model))),
        `${id} installed one`,
      ).toBe(false);
    }
  }
  // The US-vs-local timing sentence: funded in the quarter of its founding turn, online from the quarter after it came online.
  for (const id of final.order) {
    for (const dc of final.nations[id].dataCentres.filter((d) => d.foundedTurn > 0)) {
      const t = onlineTurn(states, id, dc.id);
      if (t !== null) expect(t, `${dc.id} online before it was funded`).toBeGreaterThanOrEqual(dc.foundedTurn);
    }
  }
  if (/Memory, not money, decided/.test(memory.paragraph)) {
    expect(memory.evidence.figures.slipsWithout).toBeGreaterThan(0);
    expect(memory.evidence.asserted).toBe(true);
  }
  // The memory comparison reads right as printed: the slips a nation it states are each group's total over the nations it
  // names, and "Memory, not money, decided" only when the nations with agreements had fewer a nation.
  const groups =
    /with HBM supply agreements \(([^)]*)\) had (\d+) HBM-related delivery slips?(?:, ([\d.]+) a nation)?; nations without \(([^)]*)\) had (\d+)(?:, ([\d.]+) a nation)?\./.exec(
      memory.paragraph,
    );
  if (groups) {
    const count = (list: string): number => list.split(/, | and /).length;
    const [withN, withoutN] = [count(groups[1]), count(groups[4])];
    const [withEach, withoutEach] = [Number(groups[2]) / withN, Number(groups[5]) / withoutN];
    if (withN > 1) expect(Math.abs(Number(groups[3]) - withEach), memory.paragraph).toBeLessThanOrEqual(0.05 + 1e-9);
    else expect(groups[3], memory.paragraph).toBeUndefined();
    if (withoutN > 1) expect(Math.abs(Number(groups[6]) - withoutEach), memory.paragraph).toBeLessThanOrEqual(0.05 + 1e-9);
    else expect(groups[6], memory.paragraph).toBeUndefined();
    // "Decided" only on a clear gap (a quarter fewer slips a nation); "helped only a little" on a smaller one.
    expect(/Memory, not money, decided/.test(memory.paragraph), memory.paragraph).toBe(withEach <= 0.75 * withoutEach);
    expect(/helped only a little/.test(memory.paragraph), memory.paragraph).toBe(withEach < withoutEach && withEach > 0.75 * withoutEach);
    memoryCompared++;
  } else if (/with HBM supply agreements/.test(memory.paragraph)) throw new Error(`memory comparison not in the expected words: ${memory.paragraph}`);
  // "By the end of" names the last quarter played, not the quarter the final state opens.
  const byEnd = /(?:By|by) the end of (Q\d \d{4})/.exec(us.paragraph);
  if (byEnd) expect(byEnd[1], us.paragraph).toBe(quarterOfTurn(first, states.length - 1).label);
  expect(us.paragraph).not.toMatch(/By Q\d|not online in Q/);
  if (/Here the US integrator was faster/.test(us.paragraph)) {
    expect(us.evidence.figures.usQuarters).toBeGreaterThan(0);
    if (us.evidence.figures.localQuarters !== undefined) expect(us.evidence.figures.usQuarters).toBeLessThan(us.evidence.figures.localQuarters);
  }
}

describe("learning points", () => {
  it("are consistent with the data they cite in many generated games", () => {
    const bot = fc.constantFrom<BotKind>("hold", "baseline", "ai");
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.array(bot, { minLength: 1, maxLength: 6 }),
        fc.constantFrom("tutorial", "workshop"),
        (seed, bots, preset) => {
          const scenario = presetScenario(preset as "tutorial" | "workshop");
          const log = play(scenario, seed, bots, Math.min(scenario.turns, 6));
          checkLessons(replayStates(scenario, seed, log));
        },
      ),
      { numRuns: 24, seed: 4242 },
    );
    expect(memoryCompared, "games comparing memory agreements").toBeGreaterThan(0);
  });

  it("compare a nation that built both ways site by site, never with itself", () => {
    const scenario = testScenario({ turns: 6 });
    let s = createGame(scenario, 5);
    const log: OrderLog = [];
    for (let t = 1; t <= 6; t++) {
      const orders: Record<string, Order[]> = { korea: [], india: [] };
      if (t === 1) {
        orders.korea.push({ type: "build_dc", turn: t, site: "coast", mw: 30, cooling: "liquid", builder: "us", integrator: "dell" });
        orders.korea.push({ type: "build_dc", turn: t, site: "coast", mw: 30, cooling: "liquid", builder: "local", partner: "skt" });
      }
      log.push({ turn: t, orders });
      s = resolveTurn(s, orders).state;
    }
    const states = replayStates(scenario, 5, log);
    const us = learningPoints(states)[0];
    expect(us.paragraph).toMatch(/South Korea built both ways/);
    expect(us.evidence.compared).toBeUndefined();
    expect(us.paragraph).toMatch(/was funded in Q\d \d{4} and (online from Q\d \d{4} \(\d+ quarters?\)|was still not online)/);
    checkLessons(states);
  });

  it("say that memory did not bind when no delivery slipped for lack of HBM", () => {
    const scenario = presetScenario("tutorial");
    const log = play(scenario, 7, ["hold"], 3);
    const memory = learningPoints(replayStates(scenario, 7, log))[3];
    expect(memory.paragraph).toMatch(/No GPU delivery slipped for lack of HBM/);
    expect(memory.evidence.asserted).toBe(false);
  });

  it("name the milestone by its language and quarter in the key moments", () => {
    const scenario = presetScenario("workshop");
    const log = play(scenario, 11, ["ai"], scenario.turns);
    const d = buildDebrief(scenario, 11, log);
    for (const k of d.keyMoments.filter((m) => m.kind === "milestone")) {
      expect(k.text).toMatch(/reached the local-language model milestone \([^)]+\) in Q\d \d{4}\./);
      expect(k.text).not.toMatch(/languages language-model/);
    }
  });

  it("name the newest generations on sale, and the nations that ordered them when none had arrived", () => {
    // The hard AI signs Vera Rubin quotes in a four-quarter workshop; the catalogue's newest entries are 2030 projections.
    const scenario = presetScenario("workshop");
    let s = createGame(scenario, 1);
    const log: OrderLog = [];
    for (let t = 0; t < 4 && !s.finished; t++) {
      const orders: Record<string, Order[]> = {};
      for (const id of s.order) orders[id] = aiSeatOrders(s, id, "hard");
      log.push({ turn: s.turn, orders });
      s = resolveTurn(s, orders).state;
    }
    const states = replayStates(scenario, 1, log);
    const leading = learningPoints(states)[4];
    expect(leading.paragraph).toContain("NVIDIA Vera Rubin NVL144");
    expect(leading.paragraph).not.toMatch(/No one adopted|projection/);
    expect(leading.paragraph).toMatch(/European Union/);
    checkLessons(states);
  });
});
