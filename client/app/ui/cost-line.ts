/**
 * The money line under an order form, named for what the money is: a GPU order's price, a site's capex, an
 * HBM reservation fee (paid now for every reserved quarter, not a purchase of memory), a cloud contract's
 * quarterly fee. Pure (no DOM), so the words are tested in node.
 */
import type { Order } from "../../../shared/protocol/orders";
import type { GameState } from "../../../shared/engine/state";
import { orderCost } from "../../../shared/engine/order-cost";
import { cloudFeePerQuarter } from "../../../shared/engine/cloud";
import { usd } from "../format";

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
