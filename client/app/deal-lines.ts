/**
 * Deal terms in words for the deals panel and the negotiation table: what each side gives and gets,
 * with the figures behind each item (PF of a lease, GB of HBM, cash held in escrow).
 */
import type { DealItem, DealTerms } from "../../shared/protocol/deals";
import type { GameView } from "../../shared/engine/view";
import type { DealContext } from "../../shared/engine/deals";
import { giverOf, JOINT_POOL_SHARE, LEASE_UTILISATION, otherOf } from "../../shared/engine/deals";
import { pf, usd } from "./format";

/** One side of a deal in words. */
export interface DealSideLines {
  id: string;
  name: string;
  colour: string;
  flag: string;
  gives: string[];
  gets: string[];
}

/** A card on the negotiation table: which side puts the item on the table, and its text. */
export interface DealCard {
  key: string;
  side: "from" | "to" | "both";
  title: string;
  detail: string;
}

const q = (n: number): string => `${n} quarter${n === 1 ? "" : "s"}`;

/** Short title and detail of one item, seen from the table. */
export function itemCard(view: GameView, terms: DealTerms, it: DealItem): { title: string; detail: string } {
  switch (it.kind) {
    case "cash": {
      const parts = [it.now > 0 ? `${usd(it.now)} now` : "", it.perQuarter > 0 ? `${usd(it.perQuarter)} a quarter` : ""].filter(Boolean);
      return {
        title: parts.join(" + "),
        detail: `Cash, ${usd(it.now + it.perQuarter * terms.quarters)} in all; the quarterly part is held in escrow at signing.`,
      };
    }
    case "gpu_lease": {
      const a = view.catalogue.accelerators.find((x) => x.id === it.model);
      const peak = (a?.pf ?? 0) * it.count;
      return {
        title: `${it.count.toLocaleString("en-US")} ${a?.name ?? it.model}`,
        detail: `GPU lease for ${q(terms.quarters)}: ${pf(peak)} peak, about ${pf(peak * LEASE_UTILISATION)} effective (run by the lessor at ${Math.round(LEASE_UTILISATION * 100)} % utilisation).`,
      };
    }
    case "co_invest": {
      const dc = view.nations.flatMap((n) => n.dataCentres).find((d) => d.id === it.dcId);
      return {
        title: `${Math.round(it.share * 100)} % of ${dc?.name ?? it.dcId}`,
        detail: `Co-investment: that share of the site's effective compute for ${q(terms.quarters)}.`,
      };
    }
    case "hbm_transfer":
      return {
        title: `${(it.gbPerQuarter / 1000).toLocaleString("en-US")} TB HBM / quarter`,
        detail: `HBM allocation moved from the giver's memory agreement for ${q(terms.quarters)}.`,
      };
    case "joint_training":
      return {
        title: "Joint model training",
        detail: `Both sides gain expertise and the capability ${Math.round(JOINT_POOL_SHARE * 100)} % of the partner's nation-run compute would train, every quarter.`,
      };
    case "statement":
      return { title: `“${it.text}”`, detail: "A statement: not binding, recorded in the promise ledger the debrief shows." };
  }
}

/** The cards of a deal, each keyed so the table can move it when a counter-offer changes sides. */
export function dealCards(view: GameView, terms: DealTerms): DealCard[] {
  const seen = new Map<string, number>();
  return terms.items.map((it) => {
    const base = it.kind === "gpu_lease" ? `lease-${it.model}` : it.kind === "co_invest" ? `share-${it.dcId}` : it.kind;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return { key: `${base}-${n}`, side: "giver" in it ? it.giver : "both", ...itemCard(view, terms, it) };
  });
}

/** What each side of a deal gives and gets, in words. */
export function dealSides(view: GameView, terms: DealTerms): [DealSideLines, DealSideLines] {
  const side = (id: string): DealSideLines => {
    const n = view.nations.find((x) => x.id === id);
    return { id, name: n?.name ?? id, colour: n?.colour ?? "#bbbbbb", flag: (n?.flag ?? id).toUpperCase(), gives: [], gets: [] };
  };
  const from = side(terms.from),
    to = side(terms.to);
  for (const it of terms.items) {
    const { title } = itemCard(view, terms, it);
    if (!("giver" in it)) {
      from.gives.push(title);
      to.gives.push(title);
      from.gets.push(title);
      to.gets.push(title);
      continue;
    }
    const [g, o] = it.giver === "from" ? [from, to] : [to, from];
    g.gives.push(it.kind === "statement" ? `says ${title}` : title);
    if (it.kind !== "statement") o.gets.push(title);
  }
  return [from, to];
}

/** Net peak PF a nation leases in (+) or out (−) through GPU leases in force this quarter. */
export function leasedPf(view: GameView, nation: string): number {
  let net = 0;
  for (const d of view.deals) {
    if (d.signedTurn > view.turn || d.untilTurn < view.turn) continue;
    for (const it of d.items) {
      if (it.kind !== "gpu_lease") continue;
      const giver = giverOf(d, it);
      const other = otherOf(d, it);
      const peak = (view.catalogue.accelerators.find((a) => a.id === it.model)?.pf ?? 0) * it.count;
      if (giver === nation) net -= peak;
      else if (other === nation) net += peak;
    }
  }
  return net;
}

/** What describeDeal needs, from a seat's view: nation names and the catalogue. */
export function dealContext(view: GameView): DealContext {
  return { catalogue: view.catalogue, nations: Object.fromEntries(view.nations.map((n) => [n.id, n])) };
}
