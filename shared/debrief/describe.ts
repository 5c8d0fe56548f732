/** Plain-language descriptions of orders for the timeline and the debrief. */
import { usd } from "../describe/money";
import type { Order } from "../protocol/orders";
import type { GameState } from "../engine/state";
import { findAccelerator, findIntegrator, findPartner } from "../engine/catalogue";

const name = (s: GameState, id?: string): string => (id ? (findIntegrator(s.catalogue, id)?.name ?? findPartner(s.catalogue, id)?.name ?? id) : "");

/** One sentence describing an order, e.g. "Ordered 2,000 B200 from Dell (full stack)". */
export function describeOrder(s: GameState, o: Order): string {
  switch (o.type) {
    case "build_dc": {
      const who =
        o.builder === "us" ? name(s, o.integrator) : o.builder === "local" ? name(s, o.partner) : `${name(s, o.integrator)} + ${name(s, o.partner)} (JV)`;
      const how =
        o.siteKind === "brownfield"
          ? " in a brownfield shell"
          : o.power === "onsite"
            ? " with on-site generation"
            : o.power === "ppa"
              ? " on a power-purchase agreement"
              : "";
      return `Founded a ${o.mw} MW ${o.cooling}-cooled data centre${how}, built by ${who}`;
    }
    case "expand_dc":
      return `Expanded ${o.dcId} by ${o.mw} MW`;
    case "sign_quote":
      return `Signed a quote from ${name(s, o.vendor)} for ${o.quantity.toLocaleString("en-US")} ${findAccelerator(s.catalogue, o.model)?.name ?? o.model} (${o.package === "fullstack" ? "full stack" : "components"}${o.asks.length ? `, after ${o.asks.length} counter-offer${o.asks.length > 1 ? "s" : ""}` : ""})`;
    case "order_gpus":
      return `Ordered ${o.quantity.toLocaleString("en-US")} ${findAccelerator(s.catalogue, o.model)?.name ?? o.model} from ${name(s, o.vendor)} (${o.package === "fullstack" ? "full stack" : "components"})`;
    case "memory_agreement":
      return `Signed an HBM agreement with ${s.catalogue.memoryMakers.find((m) => m.id === o.maker)?.name ?? o.maker}: ${(o.gbPerQuarter / 1000).toLocaleString("en-US")} TB a quarter for ${o.quarters} quarters`;
    case "cxl_upgrade":
      return `Fitted CXL memory expansion in ${o.dcId}`;
    case "talent":
      return `Funded a level-${o.level} talent programme`;
    case "policy":
      return `Turned ${o.enabled ? "on" : "off"} the ${o.policy.replace(/_/g, " ")} policy`;
    case "invest_integrator":
      return `Invested ${usd(o.amount)} in ${name(s, o.integrator)}`;
    case "hold":
      return "Held";
    case "offtake":
      return `Signed ${Math.round(o.share * 100)} % of ${o.dcId} to an anchor tenant for ${o.quarters} quarters at a fixed rent`;
    case "cloud_contract":
      return `Rented ${o.gpus.toLocaleString("en-US")} ${findAccelerator(s.catalogue, o.model)?.name ?? o.model} in ${o.provider.toUpperCase()}'s sovereign cloud for ${o.quarters} quarter${o.quarters > 1 ? "s" : ""}`;
    case "sign_licence":
      return `Signed a US export licence for ${o.volume.toLocaleString("en-US")} H100-equivalents a year over ${o.years} year${o.years > 1 ? "s" : ""}${o.asks.length ? `, after ${o.asks.length} counter-offer${o.asks.length > 1 ? "s" : ""}` : ""}`;
  }
}
