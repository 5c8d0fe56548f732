/**
 * The money line under an order form, named for what the money is: a GPU order's price, a site's capex, an
 * HBM reservation fee (paid now for every reserved quarter, not a purchase of memory), a cloud contract's
 * quarterly fee. Pure (no DOM), so the words are tested in node.
 */
import type { Order } from "../../../shared/protocol/orders";
import type { GameState } from "../../../shared/engine/state";
import { orderCost } from "../../../shared/engine/order-cost";
import { cloudFeePerQuarter } from "../../../shared/engine/cloud";
import { usd, usdK } from "../format";
import { findVendor } from "../../../shared/engine/costs";
import { findAccelerator } from "../../../shared/engine/catalogue";

/** "Price US$310M", "Reservation fee US$12M …", "No capex; fee … a quarter (opex) …". */
export function costLine(s: GameState, nation: string, o: Order): string {
  const plural = (k: number): string => `${k} quarter${k > 1 ? "s" : ""}`;
  if (o.type === "cloud_contract") return `No capex; fee ${usd(cloudFeePerQuarter(s, o))} a quarter (opex) for ${plural(o.quarters)}`;
  const cost = orderCost(s, s.nations[nation], o);
  switch (o.type) {
    case "memory_agreement":
      return `Reservation fee ${usd(cost)}, paid now for ${plural(o.quarters)} of ${(o.gbPerQuarter / 1000).toLocaleString("en-US")} TB a quarter (the HBM itself is in each GPU's price)`;
    case "build_dc":
    case "expand_dc":
      return `Capex ${usd(cost)}`;
    case "order_gpus":
      return `Price ${usd(cost)}, paid now`;
    case "talent":
      return `Programme cost ${usd(cost)} this quarter`;
    case "invest_integrator":
      return `Stake ${usd(cost)}`;
    default:
      return `Cost ${usd(cost)}`;
  }
}

/**
 * How the money line is computed, with this order's figures (its popover on hover, focus and tap), or null when the line says it all:
 * a GPU order as quantity × price a GPU, a site's capex as MW × capex a MW.
 */
export function costWhy(s: GameState, nation: string, o: Order): string | null {
  const cost = orderCost(s, s.nations[nation], o);
  if (o.type === "order_gpus" && o.quantity > 0) {
    const a = findAccelerator(s.catalogue, o.model);
    const v = findVendor(s, o.vendor);
    const pkg = o.package === "fullstack" ? "full-stack package (integration, operations, SLA)" : "components";
    return (
      `${o.quantity.toLocaleString("en-US")} × ${usdK(cost / o.quantity)} a GPU = ${usd(cost)}. The price a GPU is the ${a?.name ?? o.model}'s market price this quarter ` +
      `× ${v?.v.name ?? o.vendor}'s markup for ${pkg}, less any stake discount; paid from the treasury when the order is placed (prices: facts.md §1 catalogue; full-stack vs components: §7d, G11).`
    );
  }
  if ((o.type === "build_dc" || o.type === "expand_dc") && o.mw > 0)
    return `${o.mw} MW × ${usd(cost / o.mw)} a MW = ${usd(cost)}: the nation's build cost a MW (+ liquid cooling), × the builder's markup, × the site kind and power source (on-site generation and PPAs add capex a MW); paid when the order is placed (build cost a MW: the scenario's nation figures; power: facts.md §3b, D14–D22).`;
  return null;
}
