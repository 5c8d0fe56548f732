/** Schema of one JSON part of a nation's secret data (flat, so StateView filtering stays simple). */
import { Schema, type } from "@colyseus/schema";

/** A part of a nation's own view, private news or private chat; seen only by that nation's seats and the facilitator. */
export class SecretPartState extends Schema {
  @type("string") nation = "";
  /** "own", "news" or "chat". */
  @type("string") field = "";
  /** Part key (shared/protocol/json-parts.ts). */
  @type("string") key = "";
  /** JSON of the part; "" once the part no longer exists. */
  @type("string") json = "";
}
