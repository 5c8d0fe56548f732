/** The glossary (key G) and the explanation of every dashboard figure: what it is, how it is computed, its source. */
import type { ScoringWeights } from "../../shared/engine/state";
import { scoreFormula, sovereigntyFormula } from "../../shared/describe/score";

/** A glossary entry. */
export interface Term {
  term: string;
  text: string;
  source?: string;
}

/** Terms a player meets in the game. */
export const GLOSSARY: Term[] = [
  {
    term: "PFLOPS (PF)",
    text: "Peta floating-point operations per second, FP8 dense (no sparsity). An NVIDIA B200 delivers about 4.5 PF; a GB200 NVL72 rack about 360 PF.",
    source: "facts.md A4, A7",
  },
  {
    term: "HBM",
    text: "High-bandwidth memory stacked next to each GPU. Three makers (SK hynix, Samsung, Micron) supply it and it is sold out a year ahead: every GPU delivery draws on the quarter's pool of its generation: HBM3E (H100 to GB300, MI300X to MI355X) or HBM4 (Rubin, MI455X), which overtakes HBM3E in H2 2026. Supply grows every year; when demand exceeds it, each order gets its share and the rest slips a quarter.",
    source: "facts.md M1–M16",
  },
  {
    term: "HBM supply agreement",
    text: "A reservation of HBM with one maker for several quarters, paid per GB per quarter (about 25 % of the HBM price). The reserved volume serves the holder's orders first, and weights its share of the rest of the pool (up to ×2), so the benefit grows with the volume. It serves only the HBM generations the maker is qualified for: in 2026 Micron supplies no HBM4 (Rubin: ~70 % SK hynix, ~30 % Samsung).",
    source: "facts.md M6–M10, M15, M18, M19",
  },
  {
    term: "CXL",
    text: "Compute Express Link: extra DDR memory attached to GPU servers. It raises inference capacity (long contexts, more users), not FLOPS: +30 % on inference in this game.",
    source: "facts.md §2c (estimate)",
  },
  {
    term: "PUE",
    text: "Power usage effectiveness: facility power ÷ IT power. Air-cooled AI halls run at ~1.5, direct liquid cooling at ~1.1–1.2.",
    source: "facts.md D26–D29",
  },
  {
    term: "DLC",
    text: "Direct liquid cooling: cold plates on chips. Required by GB200/GB300 NVL72, Rubin and MI355X-class parts.",
    source: "facts.md A7, A12",
  },
  {
    term: "GPUaaS",
    text: "GPU-as-a-Service: renting GPU-hours to others. Revenue = GPU-hours sold × price per hour (H100 ~US$2.35/h in 2026).",
    source: "facts.md G1–G15",
  },
  {
    term: "Full-stack AI factory",
    text: "Hardware + network + cluster software + managed operations with an SLA, sold by an integrator. Dearer than components but online sooner and at ~85 % utilisation.",
    source: "facts.md §7d, G11",
  },
  {
    term: "Components",
    text: "GPUs and servers you integrate and run yourself: cheaper, but utilisation depends on your expertise (≈40 % for novices, up to 85 %).",
    source: "facts.md G11, G12",
  },
  {
    term: "Sovereignty index",
    text: sovereigntyFormula(),
    source: "game formula; GAME.md",
  },
  {
    term: "Expertise",
    text: "0–100: your people's ability to build and run AI clusters. Grows with local builds, self-run clusters, talent programmes and partnerships.",
    source: "game formula",
  },
  {
    term: "Utilisation",
    text: "Share of installed compute doing useful work. Integrator-run clusters ~85 %; self-run 40 % + 45 % × expertise/100.",
    source: "facts.md G10–G12",
  },
  {
    term: "Local-language milestone",
    text: "Your own large language model in your language, trained on compute you run yourself: capability ≥ 150 with ≥ 1,000 PF of nation-run compute, of which at least 4,000 PF (peak) you added during the game; the starting footprint alone is not enough.",
    source: "GAME.md claim 6; facts.md N28–N31 (estimate)",
  },
  { term: "CoWoS", text: "TSMC's advanced packaging. Its capacity caps how many accelerators can be delivered each quarter.", source: "facts.md E11, E13" },
  {
    term: "Binding deal",
    text: "An agreement between two nations the engine enforces: cash is held in escrow at signing and paid each quarter; GPU leases and shares of a data centre move effective compute for the deal's quarters; HBM transfers split the giver's memory agreement. A proposal a side could not cover is refused.",
    source: "GAME.md deals",
  },
  {
    term: "GPU lease",
    text: "GPUs the lessor has installed, run for the lessee: the lessee gets their compute at 85 % utilisation (managed level) for the deal's quarters; the lessor loses it.",
    source: "facts.md G11 (estimate)",
  },
  {
    term: "Promise ledger",
    text: "Non-binding statements made in deals. The engine does not enforce them; the debrief shows who said what to whom.",
    source: "GAME.md deals",
  },
  {
    term: "Vendor quote",
    text: "An integrator's or local partner's offer: price per GPU, lead time, SLA (uptime, fault response) and sovereignty terms (who operates, where the management software lives). Counter-offers are accepted, met halfway or refused with a reason; quotes expire with their quarter.",
    source: "facts.md C8, C17, C25, G11 (estimates)",
  },
  {
    term: "US export licence",
    text: "Since the Diffusion Rule was rescinded (13 May 2025) there are no country tiers or caps: the US grants licences bilaterally, with a yearly volume of H100-equivalents and conditions (reporting, security audits, no Chinese vendors, investment pledged in the US). Allies and India buy most volumes licence-free; the UAE and Saudi Arabia need a licence for every accelerator. Negotiate it like a quote; a broken condition suspends it.",
    source: "facts.md E5, E16, N20, N21, E21",
  },
  {
    term: "Strategic stake",
    text: "An investment of US$100M or more in an integrator (as SK Telecom's US$200M in Penguin Solutions): priority in allocation, expertise transfer, a share of its sales abroad.",
    source: "facts.md C1, C3",
  },
];

/** Explanations of the dashboard figures, keyed by figure id. */
export const FIGURES: Record<string, Term> = {
  treasury: {
    term: "Treasury",
    text: "Money available now, US$ millions. Orders are paid when they are placed; revenue, running costs and next quarter's budget arrive at resolution.",
    source: "scenario; facts.md §5",
  },
  budget: { term: "Budget", text: "Programme money arriving every quarter, scaled from the nation's announced AI budget.", source: "facts.md §5" },
  compute: { term: "Compute online", text: "Peak PFLOPS (FP8 dense) of GPUs installed in data centres that are online.", source: "facts.md §1" },
  utilisation: {
    term: "Utilisation",
    text: "Effective ÷ peak compute: who runs the cluster (integrator ~85 %, self-run by expertise) and the AMD software penalty.",
    source: "facts.md G10–G12, A37",
  },
  sovereignty: {
    term: "Sovereignty index",
    text: sovereigntyFormula(true),
    source: "GAME.md; facts.md E3",
  },
  expertise: {
    term: "Expertise",
    text: "0–100. Local builds, self-run clusters, talent programmes and partnerships raise it; a talent drain lowers it.",
    source: "game formula",
  },
  support: {
    term: "Public support",
    text: "0–100. Drifts toward 50; rises with visible progress and the language milestone, falls when bills go unpaid.",
    source: "game formula",
  },
  capability: {
    term: "AI capability",
    text: "Grows each quarter with √(compute under domestic control) × expertise. 150 + 1,000 PF nation-run = local-language model.",
    source: "game formula",
  },
  deals: {
    term: "Deals",
    text: "Binding deals with other nations in force this quarter. ▲/▼ is the peak compute of GPUs leased in or out, already counted in Compute online (leased GPUs run at 85 % utilisation for the lessee).",
    source: "GAME.md deals; facts.md G11 (estimate)",
  },
  score: {
    term: "Score",
    text: "Points for compute, sovereignty, expertise, capability, money, support, the milestone and objectives, by this game's scoring weights (scoreTerm).",
    source: "scenario scoring weights; shared/engine/money.ts",
  },
  profit: {
    term: "Operating profit",
    text: "Cumulative revenue − running costs (power, facility, managed fees) − talent programmes − financing (1 % a quarter on the capex spent in the game, an estimate of the state's cost of capital). ▲/▼ is this quarter's profit. Dear power makes it fall.",
    source: "shared/engine/money.ts; power prices facts.md §3b (D14–D22); financing rate an estimate",
  },
  grid: {
    term: "Grid",
    text: "MW of grid free for new sites now; beyond it a site queues behind the MW already waiting, served by the grid's growth each quarter. Brownfield shells, on-site generation and PPAs get round the queue at a price.",
    source: "facts.md D9–D12, D18, D23, D31–D33, N14; nation figures in the scenario (estimates where marked)",
  },
};

/** The score figure's explanation with this game's scoring weights (the formula is the describer's, shared/describe/score.ts). */
export function scoreTerm(w: ScoringWeights): Term {
  return { ...FIGURES.score, text: scoreFormula(w) };
}
