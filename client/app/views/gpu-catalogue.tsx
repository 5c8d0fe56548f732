/** The GPUs tab's catalogue: NVIDIA vs AMD per GPU with this quarter's street price, trend and rent, every heading explaining its formula and sources. */
import type { GameState } from "../../../shared/engine/state";
import type { GameView } from "../../../shared/engine/view";
import { marketPriceK } from "../../../shared/engine/prices";
import { inferenceValue, marketRent, rentBandAt, trainingValue } from "../../../shared/engine/market";
import { usdPer } from "../format";

const COLS: [string, string][] = [
  ["Model", "Per GPU package; racks counted per GPU (facts.md §1)."],
  ["PF FP8", "PFLOPS FP8 dense (facts.md §0, §1: A1–A36; later parts are estimates or projections, E15)."],
  ["PF FP4", "PFLOPS FP4 dense, the inference rate (A4, A7, A12, A16, A29, A32; Hopper and MI300 have no FP4)."],
  ["HBM GB", "HBM per GPU and its generation (facts.md §1, M14)."],
  ["Scale-up", "GPUs in one NVLink/UALink domain: 8-GPU nodes vs NVL72 / Helios / NVL576 racks (A16, A27, A36)."],
  [
    "Training",
    "Training PF for your expertise: FP8 × scale-up efficiency (0.6 for 8-GPU nodes … 1.05 for 144+, estimate from A27, A35, A36) × (1 − AMD gap 10–30 %, A37).",
  ],
  ["Inference", "Inference capacity (FP4 PF-equivalents): FP4 × HBM per FLOP factor × (1 − smaller AMD gap) (§1c, M27; estimate)."],
  ["kW", "All-in IT power per GPU (A40 ratio; estimates marked in the catalogue)."],
  [
    "US$ k now",
    "Street price this quarter: 2026 price (facts.md table) × 0.98 a quarter × 0.9 per newer generation of the maker, floor 40 %; HBM pass-through within its BOM share × (+20 %/−30 %) (M15, M16).",
  ],
  ["Trend", "Street price change over the last four quarters."],
  [
    "Rent US$/h",
    "GPUaaS rent this quarter inside the year's band (G1–G15: H100 US$1.70–2.95 in 2026, B200 US$2.25–6.03, MI300X US$1.71–1.85; 25 % lower per later year, G1).",
  ],
  ["Lead q", "Quarters from order to delivery before vendor and HBM effects (M29, M30)."],
  ["Cooling", "Rack-scale parts need direct liquid cooling (A7, A12, A17)."],
  ["From", "First quarter it can be ordered."],
];

/** The catalogue table for a nation (its expertise sets the training and inference columns). */
export function GpuCatalogue({ v, s, expertise }: { v: GameView; s: GameState | null; expertise: number }) {
  const q = v.quarter.year * 4 + v.quarter.q;
  const yearAgo = s ? { ...s, quarter: { year: s.quarter.year - 1, q: s.quarter.q } } : null;
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-label="NVIDIA vs AMD catalogue (scrolls sideways)">
      <table class="catalogue">
        <caption>NVIDIA vs AMD (per GPU; hover a heading for the formula and sources)</caption>
        <thead>
          <tr>
            {COLS.map(([x, tip]) => (
              <th key={x} scope="col" title={tip}>
                {x}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {v.catalogue.accelerators.map((a) => {
            const now = s ? marketPriceK(s, a) : a.priceK;
            const before = yearAgo ? marketPriceK(yearAgo, a) : now;
            const from = a.available.year * 4 + a.available.q;
            const trend = from > q - 4 ? "new" : `${now < before ? "−" : "+"}${Math.abs(Math.round((now / before - 1) * 100))} %`;
            const [lo, hi] = rentBandAt(a, v.quarter);
            return (
              <tr key={a.id} class={from > q ? "future" : ""}>
                <th
                  scope="row"
                  title={
                    a.name.includes("projection") || a.name.includes("estimate")
                      ? "Not announced: figures are projections from the vendors' yearly cadence (E15, A36)."
                      : a.name
                  }
                >
                  {a.name}
                </th>
                <td>{a.pf.toFixed(1)}</td>
                <td>{a.fp4Pf.toFixed(1)}</td>
                <td>{`${a.hbmGb} ${a.hbmGen.toUpperCase()}`}</td>
                <td>{a.scaleUp}</td>
                <td>{trainingValue(a, expertise).toFixed(1)}</td>
                <td>{inferenceValue(a, expertise).toFixed(1)}</td>
                <td>{a.kw.toFixed(1)}</td>
                <td>{now.toFixed(1)}</td>
                <td>{trend}</td>
                <td title={`Band this year ${usdPer(lo, "h")}–${usdPer(hi, "h")}`}>{s ? marketRent(s, a).toFixed(2) : a.rentPerHour.toFixed(2)}</td>
                <td>{a.leadQuarters}</td>
                <td>{a.liquidOnly ? "liquid" : "air/liquid"}</td>
                <td>{`Q${a.available.q} ${a.available.year}`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
