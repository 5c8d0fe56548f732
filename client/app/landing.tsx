/** The landing page: Play solo · Host a workshop · Join with a code. A Preact component with signals (each form's values, the error, the hosted game). */
import qrcode from "qrcode-generator";
import type { ComponentChildren } from "preact";
import { useEffect, useMemo } from "preact/hooks";
import { useSignal } from "@preact/signals";
import type { Signal } from "@preact/signals";
import { createGame, gameInfo, normaliseCode } from "../net/http";
import { chosenBase, joinBases, rememberJoinBase } from "./join-address";
import { forgetGame, savedGames } from "./saved-games";
import type { SavedGame } from "./saved-games";
import { resetTutorial } from "./tutorial";
import { rememberedName, rememberName } from "./join-page";
import { PRESET_INDEX } from "../../shared/scenario/preset-index";
import { presetLabel } from "../../shared/describe/presets";
import { mountPage } from "./page-root";
import type { PageHandle } from "./page-root";

/** An option of a landing select. */
interface Choice {
  id: string;
  label: string;
}

/** The presets to host or play solo, with their labels (from the generated index, not the scenario files). */
const PRESETS = PRESET_INDEX.map((p) => ({ id: p.id, label: presetLabel(p, "host") }));
const SOLO_PRESETS = PRESET_INDEX.map((p) => ({ id: p.id, label: presetLabel(p, "solo") }));
/** Nations a solo player can take in each preset. */
const SOLO_NATIONS: Record<string, { id: string; name: string }[]> = Object.fromEntries(PRESET_INDEX.map((p) => [p.id, p.nations]));
const DIFFICULTY_OPTIONS = [
  { id: "normal", label: "Normal", hint: "Plays its personality well." },
  { id: "easy", label: "Easy", hint: "Makes beginner's mistakes." },
  { id: "hard", label: "Hard", hint: "Plans ahead with the rules engine." },
];
const TIMERS: Choice[] = [
  { id: "180", label: "3 minutes" },
  { id: "300", label: "5 minutes" },
  { id: "480", label: "8 minutes" },
  { id: "60", label: "1 minute" },
];
const ABSENT: Choice[] = [
  { id: "ai", label: "AI plays empty or absent nations" },
  { id: "hold", label: "Empty nations hold" },
];
type Difficulty = "easy" | "normal" | "hard";

/** Navigate within the single-page app. */
export function go(path: string): void {
  history.pushState({}, "", path);
  window.dispatchEvent(new PopStateEvent("popstate"));
}

/** A label around its control, with an optional hint line under it. */
function Field({ label, hint, children }: { label: string; hint?: ComponentChildren; children: ComponentChildren }) {
  return (
    <label class="field">
      <span>{label}</span>
      {children}
      {typeof hint === "string" ? <small class="muted">{hint}</small> : (hint ?? null)}
    </label>
  );
}

/** A select whose value lives in a signal. */
function Select({ name, options, value }: { name: string; options: Choice[]; value: Signal<string> }) {
  return (
    <select name={name} value={value.value} onChange={(e) => (value.value = e.currentTarget.value)}>
      {options.map((o) => (
        <option key={o.id} value={o.id}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

/** A line under a select that explains the chosen option (the option's own label stays short enough to show whole). */
function ChoiceHint({ value, options }: { value: Signal<string>; options: { id: string; hint: string }[] }) {
  return <small class="muted">{options.find((o) => o.id === value.value)?.hint ?? ""}</small>;
}

/** One game this browser played: its saved line, the server's current state, Resume and Forget. */
function SavedGameLine({ g, onForget }: { g: SavedGame; onForget(): void }) {
  const status = useSignal(" checking…");
  useEffect(() => {
    let live = true;
    gameInfo(g.code)
      .then((info) => {
        if (live) status.value = info ? ` — ${info.phase}, turn ${info.turn}` : " — ended or expired";
      })
      .catch(() => {
        if (live) status.value = "";
      });
    return () => {
      live = false;
    };
  }, [g.code]);
  return (
    <li>
      <strong>{g.code}</strong>
      {` · ${g.nationName} · ${g.scenario}${g.solo ? " (solo)" : ""} · turn ${g.turn} · ${new Date(g.savedAt).toLocaleString()}`}
      <span class="muted">{status}</span>{" "}
      <button class="btn small primary" onClick={() => go(`/game/${g.code}`)}>
        Resume
      </button>{" "}
      <button class="btn small ghost" onClick={onForget}>
        Forget
      </button>
    </li>
  );
}

/** The list of games this browser played, to resume after a break, a reload or a server restart. */
function YourGames() {
  const list = useSignal(savedGames());
  const tutorialReset = useSignal(false);
  if (list.value.length === 0) return null;
  return (
    <section class="panel saved" aria-label="Your games">
      <h2>Your games</h2>
      <ul>
        {list.value.map((g) => (
          <SavedGameLine
            key={g.code}
            g={g}
            onForget={() => {
              forgetGame(g.code);
              list.value = list.value.filter((x) => x.code !== g.code);
            }}
          />
        ))}
      </ul>
      <button
        class="btn ghost small"
        onClick={() => {
          resetTutorial();
          tutorialReset.value = true;
        }}
      >
        {tutorialReset.value ? "The tutorial will show again in your next solo game" : "Show the tutorial again"}
      </button>
    </section>
  );
}

/** The solo form: scenario, nation (the scenario's nations) and AI difficulty. */
function SoloForm({ error }: { error: Signal<string> }) {
  const preset = useSignal<string>(SOLO_PRESETS[0].id);
  const nation = useSignal(SOLO_NATIONS[SOLO_PRESETS[0].id][0]?.id ?? "");
  const difficulty = useSignal("normal");
  const nations = SOLO_NATIONS[preset.value];
  const choosePreset = (id: string): void => {
    preset.value = id;
    if (!SOLO_NATIONS[id].some((n) => n.id === nation.value)) nation.value = SOLO_NATIONS[id][0]?.id ?? "";
  };
  const solo = async (e: Event): Promise<void> => {
    e.preventDefault();
    try {
      const g = await createGame({
        scenario: preset.value,
        turnSeconds: 3600,
        absent: "ai",
        solo: { nation: nation.value, difficulty: difficulty.value as Difficulty },
      });
      sessionStorage.setItem("sar-name", "You");
      sessionStorage.setItem(`sar-solo-${g.code}`, nation.value);
      localStorage.setItem(`sar-solo-${g.code}`, nation.value);
      go(`/game/${g.code}`);
    } catch (err) {
      error.value = `Could not start a solo game: ${(err as Error).message}`;
    }
  };
  return (
    <form class="panel path" onSubmit={solo} aria-labelledby="solo-h">
      <h2 id="solo-h">Play solo</h2>
      <p class="muted">Against AI nations, each with its own personality. Start with the guided tutorial.</p>
      <Field label="Scenario">
        <select name="solo-preset" value={preset.value} onChange={(e) => choosePreset(e.currentTarget.value)}>
          {SOLO_PRESETS.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Your nation">
        <Select name="nation" options={nations.map((n) => ({ id: n.id, label: n.name }))} value={nation} />
      </Field>
      <Field label="AI difficulty" hint={<ChoiceHint value={difficulty} options={DIFFICULTY_OPTIONS} />}>
        <Select name="difficulty" options={DIFFICULTY_OPTIONS} value={difficulty} />
      </Field>
      <button class="btn primary big" type="submit">
        Play solo
      </button>
    </form>
  );
}

/** A hosted game's room code, join address (a choice when the server has several), QR code and the consoles to open. */
function Hosted({ code, bases }: { code: string; bases: string[] }) {
  const base = useSignal(chosenBase(code, bases));
  useEffect(() => rememberJoinBase(code, base.value), [code, base.value]);
  const url = `${base.value}/join/${code}`;
  const qr = useMemo(() => {
    const q = qrcode(0, "M");
    q.addData(url);
    q.make();
    return q.createDataURL(8, 8);
  }, [url]);
  return (
    <>
      <p>Room code</p>
      <div class="room-code" data-testid="room-code">
        {code}
      </div>
      {bases.length > 1 ? (
        <Field label="Address players use (this computer has several)">
          <Select name="join-base" options={bases.map((b) => ({ id: b, label: b }))} value={base} />
        </Field>
      ) : null}
      <div class="join-link">
        <p>
          {"Players open "}
          <strong data-testid="join-url">{url}</strong>
          {" or scan:"}
        </p>
        <img class="qr" data-testid="join-qr" data-url={url} src={qr} alt={`QR code for ${url}`} width={240} height={240} />
      </div>
      <button class="btn primary" onClick={() => go(`/game/${code}?role=facilitator`)}>
        Open the facilitator console
      </button>
      <button class="btn" onClick={() => window.open(`/projector/${code}`, "_blank")}>
        Open the projector view
      </button>
    </>
  );
}

/** The host form: scenario, timer, absent seats and more options; once created, the room code and join link under it. */
function HostForm({ error }: { error: Signal<string> }) {
  const preset = useSignal("workshop");
  const timer = useSignal("300");
  const absent = useSignal("ai");
  const difficulty = useSignal("normal");
  const turns = useSignal("");
  const seed = useSignal("");
  const team = useSignal("5");
  const file = useSignal<File | null>(null);
  const hosted = useSignal<{ code: string; bases: string[] } | null>(null);
  const host = async (e: Event): Promise<void> => {
    e.preventDefault();
    try {
      const f = file.value;
      let scenarioFile: unknown;
      if (f) {
        try {
          scenarioFile = JSON.parse(await f.text());
        } catch {
          error.value = `${f.name} is not valid JSON.`;
          return;
        }
      }
      const g = await createGame({
        scenario: preset.value,
        turnSeconds: Number(timer.value),
        absent: absent.value as "ai" | "hold",
        aiDifficulty: difficulty.value as Difficulty,
        teamSize: Number(team.value) || 5,
        ...(turns.value ? { turns: Number(turns.value) } : {}),
        ...(seed.value ? { seed: Number(seed.value) } : {}),
        ...(f ? { scenarioFile } : {}),
      });
      hosted.value = { code: g.code, bases: await joinBases() };
    } catch (err) {
      error.value = `Could not create the game: ${(err as Error).message}`;
    }
  };
  const text = (s: Signal<string>) => ({ value: s.value, onInput: (e: { currentTarget: HTMLInputElement }) => (s.value = e.currentTarget.value) });
  return (
    <form class="panel path" onSubmit={host} aria-labelledby="host-h">
      <h2 id="host-h">Host a workshop</h2>
      <Field label="Scenario">
        <Select name="preset" options={PRESETS} value={preset} />
      </Field>
      <Field label="Turn timer">
        <Select name="timer" options={TIMERS} value={timer} />
      </Field>
      <Field label="Absent seats">
        <Select name="absent" options={ABSENT} value={absent} />
      </Field>
      <details>
        <summary>More options</summary>
        <Field label="AI difficulty" hint={<ChoiceHint value={difficulty} options={DIFFICULTY_OPTIONS} />}>
          <Select name="ai-difficulty" options={DIFFICULTY_OPTIONS} value={difficulty} />
        </Field>
        <Field label="Number of turns">
          <input name="turns" type="number" min={1} max={40} placeholder="as the scenario" inputMode="numeric" {...text(turns)} />
        </Field>
        <Field label="Seed (replays exactly)">
          <input name="seed" type="number" min={0} placeholder="random" inputMode="numeric" {...text(seed)} />
        </Field>
        <Field label="People per nation">
          <input name="team" type="number" min={1} max={5} inputMode="numeric" {...text(team)} />
        </Field>
        <Field label="Or upload a scenario file (JSON)" hint="Checked on the server; every problem is listed">
          <input name="scenarioFile" type="file" accept=".json,application/json" onChange={(e) => (file.value = e.currentTarget.files?.[0] ?? null)} />
        </Field>
      </details>
      <button class="btn primary big" type="submit">
        Create the game
      </button>
      <div class="host-out">{hosted.value ? <Hosted key={hosted.value.code} code={hosted.value.code} bases={hosted.value.bases} /> : null}</div>
    </form>
  );
}

/** The join form: a room code and a name (remembered on this device); no name goes to the join page. */
function JoinForm({ error }: { error: Signal<string> }) {
  const code = useSignal("");
  const name = useSignal(rememberedName());
  const join = async (e: Event): Promise<void> => {
    e.preventDefault();
    const c = normaliseCode(code.value);
    if (c.length !== 5) {
      error.value = "A room code has 5 letters.";
      return;
    }
    const info = await gameInfo(c).catch(() => null);
    if (!info) {
      error.value = `There is no running game with code ${c}. Check the code with your facilitator.`;
      return;
    }
    if (!name.value.trim()) {
      go(`/join/${c}`);
      return;
    }
    rememberName(name.value.trim());
    go(`/game/${c}`);
  };
  return (
    <form class="panel path" onSubmit={join} aria-labelledby="join-h">
      <h2 id="join-h">Join with a code</h2>
      <Field label="Room code" hint="5 letters; lower case and spaces are fine">
        <input
          name="code"
          inputMode="text"
          autocomplete="off"
          placeholder="e.g. KXTPM"
          aria-label="Room code"
          maxLength={12}
          value={code.value}
          onInput={(e) => (code.value = e.currentTarget.value)}
        />
      </Field>
      <Field label="Your name">
        <input
          name="name"
          placeholder="Your name"
          aria-label="Your name"
          maxLength={40}
          value={name.value}
          onInput={(e) => (name.value = e.currentTarget.value)}
        />
      </Field>
      <button class="btn primary big" type="submit">
        Join
      </button>
    </form>
  );
}

/** The landing page's three paths, the error line, your games and the sources footer. */
function Landing() {
  const error = useSignal("");
  return (
    <div class="landing">
      <header class="hero">
        <h1>Sovereign AI Race</h1>
        <p class="lead">
          Nations race to build sovereign AI compute: fund data centres, choose US integrators or local partners, buy NVIDIA or AMD GPUs, fight for HBM memory —
          one quarter per turn, every number sourced.
        </p>
      </header>
      <div class="paths">
        <SoloForm error={error} />
        <HostForm error={error} />
        <JoinForm error={error} />
      </div>
      <p class="error" role="alert">
        {error}
      </p>
      <YourGames />
      <footer class="muted">
        {"Figures: sourced fact sheet (accelerators, HBM, data-centre costs, power, nation programmes, export controls) — "}
        <a
          href="/sources"
          onClick={(e) => {
            e.preventDefault();
            go("/sources");
          }}
        >
          see every source
        </a>
        . Press G in a game for the glossary.
      </footer>
    </div>
  );
}

/** Render the landing page into `root` (its own Preact root; the router stops it when it shows another page). */
export function landing(root: HTMLElement): PageHandle {
  return mountPage(root, <Landing />, "landing-host");
}
