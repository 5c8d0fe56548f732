/** Projects the session's room facts (phase, timer, seats, ready, AI nations) into the schema state. */
import type { RoomState } from "../schema/room-state";
import { SeatState } from "../schema/seat-state";
import type { GameSession } from "../session/game-session";
import { assign } from "./assign";

/** Copy phase, timer, settings, seats, ready flags and AI nations into the room state. */
export function projectRoom(rs: RoomState, s: GameSession): void {
  assign(rs, "code", s.code);
  assign(rs, "scenarioName", s.scenarioName);
  assign(rs, "phase", s.phase);
  assign(rs, "paused", s.timer.paused);
  assign(rs, "locked", s.locked);
  assign(rs, "deadline", s.timer.paused ? 0 : s.timer.deadline);
  assign(rs, "remainingMs", s.timer.remainingMs);
  assign(rs, "turnSeconds", s.settings.turnSeconds);
  assign(rs, "teamSize", s.settings.teamSize);
  assign(rs, "absent", s.settings.absent);
  assign(rs, "readyJson", JSON.stringify(s.state.order.filter((n) => s.ready.has(n))));
  assign(rs, "aiJson", JSON.stringify(s.aiNations()));
  assign(rs, "broadcast", s.broadcast);

  const live = new Set<string>();
  for (const seat of s.seats.all()) {
    live.add(seat.seatId);
    let st = rs.seats.get(seat.seatId);
    if (!st) {
      st = new SeatState();
      st.seatId = seat.seatId;
      rs.seats.set(seat.seatId, st);
    }
    assign(st, "sessionId", seat.sessionId);
    assign(st, "name", seat.name);
    assign(st, "role", seat.role);
    assign(st, "nation", seat.nation ?? "");
    assign(st, "connected", seat.connected);
  }
  for (const id of [...rs.seats.keys()]) if (!live.has(id)) rs.seats.delete(id);
  rs.nations.forEach((n, id) => assign(n, "seats", s.seats.playersOf(id).length));
}
