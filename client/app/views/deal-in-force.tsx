/** The deals in force (what each does, quarters left, cash in escrow) and the promise ledger of statements. */
import type { GameView } from "../../../shared/engine/view";
import { describeDeal } from "../../../shared/engine/deals";
import { dealContext } from "../deal-lines";
import { usd } from "../format";

/** The "Deals in force" block of the deals panel. */
export function DealsInForce({ v }: { v: GameView }) {
  const name = (id: string): string => v.nations.find((n) => n.id === id)?.name ?? id;
  const ctx = dealContext(v);
  return (
    <>
      {v.deals.length ? (
        <ul class="deals-in-force">
          {v.deals.map((d) => {
            const left = d.untilTurn - v.turn + 1;
            const escrow = Object.entries(d.escrow)
              .filter(([, x]) => x > 1e-6)
              .map(([n, x]) => `${name(n)} ${usd(x)} in escrow`);
            return (
              <li key={d.id}>
                {describeDeal(ctx, d)}
                <span class="muted">{` · ${left > 0 ? `${left} quarter${left > 1 ? "s" : ""} left` : "complete"}${escrow.length ? ` · ${escrow.join(", ")}` : ""}`}</span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="muted">No deal in force yet. Signed deals are enforced by the engine from the next resolution.</p>
      )}
      <h4 title="Statements are not binding; the debrief shows who kept their word.">Promise ledger</h4>
      {v.promises.length ? (
        <ul class="promises">
          {v.promises.map((p, i) => (
            <li key={i}>{`T${p.turn} ${name(p.from)} to ${name(p.to)}: “${p.text}”`}</li>
          ))}
        </ul>
      ) : (
        <p class="muted">No statements yet.</p>
      )}
    </>
  );
}
