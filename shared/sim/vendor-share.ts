/**
 * Vendor share of AI games: installed PF by maker and model at the end, and which accelerators on sale
 * were ordered at all (issue #14 targets: AMD 15–45 % of installed PF; every part bought in some game).
 */
import type { Scenario } from "../scenario/schema";
import type { Difficulty } from "../ai/personality";
import { findAccelerator } from "../engine/catalogue";
import { quarterIndex, addQuarters } from "../engine/quarter";
import { dealProfiles, aiBot } from "./balance";
import { defaultProfile } from "../ai/decide";
import { runSim } from "./run";

/** Installed PF by maker and model over a set of AI games, and the games in which each model was ordered. */
export interface VendorShare {
  amdShare: number;
  perGame: number[];
  pfByModel: Record<string, number>;
  gamesOrdering: Record<string, number>;
  /** Models orderable at some point of the scenario. */
  onSale: string[];
}

/** Play AI games from `seeds` and measure vendor shares: each nation with its default personality, or ("dealt") the balance run's dealt personalities and strategies. */
export function vendorShareOfGames(
  scenario: Scenario,
  seeds: number[],
  difficulty: Difficulty = "normal",
  profiles: "default" | "dealt" = "default",
): VendorShare {
  const pfByModel: Record<string, number> = {};
  const gamesOrdering: Record<string, number> = {};
  const perGame: number[] = [];
  let amd = 0;
  let all = 0;
  let onSale: string[] = [];
  for (const seed of seeds) {
    const ids = scenario.nations.map((n) => n.id);
    const dealt = profiles === "dealt" ? dealProfiles(seed, ids, difficulty) : Object.fromEntries(ids.map((id) => [id, defaultProfile(id, difficulty)]));
    const r = runSim(scenario, seed, { bot: aiBot(dealt) });
    const cat = r.state.catalogue;
    const last = quarterIndex(addQuarters(scenario.start, scenario.turns - 1));
    onSale = cat.accelerators.filter((a) => quarterIndex(a.available) <= last).map((a) => a.id);
    let gAmd = 0;
    let gAll = 0;
    for (const id of ids) {
      for (const dc of r.state.nations[id].dataCentres) {
        for (const g of dc.gpus) {
          const a = findAccelerator(cat, g.model);
          if (!a) continue;
          const pf = a.pf * g.count;
          pfByModel[a.id] = (pfByModel[a.id] ?? 0) + pf;
          gAll += pf;
          if (a.maker === "amd") gAmd += pf;
        }
      }
    }
    const ordered = new Set<string>();
    for (const entry of r.log) {
      for (const os of Object.values(entry.orders)) for (const o of os) if (o.type === "order_gpus" || o.type === "sign_quote") ordered.add(o.model);
    }
    for (const m of ordered) gamesOrdering[m] = (gamesOrdering[m] ?? 0) + 1;
    perGame.push(gAll > 0 ? gAmd / gAll : 0);
    amd += gAmd;
    all += gAll;
  }
  return { amdShare: all > 0 ? amd / all : 0, perGame, pfByModel, gamesOrdering, onSale };
}
