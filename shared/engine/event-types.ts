/**
 * What the engine says happened: a code and its figures, never a sentence. Each code has its own parameters;
 * `describeEvent` in shared/describe/events.ts writes the sentence (the one describer shared by the client, the
 * debrief and the tests). Nations are ids, models are catalogue ids; names of places and firms are data.
 */
import type { DealTerms } from "../protocol/deals";
import type { Params, ViolationKey } from "./errors";

/** A quarter as figures ({ year: 2027, q: 3 }). */
export interface EventQuarter {
  year: number;
  q: 1 | 2 | 3 | 4;
}

/** A rule violation carried by an event (its key and figures; shared/describe/refusals.ts writes it). */
export interface EventViolation {
  key: ViolationKey;
  params: Params;
}

/** How a data-centre build is planned: quarters of permits, construction and power wait, and where its power comes from. */
export interface EventPlan {
  permit: number;
  construction: number;
  powerWait: number;
  /** US$ per MWh. */
  powerPrice: number;
  brownfield: boolean;
  power: "grid" | "onsite" | "ppa";
}

/** Why the rest of a GPU order slipped a quarter, with the figures. */
export type SlipReason =
  | { why: "packaging"; slots: number }
  | {
      why: "no_agreement" | "agreement_short" | "unqualified";
      pool: string;
      demandGb: number;
      supplyGb: number;
      /** Per cent of what was due that was delivered. */
      pct: number;
      /** Priority orders were served first (and this order got nothing). */
      servedFirst: boolean;
      /** GPUs that came from the reserved volume (agreement_short). */
      reserved?: number;
      /** Memory makers whose agreements do not cover the pool (unqualified). */
      makers?: string[];
      year?: number;
    };

/** Why the US suspended an export licence. */
export type SuspensionReason = { why: "missed_pledge"; pledge: number } | { why: "no_audit" } | { why: "breach" };

/** The parameters of each event code. */
export interface EventParams {
  /** An order was not carried out at resolution. */
  "order/rejected": { violation: EventViolation };
  "dc/build": { builder: string; mw: number; cooling: string; site: string; cost: number; online: EventQuarter; plan: EventPlan };
  "dc/expand": { dc: string; mw: number; cost: number; online: EventQuarter; plan: EventPlan };
  "dc/online": { dc: string; mw: number; cooling: string };
  /** The public news of a site coming online (nation id, place without the size). */
  "dc/online_public": { nation: string; mw: number; place: string };
  "dc/cxl": { dc: string; cost: number; uplift: number };
  "gpu/ordered": { count: number; model: string; vendor: string; fullstack: boolean; cost: number; due: EventQuarter };
  "gpu/quote_signed": {
    count: number;
    model: string;
    vendor: string;
    /** US$ M per unit. */
    unitPrice: number;
    cost: number;
    vendorRuns: boolean;
    inCountry: boolean;
    due: EventQuarter;
  };
  "gpu/delivered": { count: number; model: string; dc: string; waiting: boolean };
  "gpu/slipped": { model: string; left: number; reason: SlipReason };
  "hbm/sold_out": { pool: string; demandGb: number; supplyGb: number };
  "hbm/agreement": { maker: string; gb: number; quarters: number; cost: number; pools: string[]; year: number; hbm4: boolean };
  "policy/talent": { level: number; cost: number };
  "policy/set": { policy: string; on: boolean };
  "finance/invested": { integrator: string; amount: number; stake: number };
  "finance/unpaid": { opex: number; held: number };
  "finance/quarter": { quarter: EventQuarter; compute: number; revenue: number; opex: number; budget: number; pending: number; models: string[] };
  "offtake/signed": { share: number; dc: string; quarters: number; rents: Record<string, number> };
  "cloud/rented": { provider: string; count: number; model: string; quarters: number; fee: number };
  "licence/granted": { nation: string; volume: number; toTurn: number; now: boolean; conditions: string[]; pledge: number };
  "licence/suspended": { nation: string; until: number; reason: SuspensionReason };
  "licence/pledge_paid": { pledge: number };
  "milestone/llm": { nation: string; language: string };
  /** An objective met; its text is the scenario's. */
  "objective/met": { nation: string; secret: boolean; objective: string; points: number };
  /** An event card: a card of the base deck by its id alone (its words are in shared/engine/deck.ts), any other card with its words. */
  "event/card": { card: string; headline?: string; text?: string; realWorld?: string };
  "deal/void": { from: string; to: string; violation: EventViolation };
  "deal/signed": { deal: DealTerms };
  "deal/complete": { from: string; to: string };
  "game/ended": { quarter: EventQuarter };
}

/** An event code. */
export type EventCode = keyof EventParams;

/** A code with its own parameters. */
export type EventBody = { [C in EventCode]: { code: C; params: EventParams[C] } }[EventCode];

/** What kind of news an event is (the client groups and filters by it). */
export type EventKind = "event" | "order" | "delivery" | "slip" | "build" | "online" | "milestone" | "finance" | "policy" | "rejected" | "objective" | "info";

/** Something that happened during resolution: who may see it, its kind, its code and figures, and its sources. */
export type GameEvent = {
  turn: number;
  /** null = public news; otherwise only this nation (and the facilitator) sees it. */
  nation: string | null;
  kind: EventKind;
  /** Source ids from facts.md behind the event, where one stands behind it. */
  sources?: string[];
} & EventBody;

/** An event of one code, typed by its parameters. */
export type EventOf<C extends EventCode> = GameEvent & { code: C; params: EventParams[C] };

/** Build an event: the one constructor the engine uses (code and figures, no text; `cite` names its facts.md sources). */
export function gameEvent<C extends EventCode>(
  turn: number,
  nation: string | null,
  kind: EventKind,
  code: C,
  params: EventParams[C],
  cite?: { sources: string[] },
): GameEvent {
  return (cite ? { turn, nation, kind, code, params, sources: cite.sources } : { turn, nation, kind, code, params }) as GameEvent;
}

/** A sum of US$ M at the precision the news shows it (shared/describe/money.ts `usd`): tenths below 10, whole below 1,000, then tens. */
export function money(m: number): number {
  const a = Math.abs(m);
  return (a < 10 ? Math.round(m * 10) / 10 : a < 1000 ? Math.round(m) : Math.round(m / 10) * 10) + 0;
}

/** Narrow an event to one code. */
export function isEvent<C extends EventCode>(e: GameEvent, code: C): e is EventOf<C> {
  return e.code === code;
}
