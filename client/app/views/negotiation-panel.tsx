/** The frame both negotiation tabs of the orders drawer share (vendor quotes, the export licence): request form, terms, status. */
import type { ComponentChildren } from "preact";

/** The sign button under a set of terms, with the note that signing only adds an order. */
export function SignRow({ label, onSign }: { label: string; onSign(): void }) {
  return (
    <div class="row sign">
      <button class="btn primary" type="button" onClick={onSign}>
        {label}
      </button>
      <span class="muted">Signing adds an order; the engine checks it again at resolution.</span>
    </div>
  );
}

/** The panel: the request form under its heading on the left, the latest terms (or what will show there) on the right, the status line below. */
export function NegotiationPanel(p: {
  class: string;
  label: string;
  heading: string;
  form: ComponentChildren;
  terms: ComponentChildren | null;
  placeholder: string;
  status: string;
}) {
  return (
    <section class={p.class} aria-label={p.label}>
      <div class="quote-cols">
        <div>
          <h3>{p.heading}</h3>
          {p.form}
        </div>
        <div>
          <div class="quote" aria-live="polite">
            {p.terms ?? <p class="muted">{p.placeholder}</p>}
          </div>
        </div>
      </div>
      <p class="status" role="status">
        {p.status}
      </p>
    </section>
  );
}
