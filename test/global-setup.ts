/** Vitest global setup: build the browser client once before any test file runs (e2e and benchmarks serve dist/client). */
import { buildClient } from "./e2e/harness";

/** Build dist/client. */
export default function setup(): void {
  buildClient();
}
