/**
 * The map's text alternative, inside the map's landmark: your data centres, the flows and the nations as
 * a list. Each data centre and nation is a button: focusing it shows its tooltip on the map and rings its
 * marker, so the map can be read by keyboard and screen reader, not only by pointer. A Preact tree, keyed
 * by item, so a focused button survives an update.
 */
import { render } from "preact";
import type { GameView } from "../../../shared/engine/view";
import { describeDc, describeNation, tipText } from "./describe";
import type { MapFlow } from "./flows";

/** What a list button stands for. */
export interface MapItem {
  kind: "dc" | "nation";
  id: string;
}

/** The list's element, its update and its removal. */
export interface TextAlternative {
  el: HTMLElement;
  update(view: GameView, flows: MapFlow[]): void;
  /** Unmount the list and remove the element. */
  destroy(): void;
}

/** What the list shows: rows of text, an item's rows as buttons. */
interface Row {
  text: string;
  item?: MapItem;
}

interface ListProps {
  tipId: string;
  sections: { title: string; rows: Row[]; empty: string }[];
  onFocus(item: MapItem | null): void;
  onActivate(item: MapItem): void;
}

/** The heading, the hint and one list a section. */
function MapAlt({ tipId, sections, onFocus, onActivate }: ListProps) {
  return (
    <>
      <h2>World map</h2>
      <p>Drag or arrow keys to pan, wheel, pinch or +/− to zoom. Focus an item below to show it on the map.</p>
      {sections.map((s) => [
        <h3 key={`h-${s.title}`}>{s.title}</h3>,
        <ul key={`u-${s.title}`}>
          {s.rows.length ? (
            s.rows.map((r, i) => {
              const item = r.item;
              return (
                <li key={item ? `${item.kind}:${item.id}` : `t-${i}`}>
                  {item ? (
                    <button
                      type="button"
                      class="map-alt-item"
                      data-map-item={`${item.kind}:${item.id}`}
                      aria-describedby={tipId}
                      onFocus={() => onFocus(item)}
                      onBlur={() => onFocus(null)}
                      onClick={() => onActivate(item)}
                    >
                      {r.text}
                    </button>
                  ) : (
                    r.text
                  )}
                </li>
              );
            })
          ) : (
            <li>{s.empty}</li>
          )}
        </ul>,
      ])}
    </>
  );
}

/** Build the (visually hidden until focused) list; `onFocus(null)` when focus leaves an item. */
export function createTextAlternative(tipId: string, onFocus: (item: MapItem | null) => void, onActivate: (item: MapItem) => void): TextAlternative {
  const el = document.createElement("div");
  el.className = "map-alt";
  let signature = "";
  return {
    el,
    update(view, flows) {
      const mine = view.seat.kind === "nation" ? view.seat.nation : null;
      const dcs = view.nations.filter((n) => !mine || n.id === mine).flatMap((n) => n.dataCentres);
      const shown = mine ? flows.filter((f) => f.mine) : flows;
      const sections: ListProps["sections"] = [
        {
          title: mine ? "Your data centres" : "Data centres",
          rows: dcs.map((d) => ({ text: tipText(describeDc(view, d)), item: { kind: "dc", id: d.id } })),
          empty: "No data centre yet.",
        },
        { title: "Flows on the map", rows: shown.map((f) => ({ text: f.text })), empty: "Nothing is moving yet." },
        {
          title: "Nations",
          rows: view.nations.map((n) => ({ text: tipText(describeNation(view, n)), item: { kind: "nation", id: n.id } })),
          empty: "No nation.",
        },
      ];
      const next = JSON.stringify([mine, sections.map((s) => s.rows.map((r) => r.text))]);
      if (next === signature) return;
      signature = next;
      render(<MapAlt tipId={tipId} sections={sections} onFocus={onFocus} onActivate={onActivate} />, el);
    },
    destroy() {
      render(null, el);
      el.remove();
    },
  };
}
