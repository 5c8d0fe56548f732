/**
 * The projector's automatic highlights between turns, in words, from public information only: the biggest mover of
 * the quarter just resolved, a change of leader, deals signed (who with whom, never the terms), the event of
 * the quarter, milestones and objectives met in public, and the largest capacity brought online. Pure.
 */
import type { GameView } from "../engine/view";
import type { EventOf } from "../engine/event-types";
import type { SignedDeal } from "../match/highlights";
import { describeEvent, eventContext, eventHeadline } from "./events";

/** One highlight card. */
export interface Highlight {
  kind: "mover" | "lead" | "deal" | "event" | "milestone" | "objective" | "online";
  /** Short label above the headline ("Biggest mover"). */
  label: string;
  headline: string;
  /** A headline figure ("+42 points"), when there is one. */
  figure?: string;
  /** Nations the card is about (for their colour and flag). */
  nations: string[];
  sources?: string[];
}

/** The highlights of the quarter resolved last (turn view.turn − 1), most important first; empty before the first resolution. */
export function turnHighlights(view: GameView, signed: readonly SignedDeal[] = []): Highlight[] {
  const turn = view.turn - 1;
  if (turn < 1) return [];
  const name = (id: string): string => view.nations.find((n) => n.id === id)?.name ?? id;
  const out: Highlight[] = [];
  const moves = view.nations.map((n) => {
    // The last two history rows: after the quarter just resolved, and before it.
    const now = n.history[n.history.length - 1];
    const before = n.history[n.history.length - 2];
    return { n, delta: now && before ? now.score - before.score : 0, score: now?.score ?? n.score, prev: before?.score ?? n.score };
  });
  const mover = [...moves].sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta) || a.n.id.localeCompare(b.n.id))[0];
  if (mover && mover.delta !== 0) {
    out.push({
      kind: "mover",
      label: "Biggest mover",
      headline: `${mover.n.name} ${mover.delta > 0 ? "gains" : "loses"} the most this quarter`,
      figure: `${mover.delta > 0 ? "+" : "−"}${Math.abs(mover.delta)} points`,
      nations: [mover.n.id],
    });
  }
  const leaderBy = (k: "score" | "prev"): string | undefined => [...moves].sort((a, b) => b[k] - a[k] || a.n.id.localeCompare(b.n.id))[0]?.n.id;
  const leader = leaderBy("score");
  const before = leaderBy("prev");
  if (leader && before && leader !== before && moves.some((m) => m.delta !== 0)) {
    out.push({
      kind: "lead",
      label: "New leader",
      headline: `${name(leader)} takes the lead from ${name(before)}`,
      figure: `${moves.find((m) => m.n.id === leader)!.score} points`,
      nations: [leader, before],
    });
  }
  for (const d of signed.filter((x) => x.turn === turn)) {
    out.push({ kind: "deal", label: "Deal signed", headline: `${name(d.from)} and ${name(d.to)} sign a deal`, nations: [d.from, d.to] });
  }
  const news = view.news.filter((e) => e.turn === turn && e.nation === null);
  const ctx = eventContext(view);
  for (const e of news.filter((x) => x.kind === "event"))
    out.push({ kind: "event", label: "Event of the quarter", headline: eventHeadline(e, ctx), nations: [], sources: e.sources });
  for (const e of news.filter((x) => x.code === "hbm/sold_out"))
    out.push({ kind: "event", label: "Market", headline: eventHeadline(e, ctx), nations: [], sources: e.sources });
  for (const e of news)
    if (e.code === "milestone/llm") out.push({ kind: "milestone", label: "Milestone", headline: eventHeadline(e, ctx), nations: [e.params.nation] });
  for (const e of news)
    if (e.code === "objective/met") out.push({ kind: "objective", label: "Objective met", headline: eventHeadline(e, ctx), nations: [e.params.nation] });
  const online = news.filter((e): e is EventOf<"dc/online_public"> => e.code === "dc/online_public").sort((a, b) => b.params.mw - a.params.mw)[0];
  if (online && online.params.mw > 0)
    out.push({
      kind: "online",
      label: "Biggest build online",
      headline: describeEvent(online, ctx),
      figure: `${online.params.mw} MW`,
      nations: [online.params.nation],
    });
  return out;
}
