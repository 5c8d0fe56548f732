/** The map as text (for screen readers and keyboard users): every nation's data centres, and your deals in force. */
import type { GameView } from "../../../shared/engine/view";
import { describeDeal } from "../../../shared/engine/deals";
import { dealContext } from "../deal-lines";

const STATUS: Record<string, string> = { planned: "planned", building: "building", online: "online" };

/** A visually hidden region beside the canvas that says what the map shows. */
export function MapText({ v, nation }: { v: GameView; nation: string | null }) {
  const s = dealContext(v);
  const name = (id: string): string => v.nations.find((n) => n.id === id)?.name ?? id;
  const mine = v.nations.filter((n) => n.id === nation);
  const others = v.nations.filter((n) => n.id !== nation);
  const inForce = v.deals.filter((d) => d.signedTurn <= v.turn && d.untilTurn >= v.turn);
  return (
    <section class="sr-only" aria-label="The map as text">
      <h2>The map as text</h2>
      {[...mine, ...others].map((n) => (
        <div key={n.id}>
          <h3>{`${n.name}${n.id === nation ? " (you)" : ""}: ${n.dataCentres.length} data centre(s)`}</h3>
          <ul>
            {n.dataCentres.map((d) => (
              <li
                key={d.id}
              >{`${d.name}, ${d.site}: ${STATUS[d.status] ?? d.status}, ${Math.round(d.mwOnline)} of ${Math.round(d.mw)} MW online, ${d.gpuCount.toLocaleString("en-US")} GPUs, ${d.cooling} cooling`}</li>
            ))}
          </ul>
        </div>
      ))}
      <h3>{`Deals in force (flows on the map): ${inForce.length}`}</h3>
      <ul>
        {inForce.map((d) => (
          <li key={d.id}>{`${name(d.from)} and ${name(d.to)} until turn ${d.untilTurn}: ${describeDeal(s, d)}`}</li>
        ))}
      </ul>
    </section>
  );
}
