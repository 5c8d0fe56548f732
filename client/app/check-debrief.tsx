/** The debrief's "Pre/post check" tab: what the room (and each nation) got right before the game and after it, per question, with the answers and their sources. */
import type { Debrief } from "../../shared/debrief/build";
import type { CheckGroup } from "../../shared/debrief/check-results";
import { percent } from "../../shared/debrief/check-results";
import { CheckAnswer } from "./views/check-quiz";

/** The change over the people who answered both sheets (a room that grew or shrank between the two does not count as learning). */
function change(g: CheckGroup): string {
  const { pre, post } = g.paired;
  if (pre === null || post === null) return "—";
  const pts = Math.round((post - pre) * 100);
  return `${pts > 0 ? "▲ +" : pts < 0 ? "▼ −" : "±"}${Math.abs(pts)} pt`;
}

/** One row of the results table: a group's sheets and right answers before and after, and the paired change. */
function Row({ label, g, cls = "" }: { label: string; g: CheckGroup; cls?: string }) {
  return (
    <tr class={cls}>
      <th scope="row">{label}</th>
      <td>{g.latePre ? `${g.pre.sheets} (${g.latePre} on arrival)` : String(g.pre.sheets)}</td>
      <td>{percent(g.pre.share)}</td>
      <td>{String(g.post.sheets)}</td>
      <td>{percent(g.post.share)}</td>
      <td>{g.paired.players ? `${change(g)} (${g.paired.players})` : change(g)}</td>
    </tr>
  );
}

const HEADS = ["", "Answered before", "Right before", "Answered after", "Right after", "Change (both)"];

/** The check section of debrief `d` (a sentence when nobody answered). */
export function CheckSection({ d, csvHref }: { d: Debrief; csvHref: string }) {
  const c = d.check;
  if (!c)
    return (
      <section data-tab="check">
        <h2>Pre/post check</h2>
        <p class="muted">Nobody answered the check in this game. Players answer five questions on their phone in the lobby and again on the end screen.</p>
      </section>
    );
  return (
    <section data-tab="check" data-testid="check-results">
      <h2>Pre/post check</h2>
      <p class="muted">
        {"Five questions on the game's claims, answered before the first turn and after the end. Share of right answers. " +
          "Players who joined after the first turn answered the first check on arrival, before their first turn (“on arrival”). " +
          "The change compares only the people who answered both (their number in brackets)."}
      </p>
      <div class="table-scroll">
        <table class="check-table">
          <thead>
            <tr>
              {HEADS.map((x, i) => (
                <th key={i} scope="col">
                  {x}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <Row label="The room" g={c.room} cls="room" />
            {d.nations.map((n) => (
              <Row key={n.id} label={n.name} g={c.nations[n.id]} />
            ))}
          </tbody>
        </table>
      </div>
      <h3>Per question (the room)</h3>
      <ol class="check-questions">
        {c.questions.map((q) => (
          <li key={q.id}>
            <strong>{q.prompt}</strong>{" "}
            <span class="check-shares">{`Before ${percent(c.room.questions[q.id].pre)} → after ${percent(c.room.questions[q.id].post)} right`}</span>
            <CheckAnswer answer={q.answer} why={q.why} sources={q.sources} />
          </li>
        ))}
      </ol>
      <p class="no-print">
        <a href={csvHref}>Check results as CSV (per nation and room)</a>
      </p>
    </section>
  );
}
