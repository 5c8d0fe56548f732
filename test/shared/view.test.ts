/** viewFor: a nation sees its own private state and everyone's public state; the public sees no secrets. */
import { describe, expect, it } from "vitest";
import { createGame, resolveTurn, viewFor } from "../../shared/engine";
import { baselineOrders } from "../../shared/ai/baseline";
import { presetScenario } from "../../shared/scenario/presets";

describe("viewFor", () => {
  let s = createGame(presetScenario("workshop"), 3);
  for (let i = 0; i < 3; i++) {
    const orders = Object.fromEntries(s.order.map((id) => [id, baselineOrders(s, id)]));
    s = resolveTurn(s, orders).state;
  }
  const [me, other] = s.order;

  it("a nation gets exactly its own private state", () => {
    const v = viewFor(s, { kind: "nation", nation: me });
    expect(v.own.map((n) => n.id)).toEqual([me]);
    const text = JSON.stringify(v);
    const o = s.nations[other];
    expect(text).not.toContain(`"treasury":${o.treasury}`);
    for (const secret of o.objectives.filter((x) => x.secret)) expect(text).not.toContain(secret.text);
    expect(v.news.every((e) => e.nation === null || e.nation === me)).toBe(true);
    expect(v.news.some((e) => e.nation === me)).toBe(true);
  });

  it("the public view has no private state, PRNG or deck", () => {
    const v = viewFor(s, { kind: "public" });
    expect(v.own).toEqual([]);
    const text = JSON.stringify(v);
    expect(text).not.toContain("treasury");
    expect(text).not.toContain("pendingGpus");
    expect(text).not.toContain(JSON.stringify(s.rng));
    expect(v.news.every((e) => e.nation === null)).toBe(true);
    for (const n of Object.values(s.nations)) for (const o of n.objectives.filter((x) => x.secret)) expect(text).not.toContain(o.text);
  });

  it("the facilitator sees every nation", () => {
    const v = viewFor(s, { kind: "facilitator" });
    expect(v.own.map((n) => n.id)).toEqual(s.order);
    expect(v.news.length).toBe(s.log.length);
  });
});
