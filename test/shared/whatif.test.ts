/** What-if branching: a branched game shares history up to turn N and diverges after. */
import { describe, expect, it } from "vitest";
import { stateHash } from "../../shared/engine";
import { replayStates } from "../../shared/debrief/build";
import { branch, branchStates } from "../../shared/debrief/whatif";
import { presetScenario } from "../../shared/scenario/presets";
import { runSim } from "../../shared/sim/run";

describe("what if", () => {
  const scenario = presetScenario("workshop");
  const game = runSim(scenario, 8);
  const states = replayStates(scenario, 8, game.log);

  it("shares the history to turn N and diverges after", () => {
    const path = branchStates(states, 4, "india", "hold");
    expect(stateHash(path[0])).toBe(stateHash(states[3]));
    expect(path[0].turn).toBe(4);
    expect(path[path.length - 1].finished).toBe(true);
    expect(stateHash(path[path.length - 1])).not.toBe(game.finalHash);
    expect(path[1].nations.india.lastOrders.every((o) => o.type === "hold")).toBe(true);
  });

  it("is deterministic, and the baseline strategy from turn 1 reproduces the baseline game", () => {
    expect(stateHash(branch(states, 3, "korea", "local"))).toBe(stateHash(branch(states, 3, "korea", "local")));
    expect(stateHash(branch(states, 1, "korea", "baseline"))).toBe(game.finalHash);
  });
});
