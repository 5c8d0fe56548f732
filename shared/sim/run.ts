/** Headless game runner: plays a whole game with bots for every nation and reports per-turn figures. */
import type { Order } from "../protocol/orders";
import type { Scenario } from "../scenario/schema";
import type { GameState } from "../engine/state";
import type { OrderLog } from "../engine/replay";
import { createGame } from "../engine/setup";
import { resolveTurn } from "../engine/resolve";
import { stateHash } from "../engine/replay";
import { baselineOrders } from "../ai/baseline";

/** A bot: the orders of one nation for the state's current turn. */
export type Bot = (state: GameState, nation: string) => Order[];

/** One nation's figures after one turn. */
export interface SimRow {
  turn: number;
  quarter: string;
  nation: string;
  compute: number;
  sovereignty: number;
  expertise: number;
  treasury: number;
  score: number;
}

/** The result of a headless game. */
export interface SimResult {
  scenario: string;
  seed: number;
  turns: number;
  rows: SimRow[];
  ranking: { nation: string; name: string; score: number }[];
  log: OrderLog;
  finalHash: string;
  state: GameState;
}

/** Play `scenario` from `seed` for `turns` quarters (default: all) with `bot` for every nation. */
export function runSim(scenario: Scenario, seed: number, opts: { turns?: number; bot?: Bot } = {}): SimResult {
  const bot = opts.bot ?? baselineOrders;
  let state = createGame(scenario, seed);
  const rows: SimRow[] = [];
  const log: OrderLog = [];
  const turns = Math.min(opts.turns ?? scenario.turns, scenario.turns);
  for (let t = 0; t < turns && !state.finished; t++) {
    const orders: Record<string, Order[]> = {};
    for (const id of state.order) orders[id] = bot(state, id);
    log.push({ turn: state.turn, orders });
    const label = `Q${state.quarter.q} ${state.quarter.year}`;
    const turn = state.turn;
    state = resolveTurn(state, orders).state;
    for (const id of state.order) {
      const n = state.nations[id];
      const h = n.history[n.history.length - 1];
      rows.push({
        turn,
        quarter: label,
        nation: id,
        compute: h.compute,
        sovereignty: h.sovereignty,
        expertise: h.expertise,
        treasury: h.treasury,
        score: h.score,
      });
    }
  }
  const ranking = state.order
    .map((id) => ({ nation: id, name: state.nations[id].name, score: state.nations[id].score }))
    .sort((a, b) => b.score - a.score || a.nation.localeCompare(b.nation));
  return { scenario: scenario.id, seed, turns, rows, ranking, log, finalHash: stateHash(state), state };
}

/** The per-turn table and final ranking as fixed-width text. */
export function formatSim(r: SimResult): string {
  const pad = (s: string | number, w: number): string => String(s).padStart(w);
  const lines = [`Scenario ${r.scenario}, seed ${r.seed}, ${r.turns} turns`, ""];
  lines.push(
    `${"turn".padEnd(5)}${"quarter".padEnd(9)}${"nation".padEnd(11)}${pad("compute PF", 12)}${pad("sovereignty", 12)}${pad("expertise", 10)}${pad("treasury $M", 12)}${pad("score", 8)}`,
  );
  for (const row of r.rows) {
    lines.push(
      `${String(row.turn).padEnd(5)}${row.quarter.padEnd(9)}${row.nation.padEnd(11)}${pad(row.compute.toFixed(0), 12)}${pad(row.sovereignty.toFixed(3), 12)}${pad(row.expertise.toFixed(1), 10)}${pad(row.treasury.toFixed(0), 12)}${pad(row.score, 8)}`,
    );
  }
  lines.push("", "Final ranking:");
  r.ranking.forEach((x, i) => lines.push(`${i + 1}. ${x.name.padEnd(16)} ${pad(x.score, 6)}`));
  lines.push("", `State hash: ${r.finalHash}`);
  return lines.join("\n");
}
