/** The side column: news, leaderboard and table talk (chat keeps its draft across server updates). */
import { useState } from "preact/hooks";
import type { RoomModel } from "../../../shared/protocol/room-model";
import { describeEvent, eventContext } from "../../../shared/describe/events";
import { idx, pf } from "../format";
import { FIGURES, scoreTerm } from "../glossary";
import type { Term } from "../glossary";
import type { ComponentChildren } from "preact";
import type { FigureId } from "../../../shared/engine/causes";
import type { PublicNation } from "../../../shared/engine/view";
import type { ScreenActions } from "./actions";
import { SourceLine } from "./source-line";
import { FigurePopover, installTapToggle } from "../ui/figure-popover";
import { chatAuthor } from "./chat-author";

/** The newest 30 news items, newest first; private items (your nation only) are tinted. */
export function News({ m }: { m: RoomModel }) {
  const items = [...m.view!.news].reverse().slice(0, 30);
  const ctx = eventContext(m.view!);
  return (
    <section class="panel news" id="news" tabIndex={-1} aria-label="News">
      <h2>News</h2>
      <ul>
        {items.map((e, i) => (
          <li key={`${e.turn}-${items.length - i}`} class={e.nation ? "private" : ""}>
            <span class="muted">{`T${e.turn} `}</span>
            {describeEvent(e, ctx)}
            {e.sources?.length ? <SourceLine text={e.sources.join(", ")} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** One leaderboard figure of a nation that explains itself like the dashboard's (hover, focus, tap): what it is, last quarter's causes when this seat sees the nation in full, its source. */
function RowFigure({ m, nation, id, term, children }: { m: RoomModel; nation: PublicNation; id: FigureId; term: Term; children: ComponentChildren }) {
  const tip = `figure-tip-${id}-${nation.id}`;
  const change = m.view!.own.find((o) => o.id === nation.id)?.lastTurn?.figures.find((x) => x.figure === id);
  return (
    <span class={`${id === "score" ? "score" : "row-fig"} figure`} tabIndex={0} data-figure={id} aria-describedby={tip}>
      {children}
      <div class="figure-tip figure-pop" role="tooltip" id={tip}>
        <FigurePopover e={{ id, term: `${term.term}: ${nation.name}`, text: term.text, source: term.source, change }} />
      </div>
    </span>
  );
}

/** Nations by score; each score, compute and sovereignty figure explains itself like the dashboard's (hover, focus, tap). */
export function Leaderboard({ m, big = false }: { m: RoomModel; big?: boolean }) {
  installTapToggle();
  const rows = [...m.view!.nations].sort((a, b) => b.score - a.score);
  const score = scoreTerm(m.view!.scoring);
  return (
    <section class={`panel leaderboard ${big ? "big" : ""}`} aria-label="Leaderboard">
      <h2>Leaderboard</h2>
      <ol>
        {rows.map((n) => (
          <li key={n.id}>
            <span class="swatch" style={`background:${n.colour}`} />
            <span class="name" title={n.name}>{`${n.flag.toUpperCase()} ${n.name}`}</span>
            <RowFigure m={m} nation={n} id="score" term={score}>
              {String(n.score)}
            </RowFigure>
            <span class="muted row-figs">
              <RowFigure m={m} nation={n} id="compute" term={FIGURES.compute}>
                {pf(n.compute)}
              </RowFigure>
              {" · "}
              <RowFigure m={m} nation={n} id="sovereignty" term={FIGURES.sovereignty}>
                {`sov ${idx(n.sovereignty)}`}
              </RowFigure>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** Table and private chat: the last lines this seat may see, and a form whose draft survives updates. */
export function Chat({ m, canSend, actions }: { m: RoomModel; canSend: boolean; actions: ScreenActions }) {
  const v = m.view!;
  const [to, setTo] = useState("all");
  const [text, setText] = useState("");
  const name = (id: string): string => (id === "all" ? "everyone" : id === "facilitator" ? "facilitator" : (v.nations.find((n) => n.id === id)?.name ?? id));
  const submit = (e: Event): void => {
    e.preventDefault();
    if (text.trim()) actions.chat(to, text.trim());
    setText("");
  };
  return (
    <section class="panel chat" id="chat" aria-label="Chat">
      <h2>Table talk</h2>
      <ul>
        {m.chat.slice(-12).map((c) => (
          <li key={c.id} class={c.to === "all" ? "" : "private"}>
            <strong>{chatAuthor(c.fromName, name(c.from))}</strong>
            {c.to === "all" ? "" : ` → ${name(c.to)}`}
            {`: ${c.text}`}
          </li>
        ))}
      </ul>
      {canSend ? (
        <form class="chat-form" onSubmit={submit}>
          <select name="to" aria-label="To" value={to} onChange={(e) => setTo((e.target as HTMLSelectElement).value)}>
            <option value="all">Everyone</option>
            {v.nations
              .filter((n) => n.id !== m.you.nation)
              .map((n) => (
                <option key={n.id} value={n.id}>{`${n.name} (private)`}</option>
              ))}
          </select>
          <input
            name="chat"
            placeholder="Message"
            maxLength={500}
            aria-label="Message"
            value={text}
            onInput={(e) => setText((e.target as HTMLInputElement).value)}
          />
          <button class="btn small" type="submit">
            Send
          </button>
        </form>
      ) : null}
    </section>
  );
}
