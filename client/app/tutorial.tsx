/**
 * The guided tutorial for solo games: a look at the map, then four first actions the player really does
 * (found a data centre, order GPUs, sign a memory agreement, press Ready), each step ending when the
 * order is in, then where the results and news appear. The coach box is placed on the side of the
 * screen away from the highlighted target, so it never covers it. Skippable and resumable.
 */
import type { Order } from "../../shared/protocol/orders";
import { render } from "preact";
import { useLayoutEffect, useRef } from "preact/hooks";
import { signal } from "@preact/signals";
import type { Signal } from "@preact/signals";

/** What the tutorial reads from and asks of the game page. */
export interface TutorialHost {
  /** Your nation's orders for this turn. */
  orders(): Order[];
  /** True once your nation is ready (or the turn moved on). */
  ready(): boolean;
  /** Open an orders tab ("dc", "gpus", "memory"). */
  openTab(tab: string): void;
  /** Subscribe to model changes; returns the unsubscribe function. */
  onChange(cb: () => void): () => void;
}

/** One step: what to highlight (first visible match), what to say, and when it is done by itself. */
interface Step {
  targets: string[];
  title: string;
  text: string;
  tab?: string;
  done?: (host: TutorialHost) => boolean;
}

const has =
  (type: Order["type"]) =>
  (host: TutorialHost): boolean =>
    host.orders().some((o) => o.type === type);

const STEPS: Step[] = [
  {
    targets: [".map-space", "#map"],
    title: "The world",
    text: "Your nation is lit in its colour. Circles are data centres: filled = online, faint = building, outline = planned. Drag to pan, wheel or +/− to zoom; press ? for every key.",
  },
  {
    targets: [".tab[data-tab=dc]", "[data-sheet-tab=orders]"],
    tab: "dc",
    title: "1. Found a data centre",
    text: "In Data centres, pick a site, its size and cooling, then press Add order. The cost and the preview update as you change the form.",
    done: has("build_dc"),
  },
  {
    targets: [".tab[data-tab=gpus]", "[data-sheet-tab=orders]"],
    tab: "gpus",
    title: "2. Order GPUs",
    text: "In GPUs, choose a model and a quantity (compare NVIDIA and AMD in the table) and press Add order. A disabled button says why an order is not possible.",
    done: has("order_gpus"),
  },
  {
    targets: [".tab[data-tab=memory]", "[data-sheet-tab=orders]"],
    tab: "memory",
    title: "3. Sign a memory agreement",
    text: "HBM memory is sold out a year ahead. In Memory & CXL, reserve some with a maker and press Add order, so your GPUs are delivered on time.",
    done: has("memory_agreement"),
  },
  {
    targets: ["button.ready"],
    title: "4. Press Ready",
    text: "Your orders are in. Press Ready (or R): the quarter resolves when everyone is ready; the AI nations already are.",
    done: (host) => host.ready(),
  },
  {
    targets: [".news", "[data-sheet-tab=news]"],
    title: "Results and news",
    text: 'After each quarter you see what changed and why: deliveries, slips ("HBM was sold out"), events and their real-world sources. Press G for the glossary at any time.',
  },
];

const KEY = "sar-tutorial-step";

/** The tutorial on show: its root box (on the body), its host and its step. */
let current: { box: HTMLElement; host: TutorialHost; step: Signal<number> } | null = null;

/** Show the tutorial from the saved step (no-op when finished or skipped). */
export function runTutorial(host: TutorialHost): void {
  const saved = Number(localStorage.getItem(KEY) ?? "0");
  if (saved >= STEPS.length) return;
  stopTutorial();
  const box = document.createElement("div");
  box.className = "coach-host";
  box.style.display = "contents";
  document.body.append(box);
  current = { box, host, step: signal(saved) };
  goTo(saved);
  render(<Tutorial host={host} step={current.step} />, box);
}

/** Remove the coach (leaving the page). */
export function stopTutorial(): void {
  if (!current) return;
  const { box } = current;
  current = null;
  render(null, box);
  box.remove();
}

function targetOf(step: Step): HTMLElement | null {
  for (const sel of step.targets) {
    const el = Array.from(document.querySelectorAll<HTMLElement>(sel)).find((e) => e.checkVisibility?.() !== false && e.getBoundingClientRect().height > 0);
    if (el) return el;
  }
  return null;
}

/** A rectangle in viewport pixels. */
interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Overlap area of two rectangles (0 when apart). */
function overlap(a: Box, b: Box): number {
  const w = Math.min(a.left + a.width, b.left + b.width) - Math.max(a.left, b.left);
  const hgt = Math.min(a.top + a.height, b.top + b.height) - Math.max(a.top, b.top);
  return w > 0 && hgt > 0 ? w * hgt : 0;
}

/**
 * Where the coach box goes: the first of bottom-centre, top-centre and the four corners (below the turn
 * bar, above the phone's tab bar) that keeps clear of the target and its outline; else the one that covers least.
 */
export function coachPosition(
  size: { width: number; height: number },
  target: Box | null,
  view: { width: number; height: number },
  top = 64,
  bottom = 64,
): { left: number; top: number } {
  const m = 8;
  const xs = [(view.width - size.width) / 2, m, view.width - size.width - m];
  const ys = [view.height - size.height - bottom, top];
  const candidates: { left: number; top: number }[] = [];
  for (const y of ys) for (const x of xs) candidates.push({ left: Math.max(m, x), top: Math.max(top, y) });
  if (!target) return candidates[0];
  const t = { left: target.left - 8, top: target.top - 8, width: target.width + 16, height: target.height + 16 };
  let best = candidates[0];
  let least = Infinity;
  for (const c of candidates) {
    const o = overlap({ ...c, ...size }, t);
    if (o === 0) return c;
    if (o < least) {
      least = o;
      best = c;
    }
  }
  return best;
}

function placeCoach(box: HTMLElement, target: HTMLElement | null): void {
  const r = target?.getBoundingClientRect() ?? null;
  const phone = window.innerWidth < 640;
  const p = coachPosition(
    { width: box.offsetWidth, height: box.offsetHeight },
    r,
    { width: window.innerWidth, height: window.innerHeight },
    phone ? 72 : 64,
    phone ? 64 : 16,
  );
  box.style.transform = "none";
  box.style.bottom = "auto";
  box.style.left = `${Math.round(p.left)}px`;
  box.style.top = `${Math.round(p.top)}px`;
}

/** Go to step `i` (past the last: finished); saves the step so a reload resumes it. */
function goTo(i: number): void {
  document.querySelectorAll(".coach-target").forEach((e) => e.classList.remove("coach-target"));
  if (i >= STEPS.length) {
    localStorage.setItem(KEY, String(STEPS.length));
    stopTutorial();
    return;
  }
  localStorage.setItem(KEY, String(i));
  const tab = STEPS[i].tab;
  if (tab) current?.host.openTab(tab);
  if (current) current.step.value = i;
}

/**
 * The coach box of step `i`: keyed by the step, so each step mounts afresh. While shown it follows its target
 * (a timer, resize, model changes) and moves on when the step is done; unmounting removes the highlight and,
 * if the box had focus, hands it to the highlighted control, else the orders tab or the turn bar.
 */
function Coach({ host, i }: { host: TutorialHost; i: number }) {
  const step = STEPS[i];
  const guided = !!step.done;
  const box = useRef<HTMLElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  useLayoutEffect(() => {
    const el = box.current!;
    let target: HTMLElement | null = null;
    const place = (): void => {
      const t = targetOf(step);
      if (t !== target) {
        target?.classList.remove("coach-target");
        target = t;
      }
      // Preact may rewrite the target's class on a re-render: put the highlight back each time.
      if (t && !t.classList.contains("coach-target")) t.classList.add("coach-target");
      placeCoach(el, target);
    };
    place();
    const timer = setInterval(place, 400);
    window.addEventListener("resize", place);
    const off = host.onChange(() => {
      if (step.done?.(host)) queueMicrotask(() => goTo(i + 1));
      else place();
    });
    if (!guided) next.current?.focus();
    if (step.done?.(host)) queueMicrotask(() => goTo(i + 1));
    return () => {
      clearInterval(timer);
      window.removeEventListener("resize", place);
      off();
      const hadFocus = el.contains(document.activeElement);
      target?.classList.remove("coach-target");
      // Focus never falls to the page body: it goes to the highlighted control, else the orders tab or the turn bar.
      if (hadFocus)
        [target, document.querySelector<HTMLElement>("#orders .tab.on"), document.querySelector<HTMLElement>(".turnbar button")]
          .find((e) => e && e.isConnected && e.matches("button, a, input, select, [tabindex]"))
          ?.focus();
    };
  }, []);
  return (
    <section ref={box} class="coach panel" role="region" aria-label={`Tutorial step ${i + 1} of ${STEPS.length}`} aria-live="polite">
      <p class="muted">{`Tutorial ${i + 1}/${STEPS.length}`}</p>
      <h3>{step.title}</h3>
      <p>{step.text}</p>
      <div class="controls">
        <button ref={next} class={`btn ${guided ? "ghost" : "primary"}`} onClick={() => goTo(i + 1)}>
          {i === STEPS.length - 1 ? "Done" : guided ? "Skip this step" : "Next"}
        </button>
        <button class="btn ghost" onClick={() => goTo(STEPS.length)}>
          Skip tutorial
        </button>
      </div>
    </section>
  );
}

/** The tutorial's Preact root: the coach of the current step. */
function Tutorial({ host, step }: { host: TutorialHost; step: Signal<number> }) {
  return <Coach key={step.value} host={host} i={step.value} />;
}

/** Show the tutorial again from the first step in the next solo game. */
export function resetTutorial(): void {
  localStorage.setItem(KEY, "0");
}
