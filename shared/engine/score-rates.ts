/**
 * The fixed figures of the sovereignty index and the score (the scenario's scoring weights are the rest), in a
 * leaf with no imports: outcomes.ts and causes.ts compute with them, shared/describe/score.ts writes them out.
 */

/** Weights of the sovereignty index: control share, expertise/100 and (1 − export exposure). */
export const SOVEREIGNTY_WEIGHTS = { control: 0.55, expertise: 0.3, exposure: 0.15 } as const;
/** Effective PF where the score's compute term bends: compute w × 100 × log2(1 + PF / this). */
export const SCORE_COMPUTE_PF = 5000;
/** Capability of the local-language milestone, also where the score's capability term bends. */
export const MILESTONE_CAPABILITY = 150;
