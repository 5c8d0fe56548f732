/**
 * The view stream over whole turns of `workshop` games, several seeds: every seat (two players, the facilitator,
 * a projector) that starts from the full wire view and applies each change's compact patch holds, after
 * unpacking, exactly matchView at every step (orders, chat, ready, resolution, results).
 */
import { describe, expect, it } from "vitest";
import { baselineOrders } from "../../../shared/ai/baseline";
import { createGame } from "../../../shared/engine";
import { presetScenario } from "../../../shared/scenario/presets";
import type { Intent, Match } from "../../../shared/match";
import { applyIntent, createMatch, matchView, tick } from "../../../shared/match";
import { applyViewPatch, unpackModel, viewPatch, wireModel } from "../../../shared/protocol/view-stream";
import type { WireModel } from "../../../shared/protocol/view-stream";
import { SETTINGS, T0 } from "./table";

const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const SEATS = ["fac", "p1", "p2", "proj"];

describe("view stream over whole turns", () => {
  for (const seed of [3, 17, 2026]) {
    it(`workshop seed ${seed}: every seat's patched view equals matchView after every change`, () => {
      const state = createGame(presetScenario("workshop"), seed);
      const [n1, n2] = state.order;
      let m: Match = createMatch({ code: "GAME1", scenarioName: "Workshop", settings: SETTINGS, state });
      let now = T0;
      const sent: Record<string, WireModel> = {};
      const held: Record<string, WireModel> = {};
      let checks = 0;
      const step = (actor: string, intent: Intent | "tick"): void => {
        m = intent === "tick" ? tick(m, now).match : applyIntent(m, actor, intent, now).match;
        for (const s of SEATS) {
          const next = wireModel(matchView(m, s));
          if (!sent[s]) held[s] = sent[s] = next;
          else {
            held[s] = applyViewPatch(held[s], json(viewPatch(sent[s], next)));
            sent[s] = next;
          }
          expect(unpackModel(held[s])).toEqual(json(matchView(m, s)));
          checks++;
        }
      };
      for (const [who, role, nation] of [
        ["fac", "facilitator", null],
        ["p1", "player", n1],
        ["p2", "player", n2],
        ["proj", "projector", null],
      ] as const) {
        step(who, { type: "join", name: who, role });
        step(who, { type: "connect", sessionId: `s-${who}`, connected: true });
        if (nation) step(who, { type: "choose_seat", nation });
      }
      step("fac", { type: "start" });
      for (let turn = 1; turn <= 3; turn++) {
        for (const [who, nation] of [
          ["p1", n1],
          ["p2", n2],
        ] as const) {
          for (const order of baselineOrders(m.state, nation)) step(who, { type: "add_order", order });
          step(who, { type: "chat", to: who === "p1" ? n2 : "all", text: `turn ${turn} from ${nation}` });
        }
        step("fac", { type: "force_resolve" });
        for (let i = 0; i < 4 && m.state.turn === turn; i++) {
          now += 10_000;
          step("", "tick");
        }
        for (let i = 0; i < 4 && m.phase !== "orders"; i++) {
          now += 10_000;
          step("", "tick");
        }
        expect(m.state.turn).toBe(turn + 1);
      }
      expect(checks).toBeGreaterThan(40);
    });
  }
});
