/** The deals panel's reading of the room model (client/app/views/deal-model.ts, deal-item.ts): threads, waiting answers, notices, the table's state, built items. */
import { describe, expect, it } from "vitest";
import { createGame, viewFor } from "../../shared/engine";
import { presetScenario } from "../../shared/scenario/presets";
import type { DealProposal, RoomModel } from "../../shared/protocol/room-model";
import { answerable, dealNotices, tableState, threadOf, waitingFor } from "../../client/app/views/deal-model";
import { ITEM_DEFAULTS, buildItem, leaseModels, shareSites } from "../../client/app/views/deal-item";

const v = viewFor(createGame(presetScenario("workshop"), 7), { kind: "nation", nation: "korea" });
const offer = (id: string, from: string, to: string, status: DealProposal["status"], extra: Partial<DealProposal> = {}): DealProposal => ({
  id,
  turn: v.turn,
  terms: { from, to, quarters: 2, items: [{ kind: "cash", giver: "from", now: 10, perQuarter: 0 }] },
  status,
  byName: "Ana",
  ...extra,
});
const model = (deals: DealProposal[]): RoomModel => ({ deals, view: v }) as unknown as RoomModel;

describe("deal threads", () => {
  const deals = [offer("a", "japan", "korea", "proposed"), offer("b", "korea", "japan", "rejected"), offer("c", "uae", "korea", "proposed")];
  it("groups proposals by the other nation and counts those waiting for your answer", () => {
    expect(threadOf(deals, "korea", "japan").map((p) => p.id)).toEqual(["a", "b"]);
    expect(waitingFor(deals, "korea")).toBe(2);
    expect(waitingFor(deals, "korea", "japan")).toBe(1);
    expect(waitingFor(deals, "japan")).toBe(0);
  });
  it("lets you answer only an open offer to you made this quarter (an offer expires with its quarter)", () => {
    expect(answerable(deals[0], "korea", v.turn)).toBe(true);
    expect(answerable(deals[0], "japan", v.turn)).toBe(false);
    expect(answerable(deals[1], "japan", v.turn)).toBe(false);
    expect(answerable(offer("d", "japan", "korea", "proposed", { turn: v.turn - 1 }), "korea", v.turn)).toBe(false);
  });
});

describe("deal notices", () => {
  it("announce a new proposal and a counter to you, and an answer to yours, never the first model's", () => {
    const known = new Map<string, DealProposal["status"]>();
    expect(dealNotices(known, model([offer("a", "japan", "korea", "proposed")]), "korea", true)).toEqual([]);
    const next = model([
      offer("a", "japan", "korea", "proposed"),
      offer("b", "japan", "korea", "proposed", { replyTo: "x", said: { code: "deal/countered", params: { nation: "Japan" } } }),
    ]);
    expect(dealNotices(known, next, "korea", false)).toEqual(["Japan counters (Ana). Countered by Japan. Open Deals (D) to answer."]);
    const mine = model([offer("c", "korea", "japan", "proposed")]);
    expect(dealNotices(known, mine, "korea", false)).toEqual([]);
    expect(dealNotices(known, model([offer("c", "korea", "japan", "accepted")]), "korea", false)).toEqual(["Japan: your proposal was signed."]);
    expect(dealNotices(known, model([offer("c", "korea", "japan", "accepted")]), "korea", false)).toEqual([]);
  });
  it("use an AI's own sentence for its proposal", () => {
    const known = new Map<string, DealProposal["status"]>();
    dealNotices(known, model([]), "korea", true);
    expect(
      dealNotices(
        known,
        model([
          offer("a", "japan", "korea", "proposed", {
            said: { code: "deal/offer", params: { nation: "Japan", to: "South Korea", gb: 5000, perQuarter: 8, quarters: 2 } },
          }),
        ]),
        "korea",
        false,
      ),
    ).toEqual(["Japan offers South Korea 5 TB of its HBM allocation a quarter for US$8.0M a quarter, for 2 quarters. Open Deals (D) to answer."]);
  });
});

describe("the negotiation table's state", () => {
  it("shows the thread's latest offer from the proposer's side, or your draft while you write one", () => {
    const deals = [offer("a", "japan", "korea", "proposed")];
    const shown = tableState(v, "korea", "japan", { to: "japan", quarters: 2, items: [] }, deals)!;
    expect(shown).toMatchObject({ fromSide: "right", status: "proposed", caption: "2 quarters, by Ana" });
    expect(shown.cards.map((c) => c.key)).toEqual(["cash-1"]);
    const draft = tableState(v, "korea", "japan", { to: "japan", quarters: 3, items: deals[0].terms.items, replyTo: "a" }, deals)!;
    expect(draft).toMatchObject({ fromSide: "left", status: "countered", caption: "your counter-offer (draft)" });
    expect(tableState(v, "korea", "uae", { to: "japan", quarters: 2, items: [] }, deals)).toMatchObject({ status: "empty", cards: [] });
  });
});

describe("the add-item form", () => {
  it("builds each kind of item from its fields, null while a required field is empty", () => {
    expect(buildItem("cash", "from", { ...ITEM_DEFAULTS, now: "0", perQuarter: "10" })).toEqual({ kind: "cash", giver: "from", now: 0, perQuarter: 10 });
    expect(buildItem("gpu_lease", "to", { ...ITEM_DEFAULTS, model: "h200", count: "500" })).toEqual({
      kind: "gpu_lease",
      giver: "to",
      model: "h200",
      count: 500,
    });
    expect(buildItem("gpu_lease", "to", ITEM_DEFAULTS)).toBeNull();
    expect(buildItem("co_invest", "from", { ...ITEM_DEFAULTS, dc: "x" })).toEqual({ kind: "co_invest", giver: "from", dcId: "x", share: 0.2 });
    expect(buildItem("hbm_transfer", "from", { ...ITEM_DEFAULTS, tb: "2.5" })).toEqual({ kind: "hbm_transfer", giver: "from", gbPerQuarter: 2500 });
    expect(buildItem("joint_training", "from", ITEM_DEFAULTS)).toEqual({ kind: "joint_training" });
    expect(buildItem("statement", "from", { ...ITEM_DEFAULTS, statement: "  " })).toBeNull();
    expect(buildItem("statement", "to", { ...ITEM_DEFAULTS, statement: " Fair HBM " })).toEqual({ kind: "statement", giver: "to", text: "Fair HBM" });
  });
  it("offers only GPUs you have installed when you lease out, and the giver's data centres for a share", () => {
    const mine = leaseModels(v, "korea", "from");
    const installed = new Set(v.own[0].dataCentres.flatMap((d) => d.gpus.map((g) => g.model)));
    expect(mine.map((o) => o[0]).sort()).toEqual([...installed].sort());
    expect(mine.every((o) => /installed\)$/.test(o[1]))).toBe(true);
    expect(leaseModels(v, "korea", "to").length).toBe(v.catalogue.accelerators.length);
    expect(shareSites(v, "korea", "japan", "from").map((o) => o[0])).toEqual(v.own[0].dataCentres.map((d) => d.id));
    expect(shareSites(v, "korea", "japan", "to").map((o) => o[0])).toEqual(v.nations.find((n) => n.id === "japan")!.dataCentres.map((d) => d.id));
  });
});
