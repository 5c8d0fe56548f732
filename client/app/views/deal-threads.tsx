/** The negotiation threads: one button per other nation, with the latest offer's status and how many proposals wait for your answer. */
import type { DealProposal } from "../../../shared/protocol/room-model";
import type { GameView } from "../../../shared/engine/view";
import { DEAL_STATUS_WORD } from "../../../shared/describe/deal-panel";
import { threadOf, waitingFor } from "./deal-model";

/** Props: the view, the room's proposals, your nation, the open thread and how to open one. */
export interface ThreadsProps {
  v: GameView;
  deals: readonly DealProposal[];
  nation: string;
  open: string;
  onOpen(id: string): void;
}

/** The thread list (the "Negotiations" column). */
export function DealThreads({ v, deals, nation, open, onOpen }: ThreadsProps) {
  return (
    <ul class="thread-list">
      {v.nations
        .filter((n) => n.id !== nation)
        .map((n) => {
          const last = threadOf(deals, nation, n.id).at(-1);
          const mine = waitingFor(deals, nation, n.id);
          const on = open === n.id;
          return (
            <li key={n.id}>
              <button class={`thread ${on ? "on" : ""}`} type="button" aria-pressed={on ? "true" : "false"} onClick={() => onOpen(n.id)}>
                <span class="swatch" style={{ background: n.colour }} />
                {`${n.flag.toUpperCase()} ${n.name}`}
                {last ? <span class={`pill ${last.status}`}>{DEAL_STATUS_WORD[last.status]}</span> : <span class="muted"> —</span>}
                {mine ? (
                  <span class="badge" aria-label={`${mine} waiting for your answer`}>
                    {String(mine)}
                  </span>
                ) : null}
              </button>
            </li>
          );
        })}
    </ul>
  );
}
