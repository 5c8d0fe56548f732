/** The debrief's "Pre/post check" tab: what the room (and each nation) got right before the game and after it, per question, with the answers and their sources. */
import type { Debrief } from "../../shared/debrief/build";
import type { CheckGroup } from "../../shared/debrief/check-results";
import { percent } from "../../shared/debrief/check-results";
import { h } from "./dom";
import { sourceLine } from "./source-links";

/** The change over the people who answered both sheets (a room that grew or shrank between the two does not count as learning). */
function change(g: CheckGroup): string {
  const { pre, post } = g.paired;
  if (pre === null || post === null) return "—";
  const pts = Math.round((post - pre) * 100);
  return `${pts > 0 ? "▲ +" : pts < 0 ? "▼ −" : "±"}${Math.abs(pts)} pt`;
}

/** The check section of debrief `d` (a sentence when nobody answered). */
export function checkSection(d: Debrief, csvHref: string): HTMLElement {
  const c = d.check;
  if (!c)
    return h(
      "section",
      { "data-tab": "check" },
      h("h2", {}, "Pre/post check"),
      h(
        "p",
        { class: "muted" },
        "Nobody answered the check in this game. Players answer five questions on their phone in the lobby and again on the end screen.",
      ),
    );
  const row = (label: string, g: CheckGroup, cls = ""): HTMLElement =>
    h(
      "tr",
      { class: cls },
      h("th", { scope: "row" }, label),
      h("td", {}, g.latePre ? `${g.pre.sheets} (${g.latePre} on arrival)` : String(g.pre.sheets)),
      h("td", {}, percent(g.pre.share)),
      h("td", {}, String(g.post.sheets)),
      h("td", {}, percent(g.post.share)),
      h("td", {}, g.paired.players ? `${change(g)} (${g.paired.players})` : change(g)),
    );
  return h(
    "section",
    { "data-tab": "check", "data-testid": "check-results" },
    h("h2", {}, "Pre/post check"),
    h(
      "p",
      { class: "muted" },
      "Five questions on the game's claims, answered before the first turn and after the end. Share of right answers. " +
        "Players who joined after the first turn answered the first check on arrival, before their first turn (“on arrival”). " +
        "The change compares only the people who answered both (their number in brackets).",
    ),
    h(
      "div",
      { class: "table-scroll" },
      h(
        "table",
        { class: "check-table" },
        h(
          "thead",
          {},
          h("tr", {}, ...["", "Answered before", "Right before", "Answered after", "Right after", "Change (both)"].map((x) => h("th", { scope: "col" }, x))),
        ),
        h("tbody", {}, row("The room", c.room, "room"), ...d.nations.map((n) => row(n.name, c.nations[n.id]))),
      ),
    ),
    h("h3", {}, "Per question (the room)"),
    h(
      "ol",
      { class: "check-questions" },
      ...c.questions.map((q) =>
        h(
          "li",
          {},
          h("strong", {}, q.prompt),
          " ",
          h("span", { class: "check-shares" }, `Before ${percent(c.room.questions[q.id].pre)} → after ${percent(c.room.questions[q.id].post)} right`),
          h("p", {}, `Answer: ${q.answer}.`),
          h("p", { class: "muted" }, q.why, sourceLine(q.sources, ".")),
        ),
      ),
    ),
    h("p", { class: "no-print" }, h("a", { href: csvHref }, "Check results as CSV (per nation and room)")),
  );
}
