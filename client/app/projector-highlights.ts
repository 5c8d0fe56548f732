/**
 * The projector's rotating highlights between turns (shared/describe/highlights.ts): one large card at a time,
 * readable from the back of the room (UI.md: 28 px body, 64 px+ headline figures), changing every 8 s,
 * with dots for how many there are. One element with its own timer, kept across re-renders.
 */
import type { RoomModel } from "../../shared/protocol/room-model";
import type { Highlight } from "../../shared/describe/highlights";
import { turnHighlights } from "../../shared/describe/highlights";
import { h, mount } from "./dom";
import { sourceLine } from "./source-links";
import "./workshop-extras.css";

/** Seconds each highlight stays on the projector. */
export const HIGHLIGHT_SECONDS = 8;

/** The projector's highlight carousel. */
export class ProjectorHighlights {
  /** The carousel (an empty element when there is nothing to show yet). */
  readonly el = h("section", { class: "highlights", "data-testid": "highlights", "aria-label": "Highlights of the quarter", "aria-live": "polite" });
  private items: Highlight[] = [];
  private signature = "";
  private index = 0;
  private timer: ReturnType<typeof setInterval> | null = null;
  private model: RoomModel | null = null;

  /** Show the highlights of the quarter just resolved (rebuilt only when they change). */
  update(m: RoomModel): HTMLElement {
    this.model = m;
    const items = m.view ? turnHighlights(m.view, m.signedDeals ?? []) : [];
    const signature = `${m.view?.turn ?? 0}|${JSON.stringify(items)}`;
    if (signature !== this.signature) {
      this.signature = signature;
      this.items = items;
      this.index = 0;
      this.draw(m);
    }
    this.timer ??= setInterval(() => this.next(), HIGHLIGHT_SECONDS * 1000);
    return this.el;
  }

  private next(): void {
    if (this.items.length < 2 || !this.model) return;
    this.index = (this.index + 1) % this.items.length;
    this.draw(this.model);
  }

  private draw(m: RoomModel): void {
    this.el.hidden = this.items.length === 0;
    const x = this.items[this.index];
    if (!x) {
      mount(this.el);
      return;
    }
    const nations = x.nations.map((id) => m.view!.nations.find((n) => n.id === id)).filter((n) => n !== undefined);
    this.el.dataset.kind = x.kind;
    mount(
      this.el,
      h("p", { class: "hl-label" }, `${x.label} · ${m.view ? `turn ${m.view.turn - 1}` : ""}`),
      h(
        "p",
        { class: "hl-headline" },
        ...nations.map((n) => h("span", { class: "swatch", style: `background:${n.colour}`, title: n.name })),
        h("span", {}, x.headline),
      ),
      x.figure ? h("p", { class: "hl-figure" }, x.figure) : null,
      x.sources?.length ? h("p", { class: "hl-source" }, sourceLine(x.sources.join(", "))) : null,
      this.items.length > 1
        ? h(
            "p",
            { class: "hl-dots", "aria-label": `Highlight ${this.index + 1} of ${this.items.length}` },
            ...this.items.map((_, i) => h("span", { class: i === this.index ? "on" : "" }, "●")),
          )
        : null,
    );
  }

  /** Stop the rotation timer. */
  destroy(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
