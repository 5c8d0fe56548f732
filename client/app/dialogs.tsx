/**
 * Modal dialogs on the native <dialog> element (showModal makes the page behind inert, so focus stays
 * inside; Escape closes; focus returns to where it was): the glossary (G) and the keyboard shortcuts (?).
 */
import { signal } from "@preact/signals";
import { useLayoutEffect, useRef } from "preact/hooks";
import type { ComponentChildren } from "preact";
import { GLOSSARY } from "./glossary";
import { SourceLine } from "./views/source-line";

/** The shortcuts of UI.md, shown in the ? overlay. */
export const SHORTCUTS: [string, string][] = [
  ["R", "Ready (or undo ready)"],
  ["O", "Orders"],
  ["D", "Deals"],
  ["N", "News"],
  ["G", "Glossary"],
  ["M", "Focus the map"],
  ["← ↑ → ↓", "Pan the map"],
  ["+ −", "Zoom the map"],
  ["?", "This list"],
  ["Esc", "Close a dialog"],
];

function Shell({ title, id, children }: { title: string; id: string; children: ComponentChildren }) {
  const close = (e: Event): void => {
    (e.currentTarget as HTMLElement).closest("dialog")?.close();
  };
  return (
    <div class="panel dialog">
      <div class="dialog-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <button type="button" class="btn ghost" onClick={close} aria-label={`Close ${title.toLowerCase()}`}>
          ✕
        </button>
      </div>
      {children}
    </div>
  );
}

function GlossaryBody() {
  return (
    <Shell title="Glossary" id="glossary">
      <dl class="glossary">
        {GLOSSARY.flatMap((t) => [
          <dt key={`t-${t.term}`}>{t.term}</dt>,
          <dd key={`d-${t.term}`}>
            {t.text}
            {t.source ? <SourceLine text={t.source} tail="." /> : null}
          </dd>,
        ])}
      </dl>
      <p>
        <a href="/sources" target="_blank" rel="noopener">
          All sources, with titles, years and addresses
        </a>
      </p>
      <p class="muted">Press ? for the keyboard shortcuts.</p>
    </Shell>
  );
}

function ShortcutsBody() {
  return (
    <Shell title="Keyboard shortcuts" id="shortcuts">
      <table class="shortcuts">
        <tbody>
          {SHORTCUTS.map(([k, what]) => (
            <tr key={k}>
              <th scope="row">
                <kbd>{k}</kbd>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Shell>
  );
}

/** The dialogs of the game page. */
type DialogId = "glossary" | "shortcuts";

/** Which dialog is open (at most one); the Dialogs component opens and closes the native elements to match. */
const shown = signal<DialogId | null>(null);

/** A native modal <dialog> that follows `shown`: showModal when it becomes the open one (focus on its first button), close otherwise. */
function Modal({ id, children }: { id: DialogId; children: ComponentChildren }) {
  const ref = useRef<HTMLDialogElement>(null);
  const open = shown.value === id;
  useLayoutEffect(() => {
    const d = ref.current;
    if (!d) return;
    if (open && !d.open) {
      d.showModal();
      d.querySelector<HTMLElement>("button")?.focus();
    } else if (!open && d.open) d.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      id={`${id}-dialog`}
      class="modal"
      aria-labelledby={`${id}-title`}
      // Escape, the close button or a click on the backdrop: the element closes, and the signal follows.
      onClose={() => {
        if (shown.value === id) shown.value = null;
      }}
      onClick={(e) => {
        if (e.target === e.currentTarget) e.currentTarget.close();
      }}
    >
      {children}
    </dialog>
  );
}

/** The game page's modal dialogs, rendered beside the page's tree (the bodies are drawn once they are first opened). */
export function Dialogs() {
  const ever = useRef(new Set<DialogId>());
  if (shown.value) ever.current.add(shown.value);
  return (
    <>
      <Modal id="glossary">{ever.current.has("glossary") ? <GlossaryBody /> : null}</Modal>
      <Modal id="shortcuts">{ever.current.has("shortcuts") ? <ShortcutsBody /> : null}</Modal>
    </>
  );
}

/** Open `id`, closing the other; the open one closes. */
function toggle(id: DialogId): void {
  shown.value = shown.value === id ? null : id;
}

/** Open (or close) the glossary. */
export function openGlossary(): void {
  toggle("glossary");
}

/** Open (or close) the keyboard shortcuts overlay. */
export function openShortcuts(): void {
  toggle("shortcuts");
}

/** Close the page's dialogs (when leaving a game page; the page's tree unmounts them). */
export function removeDialogs(): void {
  shown.value = null;
}
