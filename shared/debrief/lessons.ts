/**
 * The six learning points of GAME.md "What the game must teach", each a paragraph generated from this
 * game's facts (who built what, when it came online, what slipped and why), never a canned verdict.
 *
 * Rules every paragraph keeps (property-tested over many generated games):
 * - a comparison names two different nations (a nation that did both is compared with itself site by site,
 *   never "X's index was 0.00 higher than X's");
 * - a lesson is asserted ("memory decided…") only when this game's figures show it; when nothing happened
 *   (no slip, no contrast) the paragraph says what did not happen instead;
 * - quarters are those of the turns they describe: a site funded in turn t that comes online in the
 *   resolution of turn u is "funded in <quarter of t>, online from <quarter of u + 1>", u − t + 1 quarters.
 * Each point carries its evidence (nations compared, figures cited, quarters named) so tests can check it.
 */
import { usd } from "../describe/money";
import type { DataCentre, GameState, Nation } from "../engine/state";
import { addQuarters, quarterIndex, quarterLabel } from "../engine/quarter";
import { findAccelerator, findIntegrator, findPartner } from "../engine/catalogue";

/** GPUs of a maker installed across all nations. */
export function installedOf(s: GameState, maker: "nvidia" | "amd"): number {
  let n = 0;
  for (const id of s.order)
    for (const dc of s.nations[id].dataCentres) for (const g of dc.gpus) if (findAccelerator(s.catalogue, g.model)?.maker === maker) n += g.count;
  return n;
}

/** What a learning point rests on: the nations it compares, the figures it cites, the quarters it names. */
export interface LessonEvidence {
  /** Two different nations compared, when the paragraph compares nations. */
  compared?: [string, string];
  /** Figures cited in the paragraph, by name. */
  figures: Record<string, number>;
  /** Quarters named in the paragraph, each with the turn it is the quarter of. */
  quarters: { turn: number; label: string }[];
  /** True when the paragraph says this game showed the claim (then its figures are non-zero and point the claimed way). */
  asserted: boolean;
}

/** One learning point: the claim, what happened in this game, and the general lesson. */
export interface LearningPoint {
  id: "us_expertise" | "ai_factories" | "partnerships" | "memory" | "leading_edge" | "sovereignty_language";
  claim: string;
  paragraph: string;
  evidence: LessonEvidence;
}

type Lesson = Pick<LearningPoint, "paragraph" | "evidence">;

/** The quarter of turn `turn` of a game that started in `first.quarter` (turn 1). */
export function quarterOfTurn(first: GameState, turn: number): { turn: number; label: string } {
  return { turn, label: quarterLabel(addQuarters(first.quarter, turn - 1)) };
}

const builtDuringGame = (n: Nation): DataCentre[] => n.dataCentres.filter((d) => d.foundedTurn > 0);
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
const names = (s: GameState, ids: string[]): string => ids.map((id) => s.nations[id].name).join(", ");

/** The turn whose resolution first brought a data centre online (states[i] follows the resolution of turn i), or null. */
export function onlineTurn(states: GameState[], nation: string, dcId: string): number | null {
  for (let i = 1; i < states.length; i++) {
    const dc = states[i].nations[nation]?.dataCentres.find((d) => d.id === dcId);
    if (dc && dc.mwOnline > 0) return i;
  }
  return null;
}

interface Build {
  id: string;
  dc: DataCentre;
  online: number | null;
}

function builderName(s: GameState, dc: DataCentre): string {
  return findIntegrator(s.catalogue, dc.integrator ?? "")?.name ?? findPartner(s.catalogue, dc.partner ?? "")?.name ?? "its builder";
}

function usVsLocal(states: GameState[]): Lesson {
  const final = states[states.length - 1];
  const first = states[0];
  const builds: Build[] = final.order.flatMap((id) => builtDuringGame(final.nations[id]).map((dc) => ({ id, dc, online: onlineTurn(states, id, dc.id) })));
  const took = (b: Build): number => (b.online ?? Number.POSITIVE_INFINITY) - b.dc.foundedTurn + 1;
  const us = builds.filter((b) => b.dc.builder === "us" && b.online !== null).sort((a, b) => took(a) - took(b));
  const local = builds.filter((b) => b.dc.builder === "local").sort((a, b) => took(a) - took(b));
  // The last quarter played (the final state opens the quarter after it): "by the end of Q4 2026", not "by Q1 2027".
  const last = states.length > 1 ? quarterOfTurn(first, states.length - 1) : null;
  const end = last ? `the end of ${last.label}` : quarterLabel(final.quarter);
  if (us.length > 0 && local.length > 0) {
    // Prefer a pair from two different nations, so sovereignty can be compared; else one nation's two sites.
    const pair = us.flatMap((u) => local.filter((l) => l.id !== u.id).map((l) => [u, l] as const))[0] ?? [us[0], local[0]];
    const [u, l] = pair;
    const quarters: { turn: number; label: string }[] = [];
    const timing = (b: Build): string => {
      const funded = quarterOfTurn(first, b.dc.foundedTurn);
      quarters.push(funded);
      if (b.online === null) {
        if (last) quarters.push(last);
        return `was funded in ${funded.label} and was still not online by ${end}`;
      }
      const from = quarterOfTurn(first, b.online + 1);
      quarters.push(from);
      return `was funded in ${funded.label} and online from ${from.label} (${plural(took(b), "quarter")})`;
    };
    const site = (b: Build, kind: string): string => `${final.nations[b.id].name}'s ${b.dc.mw} MW site by ${builderName(final, b.dc)} (${kind})`;
    const figures: Record<string, number> = { usQuarters: took(u), ...(l.online !== null ? { localQuarters: took(l) } : {}) };
    let sentence = `${site(u, "US integrator")} ${timing(u)}; ${site(l, "local partner")} ${timing(l)}.`;
    let compared: [string, string] | undefined;
    if (u.id !== l.id) {
      compared = [l.id, u.id];
      const diff = final.nations[l.id].sovereignty - final.nations[u.id].sovereignty;
      figures.sovereigntyDifference = diff;
      if (last) quarters.push(last);
      sentence +=
        Math.abs(diff) < 0.005
          ? ` By ${end}, ${final.nations[l.id].name} and ${final.nations[u.id].name} ended with about the same sovereignty index (${final.nations[l.id].sovereignty.toFixed(2)}).`
          : ` By ${end}, ${final.nations[l.id].name}'s sovereignty index was ${Math.abs(diff).toFixed(2)} ${diff > 0 ? "higher" : "lower"} than ${final.nations[u.id].name}'s (${final.nations[l.id].sovereignty.toFixed(2)} against ${final.nations[u.id].sovereignty.toFixed(2)}).`;
    } else {
      sentence += ` ${final.nations[u.id].name} built both ways, so the two sites compare directly.`;
    }
    const faster = l.online === null || took(u) < took(l);
    return {
      paragraph: `${sentence} ${faster ? "Here the US integrator was faster: US integrators bring speed and utilisation; local builds bring expertise and control." : "Here the local build was as fast or faster, so speed alone did not favour the US path; local builds also bring expertise and control."}`,
      evidence: { compared, figures, quarters, asserted: faster },
    };
  }
  const ranked = [...final.order].sort((a, b) => final.nations[b].sovereignty - final.nations[a].sovereignty || a.localeCompare(b));
  const top = ranked[0];
  const bottom = ranked[ranked.length - 1];
  const none = builds.length === 0 ? "No nation founded a data centre in this game" : "No nation contrasted a US-built and a locally built site in this game";
  if (top === bottom) return { paragraph: `${none}.`, evidence: { figures: {}, quarters: [], asserted: false } };
  return {
    paragraph: `${none}. ${final.nations[top].name} ended with the highest sovereignty index (${final.nations[top].sovereignty.toFixed(2)}), ${final.nations[bottom].name} the lowest (${final.nations[bottom].sovereignty.toFixed(2)}): the index rewards compute built and run at home and the expertise to run it.`,
    evidence: {
      compared: [top, bottom],
      figures: { highest: final.nations[top].sovereignty, lowest: final.nations[bottom].sovereignty },
      quarters: [],
      asserted: false,
    },
  };
}

function componentsVsFactory(final: GameState): Lesson {
  let mU = 0,
    mN = 0,
    sU = 0,
    sN = 0;
  for (const id of final.order)
    for (const dc of final.nations[id].dataCentres)
      for (const g of dc.gpus) {
        if (g.operator === "integrator") {
          mU += dc.utilisation * g.count;
          mN += g.count;
        } else {
          sU += dc.utilisation * g.count;
          sN += g.count;
        }
      }
  const managed = mN > 0 ? mU / mN : null;
  const self = sN > 0 ? sU / sN : null;
  if (managed !== null && self !== null) {
    const m = Math.round(managed * 100);
    const s = Math.round(self * 100);
    const lesson =
      m > s
        ? `Components were cheaper to buy, but without deep expertise a cluster is "inventory, not a cluster": the full-stack premium bought an SLA and ${m - s} points more utilisation.`
        : `Here the nations ran their own GPUs as well as the integrators did (expertise closes the gap), so the full-stack premium bought an SLA but no extra utilisation.`;
    return {
      paragraph: `GPUs run by integrators as full-stack AI factories averaged ${m} % utilisation at the end; GPUs bought as components and run by the nations averaged ${s} %. ${lesson}`,
      evidence: { figures: { managedUtilisation: managed, selfRunUtilisation: self }, quarters: [], asserted: m > s },
    };
  }
  if (managed === null && self === null) {
    return {
      paragraph: "No GPUs were installed by the end of this game, so utilisation cannot be compared; components cost less, full-stack factories carry an SLA.",
      evidence: { figures: {}, quarters: [], asserted: false },
    };
  }
  return {
    paragraph: `In this game every GPU was ${managed !== null ? "run by an integrator (full stack)" : "run by the nations themselves (components)"}, so there is no contrast to measure; components cost less, full-stack factories carry an SLA.`,
    evidence: { figures: {}, quarters: [], asserted: false },
  };
}

function partnerships(final: GameState): Lesson {
  const investors = final.order.filter((id) => Object.values(final.nations[id].stakes).some((v) => v > 0));
  const jv = final.order.filter((id) => final.nations[id].dataCentres.some((d) => d.builder === "jv"));
  if (investors.length === 0 && jv.length === 0) {
    return {
      paragraph:
        "No nation took a strategic stake in an integrator or formed a joint venture this game, so partnerships were not tested. In the real seed, SK Telecom's US$200M stake in Penguin Solutions bought priority, expertise transfer and a share of sales abroad.",
      evidence: { figures: {}, quarters: [], asserted: false },
    };
  }
  const stakes = Object.fromEntries(investors.map((id) => [id, Object.values(final.nations[id].stakes).reduce((a, b) => a + b, 0)]));
  const parts = investors.map((id) => `${final.nations[id].name} holds stakes of ${usd(stakes[id])}`);
  const jvParts = jv.map((id) => `${final.nations[id].name} built with a joint venture`);
  const partners = [...new Set([...investors, ...jv])];
  const others = final.order.filter((id) => !partners.includes(id));
  const avg = (ids: string[]): number => ids.reduce((s, id) => s + final.nations[id].score, 0) / Math.max(1, ids.length);
  const paidOff = others.length > 0 && avg(partners) > avg(others);
  const verdict =
    others.length === 0
      ? "Every nation partnered, so the room has no contrast to compare."
      : paidOff
        ? `Partnering nations averaged ${avg(partners).toFixed(0)} points against ${avg(others).toFixed(0)} for the others (${names(final, others)}).`
        : `Partnering did not lift the score here: partners averaged ${avg(partners).toFixed(0)} points against ${avg(others).toFixed(0)} for the others (${names(final, others)}).`;
  return {
    paragraph: `${[...parts, ...jvParts].join("; ")}. Partnerships give priority in sold-out quarters, expertise every quarter and export revenue. ${verdict}`,
    evidence: {
      figures: { partners: partners.length, ...(others.length ? { partnerScore: avg(partners), otherScore: avg(others) } : {}) },
      quarters: [],
      asserted: paidOff,
    },
  };
}

/** Delivery slips of a nation caused by HBM (not by packaging). */
function hbmSlips(final: GameState, id: string): number {
  return final.log.filter((e) => e.nation === id && e.code === "gpu/slipped" && e.params.reason.why !== "packaging").length;
}

function memory(final: GameState): Lesson {
  const withDeal = final.order.filter((id) => final.nations[id].memoryAgreements.length > 0);
  const without = final.order.filter((id) => final.nations[id].memoryAgreements.length === 0);
  const total = (ids: string[]): number => ids.reduce((a, id) => a + hbmSlips(final, id), 0);
  const perNation = (ids: string[]): number => (ids.length ? total(ids) / ids.length : 0);
  const cxl = final.order.filter((id) => final.nations[id].dataCentres.some((d) => d.cxl));
  const cxlText =
    cxl.length > 0
      ? ` ${names(final, cxl)} fitted CXL to raise inference capacity without new GPUs.`
      : " No one used CXL, which raises the inference capacity of GPUs already installed.";
  const slips = total(final.order);
  const figures = { slipsWithAgreement: total(withDeal), slipsWithout: total(without) };
  if (slips === 0) {
    return {
      paragraph: `No GPU delivery slipped for lack of HBM in this game${withDeal.length ? ` (${names(final, withDeal)} held memory agreements)` : ""}, so memory did not decide who got GPUs this time; in sold-out years it does, and agreements buy priority.${cxlText}`,
      evidence: { figures, quarters: [], asserted: false },
    };
  }
  if (withDeal.length === 0 || without.length === 0) {
    return {
      paragraph: `HBM shortages caused ${plural(slips, "delivery slip")}; ${withDeal.length === 0 ? "no nation held a memory agreement" : "every nation held a memory agreement"}, so there is no contrast to measure.${cxlText}`,
      evidence: { figures, quarters: [], asserted: false },
    };
  }
  const helped = perNation(withDeal) < perNation(without);
  // "Decided" takes a clear gap: a quarter fewer slips a nation; a smaller one is said as what it is.
  const decided = perNation(withDeal) <= 0.75 * perNation(without);
  const verdict = decided
    ? "Memory, not money, decided who got GPUs in sold-out quarters."
    : helped
      ? "The agreements helped only a little: they covered part of the orders, and the rest waited for HBM like everyone else's."
      : "Here the agreements did not prevent slips: they were too small for the orders they had to cover.";
  // Groups of different sizes compare by their slips a nation (4 nations' 15 slips are fewer than 2 nations' 10).
  const each = (ids: string[]): string => (ids.length > 1 ? `, ${+perNation(ids).toFixed(1)} a nation` : "");
  return {
    paragraph: `Nations with HBM supply agreements (${names(final, withDeal)}) had ${plural(total(withDeal), "HBM-related delivery slip")}${each(withDeal)}; nations without (${names(final, without)}) had ${total(without)}${each(without)}. ${verdict}${cxlText}`,
    evidence: { figures: { ...figures, perNationWithAgreement: perNation(withDeal), perNationWithout: perNation(without) }, quarters: [], asserted: helped },
  };
}

/** The three newest accelerators on sale before the game's last state (newest first): what a nation could order in the game. */
export function newestOnSale(final: GameState): GameState["catalogue"]["accelerators"] {
  const end = quarterIndex(final.quarter);
  return final.catalogue.accelerators
    .filter((a) => quarterIndex(a.available) < end)
    .sort((a, b) => quarterIndex(b.available) - quarterIndex(a.available))
    .slice(0, 3);
}

function leadingEdge(final: GameState): Lesson {
  const amd = installedOf(final, "amd");
  const nvidia = installedOf(final, "nvidia");
  // The newest generations are the three newest on sale during the game (not the catalogue's 2030 projections in a 2026 game).
  const newest = newestOnSale(final);
  const isNewest = (model: string): boolean => newest.some((a) => a.id === model);
  const adopters = final.order.filter((id) => final.nations[id].dataCentres.some((d) => d.gpus.some((g) => g.count > 0 && isNewest(g.model))));
  // Ordered but still to come at the end: the lead times of the newest generations, not a choice against them.
  const waiting = final.order.filter((id) => !adopters.includes(id) && final.nations[id].pendingGpus.some((o) => o.quantity > 0 && isNewest(o.model)));
  const which = `the newest generations on sale (${newest.map((a) => a.name).join(", ")})`;
  const traits = `best per watt, with longer lead times${newest.every((a) => a.liquidOnly) ? " and liquid cooling only" : ""}`;
  const adoption =
    adopters.length > 0
      ? `${names(final, adopters)} adopted ${which}: ${traits}.${waiting.length > 0 ? ` ${names(final, waiting)} ordered them too, still to come at the end.` : ""}`
      : waiting.length > 0
        ? `${names(final, waiting)} ordered ${which}, but none had arrived by the end: ${traits}.`
        : `No one adopted ${which}: ${traits}.`;
  const amdNations = final.order.filter((id) =>
    final.nations[id].dataCentres.some((d) => d.gpus.some((g) => g.count > 0 && findAccelerator(final.catalogue, g.model)?.maker === "amd")),
  );
  return {
    paragraph: `At the end ${nvidia.toLocaleString("en-US")} NVIDIA and ${amd.toLocaleString("en-US")} AMD GPUs were installed. ${amdNations.length > 0 ? `${amdNations.map((id) => `${final.nations[id].name} (expertise ${final.nations[id].expertise.toFixed(0)})`).join(", ")} bet on AMD: cheaper per PFLOPS and sooner, with a ROCm penalty that shrinks as expertise grows.` : "No one bet on AMD, which is cheaper per PFLOPS but carries a software penalty until expertise grows."} ${adoption}`,
    evidence: { figures: { nvidiaGpus: nvidia, amdGpus: amd }, quarters: [], asserted: amdNations.length > 0 || adopters.length > 0 },
  };
}

function sovereigntyLanguage(states: GameState[]): Lesson {
  const final = states[states.length - 1];
  const first = states[0];
  const reached = final.order.filter((id) => final.nations[id].milestoneTurn !== null);
  const missed = final.order.filter((id) => final.nations[id].milestoneTurn === null);
  const quarters = reached.map((id) => quarterOfTurn(first, final.nations[id].milestoneTurn!));
  const r = reached.map((id, i) => `${final.nations[id].name} (${final.nations[id].language}, ${quarters[i].label})`).join(", ");
  return {
    paragraph: `${reached.length > 0 ? `Reached the local-language model milestone: ${r}.` : "No nation reached the local-language model milestone."}${missed.length > 0 && reached.length > 0 ? ` Missed it: ${names(final, missed)}.` : ""} Only compute under domestic control trains national models: GPUs run by a foreign integrator count for a quarter of their power, which is why privacy, security and language push nations towards home-run compute.`,
    evidence: { figures: { reached: reached.length }, quarters, asserted: reached.length > 0 },
  };
}

/** The six learning points for a replayed game (states[0] = start, states[i] after the resolution of turn i). */
export function learningPoints(states: GameState[]): LearningPoint[] {
  const final = states[states.length - 1];
  const point = (id: LearningPoint["id"], claim: string, l: Lesson): LearningPoint => ({ id, claim, ...l });
  return [
    point("us_expertise", "Sovereign goals, but deep reliance on US expertise", usVsLocal(states)),
    point("ai_factories", "The market moves from components to integrated AI factories", componentsVsFactory(final)),
    point("partnerships", "Strategic and trilateral partnerships win", partnerships(final)),
    point("memory", "Memory (HBM, CXL) is a bottleneck", memory(final)),
    point("leading_edge", "Leading-edge adoption matters; AMD is gaining", leadingEdge(final)),
    point("sovereignty_language", "Sovereignty is driven by privacy, security and local language", sovereigntyLanguage(states)),
  ];
}
