/** Resolution phase 3: construction progress (planned → building → online). */
import type { GameState, Nation } from "./state";
import { gameEvent } from "./event-types";
import type { GameEvent } from "./event-types";

/** Advance every data centre of a nation by one quarter of work. */
export function progressConstruction(state: GameState, n: Nation, events: GameEvent[]): void {
  for (const dc of n.dataCentres) {
    if (dc.quartersLeft <= 0) continue;
    dc.quartersLeft -= 1;
    if (dc.quartersLeft === 0) {
      const added = dc.mw - dc.mwOnline;
      dc.mwOnline = dc.mw;
      dc.status = "online";
      events.push(gameEvent(state.turn, n.id, "online", "dc/online", { dc: dc.name, mw: added, cooling: dc.cooling }));
      events.push(gameEvent(state.turn, null, "online", "dc/online_public", { nation: n.id, mw: added, place: dc.name.replace(/ \d+ MW$/, "") }));
    } else if (dc.status === "planned" && dc.quartersLeft <= dc.buildQuarters) {
      dc.status = "building";
    }
  }
}
