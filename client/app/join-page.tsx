/**
 * The join page (/join/:code), where a QR code or a join link lands: the game's name, a name field
 * (remembered on this device) and one Join button. A browser that already holds a seat in the game goes
 * straight back into it. An optional nation choice: a nation whose team is at its limit (the server's `full`)
 * is shown "(full)" and cannot be picked. A Preact component with signals (the typed name, the nation, the error).
 */
import { gameInfo, normaliseCode } from "../net/http";
import { seatMemory } from "../net/seat-memory";
import { useEffect, useRef } from "preact/hooks";
import { useSignal } from "@preact/signals";
import { go } from "./landing";
import { choiceLabel, fullReason } from "./views/team";
import { rememberWish } from "./join-wish";
import { mountPage } from "./page-root";
import type { PageHandle } from "./page-root";

/** Where this device remembers the player's name between games. */
const NAME_KEY = "sar-player-name";

/** The name this device used last time, or "". */
export function rememberedName(): string {
  try {
    return localStorage.getItem(NAME_KEY) ?? "";
  } catch {
    return "";
  }
}

/** Remember the player's name on this device and for this tab's next join. */
export function rememberName(name: string): void {
  sessionStorage.setItem("sar-name", name);
  try {
    localStorage.setItem(NAME_KEY, name);
  } catch {
    /* private mode: the tab still has it */
  }
}

type Info = NonNullable<Awaited<ReturnType<typeof gameInfo>>>;

/** The optional nation choice: radio buttons, a full nation disabled with the reason as its description. */
function NationChoice({ info, nation }: { info: Info; nation: { value: string } }) {
  return (
    <fieldset class="join-nations">
      <legend>Your nation (optional)</legend>
      <label class="join-nation">
        <input type="radio" name="nation" value="" checked={nation.value === ""} onChange={() => (nation.value = "")} />
        <span>Choose in the lobby</span>
      </label>
      {info.nations.map((n) => {
        const full = n.full;
        return (
          <label key={n.id} class={`join-nation ${full ? "full" : ""}`}>
            <input
              type="radio"
              name="nation"
              value={n.id}
              disabled={full}
              checked={nation.value === n.id}
              aria-describedby={full ? `join-full-${n.id}` : undefined}
              onChange={() => (nation.value = n.id)}
            />
            <span class="swatch" style={`background:${n.colour}`} />
            <span>{choiceLabel(n.name, full)}</span>
            {full ? (
              <span class="muted sr-only" id={`join-full-${n.id}`}>
                {fullReason(n.name, info.teamSize)}
              </span>
            ) : null}
          </label>
        );
      })}
    </fieldset>
  );
}

/** The game's name and state, the name field (focused, a remembered name selected) and one Join button. */
function JoinForm({ code, info }: { code: string; info: Info }) {
  const name = useSignal(rememberedName());
  const nation = useSignal("");
  const error = useSignal("");
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const el = input.current;
    el?.focus();
    if (el?.value) el.select();
  }, []);
  const submit = (e: Event): void => {
    e.preventDefault();
    const value = name.value.trim();
    if (!value) {
      error.value = "Type your name so the facilitator and your team know who joined.";
      input.current?.focus();
      return;
    }
    rememberName(value);
    rememberWish(code, nation.value || null);
    go(`/game/${code}`);
  };
  const running = info.phase !== "lobby";
  return (
    <form class="panel center join-page" onSubmit={submit} aria-labelledby="join-title">
      <h1 id="join-title">{`Join ${info.scenario.name}`}</h1>
      <p class="muted">{`Room ${code} · ${info.nations.length} nations · ${running ? `in progress, turn ${info.turn}` : "in the lobby"}`}</p>
      {running ? <p>The game has started: once you join, the facilitator lets you in.</p> : null}
      <label class="field" for="join-name">
        <span>Your name</span>
        <input
          ref={input}
          name="name"
          id="join-name"
          autocomplete="nickname"
          maxLength={40}
          aria-required="true"
          value={name.value}
          onInput={(e) => (name.value = e.currentTarget.value)}
          placeholder="First name or team name"
          enterkeyhint="go"
        />
      </label>
      <NationChoice info={info} nation={nation} />
      <button class="btn primary big" type="submit">
        Join the game
      </button>
      <p class="error" role="alert">
        {error}
      </p>
    </form>
  );
}

/** The page: looking the game up, then the form, or "Game not found" with a way back. */
function JoinPage({ code }: { code: string }) {
  const info = useSignal<Info | null | undefined>(undefined);
  useEffect(() => {
    gameInfo(code).then(
      (i) => (info.value = i ?? null),
      () => (info.value = null),
    );
  }, [code]);
  if (info.value === undefined)
    return (
      <div class="panel center join-page">
        <p>{`Looking up game ${code}…`}</p>
      </div>
    );
  if (info.value === null)
    return (
      <div class="panel center join-page">
        <h1>Game not found</h1>
        <p class="error" role="alert">{`There is no running game with code ${code}. Check the code with your facilitator: codes are 5 letters.`}</p>
        <button class="btn primary big" onClick={() => go("/")}>
          Enter another code
        </button>
      </div>
    );
  return <JoinForm code={code} info={info.value} />;
}

/**
 * Show the join page of `rawCode` as a page of its own root (page-root.ts, like the landing, debrief and Sources pages): the router
 * stops the handle on the next route, which unmounts the tree. A browser that already holds a seat goes straight back into the game (null).
 */
export function joinPage(root: HTMLElement, rawCode: string): PageHandle | null {
  const code = normaliseCode(rawCode);
  if (seatMemory().seatToken(code)) {
    go(`/game/${code}`);
    return null;
  }
  return mountPage(root, <JoinPage code={code} />, "join-host");
}
