/** The game page's charts over turns (score, compute, sovereignty), one line per nation, in the side column. */
import { useMemo } from "preact/hooks";
import type { GameView } from "../../../shared/engine/view";
import { LineChart } from "../charts";
import { idx, pf } from "../format";

/** The three charts of view `v`; the series are rebuilt (and the plots redrawn) only for a new view. */
export function ChartsPanel({ v }: { v: GameView }) {
  const series = useMemo(() => {
    const of = (k: "compute" | "sovereignty" | "score") =>
      v.nations.map((n) => ({ label: `${n.flag.toUpperCase()} ${n.name}`, colour: n.colour, points: n.history.map((x) => ({ turn: x.turn, value: x[k] })) }));
    return { score: of("score"), compute: of("compute"), sovereignty: of("sovereignty") };
  }, [v]);
  const width = Math.min(290, window.innerWidth - 60);
  return (
    <section class="panel charts" aria-label="Charts over turns">
      <LineChart title="Score" series={series.score} maxWidth={width} />
      <LineChart title="Compute online (peak)" series={series.compute} maxWidth={width} height={140} fmt={pf} />
      <LineChart title="Sovereignty index" series={series.sovereignty} maxWidth={width} height={140} fmt={idx} />
    </section>
  );
}
