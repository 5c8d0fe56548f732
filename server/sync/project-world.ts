/**
 * Projects the engine state into the schema state through the engine's own viewFor/canSee: the public
 * view into shared fields, each nation's view into its secret entry (seen only by its seats and the facilitator).
 */
import type { GameEvent, GameState } from "../../shared/engine/state";
import { canSee, viewFor } from "../../shared/engine";
import type { RoomState } from "../schema/room-state";
import { NationPublicState, NationSecretState } from "../schema/nation-state";
import { assign } from "./assign";
import { syncParts, syncSecretParts } from "./parts";

/** A news item with its position in the game log (clients merge public and private news by it). */
export type SeqEvent = GameEvent & { seq: number };

/** Static world data sent once: what never changes during a game. */
export interface WorldJson {
  scenarioId: string;
  maxTurns: number;
  nationOrder: string[];
  catalogue: unknown;
  scoring: unknown;
}

function newsFor(state: GameState, seat: Parameters<typeof canSee>[0], privateOnly: boolean): SeqEvent[] {
  const out: SeqEvent[] = [];
  state.log.forEach((e, seq) => {
    if ((!privateOnly || e.nation !== null) && (privateOnly || e.nation === null) && canSee(seat, e)) out.push({ ...e, seq });
  });
  return out;
}

/** Copy the public view and every nation's private view into the room state. */
export function projectWorld(rs: RoomState, state: GameState): void {
  const pub = viewFor(state, { kind: "public" });
  if (rs.worldJson === "{}") {
    const world: WorldJson = { scenarioId: pub.scenarioId, maxTurns: pub.maxTurns, nationOrder: state.order, catalogue: pub.catalogue, scoring: pub.scoring };
    rs.worldJson = JSON.stringify(world);
  }
  assign(rs, "turn", pub.turn);
  assign(rs, "year", pub.quarter.year);
  assign(rs, "quarter", pub.quarter.q);
  assign(rs, "finished", pub.finished);
  assign(rs, "marketJson", JSON.stringify(pub.market));
  syncParts(rs.news, newsFor(state, { kind: "public" }, false));
  for (const pn of pub.nations) {
    let n = rs.nations.get(pn.id);
    if (!n) {
      n = new NationPublicState();
      n.id = pn.id;
      n.name = pn.name;
      rs.nations.set(pn.id, n);
    }
    syncParts(n.pub, pn);
  }
  for (const id of state.order) {
    const seat = { kind: "nation", nation: id } as const;
    const own = viewFor(state, seat).own[0];
    let sec = rs.secrets.get(id);
    if (!sec) {
      sec = new NationSecretState();
      sec.nation = id;
      rs.secrets.set(id, sec);
    }
    assign(sec, "treasury", own.treasury);
    assign(sec, "budgetPerQuarter", own.budgetPerQuarter);
    assign(sec, "expertise", own.expertise);
    assign(sec, "support", own.support);
    syncSecretParts(rs, id, "own", own);
    syncSecretParts(rs, id, "news", newsFor(state, seat, true));
  }
}
