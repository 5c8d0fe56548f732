/** StateView membership: which nations' secret entries a client may receive. */
import type { Client } from "@colyseus/core";
import { StateView } from "@colyseus/schema";
import type { RoomState } from "../schema/room-state";
import type { LiveSeat } from "../session/seat-book";

/** Nations whose secrets a seat may see: its own nation, every nation for the facilitator, none for a projector. */
export function visibleNations(seat: LiveSeat | undefined, allNations: string[]): string[] {
  if (!seat) return [];
  if (seat.role === "facilitator") return allNations;
  if (seat.role === "player" && seat.nation) return [seat.nation];
  return [];
}

/** Make the client's view hold exactly the secret entries of `nations`. */
export function syncView(client: Client, rs: RoomState, nations: string[]): void {
  const view = (client.view ??= new StateView());
  const shown: Set<string> = (client.userData ??= {}).shownNations ??= new Set<string>();
  for (const n of [...shown]) {
    if (nations.includes(n)) continue;
    const sec = rs.secrets.get(n);
    if (sec) view.remove(sec);
    shown.delete(n);
  }
  for (const n of nations) {
    if (shown.has(n)) continue;
    const sec = rs.secrets.get(n);
    if (!sec) continue;
    view.add(sec);
    shown.add(n);
  }
}
