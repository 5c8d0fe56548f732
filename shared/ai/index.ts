/** AI nations: personalities, difficulty levels, look-ahead planning, and the baseline bot. */
export { aiOrders, defaultProfile, aiSeed } from "./decide";
export type { AiProfile } from "./decide";
export { PERSONALITIES, DIFFICULTIES, PERSONALITY_INFO, styleOf, styleAt, defaultPersonality } from "./personality";
export type { Personality, Difficulty, Style } from "./personality";
export { beliefState } from "./belief";
export { baselineOrders } from "./baseline";
