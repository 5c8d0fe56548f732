/** Schemas of a nation: the public part everyone sees and the secret part only its seats and the facilitator see. */
import { MapSchema, Schema, type } from "@colyseus/schema";

/** What everyone may see of a nation: the engine's PublicNation as compact JSON plus seat facts. */
export class NationPublicState extends Schema {
  @type("string") id = "";
  @type("string") name = "";
  /** shared/engine/view.ts PublicNation split into JSON parts (shared/protocol/json-parts.ts). */
  @type({ map: "string" }) pub = new MapSchema<string>();
  /** Number of player seats in this nation. */
  @type("uint8") seats = 0;
}

/**
 * What only the nation's own seats and the facilitator may see (kept small and flat). The big parts (the
 * full engine Nation, private news, private chat) travel as RoomState.secretParts entries.
 */
export class NationSecretState extends Schema {
  @type("string") nation = "";
  @type("float64") treasury = 0;
  @type("float64") budgetPerQuarter = 0;
  @type("float64") expertise = 0;
  @type("float64") support = 0;
  /** JSON of the nation's current-turn order set (Order[]). */
  @type("string") ordersJson = "[]";
  /** Turn the order set is for. */
  @type("uint16") ordersTurn = 0;
}
