/**
 * The pre/post check: five questions drawn from the six claims of GAME.md "What the game must teach",
 * answered on the phone before the first turn and again after the end, so a teacher sees what the room
 * learned. Each answer is the game's rule for that claim, and the real-world figure behind it is cited by
 * its facts.md source id. (The sixth claim, partnerships, is left out to keep the check to five questions:
 * its answer depends most on the deals a given room happened to sign.)
 */
import type { LearningPoint } from "./lessons";

/** One multiple-choice question. */
export interface CheckQuestion {
  id: string;
  /** The learning point (claim) it checks. */
  claim: LearningPoint["id"];
  prompt: string;
  options: string[];
  /** Index of the right option. */
  correct: number;
  /** Why that is the answer: the game's rule and the real-world figure behind it. */
  why: string;
  /** facts.md source ids of the figure. */
  sources: string;
}

/** The five questions, in the order they are asked (the same before and after). */
export const CHECK_QUESTIONS: readonly CheckQuestion[] = [
  {
    id: "integrator",
    claim: "us_expertise",
    prompt: "A nation with little AI expertise hires a US full-stack integrator instead of building with local teams only. What changes?",
    options: [
      "Compute comes online sooner and runs at higher utilisation, but sovereignty ends lower",
      "It is cheaper and ends with higher sovereignty",
      "Nothing but the price: the same sites come online at the same time",
      "Compute comes online later, but sovereignty ends higher",
    ],
    correct: 0,
    why: "Integrator-run clusters run like neoclouds (75–90 % utilisation) while self-run clusters average about 40 %; a local-only path is slower at first, builds expertise and ends more sovereign.",
    sources: "G11, G12",
  },
  {
    id: "factory",
    claim: "ai_factories",
    prompt: 'Buying components (GPUs, racks, cooling) yourself rather than a full-stack "AI factory" package is…',
    options: [
      "More expensive, and it comes with an uptime SLA",
      "Cheaper up front, but it needs expertise and risks low utilisation",
      "Always the better choice for a new national programme",
      "Not allowed under US export rules",
    ],
    correct: 1,
    why: "An AI factory is built and run to turn data into tokens and is sold with availability SLAs (99–99.95 %); components cost less but a team without expertise leaves them idle.",
    sources: "C18, C19, C20, C21, G12",
  },
  {
    id: "hbm",
    claim: "memory",
    prompt: "When every nation orders GPUs at once, what most limits how many are delivered?",
    options: [
      "The number of GPU vendors",
      "Nothing: enough money buys any quantity",
      "High-bandwidth memory (HBM) supply, sold out a year ahead; memory agreements give priority",
      "Only the electricity price",
    ],
    correct: 2,
    why: "Each GPU delivery consumes its HBM from a global quarterly pool; SK hynix and Micron reported their HBM sold out a year ahead, so holders of memory agreements are served first.",
    sources: "M7, M8, M9, M10",
  },
  {
    id: "amd",
    claim: "leading_edge",
    prompt: "Compared with NVIDIA's, AMD accelerators in 2025–26 are…",
    options: [
      "More expensive and harder to get",
      "Identical in delivered performance from day one",
      "Not sold outside the United States",
      "Cheaper and more available, but their software delivers less until expertise closes the gap",
    ],
    correct: 3,
    why: "AMD parts list about 30 % below the NVIDIA equivalent; ROCm realises ~10–30 % less training throughput than CUDA, a gap that expertise (and newer ROCm) narrows.",
    sources: "A30, A37, A38",
  },
  {
    id: "language",
    claim: "sovereignty_language",
    prompt: "Which compute counts towards training a nation's own local-language model?",
    options: [
      "Any GPU rented anywhere in the world, at full value",
      "Compute under domestic control; GPUs run by a foreign integrator count far less",
      "Only compute bought from AMD",
      "None: language models are bought, not trained",
    ],
    correct: 1,
    why: "Privacy, security and language push nations to home-run compute (India's programme funds GPUs for 22-language models); in the game a foreign-run GPU counts for a quarter of its power toward the milestone (an estimate of the control a nation keeps).",
    sources: "N28, N29, N30, N31, N32",
  },
];

/** Number of questions a complete answer sheet has. */
export const CHECK_LENGTH = CHECK_QUESTIONS.length;
