/**
 * Modal dialogs on the native <dialog> element (showModal makes the page behind inert, so focus stays
 * inside; Escape closes; focus returns to where it was): the glossary (G) and the keyboard shortcuts (?).
 */
import { render } from "preact";
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

/** Show (creating once) the modal dialog `id`; a second call while it is open closes it. */
function toggle(id: string, body: () => preact.JSX.Element): HTMLDialogElement {
  let d = document.getElementById(id) as HTMLDialogElement | null;
  if (!d) {
    d = document.createElement("dialog");
    d.id = id;
    d.className = "modal";
    d.setAttribute("aria-labelledby", `${id}-title`);
    d.addEventListener("click", (e) => {
      if (e.target === d) d!.close();
    }); // a click on the backdrop
    document.body.append(d);
    render(body(), d);
  }
  document.querySelectorAll<HTMLDialogElement>("dialog.modal[open]").forEach((o) => {
    if (o !== d) o.close();
  });
  if (d.open) d.close();
  else {
    d.showModal();
    d.querySelector<HTMLElement>("button")?.focus();
  }
  return d;
}

/** Open (or close) the glossary. */
export function openGlossary(): HTMLDialogElement {
  return toggle("glossary-dialog", () => <GlossaryBody />);
}

/** Open (or close) the keyboard shortcuts overlay. */
export function openShortcuts(): HTMLDialogElement {
  return toggle("shortcuts-dialog", () => <ShortcutsBody />);
}

/** Remove the page's dialogs (when leaving a game page). */
export function removeDialogs(): void {
  for (const id of ["glossary-dialog", "shortcuts-dialog"]) {
    const d = document.getElementById(id);
    if (d) {
      render(null, d);
      d.remove();
    }
  }
}
