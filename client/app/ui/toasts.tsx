/**
 * The stack of toasts at the bottom of the visible map (newest last): short warnings, and notices (an incoming proposal, an answer)
 * that offer to open the deals. A Preact root over a signal list, in one #toasts region on the body that follows the layout while it
 * shows any (ui/toast-place.ts; while the quarter's results are open style.css places it instead, beside them or held until they close).
 */
import { render } from "preact";
import { useEffect, useLayoutEffect, useRef } from "preact/hooks";
import { signal } from "@preact/signals";
import { placeToasts } from "./toast-place";

/** One toast: a warning (gone after 5 s) or a notice (20 s, longer while pointed at or focused) with "Open deals". */
interface Toast {
  id: number;
  text: string;
  open?: () => void;
}

const list = signal<Toast[]>([]);
let nextId = 1;

/** True while the quarter's results screen is open. */
function resultsOpen(): boolean {
  return document.querySelector(".results-screen") !== null;
}

/** Place the stack for the layout now (or leave it to style.css while the results are open). */
function placeStack(el: HTMLElement): void {
  if (resultsOpen()) el.removeAttribute("style");
  else placeToasts(el);
}

const drop = (id: number): void => {
  list.value = list.value.filter((t) => t.id !== id);
};

/** A toast; it removes itself when its time is up. */
function ToastItem({ t }: { t: Toast }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    if (!t.open) {
      timer = setTimeout(() => drop(t.id), 5000);
      return () => clearTimeout(timer);
    }
    const expire = (): void => {
      const el = ref.current;
      // Kept while pointed at or focused, and while the quarter's results are open (they may hide it on a narrow screen).
      if (el && (el.matches(":hover") || el.contains(document.activeElement) || resultsOpen())) timer = setTimeout(expire, 3000);
      else drop(t.id);
    };
    timer = setTimeout(expire, 20_000);
    return () => clearTimeout(timer);
  }, [t]);
  if (!t.open)
    return (
      <div class="toast" role="alert">
        {t.text}
      </div>
    );
  return (
    <div ref={ref} class="toast notice" role="status" aria-live="polite">
      {t.text}{" "}
      <button
        class="btn small"
        onClick={() => {
          t.open!();
          drop(t.id);
        }}
      >
        Open deals
      </button>
      <button class="btn small ghost" aria-label="Dismiss" onClick={() => drop(t.id)}>
        ✕
      </button>
    </div>
  );
}

/** The toasts, placed again after every change of the list. */
function Stack({ box }: { box: HTMLElement }) {
  const toasts = list.value;
  useLayoutEffect(() => {
    if (toasts.length) placeStack(box);
  }, [toasts]);
  return (
    <>
      {toasts.map((t) => (
        <ToastItem key={t.id} t={t} />
      ))}
    </>
  );
}

/** The #toasts region, created on first use with its Preact root; it follows the layout (DOM changes outside it, resizes) while it shows any. */
function ensureStack(): void {
  if (document.getElementById("toasts")) return;
  const stack = document.createElement("div");
  stack.id = "toasts";
  stack.className = "toasts";
  stack.setAttribute("role", "region");
  stack.setAttribute("aria-label", "Notifications");
  document.body.append(stack);
  let queued = false;
  const schedule = (): void => {
    if (queued || !stack.childElementCount) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      placeStack(stack);
    });
  };
  new MutationObserver((records) => {
    if (records.some((r) => !stack.contains(r.target))) schedule();
  }).observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ["class", "hidden", "open", "style"] });
  window.addEventListener("resize", schedule);
  render(<Stack box={stack} />, stack);
}

/** A short warning or error from the server, gone after 5 seconds. */
export function flashToast(text: string): void {
  ensureStack();
  list.value = [...list.value, { id: nextId++, text }];
}

/** A non-blocking notice with "Open deals" (which calls `open`) and a close button; it stays 20 seconds, longer while pointed at or focused. */
export function noticeToast(text: string, open: () => void): void {
  ensureStack();
  list.value = [...list.value, { id: nextId++, text, open }];
}

/** Remove every toast (leaving the game page). */
export function clearToasts(): void {
  list.value = [];
}
