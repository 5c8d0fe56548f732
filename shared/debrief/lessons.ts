/**
 * The six learning points of GAME.md "What the game must teach", each a paragraph generated from this
 * game's facts (who built what, when it came online, what slipped and why), never a canned verdict.
 */
import type { DataCentre, GameState, Nation } from "../engine/state";
import { addQuarters, quarterLabel } from "../engine/quarter";
import { findAccelerator, findIntegrator, findPartner } from "../engine/catalogue";

/** GPUs of a maker installed across all nations. */
export function installedOf(s: GameState, maker: "nvidia" | "amd"): number {
  let n = 0;
  for (const id of s.order) for (const dc of s.nations[id].dataCentres) for (const g of dc.gpus) if (findAccelerator(s.catalogue, g.model)?.maker === maker) n += g.count;
  return n;
}

/** One learning point: the claim, what happened in this game, and the general lesson. */
export interface LearningPoint {
  id: "us_expertise" | "ai_factories" | "partnerships" | "memory" | "leading_edge" | "sovereignty_language";
  claim: string;
  paragraph: string;
}

const q = (s: GameState, turn: number): string => quarterLabel(addQuarters(s.quarter, turn - s.turn));
const builtDuringGame = (n: Nation): DataCentre[] => n.dataCentres.filter((d) => d.foundedTurn > 0);

/** When a data centre came online (turn), from the state history, or null. */
function onlineTurn(states: GameState[], nation: string, dcId: string): number | null {
  for (const s of states) {
    const dc = s.nations[nation].dataCentres.find((d) => d.id === dcId);
    if (dc && dc.mwOnline > 0) return s.turn - 1 || 1;
  }
  return null;
}

function usVsLocal(states: GameState[]): string {
  const final = states[states.length - 1];
  const first = states[0];
  const builds = final.order.flatMap((id) => builtDuringGame(final.nations[id]).map((dc) => ({ id, dc, online: onlineTurn(states, id, dc.id) })));
  const us = builds.filter((b) => b.dc.builder === "us" && b.online !== null).sort((a, b) => a.online! - a.dc.foundedTurn - (b.online! - b.dc.foundedTurn))[0];
  const local = builds.filter((b) => b.dc.builder === "local").sort((a, b) => (b.online ?? 99) - b.dc.foundedTurn - ((a.online ?? 99) - a.dc.foundedTurn))[0];
  const end = quarterLabel(final.quarter);
  if (us && local) {
    const who = (b: typeof us): string => `${final.nations[b.id].name}'s ${b.dc.mw} MW site by ${findIntegrator(final.catalogue, b.dc.integrator ?? "")?.name ?? findPartner(final.catalogue, b.dc.partner ?? "")?.name ?? "its builder"}`;
    const usQ = us.online! - us.dc.foundedTurn + 1;
    const localText = local.online !== null ? `came online ${local.online - local.dc.foundedTurn + 1} quarters after funding` : "was still not online at the end";
    const diff = final.nations[local.id].sovereignty - final.nations[us.id].sovereignty;
    return `${who(us)} (US integrator) came online ${usQ} quarter${usQ > 1 ? "s" : ""} after funding, in ${q(first, us.online!)}; ${who(local)} (local partner) ${localText}. By ${end}, ${final.nations[local.id].name}'s sovereignty index was ${diff >= 0 ? `${diff.toFixed(2)} higher` : `${(-diff).toFixed(2)} lower`} than ${final.nations[us.id].name}'s. US integrators bring speed and utilisation; local builds bring expertise and control.`;
  }
  const ranked = [...final.order].sort((a, b) => final.nations[b].sovereignty - final.nations[a].sovereignty);
  return `No nation contrasted a US-built and a locally built site in this game. ${final.nations[ranked[0]].name} ended with the highest sovereignty index (${final.nations[ranked[0]].sovereignty.toFixed(2)}), ${final.nations[ranked[ranked.length - 1]].name} the lowest (${final.nations[ranked[ranked.length - 1]].sovereignty.toFixed(2)}): the index rewards compute built and run at home and the expertise to run it.`;
}

function componentsVsFactory(final: GameState): string {
  let mU = 0, mN = 0, sU = 0, sN = 0;
  for (const id of final.order) for (const dc of final.nations[id].dataCentres) for (const g of dc.gpus) {
    if (g.operator === "integrator") { mU += dc.utilisation * g.count; mN += g.count; } else { sU += dc.utilisation * g.count; sN += g.count; }
  }
  const managed = mN > 0 ? mU / mN : null;
  const self = sN > 0 ? sU / sN : null;
  if (managed !== null && self !== null) {
    return `GPUs run by integrators as full-stack AI factories averaged ${(managed * 100).toFixed(0)} % utilisation at the end; GPUs bought as components and run by the nations averaged ${(self * 100).toFixed(0)} %. Components were cheaper to buy, but without deep expertise a cluster is "inventory, not a cluster": the full-stack premium buys an SLA and higher utilisation.`;
  }
  return `In this game every GPU was ${managed !== null ? "run by an integrator (full stack)" : "run by the nations themselves (components)"}, so there is no contrast to measure; components cost less, full-stack factories carry an SLA and run at ~85 % utilisation.`;
}

function partnerships(final: GameState): string {
  const investors = final.order.filter((id) => Object.keys(final.nations[id].stakes).length > 0);
  const jv = final.order.filter((id) => final.nations[id].dataCentres.some((d) => d.builder === "jv"));
  if (investors.length === 0 && jv.length === 0) return "No nation took a strategic stake in an integrator or formed a joint venture this game. In the real seed, SK Telecom's US$200M stake in Penguin Solutions bought priority, expertise transfer and a share of sales abroad.";
  const parts = investors.map((id) => `${final.nations[id].name} holds stakes of US$${Object.values(final.nations[id].stakes).reduce((a, b) => a + b, 0)}M`);
  const jvParts = jv.map((id) => `${final.nations[id].name} built with a joint venture`);
  return `${[...parts, ...jvParts].join("; ")}. Partnerships gave priority in sold-out quarters, extra expertise every quarter and export revenue (cumulative revenue: ${[...new Set([...investors, ...jv])].map((id) => `${final.nations[id].name} US$${final.nations[id].cumulativeRevenue.toFixed(0)}M`).join(", ")}).`;
}

function memory(final: GameState): string {
  const slips = (id: string): number => final.log.filter((e) => e.nation === id && e.kind === "slip" && /HBM/.test(e.text)).length;
  const withDeal = final.order.filter((id) => final.nations[id].memoryAgreements.length > 0);
  const without = final.order.filter((id) => final.nations[id].memoryAgreements.length === 0);
  const total = (ids: string[]): number => ids.reduce((a, id) => a + slips(id), 0);
  const cxl = final.order.filter((id) => final.nations[id].dataCentres.some((d) => d.cxl));
  return `Nations with HBM supply agreements (${withDeal.map((id) => final.nations[id].name).join(", ") || "none"}) had ${total(withDeal)} HBM-related delivery slips; nations without (${without.map((id) => final.nations[id].name).join(", ") || "none"}) had ${total(without)}. Memory, not money, decided who got GPUs in sold-out quarters.${cxl.length > 0 ? ` ${cxl.map((id) => final.nations[id].name).join(", ")} fitted CXL to raise inference capacity without new GPUs.` : " No one used CXL, which raises the inference capacity of GPUs already installed."}`;
}

function leadingEdge(final: GameState): string {
  const amd = installedOf(final, "amd");
  const nvidia = installedOf(final, "nvidia");
  const newest = [...final.catalogue.accelerators].sort((a, b) => b.available.year * 4 + b.available.q - (a.available.year * 4 + a.available.q));
  const adopters = final.order.filter((id) => final.nations[id].dataCentres.some((d) => d.gpus.some((g) => newest.slice(0, 3).some((a) => a.id === g.model))));
  const amdNations = final.order.filter((id) => final.nations[id].dataCentres.some((d) => d.gpus.some((g) => findAccelerator(final.catalogue, g.model)?.maker === "amd")));
  return `At the end ${nvidia.toLocaleString("en-US")} NVIDIA and ${amd.toLocaleString("en-US")} AMD GPUs were installed. ${amdNations.length > 0 ? `${amdNations.map((id) => `${final.nations[id].name} (expertise ${final.nations[id].expertise.toFixed(0)})`).join(", ")} bet on AMD: cheaper per PFLOPS and sooner, with a ROCm penalty that shrinks as expertise grows.` : "No one bet on AMD, which is cheaper per PFLOPS but carries a software penalty until expertise grows."} ${adopters.length > 0 ? `${adopters.map((id) => final.nations[id].name).join(", ")} adopted the newest generations, best per watt but liquid-cooled only and with longer lead times.` : "No one adopted the newest, liquid-cooled generations."}`;
}

function sovereigntyLanguage(final: GameState): string {
  const reached = final.order.filter((id) => final.nations[id].milestoneTurn !== null);
  const missed = final.order.filter((id) => final.nations[id].milestoneTurn === null);
  const r = reached.map((id) => `${final.nations[id].name} (${final.nations[id].language}, turn ${final.nations[id].milestoneTurn})`).join(", ");
  return `${reached.length > 0 ? `Reached the local-language model milestone: ${r}.` : "No nation reached the local-language model milestone."} ${missed.length > 0 ? `Missed it: ${missed.map((id) => final.nations[id].name).join(", ")}.` : ""} Only compute under domestic control trains national models: GPUs run by a foreign integrator count for a quarter of their power, which is why privacy, security and language push nations towards home-run compute.`.trim();
}

/** The six learning points for a replayed game (states[0] = start, last = end). */
export function learningPoints(states: GameState[]): LearningPoint[] {
  const final = states[states.length - 1];
  return [
    { id: "us_expertise", claim: "Sovereign goals, but deep reliance on US expertise", paragraph: usVsLocal(states) },
    { id: "ai_factories", claim: "The market moves from components to integrated AI factories", paragraph: componentsVsFactory(final) },
    { id: "partnerships", claim: "Strategic and trilateral partnerships win", paragraph: partnerships(final) },
    { id: "memory", claim: "Memory (HBM, CXL) is a bottleneck", paragraph: memory(final) },
    { id: "leading_edge", claim: "Leading-edge adoption matters; AMD is gaining", paragraph: leadingEdge(final) },
    { id: "sovereignty_language", claim: "Sovereignty is driven by privacy, security and local language", paragraph: sovereigntyLanguage(final) },
  ];
}
