/**
 * What an event's code alone tells: its kind (how the client groups news) and, for most codes, the facts.md
 * sources behind it. The view's wire form (shared/protocol/view-wire.ts) leaves both out when they are what
 * these functions give, and the client puts them back; test/shared/event-meta.test.ts checks the engine's
 * events agree.
 */
import { BASE_DECK } from "./deck";
import { CLOUD_PROVIDERS } from "./cloud";
import type { EventCode, EventKind, EventOf, GameEvent } from "./event-types";

/** The kind of news each event code is. */
export const EVENT_KIND: Record<EventCode, EventKind> = {
  "order/rejected": "rejected",
  "dc/build": "build",
  "dc/expand": "build",
  "dc/online": "online",
  "dc/online_public": "online",
  "dc/cxl": "order",
  "gpu/ordered": "order",
  "gpu/quote_signed": "order",
  "gpu/delivered": "delivery",
  "gpu/slipped": "slip",
  "hbm/sold_out": "info",
  "hbm/agreement": "order",
  "policy/talent": "policy",
  "policy/set": "policy",
  "finance/invested": "finance",
  "finance/unpaid": "finance",
  "finance/quarter": "finance",
  "offtake/signed": "order",
  "cloud/rented": "order",
  "licence/granted": "policy",
  "licence/suspended": "policy",
  "licence/pledge_paid": "finance",
  "milestone/llm": "milestone",
  "objective/met": "objective",
  "event/card": "event",
  "deal/void": "rejected",
  "deal/signed": "info",
  "deal/complete": "info",
  "game/ended": "info",
};

/** The kind of news an event code is. */
export function eventKind(code: EventCode): EventKind {
  return EVENT_KIND[code];
}

const HBM_SOURCES = ["M7", "M9", "M10", "M14"];

/** The facts.md sources the engine cites for an event of this code and figures (undefined: none, or not known from the code). */
export function eventSources(e: Pick<GameEvent, "code" | "params">): string[] | undefined {
  switch (e.code) {
    case "gpu/slipped":
      return (e as EventOf<"gpu/slipped">).params.reason.why === "packaging" ? ["M30"] : HBM_SOURCES;
    case "hbm/sold_out":
      return HBM_SOURCES;
    case "licence/granted":
      return ["N20", "N21", "E21"];
    case "licence/suspended":
      return ["E5", "E21"];
    case "offtake/signed":
      return ["N22", "N45", "G14"];
    case "cloud/rented": {
      const name = (e as EventOf<"cloud/rented">).params.provider;
      return Object.values(CLOUD_PROVIDERS).find((p) => p.name === name)?.sources;
    }
    case "event/card": {
      const p = (e as EventOf<"event/card">).params;
      return p.headline === undefined ? BASE_DECK.find((c) => c.id === p.card)?.sources : undefined;
    }
    default:
      return undefined;
  }
}
