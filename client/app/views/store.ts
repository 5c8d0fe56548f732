/** The game page's one store: the room model and the connection status as signals the Preact panels read. */
import { signal } from "@preact/signals";
import type { RoomModel } from "../../../shared/protocol/room-model";
import type { InjectOut } from "./inject-composer";

/** Bottom-sheet tabs of the phone layout (UI.md: Dashboard · Orders · Deals · News · Chat). */
export type SheetTab = "dash" | "orders" | "deals" | "news" | "chat";

/** Signals for one game page; components re-render when the values they read change. */
export class RoomStore {
  /** The latest read model from the server. */
  readonly model = signal<RoomModel | null>(null);
  /** "connected" | "reconnecting" | "disconnected". */
  readonly status = signal<string>("connected");
  /** Why the server closed this seat for good (removed by the facilitator, turned away); "" otherwise. */
  readonly closedReason = signal<string>("");
  /** Milliseconds clock, ticking twice a second for the countdown. */
  readonly now = signal<number>(Date.now());
  /** The phone's open bottom-sheet tab (null: collapsed). */
  readonly sheet = signal<SheetTab | null>(null);
  /** The orders drawer's open tab ("gpus", "quotes", "deals", …). */
  readonly ordersTab = signal<string>("gpus");
  /** The server's last answer to the facilitator's inject composer (a preview, or "recorded"). */
  readonly inject = signal<InjectOut>(null);
}
