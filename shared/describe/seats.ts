/** What a seat is told in words when the match removes it (the server closes its connection with this). */
import type { SeatRemoval } from "../match/effects";

/** What a removed seat's connection is told. */
export const REMOVAL_MESSAGE: Record<SeatRemoval, string> = {
  kicked: "The facilitator removed you from this game.",
  turned_away: "The facilitator did not let you into this game.",
  departed: "You left the game.",
};
