/** Schema of one public chat line (private lines travel inside each nation's secret part). */
import { Schema, type } from "@colyseus/schema";

/** A chat line to the whole table. */
export class ChatLineState extends Schema {
  @type("uint32") id = 0;
  @type("uint16") turn = 0;
  @type("string") from = "";
  @type("string") fromName = "";
  @type("string") to = "all";
  @type("string") text = "";
}
