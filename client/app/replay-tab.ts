/**
 * Debrief replay and what-if, computed in the browser with the shared engine from the exported seed,
 * scenario and order log: step through the game turn by turn on the map, or branch from a past turn,
 * change one nation's strategy, play on with baseline AI, and compare the two outcomes side by side.
 */
import type { Scenario } from "../../shared/scenario/schema";
import type { OrderLog } from "../../shared/engine/replay";
import { viewFor } from "../../shared/engine/view";
import { replayStates } from "../../shared/debrief/build";
import { branch, STRATEGIES } from "../../shared/debrief/whatif";
import type { Strategy } from "../../shared/debrief/whatif";
import type { WorldScene } from "./map";
import { startMap } from "./map";
import { h, mount } from "./dom";
import { idx, pf, quarter } from "./format";

/** The exported game the replay needs. */
export interface ExportedGame {
  scenario: Scenario;
  seed: number;
  log: OrderLog;
}

/** Build the replay tab. */
export function replayTab(game: ExportedGame): HTMLElement {
  const states = replayStates(game.scenario, game.seed, game.log);
  const last = states.length - 1;
  const mapBox = h("div", { class: "replay-map" });
  const label = h("strong", { "data-testid": "replay-label" });
  const table = h("div", {});
  const slider = h("input", { type: "range", min: 0, max: last, value: last, "aria-label": "Turn" });
  let world: WorldScene | null = null;
  const show = (i: number): void => {
    const s = states[i];
    const v = viewFor(s, { kind: "public" });
    label.textContent = i === 0 ? `Start (${quarter(game.scenario.start)})` : `After turn ${i} (${quarter(states[i - 1].quarter)})`;
    world?.setView(v);
    mount(
      table,
      h(
        "table",
        { class: "overview" },
        h("thead", {}, h("tr", {}, ...["Nation", "Score", "Compute", "Sovereignty", "Data centres"].map((x) => h("th", {}, x)))),
        h(
          "tbody",
          {},
          ...[...v.nations]
            .sort((a, b) => b.score - a.score)
            .map((n) =>
              h(
                "tr",
                {},
                h("td", {}, n.name),
                h("td", {}, String(n.score)),
                h("td", {}, pf(n.compute)),
                h("td", {}, idx(n.sovereignty)),
                h("td", {}, String(n.dataCentres.length)),
              ),
            ),
        ),
      ),
    );
  };
  slider.addEventListener("input", () => show(Number(slider.value)));
  setTimeout(async () => {
    world = (await startMap(mapBox)).world;
    show(Number(slider.value));
  }, 50);
  show(last);

  const nationSel = h("select", { name: "whatif-nation", "aria-label": "Nation" }, ...game.scenario.nations.map((n) => h("option", { value: n.id }, n.name)));
  const stratSel = h("select", { name: "whatif-strategy", "aria-label": "Strategy" }, ...STRATEGIES.map(([id, l]) => h("option", { value: id }, l)));
  const fromSel = h(
    "select",
    { name: "whatif-turn", "aria-label": "From turn" },
    ...Array.from({ length: Math.max(1, last) }, (_, i) => h("option", { value: i + 1 }, `Turn ${i + 1}`)),
  );
  const result = h("div", { class: "whatif-out", role: "status" });
  const run = (): void => {
    const alt = branch(states, Number(fromSel.value), nationSel.value, stratSel.value as Strategy);
    const real = states[last];
    mount(
      result,
      h(
        "table",
        { class: "overview" },
        h(
          "caption",
          {},
          `What if ${real.nations[nationSel.value].name} had played “${STRATEGIES.find((x) => x[0] === stratSel.value)![1]}” from turn ${fromSel.value}? Same seed and history up to that turn; others play the baseline AI after it.`,
        ),
        h(
          "thead",
          {},
          h("tr", {}, h("th", {}, "Nation"), h("th", {}, "Score (game)"), h("th", {}, "Score (what if)"), h("th", {}, "Sovereignty (game → what if)")),
        ),
        h(
          "tbody",
          {},
          ...real.order.map((id) =>
            h(
              "tr",
              { class: id === nationSel.value ? "mine" : "" },
              h("td", {}, real.nations[id].name),
              h("td", {}, String(real.nations[id].score)),
              h("td", { "data-testid": `whatif-${id}` }, String(alt.nations[id].score)),
              h("td", {}, `${idx(real.nations[id].sovereignty)} → ${idx(alt.nations[id].sovereignty)}`),
            ),
          ),
        ),
      ),
    );
  };
  return h(
    "section",
    { "data-tab": "replay" },
    h("h2", {}, "Replay"),
    h("p", { class: "muted" }, "Reproduced in your browser from the seed and the order log with the same engine the server runs."),
    h("div", { class: "controls" }, label, slider),
    mapBox,
    table,
    h("h2", {}, "What if?"),
    h("div", { class: "controls" }, nationSel, stratSel, fromSel, h("button", { class: "btn primary", onclick: run }, "Play it out")),
    result,
  );
}
