/** The green/grey dot beside a player's name that says whether their connection is live. */

/** A dot that reads "online" or "offline" (to the eye by colour, to a screen reader by its label). */
export function OnlineDot({ on }: { on: boolean }) {
  return <span class={`dot ${on ? "on" : "off"}`} title={on ? "online" : "offline"} role="img" aria-label={on ? "online" : "offline"} />;
}
