/**
 * Debrief replay and what-if, computed in the browser with the shared engine from the exported seed,
 * scenario and order log: step through the game turn by turn on the map, or branch from a past turn,
 * change one nation's strategy, play on with baseline AI, and compare the two outcomes side by side.
 */
import type { Scenario } from "../../shared/scenario/schema";
import type { OrderLog } from "../../shared/engine/replay";
import { viewFor } from "../../shared/engine/view";
import { replayStates } from "../../shared/debrief/build";
import { branch, STRATEGIES } from "../../shared/debrief/whatif";
import type { Strategy } from "../../shared/debrief/whatif";
import type { WorldScene } from "./map";
import { startMap } from "./map";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { idx, pf, quarter } from "./format";

/** The exported game the replay needs. */
export interface ExportedGame {
  scenario: Scenario;
  seed: number;
  log: OrderLog;
}

type MapGame = Awaited<ReturnType<typeof startMap>>["game"];

/** The standings of one replayed state: nation, score, compute, sovereignty and data centres, best first. */
function Standings({ v }: { v: ReturnType<typeof viewFor> }) {
  return (
    <div>
      <table class="overview">
        <thead>
          <tr>
            {["Nation", "Score", "Compute", "Sovereignty", "Data centres"].map((x) => (
              <th key={x}>{x}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {[...v.nations]
            .sort((a, b) => b.score - a.score)
            .map((n) => (
              <tr key={n.id}>
                <td>{n.name}</td>
                <td>{String(n.score)}</td>
                <td>{pf(n.compute)}</td>
                <td>{idx(n.sovereignty)}</td>
                <td>{String(n.dataCentres.length)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </div>
  );
}

/** A what-if run: the nation, strategy and turn it branched from, and the branch's final state. */
interface WhatIf {
  nation: string;
  strategy: Strategy;
  from: number;
  alt: ReturnType<typeof branch>;
}

/**
 * The replay tab: a turn slider over the replayed states with the map and the standings, and the what-if
 * (a nation, a strategy, a turn to branch from). The map starts after mount and is destroyed when the tab closes.
 */
export function ReplayTab({ game }: { game: ExportedGame }) {
  const states = useMemo(() => replayStates(game.scenario, game.seed, game.log), [game]);
  const last = states.length - 1;
  const [turn, setTurn] = useState(last);
  const v = useMemo(() => viewFor(states[turn], { kind: "public" }), [states, turn]);
  const mapBox = useRef<HTMLDivElement>(null);
  const world = useRef<WorldScene | null>(null);
  const shown = useRef(v);
  shown.current = v;
  useEffect(() => {
    let live = true;
    let map: MapGame | null = null;
    const timer = setTimeout(async () => {
      const started = await startMap(mapBox.current!);
      if (!live) return started.game.destroy(true);
      map = started.game;
      world.current = started.world;
      started.world.setView(shown.current);
    }, 50);
    return () => {
      live = false;
      clearTimeout(timer);
      world.current = null;
      map?.destroy(true);
    };
  }, []);
  useEffect(() => world.current?.setView(v), [v]);
  const [nation, setNation] = useState(game.scenario.nations[0]?.id ?? "");
  const [strategy, setStrategy] = useState<Strategy>(STRATEGIES[0][0]);
  const [from, setFrom] = useState(1);
  const [whatIf, setWhatIf] = useState<WhatIf | null>(null);
  const real = states[last];
  return (
    <section data-tab="replay">
      <h2>Replay</h2>
      <p class="muted">Reproduced in your browser from the seed and the order log with the same engine the server runs.</p>
      <div class="controls">
        <strong data-testid="replay-label">
          {turn === 0 ? `Start (${quarter(game.scenario.start)})` : `After turn ${turn} (${quarter(states[turn - 1].quarter)})`}
        </strong>
        <input type="range" min={0} max={last} value={turn} aria-label="Turn" onInput={(e) => setTurn(Number(e.currentTarget.value))} />
      </div>
      <div ref={mapBox} class="replay-map" />
      <Standings v={v} />
      <h2>What if?</h2>
      <div class="controls">
        <select name="whatif-nation" aria-label="Nation" value={nation} onChange={(e) => setNation(e.currentTarget.value)}>
          {game.scenario.nations.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </select>
        <select name="whatif-strategy" aria-label="Strategy" value={strategy} onChange={(e) => setStrategy(e.currentTarget.value as Strategy)}>
          {STRATEGIES.map(([id, l]) => (
            <option key={id} value={id}>
              {l}
            </option>
          ))}
        </select>
        <select name="whatif-turn" aria-label="From turn" value={String(from)} onChange={(e) => setFrom(Number(e.currentTarget.value))}>
          {Array.from({ length: Math.max(1, last) }, (_, i) => (
            <option key={i} value={String(i + 1)}>{`Turn ${i + 1}`}</option>
          ))}
        </select>
        <button class="btn primary" onClick={() => setWhatIf({ nation, strategy, from, alt: branch(states, from, nation, strategy) })}>
          Play it out
        </button>
      </div>
      <div class="whatif-out" role="status">
        {whatIf ? (
          <table class="overview">
            <caption>{`What if ${real.nations[whatIf.nation].name} had played “${STRATEGIES.find((x) => x[0] === whatIf.strategy)![1]}” from turn ${whatIf.from}? Same seed and history up to that turn; others play the baseline AI after it.`}</caption>
            <thead>
              <tr>
                <th>Nation</th>
                <th>Score (game)</th>
                <th>Score (what if)</th>
                <th>Sovereignty (game → what if)</th>
              </tr>
            </thead>
            <tbody>
              {real.order.map((id) => (
                <tr key={id} class={id === whatIf.nation ? "mine" : ""}>
                  <td>{real.nations[id].name}</td>
                  <td>{String(real.nations[id].score)}</td>
                  <td data-testid={`whatif-${id}`}>{String(whatIf.alt.nations[id].score)}</td>
                  <td>{`${idx(real.nations[id].sovereignty)} → ${idx(whatIf.alt.nations[id].sovereignty)}`}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </div>
    </section>
  );
}
