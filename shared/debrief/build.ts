/**
 * The debrief, generated from a game's seed, scenario and order log: timeline, series for charts, key
 * moments and the six learning points of GAME.md tied to what happened in this game. Pure and
 * deterministic, so a golden replay produces the same text and CSV byte for byte.
 */
import { describeEvent, eventContext } from "../describe/events";
import type { EventContext } from "../describe/events";
import { describeSlipSum } from "../describe/slips";
import { sumSlips } from "./slips";
import { sumRepeats } from "./repeats";
import type { Scenario } from "../scenario/schema";
import type { GameEvent, GameState, NationStats } from "../engine/state";
import type { OrderLog } from "../engine/replay";
import { createGame } from "../engine/setup";
import { resolveTurn } from "../engine/resolve";
import { quarterLabel, addQuarters } from "../engine/quarter";
import { learningPoints, quarterOfTurn } from "./lessons";
import type { LearningPoint } from "./lessons";
import { describeOrder } from "./describe";
import type { DealImpact, LedgerLine } from "./deals";
import { dealImpacts, effectSentence, promiseLedger } from "./deals";
import type { CheckResults } from "./check-results";

/** One turn of one nation in the timeline. */
export interface TimelineEntry {
  turn: number;
  quarter: string;
  nation: string;
  decisions: string[];
  events: string[];
}

/** A moment worth discussing. */
export interface KeyMoment {
  turn: number;
  nation: string | null;
  kind: "score_swing" | "slip" | "milestone" | "objective_missed" | "objective_met" | "event" | "deal";
  text: string;
}

/** One objective of a nation at the end of the game: every objective, secret ones included (the debrief comes after the end). */
export interface DebriefObjective {
  id: string;
  text: string;
  secret: boolean;
  points: number;
  met: boolean;
}

/** The whole debrief. */
export interface Debrief {
  scenario: string;
  seed: number;
  turns: number;
  nations: { id: string; name: string; colour: string; finalScore: number; rank: number; flag?: string; objectives?: DebriefObjective[] }[];
  timeline: TimelineEntry[];
  series: Record<string, NationStats[]>;
  keyMoments: KeyMoment[];
  learningPoints: LearningPoint[];
  questions: string[];
  publicNews: GameEvent[];
  /** Signed deals, largest effect on a party's final score first (absent when there were none). */
  deals?: DealImpact[];
  /** Non-binding statements made in deals (absent when there were none). */
  promises?: LedgerLine[];
  /** The pre/post check's results, per nation and for the room (absent when nobody answered; added by the server from the match). */
  check?: CheckResults;
}

/** Replay a game and keep every intermediate state (index 0 = start). */
export function replayStates(scenario: Scenario, seed: number, log: OrderLog): GameState[] {
  const states = [createGame(scenario, seed)];
  for (const entry of log) {
    const s = states[states.length - 1];
    if (s.finished) break;
    states.push(resolveTurn(s, entry.orders, { injects: entry.injects, deals: entry.deals }).state);
  }
  return states;
}

/**
 * A row's events as a reader wants them: the quarter's news first (identical lines summed, "(×2)"), then its
 * delivery slips summed per cause (one line each, not one per order).
 */
function timelineEvents(events: GameEvent[], ctx: EventContext): string[] {
  const news = sumRepeats(events.filter((e) => e.code !== "gpu/slipped").map((e) => describeEvent(e, ctx)));
  return [...news, ...sumSlips(events).map((g) => describeSlipSum(g, ctx))];
}

/** Build the debrief of a game from its scenario, seed and order log. */
export function buildDebrief(scenario: Scenario, seed: number, log: OrderLog): Debrief {
  const states = replayStates(scenario, seed, log);
  const final = states[states.length - 1];
  const timeline: TimelineEntry[] = [];
  for (let i = 1; i < states.length; i++) {
    const prev = states[i - 1];
    const s = states[i];
    for (const id of s.order) {
      timeline.push({
        turn: prev.turn,
        quarter: quarterLabel(prev.quarter),
        nation: id,
        decisions: sumRepeats(s.nations[id].lastOrders.filter((o) => o.type !== "hold").map((o) => describeOrder(prev, o))),
        events: timelineEvents(
          s.log.filter((e) => e.turn === prev.turn && e.nation === id),
          eventContext(s),
        ),
      });
    }
  }
  const deals = dealImpacts(scenario, seed, log, states);
  const promises = promiseLedger(states);
  const moments = keyMoments(states);
  if (deals.length > 0) {
    const top = deals[0];
    moments.push({
      turn: top.turn,
      nation: null,
      kind: "deal",
      text: `The deal that mattered (${top.quarter}): ${top.text}; ${effectSentence(final, top)} at the end.`,
    });
    moments.sort((a, b) => a.turn - b.turn || (a.nation ?? "").localeCompare(b.nation ?? ""));
  }
  const ranking = [...final.order].sort((a, b) => final.nations[b].score - final.nations[a].score || a.localeCompare(b));
  return {
    scenario: scenario.id,
    seed,
    turns: states.length - 1,
    nations: final.order.map((id) => ({
      id,
      name: final.nations[id].name,
      colour: final.nations[id].colour,
      finalScore: final.nations[id].score,
      rank: ranking.indexOf(id) + 1,
      flag: final.nations[id].flag,
      objectives: final.nations[id].objectives.map((o) => ({
        id: o.id,
        text: o.text,
        secret: o.secret,
        points: o.points,
        met: final.nations[id].objectivesMet.includes(o.id),
      })),
    })),
    timeline,
    series: Object.fromEntries(final.order.map((id) => [id, final.nations[id].history])),
    keyMoments: moments,
    learningPoints: learningPoints(states),
    questions: QUESTIONS,
    publicNews: final.log.filter((e) => e.nation === null),
    ...(deals.length ? { deals } : {}),
    ...(promises.length ? { promises } : {}),
  };
}

/** Largest score swings, slipped orders, milestones and objectives, in turn order. */
export function keyMoments(states: GameState[]): KeyMoment[] {
  const final = states[states.length - 1];
  const out: KeyMoment[] = [];
  for (const id of final.order) {
    const h = final.nations[id].history;
    let best = { delta: 0, turn: 0 };
    for (let i = 1; i < h.length; i++) {
      const d = h[i].score - h[i - 1].score;
      if (Math.abs(d) > Math.abs(best.delta)) best = { delta: d, turn: h[i].turn };
    }
    if (best.turn > 0) {
      const q = quarterLabel(addQuarters(states[0].quarter, best.turn - 1));
      out.push({
        turn: best.turn,
        nation: id,
        kind: "score_swing",
        text: `${final.nations[id].name}'s biggest score move: ${best.delta > 0 ? "+" : ""}${best.delta} points in ${q}.`,
      });
    }
    const slips = final.log.filter((e) => e.nation === id && e.kind === "slip");
    const sums = sumSlips(slips);
    if (sums.length > 0) {
      const quarters = new Set(sums.map((g) => g.turn)).size;
      out.push({
        turn: sums[0].turn,
        nation: id,
        kind: "slip",
        text: `${final.nations[id].name}: ${slips.length} delivery slip${slips.length > 1 ? "s" : ""} over ${quarters} quarter${quarters > 1 ? "s" : ""}. First: ${describeSlipSum(sums[0], eventContext(final))}`,
      });
    }
    const n = final.nations[id];
    if (n.milestoneTurn !== null)
      out.push({
        turn: n.milestoneTurn,
        nation: id,
        kind: "milestone",
        text: `${n.name} reached the local-language model milestone (${n.language}) in ${quarterOfTurn(states[0], n.milestoneTurn).label}.`,
      });
    for (const o of n.objectives) {
      const met = n.objectivesMet.includes(o.id);
      out.push({
        turn: final.turn,
        nation: id,
        kind: met ? "objective_met" : "objective_missed",
        text: `${n.name} ${met ? "met" : "missed"} ${o.secret ? "its secret" : "a public"} objective: ${o.text}`,
      });
    }
  }
  for (const e of final.log.filter((x) => x.kind === "event"))
    out.push({ turn: e.turn, nation: null, kind: "event", text: describeEvent(e, eventContext(final)) });
  return out.sort((a, b) => a.turn - b.turn || (a.nation ?? "").localeCompare(b.nation ?? ""));
}

/** Discussion questions for the room. */
export const QUESTIONS = [
  "Which nation traded speed for sovereignty, and was it worth it by the end?",
  "When HBM ran short, who still got deliveries, and why?",
  "Would you buy components or a full-stack AI factory at your nation's expertise level? What would change your mind?",
  "Which partnership (strategic stake, joint venture, memory agreement) paid off most, and what did it cost?",
  "Did anyone bet on AMD? What did expertise change about that bet?",
  "What does 'sovereign AI' mean if every accelerator is still US silicon under export rules?",
];
