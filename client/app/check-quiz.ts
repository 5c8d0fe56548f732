/**
 * The pre/post check on the player's screen: five questions on the game's claims, answered once in the
 * lobby (before the first turn) and once on the end screen. After the end the answers are shown with the
 * reason and its source. One element, kept across re-renders so a half-answered sheet survives updates.
 */
import type { RoomModel } from "../../shared/protocol/room-model";
import { CHECK_QUESTIONS } from "../../shared/debrief/check-questions";
import { h, mount } from "./dom";
import { sourceLine } from "./source-links";
import "./workshop-extras.css";

/** What the quiz needs from the connection. */
export interface CheckSender {
  answerCheck(stage: "pre" | "post", answers: number[]): Promise<{ ok: true } | { ok: false; message: string }>;
}

/** The check panel of one game page. */
export class CheckQuiz {
  /** The panel (mount it where the check belongs; it keeps its own state). */
  readonly el = h("section", { class: "panel check-quiz", "data-testid": "check-quiz", "aria-label": "Check: five questions" });
  private shown = "";
  private readonly error = h("p", { class: "error", role: "alert" });

  constructor(private readonly conn: CheckSender) {}

  /** Redraw when the stage or the seat's answered state changes (never while a sheet is being filled in). */
  update(m: RoomModel): HTMLElement | null {
    const c = m.check;
    if (!c || !m.you.nation || m.you.role !== "player") return null;
    const stage = c.open ?? (m.phase === "ended" ? "post" : "pre");
    const done = stage === "pre" ? c.pre : c.post;
    const key = `${stage}|${done}|${c.open ?? ""}`;
    if (key === this.shown) return this.el;
    this.shown = key;
    if (done) mount(this.el, ...this.answered(stage));
    else if (c.open) mount(this.el, this.form(c.open));
    else return null;
    return this.el;
  }

  private answered(stage: "pre" | "post"): HTMLElement[] {
    if (stage === "pre")
      return [
        h("h2", {}, "Check handed in ✓"),
        h("p", { class: "muted" }, "Thanks. You will answer the same five questions after the game; the debrief shows what the room learned."),
      ];
    return [
      h("h2", {}, "Check handed in ✓ — the answers"),
      h(
        "ol",
        { class: "check-answers" },
        ...CHECK_QUESTIONS.map((q) =>
          h("li", {}, h("strong", {}, q.prompt), h("p", {}, `Answer: ${q.options[q.correct]}.`), h("p", { class: "muted" }, q.why, sourceLine(q.sources, "."))),
        ),
      ),
    ];
  }

  private form(stage: "pre" | "post"): HTMLElement {
    const form = h(
      "form",
      {
        class: "check-form",
        onsubmit: (e: Event) => {
          e.preventDefault();
          void this.submit(form, stage);
        },
      },
      h("h2", {}, stage === "pre" ? "Before you play: five quick questions" : "After the game: the same five questions"),
      h(
        "p",
        { class: "muted" },
        stage === "pre" ? "Answer what you think now — there is no penalty. About a minute." : "What do you think now? Then see the answers.",
      ),
      ...CHECK_QUESTIONS.map((q, i) =>
        h(
          "fieldset",
          { class: "check-q", "data-question": q.id },
          h("legend", {}, `${i + 1}. ${q.prompt}`),
          ...q.options.map((o, k) =>
            h("label", { class: "check-option" }, h("input", { type: "radio", name: `q-${q.id}`, value: String(k), required: true }), h("span", {}, o)),
          ),
        ),
      ),
      this.error,
      h("button", { class: "btn primary big", type: "submit" }, "Hand in"),
    );
    return form;
  }

  private async submit(form: HTMLFormElement, stage: "pre" | "post"): Promise<void> {
    const answers = CHECK_QUESTIONS.map((q) => Number((form.querySelector(`input[name="q-${q.id}"]:checked`) as HTMLInputElement | null)?.value ?? -1));
    if (answers.some((a) => a < 0)) {
      this.error.textContent = "Answer every question first.";
      return;
    }
    this.error.textContent = "";
    const r = await this.conn.answerCheck(stage, answers);
    if (!r.ok) this.error.textContent = r.message;
  }
}

/** "Check: 5 of 8 players answered before the game (1 of 2 who joined late answered on arrival), 3 after" for the facilitator and the projector. */
export function checkCount(m: RoomModel): HTMLElement | null {
  const c = m.check;
  if (!c) return null;
  const players = m.seats.filter((s) => s.role === "player" && s.nation).length;
  return h(
    "p",
    { class: "check-count", "data-testid": "check-count" },
    `Check: ${c.counts.pre} of ${players} answered before the game`,
    c.counts.latePlayers ? ` (${c.counts.late ?? 0} of ${c.counts.latePlayers} who joined late answered on arrival)` : "",
    m.phase === "ended" ? `, ${c.counts.post} after` : "",
  );
}
