/** The software stack's cost in realised throughput (a leaf: operations, market and deals all read it). */
import type { Accelerator } from "./state";

/** AMD realised-throughput penalty for this nation's expertise (0 for NVIDIA). */
export function softwarePenalty(a: Accelerator, expertise: number): number {
  return a.maker === "amd" ? Math.max(0.05, 0.25 - 0.2 * (expertise / 100)) : 0;
}
