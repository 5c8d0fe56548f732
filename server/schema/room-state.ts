/** Root schema of a game room: room facts and public data shared by all; secrets in a @view() map. */
import { MapSchema, Schema, type, view } from "@colyseus/schema";
import { SeatState } from "./seat-state";
import { ChatLineState } from "./chat-line-state";
import { NationPublicState, NationSecretState } from "./nation-state";
import { SecretPartState } from "./secret-part-state";

/** The synchronised state of a game room (a projection of the engine state and the session). */
export class RoomState extends Schema {
  @type("string") code = "";
  @type("string") scenarioName = "";
  @type("string") phase = "lobby";
  @type("boolean") paused = false;
  @type("boolean") locked = false;
  /** Epoch ms when the current phase ends (0 = none). */
  @type("float64") deadline = 0;
  @type("float64") remainingMs = 0;
  @type("uint16") turnSeconds = 0;
  @type("uint16") teamSize = 0;
  @type("string") absent = "ai";
  /** JSON string[] of nations marked ready this turn. */
  @type("string") readyJson = "[]";
  /** JSON string[] of nations played by the AI. */
  @type("string") aiJson = "[]";
  /** JSON of the static world: {scenarioId, maxTurns, catalogue, scoring, nationOrder}. */
  @type("string") worldJson = "{}";
  @type("uint16") turn = 0;
  @type("uint16") year = 0;
  @type("uint8") quarter = 0;
  @type("boolean") finished = false;
  /** JSON of the market (public). */
  @type("string") marketJson = "{}";
  /** The public news, [{seq, ...GameEvent}], as JSON parts (chunks of the array; shared/protocol/json-parts.ts). */
  @type({ map: "string" }) news = new MapSchema<string>();
  /** Latest facilitator broadcast. */
  @type("string") broadcast = "";
  @type({ map: SeatState }) seats = new MapSchema<SeatState>();
  @type({ map: NationPublicState }) nations = new MapSchema<NationPublicState>();
  @type({ map: ChatLineState }) chat = new MapSchema<ChatLineState>();
  /** Per-nation secrets: each entry is added only to the views of that nation's seats and the facilitator. */
  @view() @type({ map: NationSecretState }) secrets = new MapSchema<NationSecretState>();
  /** JSON parts of each nation's own view, private news and private chat, keyed "nation/field/key"; in the same views as the nation's secrets. */
  @view() @type({ map: SecretPartState }) secretParts = new MapSchema<SecretPartState>();
}
