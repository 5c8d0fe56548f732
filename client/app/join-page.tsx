/**
 * The join page (/join/:code), where a QR code or a join link lands: the game's name, a name field
 * (remembered on this device) and one Join button. A browser that already holds a seat in the game goes
 * straight back into it. A Preact component with signals (the typed name and the error).
 */
import { gameInfo, normaliseCode } from "../net/http";
import { seatMemory } from "../net/seat-memory";
import { render } from "preact";
import { useEffect, useRef } from "preact/hooks";
import { useSignal } from "@preact/signals";
import { go } from "./landing";

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

/** The game's name and state, the name field (focused, a remembered name selected) and one Join button. */
function JoinForm({ code, info }: { code: string; info: Info }) {
  const name = useSignal(rememberedName());
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
 * Render the join page of `rawCode` into `root`. It lives in its own box (display: contents, so the page's
 * layout is unchanged): the other pages replace root's children and the game screen renders into root, and
 * neither should meet this page's Preact tree.
 */
export function joinPage(root: HTMLElement, rawCode: string): void {
  const code = normaliseCode(rawCode);
  if (seatMemory().seatToken(code)) {
    go(`/game/${code}`);
    return;
  }
  const box = document.createElement("div");
  box.className = "join-host";
  box.style.display = "contents";
  root.replaceChildren(box);
  render(<JoinPage code={code} />, box);
}
