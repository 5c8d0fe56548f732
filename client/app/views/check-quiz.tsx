/**
 * The pre/post check on the player's screen: five questions on the game's claims, answered once in the
 * lobby (before the first turn) and once on the end screen. After the end the answers are shown with the
 * reason and its source. A Preact component keyed by the stage: the chosen options live in its state, so a
 * half-answered sheet survives every server update.
 */
import { useState } from "preact/hooks";
import type { RoomModel } from "../../../shared/protocol/room-model";
import { CHECK_QUESTIONS } from "../../../shared/debrief/check-questions";
import { SourceLine } from "./source-line";
import "../workshop-extras.css";

/** What the quiz asks of the connection. */
export type AnswerCheck = (stage: "pre" | "post", answers: number[]) => Promise<{ ok: true } | { ok: false; message: string }>;

/** The answers after the game: each question, its answer, the reason and its source. */
function Answers() {
  return (
    <ol class="check-answers">
      {CHECK_QUESTIONS.map((q) => (
        <li key={q.id}>
          <strong>{q.prompt}</strong>
          <CheckAnswer answer={q.options[q.correct]} why={q.why} sources={q.sources} />
        </li>
      ))}
    </ol>
  );
}

/** A check question's right answer, why it is right, and its sources (after the quiz and in the debrief). */
export function CheckAnswer({ answer, why, sources }: { answer: string; why: string; sources: string }) {
  return (
    <>
      <p>{`Answer: ${answer}.`}</p>
      <p class="muted">
        {why}
        <SourceLine text={sources} tail="." />
      </p>
    </>
  );
}

/** The five questions of `stage`, one radio group each, and Hand in. */
function CheckForm({ stage, send }: { stage: "pre" | "post"; send: AnswerCheck }) {
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [error, setError] = useState("");
  const submit = async (e: Event): Promise<void> => {
    e.preventDefault();
    const list = CHECK_QUESTIONS.map((q) => answers[q.id] ?? -1);
    if (list.some((a) => a < 0)) {
      setError("Answer every question first.");
      return;
    }
    setError("");
    const r = await send(stage, list);
    if (!r.ok) setError(r.message);
  };
  return (
    <form class="check-form" onSubmit={(e) => void submit(e)}>
      <h2>{stage === "pre" ? "Before you play: five quick questions" : "After the game: the same five questions"}</h2>
      <p class="muted">
        {stage === "pre" ? "Answer what you think now — there is no penalty. About a minute." : "What do you think now? Then see the answers."}
      </p>
      {CHECK_QUESTIONS.map((q, i) => (
        <fieldset key={q.id} class="check-q" data-question={q.id}>
          <legend>{`${i + 1}. ${q.prompt}`}</legend>
          {q.options.map((o, k) => (
            <label key={k} class="check-option">
              <input
                type="radio"
                name={`q-${q.id}`}
                value={String(k)}
                required
                checked={answers[q.id] === k}
                onChange={() => setAnswers((a) => ({ ...a, [q.id]: k }))}
              />
              <span>{o}</span>
            </label>
          ))}
        </fieldset>
      ))}
      <p class="error" role="alert">
        {error}
      </p>
      <button class="btn primary big" type="submit">
        Hand in
      </button>
    </form>
  );
}

/** The check panel of a seated player: the open sheet, or what was handed in; nothing when there is nothing to answer or show. */
export function CheckQuiz({ m, send }: { m: RoomModel; send: AnswerCheck }) {
  const c = m.check;
  if (!c || !m.you.nation || m.you.role !== "player") return null;
  const stage = c.open ?? (m.phase === "ended" ? "post" : "pre");
  const done = stage === "pre" ? c.pre : c.post;
  if (!done && !c.open) return null;
  return (
    <section class="panel check-quiz" data-testid="check-quiz" aria-label="Check: five questions">
      {done ? (
        stage === "pre" ? (
          <>
            <h2>Check handed in ✓</h2>
            <p class="muted">Thanks. You will answer the same five questions after the game; the debrief shows what the room learned.</p>
          </>
        ) : (
          <>
            <h2>Check handed in ✓ — the answers</h2>
            <Answers />
          </>
        )
      ) : (
        <CheckForm key={`${stage}|${c.open}`} stage={c.open!} send={send} />
      )}
    </section>
  );
}
