/** The player's dashboard: headline figures with their change and explanation, objectives with their progress, GPUs on order. */
import type { Nation } from "../../../shared/engine/state";
import type { Term } from "../glossary";
import type { GameView } from "../../../shared/engine/view";
import { delta, idx, idxDelta, pf, usd } from "../format";
import { shownChange } from "../../../shared/engine/causes";
import type { TurnCauses } from "../../../shared/engine/causes";
import { FigurePopover, installTapToggle } from "../ui/figure-popover";
import { FIGURES, scoreTerm } from "../glossary";
import { leasedPf } from "../deal-lines";
import { Why } from "./why";
import { objectiveProgress } from "./objective-progress";

/** One figure: label, value, change, and a popover (what it is, last quarter's causes, its source) shown on hover, keyboard focus and tap. */
export function Figure({ id, value, change = "", last, term }: { id: keyof typeof FIGURES; value: string; change?: string; last?: TurnCauses; term?: Term }) {
  const f = term ?? FIGURES[id];
  installTapToggle();
  const tip = `figure-tip-${id}`;
  return (
    <div class="figure" tabIndex={0} data-figure={id} aria-describedby={tip}>
      <span class="label">{f.term}</span>
      <span class="value">{value}</span>
      <span class={`change ${change.startsWith("▼") ? "down" : "up"}`}>{change}</span>
      <div class="figure-tip figure-pop" role="tooltip" id={tip}>
        <FigurePopover e={{ id, term: f.term, text: f.text, source: f.source, change: last?.figures.find((x) => x.figure === id) }} />
      </div>
    </div>
  );
}

type Key = "compute" | "sovereignty" | "expertise" | "support" | "capability" | "score" | "treasury" | "utilisation";

/** The dashboard of your nation. */
export function Dashboard({ n, v }: { n: Nation; v: GameView }) {
  const leased = leasedPf(v, n.id);
  const inForce = v.deals.filter((d) => d.signedTurn <= v.turn && d.untilTurn >= v.turn).length;
  const h1 = n.history[n.history.length - 1];
  const h0 = n.history[n.history.length - 2];
  const d = (k: Key): number => (h1 && h0 ? h1[k] - h0[k] : 0);
  return (
    <section class="panel dash" id="dashboard" aria-label="Your nation">
      <h2>
        <span class="swatch" style={`background:${n.colour}`} />
        {n.name}
      </h2>
      <Figure id="treasury" value={usd(n.treasury)} change={delta(shownChange(n.lastTurn, "treasury", n.treasury), usd)} last={n.lastTurn} />
      <Figure id="budget" value={`${usd(n.budgetPerQuarter)}/q`} />
      <Figure id="compute" value={pf(h1?.compute ?? 0)} change={delta(d("compute"), pf)} last={n.lastTurn} />
      <Figure
        id="utilisation"
        value={`${Math.round((h1?.utilisation ?? 0) * 100)} %`}
        change={delta(d("utilisation") * 100, (x) => `${x.toFixed(1)} pt`)}
        last={n.lastTurn}
      />
      <Figure id="sovereignty" value={idx(n.sovereignty)} change={delta(d("sovereignty"), (x) => idxDelta(x).slice(1))} last={n.lastTurn} />
      <Figure id="expertise" value={n.expertise.toFixed(0)} change={delta(d("expertise"), (x) => x.toFixed(1))} last={n.lastTurn} />
      <Figure id="support" value={`${n.support.toFixed(0)} %`} change={delta(d("support"), (x) => x.toFixed(1))} last={n.lastTurn} />
      <Figure id="capability" value={n.capability.toFixed(0)} change={n.milestoneTurn !== null ? "milestone ✓" : delta(d("capability"))} last={n.lastTurn} />
      <Figure id="score" value={String(n.score)} change={delta(d("score"))} last={n.lastTurn} term={scoreTerm(v.scoring)} />
      <Figure id="profit" value={usd(n.cumulativeProfit ?? 0)} change={delta(h1?.profit ?? 0, usd)} last={n.lastTurn} />
      <Figure
        id="grid"
        value={`${Math.floor(n.grid?.headroomMw ?? n.gridMw)} MW free`}
        change={n.grid?.queuedMw ? `${Math.round(n.grid.queuedMw)} MW queued` : ""}
      />
      {inForce ? (
        <Figure
          id="deals"
          value={`${inForce} in force`}
          change={leased ? `${leased > 0 ? "▲" : "▼"} ${pf(Math.abs(leased))} leased ${leased > 0 ? "in" : "out"}` : ""}
        />
      ) : null}
      <h3>Objectives</h3>
      {n.objectives.map((o) => {
        const met = n.objectivesMet.includes(o.id);
        const p = objectiveProgress(n, o, v.turn);
        return (
          <Why key={o.id} id={`objective-${o.id}`} term={o.secret ? "Secret objective" : "Objective"} class={met ? "objective met" : "objective"} why={p.why}>
            {`${met ? "✓" : "○"} ${o.secret ? "(secret) " : ""}${o.text}`}
            <span class="objective-now">{` — ${p.now}`}</span>
          </Why>
        );
      })}
      {n.pendingGpus.length ? (
        <p class="muted">{`On order: ${n.pendingGpus.map((p) => `${p.quantity.toLocaleString("en-US")} ${p.model.toUpperCase()}`).join(", ")}`}</p>
      ) : null}
    </section>
  );
}
