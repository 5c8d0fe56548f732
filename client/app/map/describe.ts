/** The words of the map's tooltips and text alternative: what a marker or a nation is and its figures. */
import type { GameView, PublicDataCentre, PublicNation } from "../../../shared/engine/view";
import { idx, pf } from "../format";

/** A tooltip's content: a title (with the flag of `flag`), then short lines. */
export interface TipContent {
  flag?: string;
  title: string;
  lines: string[];
}

const STATUS_WORDS: Record<string, string> = {
  online: "online (filled marker)",
  building: "under construction (hatched marker)",
  planned: "planned (outline marker)",
};

/** A site's name as a player reads it: your own site's name from your nation, else its id in words ("abu_dhabi" → "Abu Dhabi"). */
export function siteName(view: Pick<GameView, "own">, dc: Pick<PublicDataCentre, "nation" | "site">): string {
  const own = view.own.find((n) => n.id === dc.nation)?.sites.find((s) => s.id === dc.site);
  return own?.name ?? dc.site.replace(/[_-]+/g, " ").replace(/\b\p{Ll}/gu, (c) => c.toUpperCase());
}

/** A data centre: whose, its status, size, cooling and GPUs. */
export function describeDc(view: GameView, dc: PublicDataCentre): TipContent {
  const n = view.nations.find((x) => x.id === dc.nation);
  const lines = [
    `${n ? `${n.flag.toUpperCase()} ${n.name}` : dc.nation} · ${siteName(view, dc)}`,
    `Status: ${STATUS_WORDS[dc.status] ?? dc.status}`,
    `${dc.mw} MW built for, ${dc.mwOnline} MW online · ${dc.cooling} cooling`,
    `${dc.gpuCount.toLocaleString("en-US")} GPUs installed`,
  ];
  const firm = (id: string | undefined): string | null =>
    id ? ([...view.catalogue.integrators, ...view.catalogue.localPartners].find((f) => f.id === id)?.name ?? id) : null;
  const firms = [firm(dc.integrator), firm(dc.partner)].filter((x): x is string => x !== null);
  if (firms.length) lines.push(`Built with ${firms.join(" and ")}`);
  return { flag: n?.flag, title: dc.name, lines };
}

/** A nation: rank and score, compute, sovereignty and its data centres by status. */
export function describeNation(view: GameView, n: PublicNation): TipContent {
  const rank = [...view.nations].sort((a, b) => b.score - a.score).findIndex((x) => x.id === n.id) + 1;
  const count = (s: string): number => n.dataCentres.filter((d) => d.status === s).length;
  const you = view.seat.kind === "nation" && view.seat.nation === n.id;
  return {
    flag: n.flag,
    title: `${n.flag.toUpperCase()} ${n.name}${you ? " (you)" : ""}`,
    lines: [
      `Score ${n.score} · rank ${rank} of ${view.nations.length}`,
      `Compute online ${pf(n.compute)} · sovereignty ${idx(n.sovereignty)}`,
      `Data centres: ${count("online")} online, ${count("building")} building, ${count("planned")} planned`,
      n.exportStatus === "ally" ? "US export controls: ally (no licence needed)" : "US export controls: needs a licence for GPUs",
    ],
  };
}

/** One line of text for a tooltip's content (the list items and accessible names). */
export function tipText(t: TipContent): string {
  return [t.title, ...t.lines].join(". ");
}
