/**
 * Property: for any sequence of intents and clock ticks, every seat that starts from the full view and
 * applies each change's JSON patch in order holds exactly matchView of the match (two players, the
 * facilitator, the projector).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { baselineOrders } from "../../../shared/ai/baseline";
import type { Intent, Match } from "../../../shared/match";
import { applyIntent, matchView, tick } from "../../../shared/match";
import { applyViewPatch, unpackModel, viewPatch, wireModel } from "../../../shared/protocol/view-stream";
import type { WireModel } from "../../../shared/protocol/view-stream";
import { table, T0 } from "./table";

const SEATS = ["pk", "pu", "fac", "proj"];
const json = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
const NATION: Record<string, string> = { pk: "korea", pu: "uae" };

/** Wire models share packed parts (view-wire.ts): frozen here, so any change to one after packing throws. */
function frozen<T>(v: T): T {
  if (typeof v === "object" && v !== null && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v)) frozen(x);
  }
  return v;
}

/** One step a test table can take: an intent from a seat, or time passing. */
type Move = { kind: "intent"; actor: string; pick: number; n: number } | { kind: "wait"; ms: number };

const move: fc.Arbitrary<Move> = fc.oneof(
  fc.record({ kind: fc.constant("intent" as const), actor: fc.constantFrom(...SEATS), pick: fc.nat(11), n: fc.nat(20) }),
  fc.record({ kind: fc.constant("wait" as const), ms: fc.constantFrom(100, 2000, 30_000, 120_000) }),
);

function intentOf(m: Match, actor: string, pick: number, n: number): Intent {
  const turn = m.state.turn;
  const nation = NATION[actor] ?? "india";
  switch (pick) {
    case 0: {
      const os = baselineOrders(m.state, nation);
      return os.length ? { type: "add_order", order: os[n % os.length] } : { type: "clear_orders", turn };
    }
    case 1:
      return { type: "remove_order", turn, index: n % 3 };
    case 2:
      return { type: "ready", turn, ready: n % 2 === 0 };
    case 3:
      return { type: "chat", to: n % 2 ? "all" : nation === "korea" ? "uae" : "korea", text: `line ${n}` };
    case 4:
      return { type: "deal_propose", to: n % 2 ? "uae" : "india", quarters: 1 + (n % 3), items: [{ kind: "cash", giver: "from", now: 1 + n, perQuarter: 0 }] };
    case 5: {
      const open = m.deals.filter((d) => d.status === "proposed");
      return open.length ? { type: "deal_respond", id: open[n % open.length].id, accept: n % 3 !== 0 } : { type: "start" };
    }
    case 6:
      return { type: "start" };
    case 7:
      return n % 2 ? { type: "pause" } : { type: "resume" };
    case 8:
      return { type: "force_resolve" };
    case 9:
      return { type: "connect", sessionId: `s-${actor}`, connected: n % 4 !== 0 };
    case 10:
      return { type: "ai", nation: n % 2 ? "korea" : "uae", on: n % 3 === 0 };
    default:
      return { type: "extend", seconds: 30 };
  }
}

describe("view patches", () => {
  it("applying each change's patch in order reproduces matchView exactly for every seat", () => {
    fc.assert(
      fc.property(fc.array(move, { minLength: 1, maxLength: 40 }), (moves) => {
        let m = table();
        let now = T0;
        const sent: Record<string, WireModel> = {};
        const held: Record<string, WireModel> = {};
        for (const s of SEATS) held[s] = sent[s] = frozen(wireModel(matchView(m, s)));
        for (const mv of moves) {
          if (mv.kind === "wait") {
            now += mv.ms;
            m = tick(m, now).match;
          } else m = applyIntent(m, mv.actor, intentOf(m, mv.actor, mv.pick, mv.n), now).match;
          for (const s of SEATS) {
            const next = frozen(wireModel(matchView(m, s)));
            const ops = viewPatch(sent[s], next);
            held[s] = applyViewPatch(held[s], JSON.parse(JSON.stringify(ops)) as typeof ops);
            sent[s] = next;
            expect(held[s]).toEqual(next);
            expect(unpackModel(held[s])).toEqual(json(matchView(m, s)));
          }
        }
      }),
      { numRuns: 25, seed: 15 },
    );
  });

  it("sends nothing when nothing a seat sees changed, and only the change otherwise", () => {
    const m = table();
    const before = wireModel(matchView(m, "proj"));
    expect(viewPatch(before, wireModel(matchView(m, "proj")))).toEqual([]);
    const next = applyIntent(m, "pk", { type: "chat", to: "uae", text: "private" }, T0).match;
    expect(viewPatch(before, wireModel(matchView(next, "proj")))).toEqual([]);
    const ops = viewPatch(wireModel(matchView(m, "pu")), wireModel(matchView(next, "pu")));
    expect(ops).toEqual([[0, 0, ["chat", 0], expect.objectContaining({ text: "private", from: "korea", to: "uae" })]]);
  });
});
