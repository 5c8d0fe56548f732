/** Resolution phase 2: events of the quarter (scheduled, injected, drawn from the seeded deck) and their effects. */
import type { Effect, EventCard, GameState, Nation } from "./state";
import { gameEvent } from "./event-types";
import { BASE_DECK } from "./deck";
import type { GameEvent } from "./event-types";
import { nextFloat, nextInt } from "./rng";
import { gridCrunch, powerPriceShock } from "./power";
import { reviewLicence, scaleLicences } from "./licences";

/** Nations an effect's `nations` list names ("*" = all). */
export function targets(state: GameState, nations: string[]): Nation[] {
  return nations.includes("*") ? state.order.map((id) => state.nations[id]) : nations.filter((id) => state.nations[id]).map((id) => state.nations[id]);
}

/** Apply one effect to the state. */
export function applyEffect(state: GameState, e: Effect, events: GameEvent[] = []): void {
  const until = (q: number): number => state.turn + q - 1;
  switch (e.kind) {
    case "hbm_supply":
    case "packaging_cap":
      state.market.modifiers.push({ kind: e.kind, factor: e.factor, untilTurn: until(e.quarters) });
      return;
    case "gpu_price":
      state.market.modifiers.push({ kind: "gpu_price", maker: e.maker, factor: e.factor, untilTurn: until(e.quarters) });
      return;
    case "power_price":
      for (const n of targets(state, e.nations)) powerPriceShock(n, e.factor);
      return;
    case "support":
      for (const n of targets(state, e.nations)) {
        if (e.ifSovereigntyAbove === undefined || n.sovereignty > e.ifSovereigntyAbove) n.support = clamp(n.support + e.delta, 0, 100);
      }
      return;
    case "expertise":
      for (const n of targets(state, e.nations)) n.expertise = clamp(n.expertise + e.delta, 0, 100);
      return;
    case "rent_price":
      state.market.rentIndex = Math.round(state.market.rentIndex * e.factor * 1000) / 1000;
      return;
    case "build_delay":
      for (const n of targets(state, e.nations)) {
        n.buildDelay += e.quarters;
        gridCrunch(n);
      }
      return;
    case "treasury":
      for (const n of targets(state, e.nations)) n.treasury = Math.max(n.treasuryFloor, n.treasury + e.delta);
      return;
    case "licence_volume":
      for (const n of targets(state, e.nations)) scaleLicences(n, e.factor);
      return;
    case "licence_review":
      for (const n of targets(state, e.nations)) reviewLicence(state, n, e.quarters, e.unlessAudited ?? false, events);
      return;
  }
}

/** Clamp x into [lo, hi]. */
export function clamp(x: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, x));
}

/** The cards that fire this quarter: scheduled ones, injects, then maybe one drawn from the deck. */
export function drawEvents(state: GameState, injects: EventCard[]): EventCard[] {
  const cards = state.scheduled.filter((s) => s.turn === state.turn).map((s) => s.card);
  cards.push(...injects);
  if (state.deck.length > 0 && nextFloat(state.rng) < state.eventChance) {
    const i = nextInt(state.rng, state.deck.length);
    cards.push(state.deck[i]);
    state.deck.splice(i, 1);
  }
  return cards;
}

/** Apply this quarter's events and write them to the public news. */
export function runEvents(state: GameState, injects: EventCard[], events: GameEvent[]): EventCard[] {
  const cards = drawEvents(state, injects);
  for (const card of cards) {
    for (const e of card.effects) applyEffect(state, e, events);
    const known = BASE_DECK.find((c) => c.id === card.id);
    const same = known && known.headline === card.headline && known.text === card.text && known.realWorld === card.realWorld;
    const words = same ? {} : { headline: card.headline, text: card.text, realWorld: card.realWorld };
    events.push(gameEvent(state.turn, null, "event", "event/card", { card: card.id, ...words }, { sources: card.sources }));
  }
  state.market.modifiers = state.market.modifiers.filter((m) => m.untilTurn >= state.turn);
  return cards;
}
