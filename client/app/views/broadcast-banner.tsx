/** The facilitator's latest broadcast of this turn as a banner on every screen, for a minute or until dismissed. */
import { useEffect, useState } from "preact/hooks";
import type { RoomStore } from "./store";

/** What the page remembers of the banners: when each broadcast was first shown, and the ones dismissed. */
export interface BannerMemory {
  shownAt: Map<number, number>;
  dismissed: Set<number>;
}

/** A banner shows a minute from when it was first shown. */
const SHOWN_MS = 60_000;

/** The banner (#broadcast) of the latest facilitator broadcast to all of this turn or the last; nothing when none is due. */
export function BroadcastBanner({ store, memory }: { store: RoomStore; memory: BannerMemory }) {
  const m = store.model.value;
  const [, redraw] = useState(0);
  const turn = m?.view?.turn ?? 0;
  const line = m ? [...m.chat].reverse().find((c) => c.from === "facilitator" && c.to === "all" && c.turn >= turn - 1) : undefined;
  const now = Date.now();
  if (line && !memory.shownAt.has(line.id)) memory.shownAt.set(line.id, now);
  const left = line ? SHOWN_MS - (now - memory.shownAt.get(line.id)!) : 0;
  const due = !!line && !memory.dismissed.has(line.id) && m?.phase !== "ended" && left > 0;
  // Hide it when its minute is up.
  useEffect(() => {
    if (!due) return;
    const timer = setTimeout(() => redraw((x) => x + 1), left + 50);
    return () => clearTimeout(timer);
  }, [due, line?.id]);
  if (!due) return null;
  return (
    <div id="broadcast" class="broadcast" role="status" aria-live="polite" data-id={String(line.id)}>
      <strong>Facilitator: </strong>
      <span class="text">{line.text}</span>
      <button
        class="btn small ghost"
        aria-label="Dismiss the announcement"
        onClick={() => {
          memory.dismissed.add(line.id);
          redraw((x) => x + 1);
        }}
      >
        ✕
      </button>
    </div>
  );
}
