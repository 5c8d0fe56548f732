/**
 * A nation's team as the lobby, the newcomer's choices and the join page show it. The rule (a team is full at
 * the match's team limit) is the server's (shared/match/seats.ts teamFull), read from the view's
 * `fullNations` and `teamSize` (or the join page's game info), never restated here.
 */
import { describeRefusal } from "../../../shared/describe/refusals";
import type { RoomModel } from "../../../shared/protocol/room-model";

/** Players seated in `nation` now. */
export function teamCount(m: RoomModel, nation: string): number {
  return m.seats.filter((s) => s.role === "player" && s.nation === nation).length;
}

/** True when this seat may not choose `nation` because its team is at the limit (a seat already in it is not kept out of its own nation). */
export function isFull(m: RoomModel, nation: string): boolean {
  return m.fullNations.includes(nation) && m.you.nation !== nation;
}

/** A nation's name as a choice: "South Korea (full)" when it cannot be chosen. */
export function choiceLabel(name: string, full: boolean): string {
  return full ? `${name} (full)` : name;
}

/** Why a full nation cannot be chosen, in the server's own refusal sentence ("South Korea already has 5 player(s)."). */
export function fullReason(nationName: string, teamSize: number): string {
  return describeRefusal({ reason: "seat/team_full", params: { nationName, teamSize } });
}

/** "2 of 5 players" (or "full: 5 of 5 players") for a nation's card. */
export function teamLine(m: RoomModel, nation: string): string {
  const line = `${teamCount(m, nation)} of ${m.teamSize} player${m.teamSize === 1 ? "" : "s"}`;
  return m.fullNations.includes(nation) ? `full: ${line}` : line;
}
