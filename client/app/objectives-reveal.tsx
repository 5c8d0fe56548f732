/**
 * Every nation's objectives once the game has ended (secret ones revealed to everyone, however the game
 * ended), each marked met or missed: on the end screen, the projector's game over and the debrief.
 */
import type { PublicNation } from "../../shared/engine/view";
import { render } from "preact";
import "./workshop-extras.css";

/** One objective as the reveal lists it. */
export interface RevealedObjective {
  id: string;
  text: string;
  secret: boolean;
  points: number;
  met: boolean;
}

/** A nation with its revealed objectives. */
export interface RevealedNation {
  id: string;
  name: string;
  flag: string;
  colour: string;
  objectives: RevealedObjective[];
}

/** The public nations of an ended game's view as a reveal list. */
export function revealFromView(nations: PublicNation[]): RevealedNation[] {
  return nations.map((n) => ({
    id: n.id,
    name: n.name,
    flag: n.flag,
    colour: n.colour,
    objectives: n.publicObjectives.map((o) => ({ id: o.id, text: o.text, secret: o.secret, points: o.points, met: (n.objectivesMet ?? []).includes(o.id) })),
  }));
}

/** "Objectives revealed": per nation, each objective met (✓) or missed (✗), secret ones labelled. `big` is the projector's size. */
export function ObjectivesReveal({ nations, big = false }: { nations: RevealedNation[]; big?: boolean }) {
  return (
    <section class={`reveal ${big ? "big" : ""}`} data-testid="objectives-reveal" aria-label="Objectives revealed">
      <h2>Objectives revealed</h2>
      <div class="reveal-grid">
        {nations.map((n) => (
          <article key={n.id} class="reveal-nation" style={`border-color:${n.colour}`} data-nation={n.id}>
            <h3>
              <span class="swatch" style={`background:${n.colour}`} />
              {`${n.flag.toUpperCase()} ${n.name}`}
            </h3>
            <ul>
              {n.objectives.map((o) => (
                <li key={o.id} class={o.met ? "met" : "missed"} data-secret={String(o.secret)}>
                  <span class="mark" aria-hidden="true">
                    {o.met ? "✓" : "✗"}
                  </span>
                  <span>{` ${o.met ? "Met" : "Missed"}${o.secret ? " (secret)" : ""}: ${o.text} `}</span>
                  <span class="muted">{o.met ? `+${o.points}` : `${o.points} pts`}</span>
                </li>
              ))}
            </ul>
          </article>
        ))}
      </div>
    </section>
  );
}

/** The same as a DOM element, for the debrief page (built without Preact components). */
export function objectivesReveal(nations: RevealedNation[], big = false): HTMLElement {
  const box = document.createElement("div");
  render(<ObjectivesReveal nations={nations} big={big} />, box);
  return box.firstElementChild as HTMLElement;
}
