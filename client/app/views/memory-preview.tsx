/**
 * The memory agreement form's preview: which HBM generations the maker can serve this year (supplier
 * qualification), the price per GB, and the share of the maker's and the whole pool the volume reserves,
 * all computed by the shared engine (shared/engine/hbm.ts). It renders; it decides nothing.
 */
import type { GameState, MemoryMakerId } from "../../../shared/engine/state";
import type { Order } from "../../../shared/protocol/orders";
import { POOL_NAME, previewAgreement } from "../../../shared/engine/hbm";
import { usdPer } from "../format";
import { QFig } from "./qfig";

const pct = (x: number): string => `${x < 0.01 ? (x * 100).toFixed(2) : (x * 100).toFixed(1)} %`;
const gb = (x: number): string => `${Math.round(x).toLocaleString("en-US")} GB`;

/** Preview of an agreement of `gbPerQuarter` with `maker` for this nation now. */
export function MemoryPreview({
  state,
  nation,
  maker,
  gbPerQuarter,
  prior,
}: {
  state: GameState;
  nation: string;
  maker: MemoryMakerId;
  gbPerQuarter: number;
  prior: Order[];
}) {
  const n = state.nations[nation];
  if (!n) return <div class="quote-figures memory-preview" />;
  const p = previewAgreement(state, n, maker, gbPerQuarter, prior);
  const name = state.catalogue.memoryMakers.find((m) => m.id === maker)?.name ?? maker;
  const gens = p.pools.map((x) => `${POOL_NAME[x.pool]} ${x.qualified ? "✓" : "✗ not qualified"}`).join(", ");
  return (
    <div class="quote-figures memory-preview">
      <QFig
        id="mem-generation"
        label="HBM generation"
        value={gens}
        why="Parts draw HBM from their generation's pool: HBM3/HBM3E parts (H100–GB300, MI300X–MI355X) from HBM3E, Rubin and MI455X from HBM4 (facts.md §1b). HBM4 needs the GPU maker's qualification: for NVIDIA Rubin in 2026 ~70 % SK hynix, ~30 % Samsung, Micron ~0 % (M6). An agreement only serves the pools its maker is qualified for."
      />
      <QFig
        id="mem-price"
        label="Price"
        value={`${usdPer(p.pricePerGb, "GB")} a quarter`}
        why="Reservation premium: 25 % of the HBM price (HBM3E ~US$8–18/GB, M18, M19; estimate rounded up from the ~+20 % paid to lock 2026 allocations, M15), × the maker's HBM4 share (+30 %, M14), × the HBM price index. Paid up front for every quarter."
      />
      <QFig
        id="mem-share"
        label="Share it reserves"
        value={`${pct(p.shareOfMaker)} of ${name}, ${pct(p.shareOfSupply)} of all HBM`}
        why={`Of this quarter's HBM for the game's sovereign buyers (the scenario's 2026 pool, growing ~+45 % in 2027 and more slowly after, M14, M16). Sizes from ${gb(p.minGb)} (0.1 % of the maker's supply) to ${gb(Math.max(0, p.maxGb))} more for you (40 % of it per buyer; estimates).`}
      />
      <QFig
        id="mem-served"
        label="Served first"
        value={`≈ ${p.b200Equivalents.toLocaleString("en-US")} B200-class GPUs a quarter`}
        why={`Reserved volume (192 GB per B200, A4) goes to your due orders before the open pool. In the open pool every order gets a share in proportion to what it still needs, weighted up to ×2 by contracted volume: this volume adds ×${(1 + p.openPoolBonus).toFixed(2)}. What does not arrive slips one quarter.`}
      />
    </div>
  );
}
