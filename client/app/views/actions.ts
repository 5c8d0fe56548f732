/** What the Preact panels may ask of the game page: intents to the server and page-level toggles. */
import type { FacilitatorMsg } from "../../../shared/protocol/messages";
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
