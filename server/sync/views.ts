/** StateView membership: which nations' secret entries (and secret parts) a client may receive. */
import type { Client } from "@colyseus/core";
import { StateView } from "@colyseus/schema";
import type { RoomState } from "../schema/room-state";
import type { MatchSeat } from "../../shared/match";

/** Nations whose secrets a seat may see: its own nation, every nation for the facilitator, none for a projector. */
export function visibleNations(seat: MatchSeat | undefined, allNations: string[]): string[] {
  if (!seat) return [];
  if (seat.role === "facilitator") return allNations;
  if (seat.role === "player" && seat.nation) return [seat.nation];
  return [];
}

/** Make the client's view hold exactly the secret entries and secret parts of `nations`. */
export function syncView(client: Client, rs: RoomState, nations: string[]): void {
  const view = (client.view ??= new StateView());
  const ud = (client.userData ??= {});
  const shown: Set<string> = (ud.shownNations ??= new Set<string>());
  const shownParts: Set<string> = (ud.shownParts ??= new Set<string>());
  for (const n of [...shown]) {
    if (nations.includes(n)) continue;
    const sec = rs.secrets.get(n);
    if (sec) view.remove(sec);
    shown.delete(n);
  }
  for (const id of [...shownParts]) {
    const part = rs.secretParts.get(id);
    if (part && nations.includes(part.nation)) continue;
    if (part) view.remove(part);
    shownParts.delete(id);
  }
  for (const n of nations) {
    if (shown.has(n)) continue;
    const sec = rs.secrets.get(n);
    if (!sec) continue;
    view.add(sec);
    shown.add(n);
  }
  if (nations.length === 0) return;
  rs.secretParts.forEach((part, id) => {
    if (shownParts.has(id) || !nations.includes(part.nation)) return;
    view.add(part);
    shownParts.add(id);
  });
}
