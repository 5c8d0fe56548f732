/** Projects deals into the secret entries of the two parties only: proposals, deals in force and promises (the facilitator sees every nation's entry). */
import type { RoomState } from "../schema/room-state";
import type { Match } from "../../shared/match";
import { dealsOf, liveState } from "../../shared/match";
import { viewFor } from "../../shared/engine/view";
import { syncSecretParts } from "./parts";

/** Refresh the deal entries of `nations`. */
export function projectDeals(rs: RoomState, m: Match, nations: string[]): void {
  const live = liveState(m);
  for (const nation of nations) {
    if (!rs.secrets.has(nation)) continue;
    const view = viewFor(live, { kind: "nation", nation }, { copy: false });
    syncSecretParts(rs, nation, "deals", dealsOf(m, nation));
    syncSecretParts(rs, nation, "active", view.deals);
    syncSecretParts(rs, nation, "promises", view.promises);
  }
}
