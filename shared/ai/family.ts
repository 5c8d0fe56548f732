/**
 * Strategy families (the balance report's categories): what a nation actually did over a game, read
 * from its orders. A nation belongs to exactly one family, checked in this order:
 * JV/trilateral (a joint-venture site or an integrator stake), US full-stack (most GPU money on
 * integrator-run full-stack packages), local-only (no US-built site and most GPU money through local
 * partners or self-run components), then AMD-heavy or NVIDIA-heavy by the maker of most of its GPUs.
 */
import type { Order } from "../protocol/orders";
import type { Catalogue } from "../engine/state";

/** The strategy families of the balance report. */
export const FAMILIES = ["jv_trilateral", "us_fullstack", "local_only", "amd_heavy", "nvidia_heavy"] as const;
/** One strategy family. */
export type Family = (typeof FAMILIES)[number];
/** How the report names each family. */
export const FAMILY_NAMES: Record<Family, string> = {
  jv_trilateral: "JV / trilateral", us_fullstack: "US full-stack", local_only: "Local-only", amd_heavy: "AMD-heavy", nvidia_heavy: "NVIDIA-heavy",
};

/** The family of a nation that gave `orders` over a game. */
export function strategyFamily(orders: Order[], catalogue: Catalogue): Family {
  const partners = new Set(catalogue.localPartners.map((p) => p.id));
  let fullstackUs = 0, local = 0, total = 0, amd = 0, gpus = 0;
  let jv = false, usBuilt = false;
  for (const o of orders) {
    if (o.type === "build_dc") {
      if (o.builder === "jv") jv = true;
      if (o.builder === "us") usBuilt = true;
    } else if (o.type === "invest_integrator") {
      jv = true;
    } else if (o.type === "order_gpus" || o.type === "sign_quote") {
      const a = catalogue.accelerators.find((x) => x.id === o.model);
      if (!a) continue;
      const spend = a.priceK * o.quantity;
      total += spend;
      gpus += o.quantity;
      if (a.maker === "amd") amd += o.quantity;
      if (!partners.has(o.vendor) && o.package === "fullstack") fullstackUs += spend;
      if (partners.has(o.vendor) || o.package === "components") local += spend;
    }
  }
  if (jv) return "jv_trilateral";
  if (total > 0 && fullstackUs / total >= 0.6) return "us_fullstack";
  if (!usBuilt && total > 0 && local / total >= 0.6) return "local_only";
  return gpus > 0 && amd / gpus >= 0.5 ? "amd_heavy" : "nvidia_heavy";
}
