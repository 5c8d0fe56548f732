/**
 * AI nations that open negotiations: at the start of some quarters an AI nation offers a player's nation
 * what it can spare (GPU capacity it has installed, or part of its HBM allocation) for the cash that makes
 * the deal worthwhile by its own projection (valueDeal on its own view), plus a margin. Decided from the
 * AI's view and the other nations' public figures only; deterministic for the same view.
 */
import type { DealSaid } from "./deal-said";
import type { DealItem, DealTerms } from "../protocol/deals";
import type { GameView } from "../engine/view";
import type { AiProfile } from "./decide";
import { defaultProfile } from "./decide";
import { hash64 } from "../engine/hash";
import { roundUp, valueDeal } from "./deal-judge";
import { LEASE_UTILISATION, leasedOut } from "../engine/deals";
import { marketRent } from "../engine/market";

/** An AI nation's opening offer, with the sentence the player reads. */
export interface DealOffer {
  terms: DealTerms;
  /** What the AI says with its offer (shared/describe/deal-reasons.ts writes it). */
  said: DealSaid;
}

/** Quarters an offered deal lasts. */
const OFFER_QUARTERS = 2;
/** Share of its installed GPUs of one model, or of its HBM agreement, an AI offers. */
const OFFER_SHARE = 0.2;
/** Premium over break-even the AI asks, by difficulty. */
const PREMIUM: Record<AiProfile["difficulty"], number> = { easy: 1.05, normal: 1.25, hard: 1.4 };
/**
 * Most an AI asks for leased GPUs, as a multiple of what the same GPU-hours fetch on the rental market
 * (market rent × LEASE_UTILISATION): a lessee paying more would rent from a GPU cloud instead (estimate; the
 * rents of market.ts sit inside each year's sourced band, G1–G9). An AI that values its GPUs above this keeps them.
 */
export const LEASE_ASK_CAP = 4;

/** What `count` GPUs of `model` earn a quarter on the rental market this quarter, US$ M (the reference price of a lease). */
export function leaseMarketPerQuarter(view: GameView, model: string, count: number): number {
  const a = view.catalogue.accelerators.find((x) => x.id === model);
  return a ? (count * view.catalogue.hoursPerQuarter * marketRent(view, a) * LEASE_UTILISATION) / 1e6 : 0;
}

/**
 * The offer `nation` makes this quarter to one of `players` (nations played by people), or null. An AI
 * offers every other quarter (odd or even ones, fixed per scenario and nation), to the player with the least compute.
 */
export function aiOffer(view: GameView, nation: string, players: string[], profile: AiProfile = defaultProfile(nation)): DealOffer | null {
  const me = view.own.find((n) => n.id === nation);
  if (!me || view.finished || players.length === 0 || view.turn + OFFER_QUARTERS - 1 > view.maxTurns) return null;
  if ((view.turn + parseInt(hash64(`${view.scenarioId}|${nation}|offers`).slice(0, 8), 16)) % 2 !== 0) return null;
  const target = view.nations.filter((n) => players.includes(n.id) && n.id !== nation).sort((a, b) => a.compute - b.compute || a.id.localeCompare(b.id))[0];
  if (!target) return null;

  const offers: { item: DealItem; what: { count: number; model: string } | { gb: number } }[] = [];
  const byModel = new Map<string, number>();
  for (const dc of me.dataCentres) if (dc.status === "online") for (const g of dc.gpus) byModel.set(g.model, (byModel.get(g.model) ?? 0) + g.count);
  const last = view.turn + OFFER_QUARTERS - 1;
  const [model, count] = [...byModel.entries()]
    .map(([m, c]): [string, number] => [m, c - leasedOut(view.deals, nation, m, view.turn, last)])
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? ["", 0];
  const spare = Math.floor((count * OFFER_SHARE) / 50) * 50;
  const name = view.catalogue.accelerators.find((a) => a.id === model)?.name ?? model;
  if (spare >= 100 && profile.personality !== "hawk")
    offers.push({ item: { kind: "gpu_lease", giver: "from", model, count: spare }, what: { count: spare, model: name } });
  const agreement = me.memoryAgreements.find((m) => m.fromTurn <= view.turn + 1 && m.toTurn >= view.turn + OFFER_QUARTERS - 1 && m.gbPerQuarter >= 5000);
  if (agreement && profile.personality === "leverager") {
    const gb = Math.floor((agreement.gbPerQuarter * OFFER_SHARE) / 1000) * 1000;
    offers.unshift({
      item: { kind: "hbm_transfer", giver: "from", gbPerQuarter: gb },
      what: { gb },
    });
  }

  for (const { item, what } of offers) {
    const bare: DealTerms = { from: nation, to: target.id, quarters: OFFER_QUARTERS, items: [item] };
    const v = valueDeal(view, nation, bare, profile);
    if (!v.ok) continue;
    const breakEven = Math.max(0, -v.gain / v.perM);
    let perQuarter = roundUp(breakEven * PREMIUM[profile.difficulty], OFFER_QUARTERS).perQuarter;
    if (item.kind === "gpu_lease") {
      // Priced from the rental market: at least the market's rent for the same GPU-hours, never above LEASE_ASK_CAP × it.
      const market = leaseMarketPerQuarter(view, item.model, item.count);
      perQuarter = Math.max(perQuarter, roundUp(market * OFFER_QUARTERS, OFFER_QUARTERS).perQuarter);
      if (perQuarter > LEASE_ASK_CAP * market) continue;
    }
    const terms: DealTerms = { ...bare, items: [item, { kind: "cash", giver: "to", now: 0, perQuarter }] };
    const check = valueDeal(view, nation, terms, profile);
    if (!check.ok || check.gain <= 0) continue;
    return { terms, said: { code: "deal/offer", params: { nation: me.name, to: target.name, ...what, perQuarter, quarters: OFFER_QUARTERS } } };
  }
  return null;
}
