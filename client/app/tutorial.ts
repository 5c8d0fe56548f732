/** The guided tutorial for solo games: highlights map, dashboard, orders, deals, Ready and results; skippable and resumable. */
import { h } from "./dom";

/** One step: the element to highlight and what to say. */
interface Step { target: string; title: string; text: string }

const STEPS: Step[] = [
  { target: "#map", title: "The world", text: "Your nation is lit in its colour. Circles are data centres: filled = online, faint = building, outline = planned; a blue dot = liquid cooling. Drag to pan, wheel or +/− to zoom." },
  { target: ".dash", title: "Your dashboard", text: "Treasury, compute, utilisation, sovereignty, expertise, support, capability and score. Hover any figure to see what it means, how it is computed and its source." },
  { target: "#orders", title: "Orders", text: "Each quarter, found data centres, buy GPUs (compare NVIDIA and AMD in the table), reserve HBM, fund talent and set policy. Illegal choices are disabled with the reason; the preview shows what your orders will do." },
  { target: ".tab[data-tab=deals]", title: "Deals and vendors", text: "In Deals (D) you negotiate with other nations: cash, GPU leases, shares of a data centre, HBM, joint training. AI nations answer at once (accept, counter or refuse, with their reason); signed deals are enforced by the engine. In Vendor quotes you ask an integrator for price, lead time and SLA, and counter-offer before you sign." },
  { target: "button.ready", title: "Ready", text: "When your orders are in, press Ready (or R). The quarter resolves when everyone is ready or the timer runs out." },
  { target: ".news", title: "Results and news", text: "After each quarter you see what changed and why — deliveries, slips (\"HBM was sold out\"), events and their real-world sources. Press G for the glossary at any time." },
];

const KEY = "sar-tutorial-step";

/** Show the tutorial from the saved step (no-op when finished or skipped). */
export function runTutorial(): void {
  const saved = Number(localStorage.getItem(KEY) ?? "0");
  if (saved >= STEPS.length) return;
  show(saved);
}

function show(i: number): void {
  document.querySelector(".coach")?.remove();
  document.querySelectorAll(".coach-target").forEach((e) => e.classList.remove("coach-target"));
  if (i >= STEPS.length) { localStorage.setItem(KEY, String(STEPS.length)); return; }
  localStorage.setItem(KEY, String(i));
  const step = STEPS[i];
  document.querySelector(step.target)?.classList.add("coach-target");
  const next = h("button", { class: "btn primary", onclick: () => show(i + 1) }, i === STEPS.length - 1 ? "Done" : "Next");
  const box = h("div", { class: "coach panel", role: "dialog", "aria-label": `Tutorial step ${i + 1} of ${STEPS.length}` },
    h("p", { class: "muted" }, `Tutorial ${i + 1}/${STEPS.length}`),
    h("h3", {}, step.title), h("p", {}, step.text),
    h("div", { class: "controls" }, next, h("button", { class: "btn ghost", onclick: () => show(STEPS.length) }, "Skip tutorial")));
  document.body.append(box);
  next.focus();
}

/** Show the tutorial again from the first step in the next solo game. */
export function resetTutorial(): void {
  localStorage.setItem(KEY, "0");
}
