/** Charts over turns with uPlot: one line per nation, coloured by seat (with the nation's code in the legend). */
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { h } from "./dom";

/** One nation's series. */
export interface Series {
  label: string;
  colour: string;
  points: { turn: number; value: number }[];
}

/** A line chart of `series` over turns; `fmt` formats axis values. */
export function lineChart(title: string, series: Series[], width: number, height = 160, fmt: (v: number) => string = (v) => v.toFixed(0)): HTMLElement {
  const box = h("figure", { class: "chart", "aria-label": title }, h("figcaption", {}, title));
  const turns = [...new Set(series.flatMap((s) => s.points.map((p) => p.turn)))].sort((a, b) => a - b);
  if (turns.length < 2) {
    box.append(h("p", { class: "muted" }, "The chart starts after the first quarter."));
    return box;
  }
  const data: uPlot.AlignedData = [turns, ...series.map((s) => turns.map((t) => s.points.find((p) => p.turn === t)?.value ?? null))];
  const opts: uPlot.Options = {
    width, height,
    scales: { x: { time: false } },
    axes: [
      { stroke: "#9fb0c8", grid: { stroke: "#ffffff12" }, values: (_u, v) => v.map((x) => `T${x}`) },
      { stroke: "#9fb0c8", grid: { stroke: "#ffffff12" }, size: 56, values: (_u, v) => v.map(fmt) },
    ],
    series: [{ label: "Turn" }, ...series.map((s) => ({ label: s.label, stroke: s.colour, width: 2, value: (_u: uPlot, v: number | null) => (v === null ? "–" : fmt(v)) }))],
    legend: { show: true },
  };
  queueMicrotask(() => new uPlot(opts, data, box));
  return box;
}
