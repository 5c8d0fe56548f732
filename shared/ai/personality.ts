/**
 * AI personalities (GAME.md "AI nations") and difficulty levels, expressed as a play style: the knobs
 * the AI policy turns. Difficulty changes how well the style is played, not what the nation wants.
 */
import type { PolicyId } from "../protocol/orders";
import type { Builder, ChipMaker, GpuPackage, MemoryMakerId } from "../engine/state";

/** The four AI personalities. */
export const PERSONALITIES = ["builder", "hawk", "hub", "leverager"] as const;
/** One AI personality. */
export type Personality = (typeof PERSONALITIES)[number];
/** The three difficulty levels. */
export const DIFFICULTIES = ["easy", "normal", "hard"] as const;
/** One difficulty level. */
export type Difficulty = (typeof DIFFICULTIES)[number];

/** A personality's name and one sentence a player reads in the lobby. */
export const PERSONALITY_INFO: Record<Personality, { name: string; text: string }> = {
  builder: {
    name: "Fast US-aligned builder",
    text: "Buys full-stack AI factories from US integrators, aligns with US export policy and gets compute online first.",
  },
  hawk: { name: "Sovereignty hawk", text: "Builds with local partners, trains its own people and keeps data at home, accepting a slower start." },
  hub: { name: "Regional GPUaaS hub", text: "Builds big, rents GPU-hours to the region and subsidises power to win on revenue." },
  leverager: { name: "Memory leverager", text: "Locks in HBM with supply agreements, fits CXL, takes integrator stakes and joint ventures." },
};

/** The knobs of the AI policy. */
export interface Style {
  /** Preferred builder of new data centres. */
  builder: Builder;
  /** GPU package; "auto" buys full stack until expertise reaches 50. */
  pkg: GpuPackage | "auto";
  /** Preferred GPU maker ("any" = best value). */
  maker: ChipMaker | "any";
  /** Share of the money left that goes into GPUs each quarter. */
  spend: number;
  /** Size of a new data centre, MW (smaller sizes are tried when it cannot be afforded). */
  buildMw: number;
  /** Talent programme level (0 = none) while expertise is below `talentUntil`. */
  talent: 0 | 1 | 2 | 3;
  talentUntil: number;
  /** Share of the fair HBM pool to reserve in a supply agreement (0 = never). */
  memory: number;
  memoryMaker: MemoryMakerId;
  /** Fit CXL to data centres with GPUs. */
  cxl: boolean;
  /** Strategic stake to buy in an integrator, US$ M (0 = none). */
  stake: number;
  /** Policies to switch on. */
  policies: PolicyId[];
  /** Weight given to the newest generations when choosing a model (0 = pure value for money). */
  newest: number;
  /** Money kept in reserve, in quarters of budget. */
  reserve: number;
  /** Chance of skipping a step or picking at random (easy AI's beginner mistakes). */
  slips: number;
  /** false = buy only the best part for a site, never a mix of two (absent = mix; the hard AI's look-ahead tries both). */
  mix?: boolean;
}

/** The style of a personality played at normal strength. */
export function styleOf(p: Personality): Style {
  switch (p) {
    case "builder":
      return {
        builder: "us",
        pkg: "fullstack",
        maker: "nvidia",
        spend: 0.8,
        buildMw: 60,
        talent: 1,
        talentUntil: 60,
        memory: 0.1,
        memoryMaker: "skhynix",
        cxl: false,
        stake: 0,
        policies: ["us_alignment"],
        newest: 0.3,
        reserve: 0.3,
        slips: 0,
      };
    case "hawk":
      return {
        builder: "local",
        pkg: "auto",
        maker: "any",
        spend: 0.7,
        buildMw: 30,
        talent: 2,
        talentUntil: 85,
        memory: 0,
        memoryMaker: "samsung",
        cxl: false,
        stake: 0,
        policies: ["data_localisation"],
        newest: 0,
        reserve: 0.5,
        slips: 0,
      };
    case "hub":
      return {
        builder: "jv",
        pkg: "auto",
        maker: "any",
        spend: 0.9,
        buildMw: 60,
        talent: 1,
        talentUntil: 70,
        memory: 0.15,
        memoryMaker: "micron",
        cxl: true,
        stake: 0,
        policies: ["gpuaas_hub", "power_subsidy"],
        newest: 0.1,
        reserve: 0.2,
        slips: 0,
      };
    case "leverager":
      return {
        builder: "jv",
        pkg: "auto",
        maker: "amd",
        spend: 0.75,
        buildMw: 30,
        talent: 2,
        talentUntil: 75,
        memory: 0.25,
        memoryMaker: "skhynix",
        cxl: true,
        stake: 200,
        policies: [],
        newest: 0.1,
        reserve: 0.4,
        slips: 0,
      };
  }
}

/** The style played at a difficulty: easy makes a beginner's mistakes; normal and hard play the style (hard also plans ahead). */
export function styleAt(p: Personality, d: Difficulty): Style {
  const s = styleOf(p);
  if (d !== "easy") return s;
  return { ...s, pkg: "fullstack", spend: 0.35, talent: 0, memory: 0, cxl: false, stake: 0, newest: 0.6, reserve: 1.5, slips: 0.35 };
}

/** The personality an AI gives a nation by default, from what the nation is known for. */
export function defaultPersonality(nation: string): Personality {
  const known: Record<string, Personality> = {
    korea: "leverager",
    japan: "builder",
    uae: "hub",
    saudi: "hub",
    india: "hawk",
    eu: "hawk",
    uk: "builder",
    australia: "builder",
  };
  return known[nation] ?? PERSONALITIES[[...nation].reduce((h, c) => h + c.charCodeAt(0), 0) % PERSONALITIES.length];
}

/** A strategy a balance run (or a facilitator) can impose on a personality: the path and chips it plays. */
export type StrategyOverride = "us_fullstack" | "local_only" | "jv_trilateral" | "amd_heavy" | "nvidia_heavy";

/** A style made to play one strategy family (see shared/ai/family.ts for how play is classified). */
export function withStrategy(s: Style, f: StrategyOverride): Style {
  switch (f) {
    case "us_fullstack":
      return { ...s, builder: "us", pkg: "fullstack", stake: 0 };
    case "local_only":
      return { ...s, builder: "local", pkg: "components", stake: 0 };
    case "jv_trilateral":
      return { ...s, builder: "jv", memory: Math.max(s.memory, 0.15), stake: Math.max(s.stake, 100) };
    case "amd_heavy":
      return { ...s, builder: "us", pkg: "components", stake: 0, maker: "amd" };
    case "nvidia_heavy":
      return { ...s, builder: "us", pkg: "components", stake: 0, maker: "nvidia" };
  }
}
