/** What the Preact panels may ask of the game page (intents to the server, page-level toggles) and the DOM-built panels they host. */
import type { FacilitatorMsg } from "../../../shared/protocol/messages";
import type { RoomModel } from "../../../shared/protocol/room-model";
import type { Nation } from "../../../shared/engine/state";
import type { OrdersActions } from "./orders-drawer";
import type { QuoteActions } from "./quote-panel";
import type { LicenceActions } from "./licence-panel";
import type { DealActions } from "./deals-panel";
import type { AnswerCheck } from "./check-quiz";

/** The page's intents, wired by GameScreen to the connection. */
export interface ScreenActions extends OrdersActions, QuoteActions, LicenceActions, DealActions {
  ready(): void;
  chooseSeat(nation: string | null): void;
  facilitator(cmd: FacilitatorMsg): void;
  chat(to: string, text: string): void;
  glossary(): void;
  shortcuts(): void;
  openDeals(): void;
  /** Hand in the pre/post check's answers (resolves when the server stored or refused them). */
  answerCheck: AnswerCheck;
  /** Leave for another page of the client ("/", "/debrief/CODE"). */
  go(path: string): void;
}

/**
 * Panels still built as DOM ( results; projector's join block
 * and highlights): the shell hosts them in stable slots. A Preact component replaces one of these builders.
 */
export interface ScreenSlots {
  results(m: RoomModel, own: Nation): HTMLElement | null;
  projectorJoin(code: string): HTMLElement;
  /** The projector's highlight carousel of the quarter just resolved. */
  highlights(m: RoomModel): HTMLElement;
}
