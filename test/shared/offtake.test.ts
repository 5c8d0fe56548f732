/** Offtake contracts: capacity signed to an anchor tenant at a fixed rent, with their trade-offs. */
import { describe, expect, it } from "vitest";
import type { Order } from "../../shared/protocol/orders";
import type { GameState } from "../../shared/engine/state";
import { Order as OrderSchema } from "../../shared/protocol/orders";
import { createGame, resolveTurn, validateOrder } from "../../shared/engine";
import { measureNation } from "../../shared/engine/operations";
import { testScenario } from "./fixture-scenario";

const withGpus = testScenario(
  {},
  {
    dataCentres: [
      {
        name: "Hall",
        site: "capital",
        mw: 20,
        cooling: "liquid",
        builder: "local",
        partner: "skt",
        gpus: [{ model: "b200", count: 4000, operator: "nation", vendor: "skt" }],
      },
    ],
  },
);
const hold = (s: GameState): Order[] => [{ type: "hold", turn: s.turn }];

/** Play quarters with korea's orders on the first turn only; a rent crash event from turn 2. */
function play(first: Order[], turns: number, crash: boolean): GameState[] {
  let s = createGame(withGpus, 5);
  const out = [s];
  for (let i = 0; i < turns; i++) {
    const orders = i === 0 ? first : hold(s);
    if (crash && i === 1) s = { ...s, market: { ...s.market, rentIndex: 0.2 } };
    s = resolveTurn(s, { korea: orders, india: hold(s) }).state;
    out.push(s);
  }
  return out;
}

describe("offtake contracts", () => {
  const dcId = createGame(withGpus, 5).nations.korea.dataCentres[0].id;
  const offtake: Order = { type: "offtake", turn: 1, dcId, share: 0.6, quarters: 8 };

  it("are a valid order shape and are accepted on a site with GPUs", () => {
    expect(OrderSchema.safeParse(offtake).success).toBe(true);
    expect(OrderSchema.safeParse({ ...offtake, share: 1 }).success).toBe(false);
    const s = createGame(withGpus, 5);
    expect(validateOrder(s, "korea", offtake).ok).toBe(true);
  });

  it("lock the rent: after a rent crash the offtaken site earns more than the open market", () => {
    const signed = play([offtake], 4, true);
    const open = play(hold(createGame(withGpus, 5)), 4, true);
    const last = (xs: GameState[]) => xs[xs.length - 1];
    expect(measureNation(last(signed), last(signed).nations.korea).revenue).toBeGreaterThan(measureNation(last(open), last(open).nations.korea).revenue * 1.5);
  });

  it("cost sovereign compute: the tenant's share trains its models, not the nation's", () => {
    const signed = play([offtake], 1, false)[1];
    const open = play(hold(createGame(withGpus, 5)), 1, false)[1];
    const a = measureNation(signed, signed.nations.korea);
    const b = measureNation(open, open.nations.korea);
    expect(a.sovereignCompute).toBeLessThan(b.sovereignCompute * 0.5);
    expect(a.compute).toBe(b.compute);
  });

  it("are refused under data localisation, on an empty site, twice on one site, and on unknown sites", () => {
    const s = createGame(withGpus, 5);
    const local: GameState = { ...s, nations: { ...s.nations, korea: { ...s.nations.korea, policies: { data_localisation: true } } } };
    expect(validateOrder(local, "korea", offtake).ok).toBe(false);
    const empty = createGame(testScenario(), 5);
    expect(validateOrder(empty, "korea", { ...offtake, dcId: empty.nations.korea.dataCentres[0].id }).ok).toBe(false);
    expect(validateOrder(s, "korea", offtake, [offtake]).ok).toBe(false);
    const later = play([offtake], 1, false)[1];
    expect(validateOrder(later, "korea", { ...offtake, turn: later.turn }).ok).toBe(false);
    expect(validateOrder(s, "korea", { ...offtake, dcId: "nowhere" }).ok).toBe(false);
  });
});
