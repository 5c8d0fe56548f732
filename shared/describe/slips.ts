/** The words of the debrief's summed delivery slips (shared/debrief/slips.ts): one line per nation, quarter and cause. */
import type { SlipSum } from "../debrief/slips";
import type { EventContext } from "./events";
import { slipText } from "./events";
import { num } from "./money";

const modelName = (ctx: EventContext, id: string): string => ctx.catalogue.accelerators.find((a) => a.id === id)?.name ?? id;

/** "Your AMD MI355X order slipped …" for one order, "3 GPU orders slipped one quarter (12,400 still to come: …): …" for several. */
export function describeSlipSum(g: SlipSum, ctx: EventContext): string {
  const r = g.reason.why === "packaging" ? g.reason : { ...g.reason, servedFirst: g.servedFirst, reserved: g.reserved };
  if (g.orders === 1) return `Your ${modelName(ctx, g.models[0][0])} order slipped one quarter (${num(g.left)} still to come): ${slipText(r)}.`;
  const models = g.models.map(([id, left]) => `${num(left)} ${modelName(ctx, id)}`).join(", ");
  const [lo, hi] = g.pct;
  const got = `these ${g.orders} orders got ${lo === hi ? `${lo} %` : `${lo}–${hi} %`}`;
  return `${g.orders} GPU orders slipped one quarter (${num(g.left)} GPUs still to come: ${models}): ${slipText(r, got)}.`;
}
