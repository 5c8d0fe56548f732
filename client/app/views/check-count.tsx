/** "Check: 5 of 8 players answered before the game (1 of 2 who joined late answered on arrival), 3 after" for the facilitator and the projector. */
import type { RoomModel } from "../../../shared/protocol/room-model";

/** The check's answer counts, or nothing when the game has no check. */
export function CheckCount({ m }: { m: RoomModel }) {
  const c = m.check;
  if (!c) return null;
  const players = m.seats.filter((s) => s.role === "player" && s.nation).length;
  return (
    <p class="check-count" data-testid="check-count">
      {`Check: ${c.counts.pre} of ${players} answered before the game`}
      {c.counts.latePlayers ? ` (${c.counts.late ?? 0} of ${c.counts.latePlayers} who joined late answered on arrival)` : ""}
      {m.phase === "ended" ? `, ${c.counts.post} after` : ""}
    </p>
  );
}
