/**
 * Charts over turns with uPlot: one line per nation, coloured by seat (with the nation's code in the legend).
 * A chart fills its container's width (and follows it when the window or the print layout changes), ticks
 * whole turns only, and redraws with dark ink on white when the page is printed.
 */
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { useLayoutEffect, useRef } from "preact/hooks";

/** One nation's series. */
export interface Series {
  label: string;
  colour: string;
  points: { turn: number; value: number }[];
}

/** Axis and grid ink for the screen (light on navy) and for print (dark on white). */
const INK = {
  screen: { axis: "#c3cfe0", grid: "#ffffff14" },
  print: { axis: "#1a1a1a", grid: "#00000022" },
};

/** True while the page is laid out for print. */
function printing(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia("print").matches;
}

/** The width a chart gets inside `box`: its content width (at most `max`), at least 200 px. */
function widthOf(box: HTMLElement, max: number): number {
  return Math.max(200, Math.floor(Math.min(max, box.clientWidth || max)));
}

/** The axes' font, set on both axes so the value axis's room is measured in the font its labels are drawn in. */
const AXIS_FONT = `12px system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif`;

let measurer: CanvasRenderingContext2D | null | undefined;
/** The drawn width of an axis label, px (about 7 px a character when no canvas can measure it). */
function labelWidth(text: string): number {
  measurer ??= document.createElement("canvas").getContext("2d");
  if (!measurer) return 7 * text.length;
  measurer.font = AXIS_FONT;
  return measurer.measureText(text).width;
}

/** Axis values as whole numbers (the default format). */
const whole = (v: number): string => v.toFixed(0);

/** Props of a chart: its title, the series, its widest width, its height and the axis value format. */
export interface LineChartProps {
  title: string;
  series: Series[];
  maxWidth: number;
  height?: number;
  fmt?: (v: number) => string;
}

/**
 * A line chart of `series` over turns, at most `maxWidth` wide and never wider than its container; `fmt` formats axis values.
 * A Preact component around uPlot: the plot is drawn into the figure after mount, redrawn when the width or the print mode
 * changes, and destroyed (its observer and print listeners removed) when the chart unmounts or its data changes.
 */
export function LineChart({ title, series, maxWidth, height = 160, fmt = whole }: LineChartProps) {
  const ref = useRef<HTMLElement>(null);
  const turns = [...new Set(series.flatMap((s) => s.points.map((p) => p.turn)))].sort((a, b) => a - b);
  const enough = turns.length >= 2;
  useLayoutEffect(() => {
    const box = ref.current;
    if (!box || !enough) return;
    const data: uPlot.AlignedData = [turns, ...series.map((s) => turns.map((t) => s.points.find((p) => p.turn === t)?.value ?? null))];
    const options = (width: number, ink: { axis: string; grid: string }): uPlot.Options => ({
      width,
      height,
      scales: { x: { time: false } },
      axes: [
        // Whole turns only: steps of 1, 2, 5, 10… and integer labels (no "T0.5").
        {
          stroke: ink.axis,
          font: AXIS_FONT,
          grid: { stroke: ink.grid },
          incrs: [1, 2, 5, 10, 20, 50],
          values: (_u, v) => {
            box.dataset.xTicks = v.filter((x) => Number.isInteger(x)).join(",");
            return v.map((x) => (!Number.isInteger(x) ? "" : x === 0 ? "Start" : `T${x}`));
          },
        },
        // Room for the longest label as drawn, plus the tick (10 px), its gap (5 px) and a margin, so "US$200M" is never cut.
        {
          stroke: ink.axis,
          font: AXIS_FONT,
          grid: { stroke: ink.grid },
          size: (_u, values) => Math.ceil(22 + Math.max(28, ...(values ?? []).map((x) => labelWidth(String(x))))),
          values: (_u, v) => v.map(fmt),
        },
      ],
      series: [
        { label: "Turn" },
        ...series.map((s) => ({ label: s.label, stroke: s.colour, width: 2, value: (_u: uPlot, v: number | null) => (v === null ? "–" : fmt(v)) })),
      ],
      legend: { show: true, live: false },
    });
    let plot: uPlot | null = null;
    let drawnFor = "";
    const draw = (): void => {
      const mode = printing() ? "print" : "screen";
      // In print the page is as wide as the paper: fill it.
      const width = widthOf(box, mode === "print" ? 2000 : maxWidth);
      const key = `${mode}:${width}`;
      if (key === drawnFor) return;
      drawnFor = key;
      plot?.destroy();
      plot = new uPlot(options(width, INK[mode]), data, box);
      box.dataset.ink = mode;
    };
    draw();
    const observer = typeof ResizeObserver === "function" ? new ResizeObserver(() => draw()) : undefined;
    observer?.observe(box);
    const print = window.matchMedia?.("print");
    print?.addEventListener?.("change", draw);
    window.addEventListener("beforeprint", draw);
    window.addEventListener("afterprint", draw);
    return () => {
      observer?.disconnect();
      print?.removeEventListener?.("change", draw);
      window.removeEventListener("beforeprint", draw);
      window.removeEventListener("afterprint", draw);
      plot?.destroy();
    };
  }, [series, maxWidth, height, fmt]);
  return (
    <figure ref={ref} class="chart" aria-label={title}>
      <figcaption>{title}</figcaption>
      {enough ? null : <p class="muted">The chart starts after the first quarter.</p>}
    </figure>
  );
}
