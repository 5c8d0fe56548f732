/** The words of what an AI nation says about a deal and of the table's note on a countered proposal (shared/ai/deal-said.ts codes). */
import type { DealSaid, DealSaidParams, SaidQuarter } from "../ai/deal-said";
import { usd } from "./money";
import { describeRefusal, describeViolation } from "./refusals";

const quarter = (q: SaidQuarter): string => `Q${q.q} ${q.year}`;
/** "2.4 score points", "1.0 score point". */
const pts = (x: number): string => `${Math.abs(x).toFixed(1)} score point${Math.abs(x) >= 0.95 && Math.abs(x) < 1.05 ? "" : "s"}`;

/** The sentence of every code. */
export const DEAL_SAID_TEXT: { [C in keyof DealSaidParams]: (p: DealSaidParams[C]) => string } = {
  "deal/unavailable": () => "It cannot take part in deals now.",
  "deal/cannot": (p) => `${p.nation} cannot do this: ${describeViolation(p.violation)}`,
  "deal/accept_free": (p) => `${p.nation} accepts: it gives nothing binding in this deal.`,
  "deal/accept": (p) => `${p.nation} accepts: by its projection the deal is worth about ${pts(p.points)} to it by ${quarter(p.by)}.`,
  "deal/refuse_nothing": (p) => `${p.nation} refuses: it would give up about ${pts(p.points)} by ${quarter(p.by)} and get nothing binding in return.`,
  "deal/refuse_cost": (p) =>
    `${p.nation} refuses: by its projection the deal would cost it about ${pts(p.points)} by ${quarter(p.by)}, more than ${p.other} could reasonably make up.`,
  "deal/refuse_full": (p) =>
    `${p.nation} refuses: the deal would cost it about ${pts(p.points)} by ${quarter(p.by)}, and an offer holds no more items for the cash it would ask.`,
  "deal/counter": (p) =>
    `${p.nation} counters: as proposed the deal would cost it about ${pts(p.points)} by ${quarter(p.by)}; it asks ${p.other} for ${p.perQuarter > 0 ? `${usd(p.perQuarter)} a quarter` : `${usd(p.now)} now`} more.`,
  "deal/offer": (p) => {
    const what =
      p.gb !== undefined
        ? `${(p.gb / 1000).toLocaleString("en-US")} TB of its HBM allocation a quarter`
        : `${(p.count ?? 0).toLocaleString("en-US")} ${p.model ?? ""} of spare capacity`;
    return `${p.nation} offers ${p.to} ${what} for ${usd(p.perQuarter)} a quarter, for ${p.quarters} quarters.`;
  },
  "deal/countered": (p) => `Countered by ${p.nation}.`,
  "deal/not_signed": (p) => `${p.nation} could not sign: ${describeRefusal(p.refusal)}`,
};

/** What was said about a deal, in words. */
export function describeDealSaid(s: DealSaid): string {
  return (DEAL_SAID_TEXT[s.code] as (p: DealSaid["params"]) => string)(s.params);
}
