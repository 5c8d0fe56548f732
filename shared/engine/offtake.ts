/**
 * Offtake contracts: a nation signs a share of one data centre's GPUs to an anchor tenant (an AI lab,
 * as xAI's 500 MW at HUMAIN or OpenAI's Stargate UK offtake, facts.md §5 N22–N27, N45–N47) for a number of
 * quarters at a fixed rent. The tenant pays the rent locked at signing whatever the market does, and its
 * share is rented in full (not only the GPUaaS share), but that capacity trains the tenant's models, not
 * the nation's (it leaves sovereign compute), and a data-localisation policy keeps foreign tenants out.
 * Simplifications (estimates): the locked rent is the market rent at signing less a 10 % anchor discount;
 * one contract per site at a time; no up-front payment.
 */
import type { OfftakeOrder, Order } from "../protocol/orders";
import type { GameState, Nation } from "./state";
import { gameEvent } from "./event-types";
import type { GameEvent } from "./event-types";
import type { ValidationResult } from "./errors";
import { OK, reject } from "./errors";
import { findAccelerator } from "./catalogue";
import { marketRent } from "./market";
import { offtakeOf } from "./offtake-book";

/** Discount an anchor tenant gets on the market rent for a long, large contract (estimate). */
export const OFFTAKE_DISCOUNT = 0.1;

export type { Offtake } from "./offtake-book";
export { offtakeOf, offtakeShare } from "./offtake-book";

/** Rules of an offtake order. */
export function checkOfftake(state: GameState, n: Nation, o: OfftakeOrder, prior: Order[]): ValidationResult {
  const dc = n.dataCentres.find((d) => d.id === o.dcId);
  if (!dc) return reject("dc/unknown", { nation: n.name, dcId: o.dcId });
  if (n.policies.data_localisation) return reject("offtake/blocked");
  if (offtakeOf(n, o.dcId, state.turn) || prior.some((p) => p.type === "offtake" && p.dcId === o.dcId)) {
    return reject("order/duplicate", { dc: dc.name });
  }
  const models = new Set([...dc.gpus.map((g) => g.model), ...n.pendingGpus.filter((p) => p.dcId === dc.id).map((p) => p.model)]);
  if (models.size === 0) return reject("offtake/blocked:gpus_installed_or", { dc: dc.name });
  return OK;
}

/** Sign the offtake: lock the rent of every model installed or on order at the site. */
export function applyOfftake(state: GameState, n: Nation, o: OfftakeOrder, events: GameEvent[]): void {
  const dc = n.dataCentres.find((d) => d.id === o.dcId)!;
  const rents: Record<string, number> = {};
  for (const m of new Set([...dc.gpus.map((g) => g.model), ...n.pendingGpus.filter((p) => p.dcId === dc.id).map((p) => p.model)])) {
    const a = findAccelerator(state.catalogue, m);
    if (a) rents[m] = Math.round(marketRent(state, a) * (1 - OFFTAKE_DISCOUNT) * 100) / 100;
  }
  (n.offtakes ??= []).push({
    id: `${n.id}-ot${state.nextId++}`,
    dcId: dc.id,
    share: o.share,
    fromTurn: state.turn,
    toTurn: state.turn + o.quarters - 1,
    rents,
  });
  events.push(
    gameEvent(state.turn, n.id, "order", "offtake/signed", { share: o.share, dc: dc.name, quarters: o.quarters, rents }, { sources: ["N22", "N45", "G14"] }),
  );
}
