/** Projects chat: public lines into the shared chat map, private lines into the two nations' secret entries. */
import type { ChatLine } from "../../shared/protocol/room-model";
import type { RoomState } from "../schema/room-state";
import { ChatLineState } from "../schema/chat-line-state";
import { syncSecretParts } from "./parts";

/** Public chat lines kept in the synchronised state. */
const PUBLIC_KEEP = 200;
/** Private lines kept per nation. */
const PRIVATE_KEEP = 100;

function addPublic(rs: RoomState, line: ChatLine): void {
  const st = new ChatLineState();
  st.id = line.id;
  st.turn = line.turn;
  st.from = line.from;
  st.fromName = line.fromName;
  st.to = "all";
  st.text = line.text;
  rs.chat.set(String(line.id), st);
}

/** Rebuild every chat projection from the session's lines. */
export function projectAllChat(rs: RoomState, lines: ChatLine[]): void {
  for (const line of lines.filter((l) => l.to === "all").slice(-PUBLIC_KEEP)) if (!rs.chat.has(String(line.id))) addPublic(rs, line);
  rs.secrets.forEach((_sec, nation) => {
    const mine = lines.filter((l) => l.to !== "all" && (l.to === nation || l.from === nation)).slice(-PRIVATE_KEEP);
    syncSecretParts(rs, nation, "chat", mine);
  });
}

/** Project one new line. */
export function projectChatLine(rs: RoomState, lines: ChatLine[], line: ChatLine): void {
  if (line.to === "all") {
    addPublic(rs, line);
    const ids = [...rs.chat.keys()];
    for (const id of ids.slice(0, Math.max(0, ids.length - PUBLIC_KEEP))) rs.chat.delete(id);
    return;
  }
  for (const nation of [line.to, line.from]) {
    if (!rs.secrets.has(nation)) continue;
    const mine = lines.filter((l) => l.to !== "all" && (l.to === nation || l.from === nation)).slice(-PRIVATE_KEEP);
    syncSecretParts(rs, nation, "chat", mine);
  }
}
