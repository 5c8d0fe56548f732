/**
 * The sentences of refusals: one per engine violation key (shared/engine/errors.ts `reject`) and one per match
 * refusal reason (shared/match `refuse`). The engine and the match give codes and figures; only this file writes English.
 */
import type { Params, ViolationKey } from "../engine/errors";
import { num, usd } from "./money";

/** A sentence made from its figures (a missing one reads "undefined" and fails test/shared/describe.test.ts). */
export type Sentence = (p: Params) => string;
/** A figure as a sum of money or a count. */
const money = (v: Params[string] | undefined): string => usd(Number(v));
const count = (v: Params[string] | undefined): string => num(Number(v));

/** The sentence of each engine rule violation, by key. */
export const VIOLATION_TEXT: Record<string, Sentence> = {
  "gpu/not_available": (p) => `${p.vendor} gets ${p.model} allocation from ${p.from}: US integrators get a new generation first (${p.available}).`,
  "gpu/unknown_model": (p) => `"${p.model}" is not in the accelerator catalogue.`,
  "gpu/not_available:not_any_cloud": (p) => `${p.model} is not in any cloud before ${p.available}.`,
  "money/cannot_afford": (p) =>
    `The first quarter of this contract costs ${money(p.fee)}, but only ${money(p.left)} is left after your other orders this quarter.`,
  "game/over": () => `The game is over: no more deals.`,
  "order/unknown_nation": (p) => `There is no nation "${p.nation}" in this game.`,
  "deal/self": () => `A deal needs two different nations.`,
  "deal/joint_training_limit": () => `A deal holds at most one joint-training programme: the same researchers cannot train the same model twice.`,
  "deal/joint_training_limit:and_already_train": (p) =>
    `${p.from} and ${p.to} already train a joint model together; a second programme for the same pair adds nothing until the first ends.`,
  "deal/uncovered": (p) =>
    `${p.side} would have to put up ${money(p.cash)} (held in escrow) but has only ${money(p.left)} left after its orders and deals this quarter.`,
  "deal/uncovered:only_installed_and": (p) =>
    `${p.giver} has only ${count(p.free)} ${p.model} installed and not leased already; it cannot lease ${count(p.count)}.`,
  "dc/unknown": (p) => `${p.nation} has no data centre "${p.dcId}".`,
  "deal/uncovered:at_most_half": (p) => `At most half of ${p.dc} can be shared with other nations (${p.soldPct}% already is; this deal asks ${p.askedPct}%).`,
  "deal/uncovered:memory_agreement_reserving": (p) =>
    `${p.giver} has no memory agreement reserving ${count(p.gb)} GB a quarter through the deal's ${p.quarters} quarters.`,
  "order/invalid_quantity": (p) => `${p.maker} signs agreements from ${count(p.minGb)} GB a quarter (${p.pct} % of its quarterly HBM for sovereign buyers).`,
  "order/invalid_quantity:reserves_at_most": (p) =>
    `${p.maker} reserves at most ${p.pct} % of its quarterly HBM for one buyer: ${count(p.maxGb)} GB a quarter more is possible.${p.heldGb ? ` You already reserve ${count(p.heldGb)} GB a quarter with it.` : ""}`,
  "export/restricted": (p) =>
    `${p.nation}'s US export licence is suspended until after turn ${p.suspendedUntil}: no controlled GPUs such as ${p.model} can ship.`,
  "export/restricted:licence_signed_quarter": (p) =>
    `The licence you signed this quarter is approved from next quarter (US alignment would fast-track it): ${p.model} needs it.`,
  "export/restricted:export_controlled_class": (p) =>
    `${p.model} is export-controlled (${p.controlClass} class): ${p.nation} needs a US export licence first. Ask Washington for one in the Export licence panel.`,
  "export/cap_reached": (p) =>
    `US export licensing allows ${p.nation} ${count(p.allowance)} H100-equivalents this year (${p.licence ? `licence ${count(p.licence)}` : "no licence"}${p.licenceFree ? `, ${count(p.licenceFree)} licence-free` : ""}); ${count(p.used)} are used and this order adds ${count(p.eq)}. Negotiate a larger licence.`,
  "offtake/blocked": () => `Your data-localisation policy keeps foreign anchor tenants out: switch it off to sign an offtake.`,
  "order/duplicate": (p) => `${p.dc} already has an anchor tenant under contract.`,
  "offtake/blocked:gpus_installed_or": (p) => `${p.dc} has no GPUs installed or on order: an anchor tenant signs for capacity it can see.`,
  "power/no_brownfield_left": (p) =>
    `${p.nation} has ${p.brownfieldMw} MW of powered brownfield shells left on the market (ex-factories, existing halls); ${p.mw} MW do not fit. Build greenfield or smaller.`,
  "power/onsite_exhausted": (p) =>
    `On-site generation in ${p.nation} can add ${p.onsiteMw} MW now (turbine supply and permits allow ${p.onsiteMwPerYear} MW a year); ${p.mw} MW is more.`,
  "power/ppa_exhausted": (p) =>
    `Power-purchase agreements in ${p.nation} can back ${p.ppaMw} MW of new plants now (${p.ppaMwPerYear} MW a year); ${p.mw} MW is more.`,
  "power/grid_queue_too_long": (p) =>
    `${p.nation}'s grid has ${p.headroomMw} MW free and ${p.queuedMw} MW already queued, growing by ${p.growthMwPerYear} MW a year: ${p.mw} MW would wait more than ${p.maxWait} quarters. Build smaller, use a brownfield shell, on-site generation or a PPA.`,
  "game/over:game_over_more": () => `The game is over: no more orders.`,
  "order/stale_turn": (p) => `This order is for turn ${p.turn}, but the game is on turn ${p.current} (${p.quarter}).`,
  "order/too_many": (p) => `At most ${p.max} orders per quarter.`,
  "money/cannot_afford:costs_but_only": (p) =>
    `This costs ${money(p.cost)} but only ${money(p.left)} is left in the treasury after your other orders this quarter.`,
  "order/duplicate:already_fund_talent": () => `You already fund a talent programme this quarter.`,
  "order/duplicate:already_signed_us": () => `You already signed a US export licence this quarter.`,
  "dc/unknown_site": (p) => `"${p.site}" is not one of ${p.nation}'s sites (${p.sites}).`,
  "dc/builder_missing": () => `Choose which US integrator builds it (Penguin, Dell, HPE or Supermicro).`,
  "vendor/unknown_integrator": (p) => `"${p.integrator}" is not a US integrator in this game.`,
  "dc/builder_missing:choose_which_local": () => `Choose which local partner builds it.`,
  "vendor/unknown_partner": (p) => `"${p.partner}" is not a local partner in this game.`,
  "vendor/partner_other_nation": (p) => `${p.partner} is a partner in another nation, not in ${p.nation}.`,
  "gpu/not_available:cannot_ordered_before": (p) => `${p.model} cannot be ordered before ${p.available}.`,
  "vendor/unknown_integrator:neither_us_integrator": (p) => `"${p.vendor}" is neither a US integrator nor a local partner.`,
  "vendor/partner_other_nation:sells_another_nation": (p) => `${p.vendor} sells in another nation, not in ${p.nation}.`,
  "gpu/vendor_cannot_integrate_racks": (p) =>
    `${p.vendor} cannot integrate rack-scale ${p.model} systems; choose a US integrator or a partner with rack-scale experience.`,
  "gpu/needs_liquid_cooling": (p) => `${p.model} needs direct liquid cooling, but ${p.dc} is air-cooled.`,
  "gpu/dc_power_exceeded": (p) =>
    `${p.dc} has ${p.mw} MW; ${count(p.quantity)} ${p.model} need ${count(Math.round(Number(p.needMw) * 10) / 10)} MW more than is free. At most ${count(p.fit)} fit: expand the site or pick another.`,
  "gpu/unknown_model:unknown_model_or": () => `Unknown model or vendor.`,
  "vendor/unknown_integrator:not_memory_maker": (p) => `"${p.maker}" is not a memory maker.`,
  "cxl/already_fitted": (p) => `${p.dc} already has CXL memory expansion.`,
  "cxl/no_gpus": (p) => `${p.dc} has no GPUs installed yet: CXL adds memory to installed GPU servers.`,
  "order/duplicate:already_changed_policy": () => `You already changed this policy this quarter.`,
  "policy/unchanged": (p) => `This policy is already ${p.enabled ? "on" : "off"}.`,
};

/** The sentence of each match refusal, by reason. */
export const REFUSAL_TEXT: Record<string, Sentence> = {
  "seat/projectors_full": (p) => `This game already has ${p.projectors} projector screens open; close one first.`,
  "seat/newcomers_full": (p) => `${p.newcomers} people are already waiting for a nation in this game; try again in a minute.`,
  "actor/not_system": () => `Only the server restores a match.`,
  "seat/unknown": () => `Your seat is no longer in this game.`,
  "actor/not_facilitator": () => `Only the facilitator can do that.`,
  "intent/unknown": () => `Unknown intent.`,
  "phase/started": () => `The game has already started.`,
  "clock/nothing_to_pause": () => `Nothing to pause.`,
  "clock/paused": () => `Already paused.`,
  "clock/not_paused": () => `The game is not paused.`,
  "clock/none": () => `There is no running timer to change.`,
  "phase/orders_closed": (p) => `Orders are closed (phase: ${p.phase}).`,
  "nation/unknown": (p) => `There is no nation "${p.nation}" in this game.`,
  "phase/ended": () => `The game has already ended.`,
  "work/budget_spent": (p) => `Your nation has used its negotiation budget for now: try again in ${p.retryInSeconds} s or next turn.`,
  "chat/no_seat": () => `Take a seat in a nation to chat.`,
  "chat/self": () => `You cannot send a private message to your own nation.`,
  "chat/too_fast": () => `You are sending chat lines too fast; wait a few seconds.`,
  "check/no_nation": () => `Choose a nation before answering the check.`,
  "check/answers": (p) => `Answer each of the ${p.questions} questions with one of its options.`,
  "check/answered": () => `You have already answered this check.`,
  "deal/self": () => `A deal needs another nation.`,
  "deal/too_many_open": (p) => `At most ${p.max} open proposals at once; wait for answers.`,
  "deal/counter_not_yours": () => `You can counter only a proposal made to your nation by that nation.`,
  "deal/closed": (p) => `That proposal is already ${p.status}.`,
  "deal/unknown": (p) => `No proposal "${p.id}" for your nation.`,
  "deal/not_addressee": () => `Only the nation a proposal is addressed to can accept or reject it.`,
  "deal/proposer_cannot_cover": (p) => `${p.from} can no longer cover this deal; ask for a new proposal.`,
  "deal/turn_cap": (p) => `At most ${p.max} proposals a turn (answered or not); wait for the next turn.`,
  "inject/past_turn": (p) => `Turn ${p.turn} is already being resolved or past; choose turn ${p.first} or later.`,
  "inject/after_end": (p) => `The game ends after turn ${p.maxTurns}.`,
  "seat/none": () => `Take a seat in a nation first.`,
  "turn/stale": (p) => `That is for turn ${p.turn}; the game is on turn ${p.current}.`,
  "nation/ai_plays": () => `The AI plays your nation now; ask the facilitator to hand it back.`,
  "order/unknown_index": (p) => `There is no order number ${Number(p.index) + 1}.`,
  "seat/locked": () => `The facilitator has locked this game: no new players.`,
  "seat/kept_out": () => `The facilitator removed you from this game.`,
  "seat/exists": (p) => `Seat "${p.seatId}" already exists.`,
  "seat/team_full": (p) => `${p.nationName} already has ${p.teamSize} player(s).`,
  "seat/not_player": () => `Only players sit in a nation.`,
  "seat/change_outside_lobby": () => `You can change nation only in the lobby; ask the facilitator.`,
  "seat/unknown_session": (p) => `No seat has session "${p.sessionId}".`,
  "seat/kick_facilitator": () => `A facilitator cannot be kicked.`,
  "seat/not_waiting": (p) => `${p.seat} is not waiting to be let in.`,
  "check/closed": (p) => (p.stage === "pre" ? "The first check closes when the first turn resolves." : "The second check opens when the game has ended."),
};

/** The sentence of an engine violation. */
export function describeViolation(v: { key: ViolationKey; params: Params }): string {
  const say = VIOLATION_TEXT[v.key];
  return say ? say(v.params) : v.key;
}

/** The sentence of a match refusal (the engine's sentence when the engine refused). */
export function describeRefusal(r: { reason: string; params: Params; key?: ViolationKey }): string {
  if (r.key) return describeViolation({ key: r.key, params: r.params });
  const say = REFUSAL_TEXT[r.reason];
  return say ? say(r.params) : r.reason;
}
