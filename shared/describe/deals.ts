/** A deal's items in one line of words (the deals panel, the facilitator's console, the news of a signed deal, the debrief). */
import type { DealTerms } from "../protocol/deals";
import type { GameState } from "../engine/state";
import { findAccelerator } from "../engine/catalogue";
import { giverOf, otherOf } from "../engine/lease-compute";
import { usd } from "./money";

/** What describing a deal needs: nation names and the catalogue (a GameState, or a seat's view as a map). */
export interface DealContext {
  catalogue: GameState["catalogue"];
  nations: Record<string, { name: string }>;
}

/** One line describing a deal's items, e.g. "South Korea pays US$50M a quarter; India leases 512 H100". */
export function describeDeal(state: DealContext, d: DealTerms): string {
  const name = (id: string): string => state.nations[id]?.name ?? id;
  return d.items
    .map((it) => {
      switch (it.kind) {
        case "cash":
          return `${name(giverOf(d, it))} pays ${[it.now > 0 ? `${usd(it.now)} now` : "", it.perQuarter > 0 ? `${usd(it.perQuarter)} a quarter` : ""].filter(Boolean).join(" and ")}`;
        case "gpu_lease":
          return `${name(giverOf(d, it))} leases ${it.count.toLocaleString("en-US")} ${findAccelerator(state.catalogue, it.model)?.name ?? it.model} to ${name(otherOf(d, it))}`;
        case "co_invest":
          return `${name(giverOf(d, it))} shares ${Math.round(it.share * 100)}% of ${it.dcId} with ${name(otherOf(d, it))}`;
        case "hbm_transfer":
          return `${name(giverOf(d, it))} transfers ${it.gbPerQuarter.toLocaleString("en-US")} GB of HBM a quarter to ${name(otherOf(d, it))}`;
        case "joint_training":
          return "both train a joint model";
        case "statement":
          return `${name(giverOf(d, it))} states (not binding): "${it.text}"`;
      }
    })
    .join("; ");
}
