/** The facilitator's inject composer: a deck event or a custom one, previewed on every nation, played now or scheduled. */
import type { GameConnection } from "../net/api";
import type { EventCard, Effect } from "../../shared/engine/state";
import { BASE_DECK } from "../../shared/engine/deck";
import { noImpactLine } from "../../shared/describe/effects";
import { h, mount } from "./dom";
import { idx, pf, usd } from "./format";

const EFFECTS: [Effect["kind"], string][] = [
  ["treasury", "Treasury (US$ M)"],
  ["support", "Public support (points)"],
  ["expertise", "Expertise (points)"],
  ["licence_volume", "US licence volumes (× factor, 0.3–1.5)"],
  ["licence_review", "Suspend US licences (quarters)"],
  ["power_price", "Power price (× factor)"],
  ["hbm_supply", "HBM supply (× factor, 2 quarters)"],
  ["gpu_price", "GPU prices (× factor, 2 quarters)"],
  ["rent_price", "GPU rental price (× factor)"],
];

function effectOf(kind: Effect["kind"], nations: string[], value: number): Effect {
  switch (kind) {
    case "treasury":
      return { kind, nations, delta: value };
    case "support":
      return { kind, nations, delta: value };
    case "expertise":
      return { kind, nations, delta: value };
    case "licence_volume":
      return { kind, nations, factor: Math.min(1.5, Math.max(0.3, value)) };
    case "licence_review":
      return { kind, nations, quarters: Math.min(8, Math.max(1, Math.round(value))) };
    case "power_price":
      return { kind, nations, factor: value };
    case "hbm_supply":
      return { kind, factor: value, quarters: 2 };
    case "gpu_price":
      return { kind, maker: "all", factor: value, quarters: 2 };
    default:
      return { kind: "rent_price", factor: value };
  }
}

/** Keep the composer's turn on the current turn as the game moves on (never earlier; a later turn the facilitator chose stays). */
export function syncInjectTurn(composer: HTMLElement, turn: number): void {
  const when = composer.querySelector<HTMLInputElement>("input[name=turn]");
  if (!when) return;
  when.min = String(turn);
  if (!when.dataset.touched || Number(when.value) < turn) {
    when.value = String(turn);
    delete when.dataset.touched;
  }
}

/** Build the composer for a facilitator connection; `nations` are the game's nations. */
export function injectComposer(conn: GameConnection, nations: { id: string; name: string }[], turn: number): HTMLElement {
  const out = h("div", { class: "inject-out", role: "status" });
  const source = h(
    "select",
    { name: "source", "aria-label": "Event" },
    h("option", { value: "custom" }, "Custom event…"),
    ...BASE_DECK.map((c) => h("option", { value: c.id }, c.headline)),
  );
  const headline = h("input", { name: "headline", placeholder: "Headline", maxlength: 120, value: "Emergency budget" });
  const text = h("input", { name: "text", placeholder: "What happened", maxlength: 600, value: "The government announces extra funding." });
  const kind = h("select", { name: "kind" }, ...EFFECTS.map(([k, l]) => h("option", { value: k }, l)));
  const target = h("select", { name: "target" }, h("option", { value: "*" }, "Every nation"), ...nations.map((n) => h("option", { value: n.id }, n.name)));
  const value = h("input", { name: "value", type: "number", value: 200, step: "any" });
  const when = h("input", {
    name: "turn",
    type: "number",
    value: turn,
    min: turn,
    step: 1,
    "aria-label": "Turn",
    oninput: () => {
      when.dataset.touched = "1";
    },
  });
  const custom = h("div", { class: "custom" }, headline, text, kind, target, value);
  source.addEventListener("change", () => {
    custom.hidden = source.value !== "custom";
  });
  const card = (): { deckId?: string; card?: EventCard } =>
    source.value !== "custom"
      ? { deckId: source.value }
      : {
          card: {
            id: `custom-${Date.now() % 1e6}`,
            headline: headline.value.trim() || "Facilitator event",
            text: text.value.trim() || "Announced by the facilitator.",
            realWorld: "Facilitator inject",
            sources: ["facilitator"],
            effects: [effectOf(kind.value as Effect["kind"], [target.value], Number(value.value))],
          },
        };
  conn.onMessage("inject_preview", (p) => {
    const span = p.quarters === 1 ? "this quarter" : `over the ${p.quarters} quarters it lasts (holding after this quarter)`;
    mount(
      out,
      h("ul", { class: "inject-effects" }, ...p.effects.map((e) => h("li", {}, e))),
      h(
        "table",
        { class: "overview" },
        h("caption", {}, `If "${p.card.headline}" is played now, ${span}, against the same quarters without it:`),
        h("thead", {}, h("tr", {}, ...["Nation", "Treasury", "Compute", "GPUs delayed", "Orders at risk", "Sovereignty", "Score"].map((x) => h("th", {}, x)))),
        h(
          "tbody",
          {},
          ...p.impact.map((d) => {
            const name = h("td", { "data-label": "Nation" }, nations.find((n) => n.id === d.nation)?.name ?? d.nation);
            const none = noImpactLine(p.card, d);
            if (none && usd(d.treasury) === usd(0) && d.score === 0)
              return h("tr", { class: "no-impact" }, name, h("td", { colspan: "6", "data-label": "Impact" }, none));
            if (none)
              return h(
                "tr",
                { class: "no-impact" },
                name,
                h("td", { "data-label": "Treasury" }, usd(d.treasury)),
                h("td", { colspan: "4", "data-label": "Impact" }, none),
                h("td", { "data-label": "Score" }, String(d.score)),
              );
            return h(
              "tr",
              {},
              name,
              h("td", { "data-label": "Treasury" }, usd(d.treasury)),
              h("td", { "data-label": "Compute" }, pf(d.effectiveCompute)),
              h("td", { "data-label": "GPUs delayed" }, d.gpusDelayed.toLocaleString("en-US")),
              h("td", { "data-label": "Orders at risk" }, String(d.ordersAtRisk)),
              h("td", { "data-label": "Sovereignty" }, idx(d.sovereignty)),
              h("td", { "data-label": "Score" }, String(d.score)),
            );
          }),
        ),
      ),
    );
  });
  conn.onMessage("facilitator_ack", (a) => {
    if (a.cmd === "inject") mount(out, h("p", {}, "Inject recorded: it plays at the resolution of the chosen turn and is kept in the game log."));
  });
  return h(
    "details",
    { class: "inject" },
    h("summary", {}, "Inject an event"),
    source,
    custom,
    h(
      "div",
      { class: "controls" },
      h("button", { class: "btn", onclick: () => conn.facilitator({ cmd: "preview_inject", ...card() }) }, "Preview impact"),
      h("label", { class: "field inline" }, h("span", {}, "Turn"), when),
      h("button", { class: "btn primary", onclick: () => conn.facilitator({ cmd: "inject", ...card(), turn: Number(when.value) }) }, "Inject"),
    ),
    out,
  );
}
