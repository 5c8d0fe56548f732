/** Resolution phase 3: construction progress (planned → building → online). */
import type { GameEvent, GameState, Nation } from "./state";

/** Advance every data centre of a nation by one quarter of work. */
export function progressConstruction(state: GameState, n: Nation, events: GameEvent[]): void {
  for (const dc of n.dataCentres) {
    if (dc.quartersLeft <= 0) continue;
    dc.quartersLeft -= 1;
    if (dc.quartersLeft === 0) {
      const added = dc.mw - dc.mwOnline;
      dc.mwOnline = dc.mw;
      dc.status = "online";
      events.push({
        turn: state.turn,
        nation: n.id,
        kind: "online",
        text: `${dc.name} is online: ${added} MW of ${dc.cooling}-cooled capacity ready for GPUs.`,
      });
      events.push({ turn: state.turn, nation: null, kind: "online", text: `${n.name} brings ${added} MW online in ${dc.name.replace(/ \d+ MW$/, "")}.` });
    } else if (dc.status === "planned" && dc.quartersLeft <= dc.buildQuarters) {
      dc.status = "building";
    }
  }
}
