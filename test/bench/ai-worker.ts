/** Worker thread of the AI bench: plays normal AI-vs-AI games of `full` for a fixed time and reports how many. */
import { parentPort, workerData } from "node:worker_threads";
import { presetScenario } from "../../shared/scenario/presets";
import { playBalanceGame } from "../../shared/sim/balance";

const { ms, first } = workerData as { ms: number; first: number };
const scenario = presetScenario("full");
const t0 = performance.now();
let games = 0;
while (performance.now() - t0 < ms) playBalanceGame(scenario, first + games++, "normal");
parentPort!.postMessage({ games, ms: performance.now() - t0 });
