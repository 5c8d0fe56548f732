/**
 * The map's text alternative, inside the map's landmark: your data centres, the flows and the nations as
 * a list. Each data centre and nation is a button: focusing it shows its tooltip on the map and rings its
 * marker, so the map can be read by keyboard and screen reader, not only by pointer.
 */
import type { GameView } from "../../../shared/engine/view";
import { describeDc, describeNation, tipText } from "./describe";
import type { MapFlow } from "./flows";

/** What a list button stands for. */
export interface MapItem {
  kind: "dc" | "nation";
  id: string;
}

/** The list's element and its update. */
export interface TextAlternative {
  el: HTMLElement;
  update(view: GameView, flows: MapFlow[]): void;
}

/** Build the (visually hidden until focused) list; `onFocus(null)` when focus leaves an item. */
export function createTextAlternative(tipId: string, onFocus: (item: MapItem | null) => void, onActivate: (item: MapItem) => void): TextAlternative {
  const el = document.createElement("div");
  el.className = "map-alt";
  let signature = "";
  const li = (text: string, item?: MapItem): HTMLElement => {
    const row = document.createElement("li");
    if (!item) {
      row.textContent = text;
      return row;
    }
    const b = document.createElement("button");
    b.type = "button";
    b.className = "map-alt-item";
    b.dataset.mapItem = `${item.kind}:${item.id}`;
    b.textContent = text;
    b.setAttribute("aria-describedby", tipId);
    b.addEventListener("focus", () => onFocus(item));
    b.addEventListener("blur", () => onFocus(null));
    b.addEventListener("click", () => onActivate(item));
    row.append(b);
    return row;
  };
  const section = (title: string, rows: HTMLElement[], empty: string): HTMLElement[] => {
    const h = document.createElement("h3");
    h.textContent = title;
    const ul = document.createElement("ul");
    ul.append(...(rows.length ? rows : [li(empty)]));
    return [h, ul];
  };
  return {
    el,
    update(view, flows) {
      const mine = view.seat.kind === "nation" ? view.seat.nation : null;
      const dcs = view.nations.filter((n) => !mine || n.id === mine).flatMap((n) => n.dataCentres);
      const shown = mine ? flows.filter((f) => f.mine) : flows;
      const next = JSON.stringify([
        mine,
        dcs.map((d) => tipText(describeDc(view, d))),
        shown.map((f) => f.text),
        view.nations.map((n) => tipText(describeNation(view, n))),
      ]);
      if (next === signature) return;
      signature = next;
      const focused = (document.activeElement as HTMLElement | null)?.dataset?.mapItem;
      const head = document.createElement("h2");
      head.textContent = "World map";
      const hint = document.createElement("p");
      hint.textContent = "Drag or arrow keys to pan, wheel, pinch or +/− to zoom. Focus an item below to show it on the map.";
      el.replaceChildren(
        head,
        hint,
        ...section(
          mine ? "Your data centres" : "Data centres",
          dcs.map((d) => li(tipText(describeDc(view, d)), { kind: "dc", id: d.id })),
          "No data centre yet.",
        ),
        ...section(
          "Flows on the map",
          shown.map((f) => li(f.text)),
          "Nothing is moving yet.",
        ),
        ...section(
          "Nations",
          view.nations.map((n) => li(tipText(describeNation(view, n)), { kind: "nation", id: n.id })),
          "No nation.",
        ),
      );
      if (focused) el.querySelector<HTMLElement>(`[data-map-item="${CSS.escape(focused)}"]`)?.focus();
    },
  };
}
