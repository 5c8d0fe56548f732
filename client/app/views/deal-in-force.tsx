/** The deals in force (what each does, quarters left, cash in escrow) and the promise ledger of statements. */
import type { GameView } from "../../../shared/engine/view";
import { describeDeal } from "../../../shared/engine/deals";
import { dealContext } from "../deal-lines";
import { DEAL_PANEL, inForceTail, promiseLine } from "../../../shared/describe/deal-panel";

/** The "Deals in force" block of the deals panel. */
export function DealsInForce({ v }: { v: GameView }) {
  const name = (id: string): string => v.nations.find((n) => n.id === id)?.name ?? id;
  const ctx = dealContext(v);
  return (
    <>
      {v.deals.length ? (
        <ul class="deals-in-force">
          {v.deals.map((d) => {
            const escrow = Object.entries(d.escrow)
              .filter(([, x]) => x > 1e-6)
              .map(([n, amount]) => ({ name: name(n), amount }));
            return (
              <li key={d.id}>
                {describeDeal(ctx, d)}
                <span class="muted">{inForceTail(d.untilTurn - v.turn + 1, escrow)}</span>
              </li>
            );
          })}
        </ul>
      ) : (
        <p class="muted">{DEAL_PANEL.noDealInForce}</p>
      )}
      <h4 title={DEAL_PANEL.promiseLedgerTitle}>Promise ledger</h4>
      {v.promises.length ? (
        <ul class="promises">
          {v.promises.map((p, i) => (
            <li key={i}>{promiseLine(p.turn, name(p.from), name(p.to), p.text)}</li>
          ))}
        </ul>
      ) : (
        <p class="muted">{DEAL_PANEL.noStatements}</p>
      )}
    </>
  );
}
