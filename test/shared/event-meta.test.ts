/** What an event's code gives (shared/engine/event-meta.ts): every event the engine makes in played games has the kind its code gives, and the sources its code gives where the code gives any. */
import { describe, expect, it } from "vitest";
import { EVENT_TEXT } from "../../shared/describe/events";
import { EVENT_KIND, eventKind, eventSources } from "../../shared/engine/event-meta";
import { presetScenario } from "../../shared/scenario/presets";
import { runSim } from "../../shared/sim/run";

describe("event meta", () => {
  it("gives a kind for every code the describer knows", () => {
    expect(Object.keys(EVENT_KIND).sort()).toEqual(Object.keys(EVENT_TEXT).sort());
  });

  it("agrees with every event of played games (every preset)", () => {
    let withSources = 0;
    for (const id of ["tutorial", "workshop", "full"] as const) {
      for (const seed of [3, 8]) {
        const log = runSim(presetScenario(id), seed).state.log;
        expect(log.length).toBeGreaterThan(10);
        for (const e of log) {
          expect(e.kind, e.code).toBe(eventKind(e.code));
          const derived = eventSources(e);
          if (derived) {
            expect(e.sources, e.code).toEqual(derived);
            withSources++;
          }
        }
      }
    }
    expect(withSources).toBeGreaterThan(5);
  });
});
