/**
 * What moves on the map, as data: GPU deliveries (from the US to the data centre they are due at), HBM
 * supply under your memory agreements (from Korea), goods and money moving under signed deals, and other
 * nations' sites under construction (a faint line from the US: their public GPU supply). The scene draws
 * them as moving dashes; the map's text alternative lists them.
 */
import type { GameView } from "../../../shared/engine/view";
import { giverOf, otherOf } from "../../../shared/engine/deals";

/** Where GPUs ship from (the US vendors; a simplification: one origin for every accelerator). */
export const US_ORIGIN = { lon: -98, lat: 39 };
/** The flag of the GPU vendors' origin (the US label on the map). */
export const US_FLAG = "us";
/** Where HBM ships from (SK hynix and Samsung; a simplification: one origin for every memory maker). */
export const KOREA_ORIGIN = { lon: 127.5, lat: 36.5 };

/** Colours of signed deals' flows on the map, by what moves. */
export const DEAL_COLOURS: Record<string, number> = {
  cash: 0x009e73,
  gpu_lease: 0xf0e442,
  co_invest: 0x56b4e9,
  hbm_transfer: 0xcc79a7,
  joint_training: 0xffffff,
};
const DEAL_WORDS: Record<string, string> = {
  cash: "payments",
  gpu_lease: "leased GPUs",
  co_invest: "a data-centre share",
  hbm_transfer: "HBM",
  joint_training: "joint training",
};

/** One line on the map. */
export interface MapFlow {
  kind: "gpu" | "hbm" | "deal" | "construction";
  from: { lon: number; lat: number };
  to: { lon: number; lat: number };
  colour: number;
  alpha: number;
  /** One sentence for the tooltip and the text alternative. */
  text: string;
  /** True when it concerns the seat's own nation (listed in the text alternative). */
  mine: boolean;
}

/** Every flow to draw for this view. */
export function flowsOf(view: GameView): MapFlow[] {
  const out: MapFlow[] = [];
  const name = (id: string): string => view.nations.find((n) => n.id === id)?.name ?? id;
  const anchor = (id: string): { lon: number; lat: number } | null => {
    const dc = view.nations.find((n) => n.id === id)?.dataCentres[0];
    return dc ? { lon: dc.lon, lat: dc.lat } : null;
  };
  const mineIds = new Set(view.seat.kind === "nation" ? [view.seat.nation] : []);
  for (const own of view.own) {
    for (const p of own.pendingGpus) {
      const dc = own.dataCentres.find((d) => d.id === p.dcId);
      if (dc)
        out.push({
          kind: "gpu",
          from: US_ORIGIN,
          to: { lon: dc.lon, lat: dc.lat },
          colour: 0xe69f00,
          alpha: 0.9,
          mine: mineIds.has(own.id),
          text: `GPU delivery: ${p.quantity.toLocaleString("en-US")} ${p.model.toUpperCase()} from the US to ${dc.name}, due turn ${p.dueTurn}`,
        });
    }
    const hbm = own.memoryAgreements.filter((m) => m.toTurn >= view.turn);
    if (hbm.length && own.dataCentres[0]) {
      const gb = hbm.reduce((s, m) => s + m.gbPerQuarter, 0);
      out.push({
        kind: "hbm",
        from: KOREA_ORIGIN,
        to: { lon: own.dataCentres[0].lon, lat: own.dataCentres[0].lat },
        colour: 0xcc79a7,
        alpha: 0.9,
        mine: mineIds.has(own.id),
        text: `HBM supply: ${gb.toLocaleString("en-US")} GB a quarter under ${hbm.length} memory agreement${hbm.length > 1 ? "s" : ""} to ${own.name}`,
      });
    }
  }
  for (const d of view.deals) {
    if (d.signedTurn > view.turn || d.untilTurn < view.turn) continue;
    for (const it of d.items) {
      if (!("giver" in it) || it.kind === "statement") continue;
      const from = anchor(giverOf(d, it)),
        to = anchor(otherOf(d, it));
      if (!from || !to) continue;
      out.push({
        kind: "deal",
        from,
        to,
        colour: DEAL_COLOURS[it.kind] ?? 0xffffff,
        alpha: 1,
        mine: mineIds.has(d.from) || mineIds.has(d.to),
        text: `Deal: ${DEAL_WORDS[it.kind] ?? it.kind} from ${name(giverOf(d, it))} to ${name(otherOf(d, it))} until turn ${d.untilTurn}`,
      });
    }
  }
  for (const n of view.nations) {
    const d = n.dataCentres.find((x) => x.status !== "online");
    if (d)
      out.push({
        kind: "construction",
        from: US_ORIGIN,
        to: { lon: d.lon, lat: d.lat },
        colour: 0x999999,
        alpha: 0.35,
        mine: mineIds.has(n.id),
        text: `${n.name}: ${d.name} is ${d.status === "building" ? "under construction" : "planned"} (GPUs from the US)`,
      });
  }
  return out;
}
