/**
 * Previews computed with the same engine: what a nation's drafted orders would do this quarter, and
 * what a facilitator inject would do to every nation. Both resolve a copy; the real state never changes.
 * (Random deck draws are switched off in previews: the preview shows the orders' or inject's own effect.)
 */
import type { Order } from "../protocol/orders";
import type { EventCard, GameState } from "./state";
import { resolveTurn } from "./resolve";
import { effectLines } from "../describe/effects";
import { structuredCloneJson } from "./view";
import { addQuarters, quarterLabel } from "./quarter";

/** Change of a nation's headline figures over one resolved quarter. */
export interface PreviewDelta {
  nation: string;
  treasury: number;
  compute: number;
  effectiveCompute: number;
  sovereignty: number;
  expertise: number;
  score: number;
  /** Compute (PF) that the orders bring online by their delivery quarter, with that quarter's label. */
  pendingCompute: number;
  onlineBy: string | null;
}

function resolveQuiet(state: GameState, orders: Record<string, Order[]>, injects: EventCard[] = []): GameState {
  const quiet = structuredCloneJson(state);
  quiet.eventChance = 0;
  quiet.scheduled = [];
  return resolveTurn(quiet, orders, { injects }).state;
}

function delta(before: GameState, after: GameState, id: string): PreviewDelta {
  const a = after.nations[id];
  const h = a.history[a.history.length - 1];
  const b = before.nations[id];
  const hb = b.history[b.history.length - 1];
  const pending = a.pendingGpus.filter((p) => p.orderedTurn === before.turn);
  const pendingCompute = pending.reduce((s, p) => s + p.quantity * (after.catalogue.accelerators.find((x) => x.id === p.model)?.pf ?? 0), 0);
  const due = pending.length > 0 ? Math.max(...pending.map((p) => p.dueTurn)) : null;
  return {
    nation: id,
    treasury: a.treasury - b.treasury,
    compute: h.compute - (hb?.compute ?? 0),
    effectiveCompute: h.effectiveCompute - (hb?.effectiveCompute ?? 0),
    sovereignty: Math.round((a.sovereignty - b.sovereignty) * 1000) / 1000,
    expertise: Math.round((a.expertise - b.expertise) * 10) / 10,
    score: a.score - b.score,
    pendingCompute,
    onlineBy: due === null ? null : quarterLabel(addQuarters(before.quarter, due - before.turn)),
  };
}

/** The effect of a nation's drafted orders this quarter, compared with holding (others hold in both). */
export function previewOrders(
  state: GameState,
  nation: string,
  orders: Order[],
): { withOrders: PreviewDelta; holding: PreviewDelta; difference: PreviewDelta } {
  const withOrders = delta(state, resolveQuiet(state, { [nation]: orders }), nation);
  const holding = delta(state, resolveQuiet(state, {}), nation);
  const difference = Object.fromEntries(
    Object.entries(withOrders).map(([k, v]) => [k, typeof v === "number" ? v - (holding[k as keyof PreviewDelta] as number) : v]),
  ) as unknown as PreviewDelta;
  return { withOrders, holding, difference };
}

/** The impact of an inject on every nation this quarter (given the orders so far), inject minus no inject. */
export function previewInject(state: GameState, card: EventCard, orders: Record<string, Order[]> = {}): PreviewDelta[] {
  const withInject = resolveQuiet(state, orders, [card]);
  const without = resolveQuiet(state, orders);
  return state.order.map((id) => {
    const a = delta(state, withInject, id);
    const b = delta(state, without, id);
    return {
      ...a,
      treasury: a.treasury - b.treasury,
      compute: a.compute - b.compute,
      effectiveCompute: a.effectiveCompute - b.effectiveCompute,
      sovereignty: Math.round((a.sovereignty - b.sovereignty) * 1000) / 1000,
      expertise: Math.round((a.expertise - b.expertise) * 10) / 10,
      score: a.score - b.score,
    };
  });
}

/** One nation's impact of an inject over the event's whole duration, inject minus no inject. */
export interface InjectImpact extends PreviewDelta {
  /** GPUs that arrive later (or not within the horizon) because of the event. */
  gpusDelayed: number;
  /** The nation's pending GPU orders the event slows down. */
  ordersAtRisk: number;
}

/** The impact of an inject over every quarter its effects last, with a sentence per effect. */
export interface InjectPreview {
  /** Quarters simulated: the longest effect's duration (one-off effects: 1). */
  quarters: number;
  /** What the event does, in words ("HBM supply −40 % for 2 quarters"). */
  effects: string[];
  impact: InjectImpact[];
}

// A sentence per effect of a card is the describer's (shared/describe/effects.ts); re-exported for the tests and panels that import it here.
export { effectLines } from "../describe/effects";
/** Quarters an inject's effects last (1 for one-off effects), at most 4 and never past the game's end. */
export function injectHorizon(state: GameState, card: EventCard): number {
  const longest = Math.max(1, ...card.effects.map((e) => ("quarters" in e ? e.quarters : 1)));
  return Math.max(1, Math.min(longest, 4, state.maxTurns - state.turn + 1));
}

/** GPUs installed in every data centre of a nation. */
function installed(s: GameState, id: string): number {
  return s.nations[id].dataCentres.reduce((n, dc) => n + dc.gpus.reduce((m, g) => m + g.count, 0), 0);
}

/**
 * The impact of an inject over its whole duration: this quarter with the orders so far, then holding for the
 * rest of the event (no new orders), compared with the same quarters without it.
 */
export function previewInjectOver(state: GameState, card: EventCard, orders: Record<string, Order[]> = {}): InjectPreview {
  const quarters = injectHorizon(state, card);
  let withInject = resolveQuiet(state, orders, [card]);
  let without = resolveQuiet(state, orders);
  for (let q = 1; q < quarters && !withInject.finished && !without.finished; q++) {
    withInject = resolveQuiet(withInject, {});
    without = resolveQuiet(without, {});
  }
  const impact = state.order.map((id): InjectImpact => {
    const a = delta(state, withInject, id);
    const b = delta(state, without, id);
    const pendingWith = withInject.nations[id].pendingGpus;
    const ordersAtRisk =
      without.nations[id].pendingGpus.length === 0 && pendingWith.length === 0
        ? 0
        : pendingWith.filter((p) => {
            const w = without.nations[id].pendingGpus.find((x) => x.id === p.id);
            return !w || w.quantity < p.quantity;
          }).length;
    return {
      ...a,
      treasury: a.treasury - b.treasury,
      compute: a.compute - b.compute,
      effectiveCompute: a.effectiveCompute - b.effectiveCompute,
      sovereignty: Math.round((a.sovereignty - b.sovereignty) * 1000) / 1000,
      expertise: Math.round((a.expertise - b.expertise) * 10) / 10,
      score: a.score - b.score,
      gpusDelayed: Math.max(0, installed(without, id) - installed(withInject, id)),
      ordersAtRisk,
    };
  });
  return { quarters, effects: effectLines(state, card), impact };
}
