/** Projects deals into the secret entries of the two parties only: proposals, deals in force and promises (the facilitator sees every nation's entry). */
import type { RoomState } from "../schema/room-state";
import type { GameSession } from "../session/game-session";
import { viewFor } from "../../shared/engine/view";
import { syncSecretParts } from "./parts";

/** Refresh the deal entries of `nations`. */
export function projectDeals(rs: RoomState, session: GameSession, nations: string[]): void {
  const live = session.liveState();
  for (const nation of nations) {
    if (!rs.secrets.has(nation)) continue;
    const view = viewFor(live, { kind: "nation", nation }, { copy: false });
    syncSecretParts(rs, nation, "deals", session.deals.forNation(nation));
    syncSecretParts(rs, nation, "active", view.deals);
    syncSecretParts(rs, nation, "promises", view.promises);
  }
}
