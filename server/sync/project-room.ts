/** Projects the match's room facts (phase, timer, seats, ready, AI nations) into the schema state. */
import type { RoomState } from "../schema/room-state";
import { SeatState } from "../schema/seat-state";
import type { Match } from "../../shared/match";
import { aiNations, playersOf } from "../../shared/match";
import { assign } from "./assign";

/** Copy phase, timer, settings, seats, ready flags and AI nations into the room state. */
export function projectRoom(rs: RoomState, m: Match): void {
  assign(rs, "code", m.code);
  assign(rs, "scenarioName", m.scenarioName);
  assign(rs, "phase", m.phase);
  assign(rs, "paused", m.clock.paused);
  assign(rs, "locked", m.locked);
  assign(rs, "deadline", m.clock.paused ? 0 : m.clock.deadline);
  assign(rs, "remainingMs", m.clock.remainingMs);
  assign(rs, "turnSeconds", m.settings.turnSeconds);
  assign(rs, "teamSize", m.settings.teamSize);
  assign(rs, "absent", m.settings.absent);
  assign(rs, "readyJson", JSON.stringify(m.state.order.filter((n) => m.ready.includes(n))));
  assign(rs, "aiJson", JSON.stringify(aiNations(m)));
  assign(rs, "broadcast", m.broadcast);

  const live = new Set<string>();
  for (const seat of m.seats) {
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
  rs.nations.forEach((n, id) => assign(n, "seats", playersOf(m, id).length));
}
