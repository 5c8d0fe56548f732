/**
 * The match reducer: applyIntent(match, actor, intent, now) → the new match, an outcome and the effects
 * the server must carry out; tick(match, now) fires the phase deadline. Pure: same inputs, same result;
 * the input match is never changed (a refused intent returns it as it was).
 */
import type { MatchEffect } from "./effects";
import type { FacilitatorIntent, Intent } from "./intents";
import { FACILITATOR_INTENTS, SYSTEM } from "./intents";
import type { Match, MatchSeat } from "./state";
import { draftOf, seatById } from "./state";
import type { Outcome } from "./refusal";
import { DONE, refuse } from "./refusal";
import { admit, chooseSeat, departed, join, kick, moveSeat } from "./seats";
import { addOrder, actingNation, clearOrders, removeOrder, setReady } from "./orders";
import { announce, say } from "./chat";
import { playerProposes, respond } from "./deals";
import { scheduleInject } from "./injects";
import { due, extendClock, pauseClock, resumeClock, timedPhase } from "./clock";
import { spendWork } from "./budget";
import { answerCheck } from "./check";
import { beginOrders, checkAllReady, enterResolution, finish, fireDeadline, restore } from "./phases";

/** The result of an intent or a tick. */
export interface Step {
  match: Match;
  outcome: Outcome;
  effects: MatchEffect[];
}

/** Apply one intent from `actor` (a seat id, or SYSTEM) at `now` (epoch ms). */
export function applyIntent(match: Match, actor: string, intent: Intent, now: number): Step {
  const d = draftOf(match);
  const fx: MatchEffect[] = [];
  const outcome = run(d, actor, intent, now, fx);
  return outcome.ok ? { match: d, outcome, effects: fx } : { match, outcome, effects: [] };
}

/** Fire the phase deadline if it has passed at `now`; returns the match unchanged (same object) otherwise. */
export function tick(match: Match, now: number): Step {
  if (!due(match, now)) return { match, outcome: DONE, effects: [] };
  const d = draftOf(match);
  const fx: MatchEffect[] = [];
  fireDeadline(d, now, fx);
  return { match: d, outcome: DONE, effects: fx };
}

function run(d: Match, actor: string, intent: Intent, now: number, fx: MatchEffect[]): Outcome {
  if (intent.type === "restore") {
    if (actor !== SYSTEM) return refuse("forbidden", "actor/not_system");
    restore(d, now);
    return DONE;
  }
  if (intent.type === "join") return join(d, actor, intent.name, intent.role, fx, intent.address, now);
  const seat = seatById(d, actor);
  if (!seat) return refuse("no_seat", "seat/unknown");
  if (FACILITATOR_INTENTS.has(intent.type)) {
    if (seat.role !== "facilitator") return refuse("forbidden", "actor/not_facilitator");
    return facilitator(d, seat, intent as FacilitatorIntent, now, fx);
  }
  switch (intent.type) {
    case "connect":
      seat.sessionId = intent.sessionId;
      seat.connected = intent.connected;
      if (!intent.connected) {
        departed(d, seat, fx);
        checkAllReady(d, now);
      }
      return DONE;
    case "choose_seat":
      return after(chooseSeat(d, seat, intent.nation, fx), d, now);
    case "add_order":
      return addOrder(d, seat, intent.order);
    case "remove_order":
      return removeOrder(d, seat, intent.turn, intent.index);
    case "clear_orders":
      return clearOrders(d, seat, intent.turn);
    case "ready":
      return setReady(d, seat, intent.turn, intent.ready, now);
    case "chat":
      return say(d, seat, intent.to, intent.text, now, fx);
    case "deal_propose": {
      const who = actingNation(d, seat, d.state.turn);
      return who.ok ? playerProposes(d, who.nation, seat.name, intent, now) : who;
    }
    case "work": {
      const who = actingNation(d, seat, d.state.turn);
      return who.ok ? spendWork(d, who.nation, intent.kind, now) : who;
    }
    case "deal_respond": {
      const who = actingNation(d, seat, d.state.turn);
      return who.ok ? respond(d, who.nation, intent.id, intent.accept) : who;
    }
    case "check_answer":
      return answerCheck(d, seat, intent.stage, intent.answers);
  }
  return refuse("unknown_type", "intent/unknown");
}

/** Seat changes can end the orders phase (a nation stops counting). */
function after(o: Outcome, d: Match, now: number): Outcome {
  if (o.ok) checkAllReady(d, now);
  return o;
}

function facilitator(d: Match, seat: MatchSeat, intent: FacilitatorIntent, now: number, fx: MatchEffect[]): Outcome {
  switch (intent.type) {
    case "start":
      if (d.phase !== "lobby") return refuse("not_in_phase", "phase/started");
      beginOrders(d, now);
      return DONE;
    case "pause":
      if (d.phase === "lobby" || d.phase === "ended") return refuse("not_in_phase", "clock/nothing_to_pause");
      if (d.clock.paused) return refuse("not_in_phase", "clock/paused");
      pauseClock(d, now);
      return DONE;
    case "resume":
      if (!d.clock.paused) return refuse("not_in_phase", "clock/not_paused");
      resumeClock(d, now);
      checkAllReady(d, now);
      return DONE;
    case "extend":
      if (d.phase !== "orders" && d.phase !== "results") return refuse("not_in_phase", "clock/none");
      if (timedPhase(d)) extendClock(d, now, intent.seconds * 1000);
      return DONE;
    case "force_resolve":
      if (d.phase !== "orders") return refuse("not_in_phase", "phase/orders_closed", { phase: d.phase });
      enterResolution(d, now);
      return DONE;
    case "lock":
      d.locked = intent.locked;
      return DONE;
    case "move_seat":
      return after(moveSeat(d, intent.sessionId, intent.nation, fx), d, now);
    case "kick":
      return after(kick(d, intent.sessionId, fx), d, now);
    case "admit":
      return admit(d, intent.sessionId, intent.accept, fx);
    case "ai":
      if (!d.state.nations[intent.nation]) return refuse("not_found", "nation/unknown", { nation: intent.nation });
      d.forcedAi = d.forcedAi.filter((n) => n !== intent.nation);
      if (intent.on) d.forcedAi.push(intent.nation);
      d.ready = d.ready.filter((n) => n !== intent.nation);
      checkAllReady(d, now);
      return DONE;
    case "broadcast":
      return announce(d, seat, intent.text, fx);
    case "end":
      if (d.phase === "ended") return refuse("not_in_phase", "phase/ended");
      finish(d);
      return DONE;
    case "inject":
      return scheduleInject(d, intent.card, intent.turn);
  }
}
