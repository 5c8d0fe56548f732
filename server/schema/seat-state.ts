/** Schema of one seat (a person at the table): public to everyone in the room. */
import { Schema, type } from "@colyseus/schema";

/** A player, facilitator or projector connection, keyed in RoomState.seats by its public seat id. */
export class SeatState extends Schema {
  @type("string") seatId = "";
  @type("string") sessionId = "";
  @type("string") name = "";
  @type("string") role = "player";
  @type("string") nation = "";
  @type("boolean") connected = false;
}
