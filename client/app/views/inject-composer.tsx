/**
 * The facilitator's inject composer: a deck event or a custom one, previewed on every nation, played now or scheduled.
 * A Preact component: the form's values live in its state (they survive every server update); the preview and the
 * acknowledgement arrive through the store (`RoomStore.inject`).
 */
import { useEffect, useState } from "preact/hooks";
import type { EventCard, Effect } from "../../../shared/engine/state";
import type { InjectPreviewMsg } from "../../../shared/protocol/s2c";
import type { FacilitatorMsg } from "../../../shared/protocol/messages";
import { BASE_DECK } from "../../../shared/engine/deck";
import { noImpactLine } from "../../../shared/describe/effects";
import { idx, pf, usd } from "../format";

/** What the server last answered the composer: a preview of an inject, or that one was recorded; null before either. */
export type InjectOut = { preview: InjectPreviewMsg } | { recorded: true } | null;

const EFFECTS: [Effect["kind"], string][] = [
  ["treasury", "Treasury (US$ M)"],
  ["support", "Public support (points)"],
  ["expertise", "Expertise (points)"],
  ["licence_volume", "US licence volumes (× factor, 0.3–1.5)"],
  ["licence_review", "Suspend US licences (quarters)"],
  ["power_price", "Power price (× factor)"],
  ["hbm_supply", "HBM supply (× factor, 2 quarters)"],
  ["gpu_price", "GPU prices (× factor, 2 quarters)"],
  ["rent_price", "GPU rental price (× factor)"],
];

function effectOf(kind: Effect["kind"], nations: string[], value: number): Effect {
  switch (kind) {
    case "treasury":
      return { kind, nations, delta: value };
    case "support":
      return { kind, nations, delta: value };
    case "expertise":
      return { kind, nations, delta: value };
    case "licence_volume":
      return { kind, nations, factor: Math.min(1.5, Math.max(0.3, value)) };
    case "licence_review":
      return { kind, nations, quarters: Math.min(8, Math.max(1, Math.round(value))) };
    case "power_price":
      return { kind, nations, factor: value };
    case "hbm_supply":
      return { kind, factor: value, quarters: 2 };
    case "gpu_price":
      return { kind, maker: "all", factor: value, quarters: 2 };
    default:
      return { kind: "rent_price", factor: value };
  }
}

const HEADS = ["Nation", "Treasury", "Compute", "GPUs delayed", "Orders at risk", "Sovereignty", "Score"];

/** The preview: the event's effects in words, then each nation's impact against the same quarters without it. */
function Preview({ p, nations }: { p: InjectPreviewMsg; nations: { id: string; name: string }[] }) {
  const span = p.quarters === 1 ? "this quarter" : `over the ${p.quarters} quarters it lasts (holding after this quarter)`;
  return (
    <>
      <ul class="inject-effects">
        {p.effects.map((e, i) => (
          <li key={i}>{e}</li>
        ))}
      </ul>
      <table class="overview">
        <caption>{`If "${p.card.headline}" is played now, ${span}, against the same quarters without it:`}</caption>
        <thead>
          <tr>
            {HEADS.map((x) => (
              <th key={x}>{x}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {p.impact.map((d) => {
            const name = <td data-label="Nation">{nations.find((n) => n.id === d.nation)?.name ?? d.nation}</td>;
            const none = noImpactLine(p.card, d);
            if (none && usd(d.treasury) === usd(0) && d.score === 0)
              return (
                <tr key={d.nation} class="no-impact">
                  {name}
                  <td colSpan={6} data-label="Impact">
                    {none}
                  </td>
                </tr>
              );
            if (none)
              return (
                <tr key={d.nation} class="no-impact">
                  {name}
                  <td data-label="Treasury">{usd(d.treasury)}</td>
                  <td colSpan={4} data-label="Impact">
                    {none}
                  </td>
                  <td data-label="Score">{String(d.score)}</td>
                </tr>
              );
            return (
              <tr key={d.nation}>
                {name}
                <td data-label="Treasury">{usd(d.treasury)}</td>
                <td data-label="Compute">{pf(d.effectiveCompute)}</td>
                <td data-label="GPUs delayed">{d.gpusDelayed.toLocaleString("en-US")}</td>
                <td data-label="Orders at risk">{String(d.ordersAtRisk)}</td>
                <td data-label="Sovereignty">{idx(d.sovereignty)}</td>
                <td data-label="Score">{String(d.score)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}

/** Props: the game's nations, the current turn, the server's last answer, and the facilitator command to send. */
export interface InjectComposerProps {
  nations: { id: string; name: string }[];
  turn: number;
  out: InjectOut;
  send(cmd: FacilitatorMsg): void;
}

/** The composer (a closed <details> at first); its turn follows the current turn unless the facilitator chose a later one. */
export function InjectComposer({ nations, turn, out, send }: InjectComposerProps) {
  const [source, setSource] = useState("custom");
  const [headline, setHeadline] = useState("Emergency budget");
  const [text, setText] = useState("The government announces extra funding.");
  const [kind, setKind] = useState<Effect["kind"]>("treasury");
  const [target, setTarget] = useState("*");
  const [value, setValue] = useState("200");
  const [when, setWhen] = useState({ value: String(turn), touched: false });
  // Keep the turn on the current turn as the game moves on (never earlier; a later turn the facilitator chose stays).
  useEffect(() => {
    if (!when.touched || Number(when.value) < turn) setWhen({ value: String(turn), touched: false });
  }, [turn]);
  const card = (): { deckId?: string; card?: EventCard } =>
    source !== "custom"
      ? { deckId: source }
      : {
          card: {
            id: `custom-${Date.now() % 1e6}`,
            headline: headline.trim() || "Facilitator event",
            text: text.trim() || "Announced by the facilitator.",
            realWorld: "Facilitator inject",
            sources: ["facilitator"],
            effects: [effectOf(kind, [target], Number(value))],
          },
        };
  return (
    <details class="inject">
      <summary>Inject an event</summary>
      <select name="source" aria-label="Event" value={source} onChange={(e) => setSource(e.currentTarget.value)}>
        <option value="custom">Custom event…</option>
        {BASE_DECK.map((c) => (
          <option key={c.id} value={c.id}>
            {c.headline}
          </option>
        ))}
      </select>
      <div class="custom" hidden={source !== "custom"}>
        <input name="headline" placeholder="Headline" maxLength={120} value={headline} onInput={(e) => setHeadline(e.currentTarget.value)} />
        <input name="text" placeholder="What happened" maxLength={600} value={text} onInput={(e) => setText(e.currentTarget.value)} />
        <select name="kind" value={kind} onChange={(e) => setKind(e.currentTarget.value as Effect["kind"])}>
          {EFFECTS.map(([k, l]) => (
            <option key={k} value={k}>
              {l}
            </option>
          ))}
        </select>
        <select name="target" value={target} onChange={(e) => setTarget(e.currentTarget.value)}>
          <option value="*">Every nation</option>
          {nations.map((n) => (
            <option key={n.id} value={n.id}>
              {n.name}
            </option>
          ))}
        </select>
        <input name="value" type="number" step="any" value={value} onInput={(e) => setValue(e.currentTarget.value)} />
      </div>
      <div class="controls">
        <button class="btn" onClick={() => send({ cmd: "preview_inject", ...card() })}>
          Preview impact
        </button>
        <label class="field inline">
          <span>Turn</span>
          <input
            name="turn"
            type="number"
            min={turn}
            step={1}
            aria-label="Turn"
            value={when.value}
            onInput={(e) => setWhen({ value: e.currentTarget.value, touched: true })}
          />
        </label>
        <button class="btn primary" onClick={() => send({ cmd: "inject", ...card(), turn: Number(when.value) })}>
          Inject
        </button>
      </div>
      <div class="inject-out" role="status">
        {out && "preview" in out ? <Preview p={out.preview} nations={nations} /> : null}
        {out && "recorded" in out ? <p>Inject recorded: it plays at the resolution of the chosen turn and is kept in the game log.</p> : null}
      </div>
    </details>
  );
}
