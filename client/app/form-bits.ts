/** Small form pieces the order, quote, licence, memory and deal panels share. */
import { h } from "./dom";

/** An option of a select. */
export const opt = (value: string, label: string): HTMLOptionElement => h("option", { value }, label);

/** A label with its control, on one line. */
export const field = (label: string, control: HTMLElement): HTMLElement => h("label", { class: "field inline" }, h("span", {}, label), control);

/** One figure with its explanation (tooltip, and focusable for the keyboard). */
export function figure(label: string, value: string, why: string): HTMLElement {
  return h("div", { class: "qfig", tabindex: 0, title: why }, h("span", { class: "label" }, label), h("span", { class: "value" }, value));
}
