/** The projector's timer: the turn bar's countdown as a headline figure (UI.md: 64 px+), amber and pulsing in its last 30 s. */
import type { ReadonlySignal } from "@preact/signals";
import type { RoomModel } from "../../../shared/protocol/room-model";
import { clockUrgent, countdown } from "./turn-bar";

/** "2:41" in large type beside the room code; nothing when no clock runs. Only this component re-renders on the clock's ticks. */
export function ProjectorClock({ m, now }: { m: RoomModel; now: ReadonlySignal<number> }) {
  const t = now.value;
  const text = countdown(m, t);
  if (!text) return null;
  return (
    <div class={`clock big-clock ${clockUrgent(m, t) ? "urgent" : ""}`} data-testid="projector-clock" aria-hidden="true">
      {m.paused ? text.replace(" (paused)", "") : text}
      {m.paused ? <span class="paused-tag">paused</span> : null}
    </div>
  );
}
