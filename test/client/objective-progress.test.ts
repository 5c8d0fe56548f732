/** An objective's progress on the dashboard: effective compute against the target, met and missed (#18). */
import { describe, expect, it } from "vitest";
import { objectiveProgress } from "../../client/app/views/objective-progress";
import type { Nation, Objective } from "../../shared/engine/state";

const compute: Objective = { id: "c", text: "Bring 8,000 PF of effective compute online", metric: "compute", target: 8000, points: 60, secret: false };
const nation = (over: Partial<Nation> = {}): Nation =>
  ({ history: [{ compute: 4500, utilisation: 0.62, effectiveCompute: 2790 }], objectivesMet: [], ...over }) as unknown as Nation;

describe("objectiveProgress", () => {
  it("counts effective compute (peak × utilisation) against the target, and says how", () => {
    const p = objectiveProgress(nation(), compute, 1);
    expect(p.now).toBe("now 2,790 PF of 8,000 PF");
    expect(p.why).toContain("compute online 4,500 PF × utilisation 62.0 % = 2,790 PF");
    expect(p.why).toContain("reaches 8,000 PF by the end of the game (60 points)");
    expect(p.share).toBeCloseTo(2790 / 8000);
  });
  it("says met, and missed once a deadline has passed", () => {
    expect(objectiveProgress(nation({ objectivesMet: ["c"] }), compute, 2).now).toBe("met");
    expect(objectiveProgress(nation(), { ...compute, byTurn: 4 }, 5).now).toBe("missed (by turn 4)");
    expect(objectiveProgress(nation(), { ...compute, byTurn: 4 }, 4).now).toBe("now 2,790 PF of 8,000 PF");
  });
  it("formats revenue in money", () => {
    const p = objectiveProgress(nation({ cumulativeRevenue: 12 } as Partial<Nation>), { ...compute, metric: "revenue", target: 40 }, 2);
    expect(p.now).toBe("now US$12M of US$40M");
  });
});
