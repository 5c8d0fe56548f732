/** What the Preact panels may ask of the game page (intents to the server, page-level toggles) and the DOM-built panels they host. */
import type { FacilitatorMsg } from "../../../shared/protocol/messages";
import type { RoomModel } from "../../../shared/protocol/room-model";
import type { Nation } from "../../../shared/engine/state";
import type { OrdersActions } from "./orders-drawer";
import type { QuoteActions } from "./quote-panel";
import type { LicenceActions } from "./licence-panel";
import type { DealActions } from "./deals-panel";

/** The page's intents, wired by GameScreen to the connection. */
export interface ScreenActions extends OrdersActions, QuoteActions, LicenceActions, DealActions {
  ready(): void;
  chooseSeat(nation: string | null): void;
  facilitator(cmd: FacilitatorMsg): void;
  chat(to: string, text: string): void;
  glossary(): void;
  shortcuts(): void;
  openDeals(): void;
  /** Leave for another page of the client ("/", "/debrief/CODE"). */
  go(path: string): void;
}

/**
 * Panels still built as DOM (the inject composer; charts; results; the check; projector's join block
 * and highlights): the shell hosts them in stable slots. A Preact component replaces one of these builders.
 */
export interface ScreenSlots {
  /** The inject composer, kept across renders (the facilitator console hosts it). */
  composer(m: RoomModel): HTMLElement;
  charts(m: RoomModel): HTMLElement;
  results(m: RoomModel, own: Nation): HTMLElement | null;
  projectorJoin(code: string): HTMLElement;
  /** The pre/post check panel of a seated player (null when there is nothing to answer or show). */
  check(m: RoomModel): HTMLElement | null;
  /** The projector's highlight carousel of the quarter just resolved. */
  highlights(m: RoomModel): HTMLElement;
}
