/** Who gets into a match and what they see: seat-hop secrecy, newcomers' approval, kick keep-out, pruning departed seats, seat and reservation caps. */
import { describe, expect, it } from "vitest";
import type { Match } from "../../shared/match";
import { canJoin, matchView } from "../../shared/match";
import { reservationsToEvict, seatCapRefusal } from "../../shared/match/admission";
import { ok, play, refused, started, table, T0 } from "./match/table";

const secretsSeen = (m: Match, seatId: string): string[] =>
  (matchView(m, seatId).view?.own ?? []).flatMap((n) => n.objectives.filter((o) => o.secret).map((o) => o.text));
const allSecrets = (m: Match): string[] => m.state.order.flatMap((id) => m.state.nations[id].objectives.filter((o) => o.secret).map((o) => o.text));

describe("seat-hop secrecy", () => {
  it("a player hopping through every nation of an open lobby sees no secret objective; once locked or started, only its own", () => {
    let m = table();
    expect(allSecrets(m).length).toBeGreaterThanOrEqual(3);
    const seen = new Set<string>();
    m = play(m, [["px", { type: "join", name: "Hopper", role: "player" }]]);
    for (const n of ["india", "korea", "uae", "india"]) {
      m = ok(m, "px", { type: "choose_seat", nation: n === "uae" ? null : n }).match;
      for (const s of secretsSeen(m, "px")) seen.add(s);
      expect(JSON.stringify(matchView(m, "px"))).not.toMatch(
        allSecrets(m)
          .map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
          .join("|"),
      );
    }
    expect([...seen]).toEqual([]);
    const locked = ok(m, "fac", { type: "lock", locked: true }).match;
    const india = locked.state.nations.india.objectives.filter((o) => o.secret).map((o) => o.text);
    expect(secretsSeen(locked, "px")).toEqual(india);
    expect(secretsSeen(started(), "pk")).toEqual(
      started()
        .state.nations.korea.objectives.filter((o) => o.secret)
        .map((o) => o.text),
    );
    expect(secretsSeen(m, "fac").length).toBe(allSecrets(m).length);
  });
});

describe("newcomers once the game has started", () => {
  it("wait for the facilitator: cannot take a seat or chat until admitted (a nation chosen is only a wish); a denied one is removed", () => {
    const m = play(started(), [
      ["pn", { type: "join", name: "Late", role: "player" }],
      ["pn", { type: "connect", sessionId: "s-pn", connected: true }],
    ]);
    expect(m.seats.find((s) => s.seatId === "pn")?.waiting).toBe(true);
    expect(matchView(m, "fac").seats.find((s) => s.sessionId === "s-pn")?.waiting).toBe(true);
    expect(m.seats.find((s) => s.seatId === "pn")?.since).toBe(T0);
    const wish = ok(m, "pn", { type: "choose_seat", nation: "india" }).match;
    expect(wish.seats.find((s) => s.seatId === "pn")).toMatchObject({ nation: null, waiting: true, wants: "india" });
    expect(matchView(wish, "fac").seats.find((s) => s.sessionId === "s-pn")).toMatchObject({ waiting: true, wants: "india", since: T0 });
    expect(refused(m, "pn", { type: "choose_seat", nation: "atlantis" })).toMatchObject({ reason: "nation/unknown" });
    expect(refused(m, "pn", { type: "deal_respond", id: "d1-1", accept: false })).toMatchObject({ reason: "seat/none" });
    expect(refused(m, "pn", { type: "admit", sessionId: "s-pn", accept: true })).toMatchObject({ reason: "actor/not_facilitator" });
    expect(refused(m, "fac", { type: "admit", sessionId: "s-pk", accept: true })).toMatchObject({ reason: "seat/not_waiting" });
    const denied = ok(m, "fac", { type: "admit", sessionId: "s-pn", accept: false });
    expect(denied.effects).toEqual([{ kind: "seat_removed", seatId: "pn", why: "turned_away" }]);
    const seated = ok(wish, "fac", { type: "admit", sessionId: "s-pn", accept: true }).match.seats.find((s) => s.seatId === "pn");
    expect(seated).toMatchObject({ nation: "india" });
    expect(seated?.waiting ?? seated?.wants ?? seated?.since ?? seated?.seatedTurn).toBeUndefined(); // turn 1's orders: the room's first check is still open
    const admitted = ok(m, "fac", { type: "admit", sessionId: "s-pn", accept: true }).match;
    expect(admitted.seats.find((s) => s.seatId === "pn")?.waiting).toBeUndefined();
    expect(ok(admitted, "pn", { type: "choose_seat", nation: "india" }).match.seats.find((s) => s.seatId === "pn")?.nation).toBe("india");
    const placed = ok(m, "fac", { type: "move_seat", sessionId: "s-pn", nation: "india" }).match;
    expect(placed.seats.find((s) => s.seatId === "pn")).toMatchObject({ nation: "india" });
    expect(placed.seats.find((s) => s.seatId === "pn")?.waiting).toBeUndefined();
  });

  it("in the lobby, newcomers join at once; facilitators and projectors never wait", () => {
    const m = play(table(), [["pn", { type: "join", name: "Early", role: "player" }]]);
    expect(m.seats.find((s) => s.seatId === "pn")?.waiting).toBeUndefined();
    const s = play(started(), [
      ["f2", { type: "join", name: "Co-host", role: "facilitator" }],
      ["p2", { type: "join", name: "Screen", role: "projector" }],
    ]);
    expect(s.seats.filter((x) => x.waiting)).toEqual([]);
  });
});

describe("kick keep-out", () => {
  it("keeps the kicked name out (any case), sends the same address to the waiting list, and never keeps a default name out", () => {
    let m = play(table(), [
      ["pa", { type: "join", name: "Mallory", role: "player", address: "addr-1" }],
      ["pa", { type: "connect", sessionId: "s-pa", connected: true }],
    ]);
    m = ok(m, "fac", { type: "kick", sessionId: "s-pa" }).match;
    expect(canJoin(m, "player", "  mALLory ")).toMatchObject({ code: "forbidden", reason: "seat/kept_out" });
    expect(refused(m, "pb", { type: "join", name: "MALLORY", role: "player" })).toMatchObject({ reason: "seat/kept_out" });
    const again = play(m, [["pb", { type: "join", name: "Totally New", role: "player", address: "addr-1" }]]);
    expect(again.seats.find((s) => s.seatId === "pb")?.waiting).toBe(true);
    const other = play(m, [["pc", { type: "join", name: "Someone", role: "player", address: "addr-2" }]]);
    expect(other.seats.find((s) => s.seatId === "pc")?.waiting).toBeUndefined();
    let d = play(table(), [
      ["pd", { type: "join", name: "Player 3", role: "player" }],
      ["pd", { type: "connect", sessionId: "s-pd", connected: true }],
    ]);
    d = ok(d, "fac", { type: "kick", sessionId: "s-pd" }).match;
    expect(canJoin(d, "player", "Player 3")).toBeNull();
  });
});

describe("departed seats", () => {
  it("prunes a seat without a nation (and a projector) when its connection closes for good; a nation's player keeps the seat", () => {
    let m = table();
    for (let i = 0; i < 50; i++)
      m = play(m, [
        [`x${i}`, { type: "join", name: `Drive-by ${i}`, role: "player" }],
        [`x${i}`, { type: "connect", sessionId: `s-x${i}`, connected: true }],
        [`x${i}`, { type: "connect", sessionId: `s-x${i}`, connected: false }],
      ]);
    expect(m.seats.map((s) => s.seatId).sort()).toEqual(["fac", "pk", "proj", "pu"]);
    const gone = ok(m, "proj", { type: "connect", sessionId: "s-proj", connected: false });
    expect(gone.effects).toEqual([{ kind: "seat_removed", seatId: "proj", why: "departed" }]);
    const dropped = ok(m, "pk", { type: "connect", sessionId: "s-pk", connected: false }).match;
    expect(dropped.seats.find((s) => s.seatId === "pk")).toMatchObject({ nation: "korea", connected: false });
    expect(ok(m, "fac", { type: "connect", sessionId: "s-fac", connected: false }).match.seats.some((s) => s.seatId === "fac")).toBe(true);
  });
});

describe("seat caps and reservations", () => {
  it("caps projector seats and players without a nation, never the facilitator", () => {
    let m = table();
    expect(seatCapRefusal(m, "projector", { projectors: 1, newcomers: 5 })).toMatchObject({ reason: "seat/projectors_full", params: { max: 1 } });
    expect(seatCapRefusal(m, "projector", { projectors: 2, newcomers: 5 })).toBeNull();
    for (let i = 0; i < 3; i++) m = play(m, [[`w${i}`, { type: "join", name: `W${i}`, role: "player" }]]);
    expect(seatCapRefusal(m, "player", { projectors: 9, newcomers: 3 })).toMatchObject({ reason: "seat/newcomers_full" });
    expect(seatCapRefusal(m, "player", { projectors: 9, newcomers: 4 })).toBeNull();
    expect(seatCapRefusal(m, "facilitator", { projectors: 0, newcomers: 0 })).toBeNull();
  });

  it("makes room for a new anonymous reservation by cancelling the oldest of its address, then the oldest of the room", () => {
    const pending = [
      { sessionId: "a1", address: "A", at: 1 },
      { sessionId: "b1", address: "B", at: 2 },
      { sessionId: "a2", address: "A", at: 3 },
      { sessionId: "c1", address: "C", at: 4 },
    ];
    expect(reservationsToEvict(pending, "D", { perAddress: 2, perRoom: 10 })).toEqual([]);
    expect(reservationsToEvict(pending, "A", { perAddress: 2, perRoom: 10 })).toEqual(["a1"]);
    expect(reservationsToEvict(pending, "D", { perAddress: 2, perRoom: 4 })).toEqual(["a1"]);
    expect(reservationsToEvict(pending, "A", { perAddress: 1, perRoom: 3 })).toEqual(["a1", "a2"]);
    expect(reservationsToEvict(pending, "D", { perAddress: 8, perRoom: 2 })).toEqual(["a1", "b1", "a2"]);
  });
});
