/**
 * The join page (/join/:code), where a QR code or a join link lands: the game's name, a name field
 * (remembered on this device) and one Join button. A browser that already holds a seat in the game goes
 * straight back into it.
 */
import { gameInfo, normaliseCode } from "../net/http";
import { seatMemory } from "../net/seat-memory";
import { h, mount } from "./dom";
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

/** Render the join page of `rawCode` into `root`. */
export async function joinPage(root: HTMLElement, rawCode: string): Promise<void> {
  const code = normaliseCode(rawCode);
  if (seatMemory().seatToken(code)) {
    go(`/game/${code}`);
    return;
  }
  mount(root, h("div", { class: "panel center join-page" }, h("p", {}, `Looking up game ${code}…`)));
  const info = await gameInfo(code).catch(() => null);
  if (!info) {
    mount(
      root,
      h(
        "div",
        { class: "panel center join-page" },
        h("h1", {}, "Game not found"),
        h("p", { class: "error", role: "alert" }, `There is no running game with code ${code}. Check the code with your facilitator: codes are 5 letters.`),
        h("button", { class: "btn primary big", onclick: () => go("/") }, "Enter another code"),
      ),
    );
    return;
  }
  const error = h("p", { class: "error", role: "alert" });
  const name = h("input", {
    name: "name",
    id: "join-name",
    autocomplete: "nickname",
    maxlength: 40,
    "aria-required": "true",
    value: rememberedName(),
    placeholder: "First name or team name",
    enterkeyhint: "go",
  }) as HTMLInputElement;
  const submit = (e: Event): void => {
    e.preventDefault();
    const value = name.value.trim();
    if (!value) {
      error.textContent = "Type your name so the facilitator and your team know who joined.";
      name.focus();
      return;
    }
    rememberName(value);
    go(`/game/${code}`);
  };
  const running = info.phase !== "lobby";
  mount(
    root,
    h(
      "form",
      { class: "panel center join-page", onsubmit: submit, "aria-labelledby": "join-title" },
      h("h1", { id: "join-title" }, `Join ${info.scenario.name}`),
      h("p", { class: "muted" }, `Room ${code} · ${info.nations.length} nations · ${running ? `in progress, turn ${info.turn}` : "in the lobby"}`),
      running ? h("p", {}, "The game has started: once you join, the facilitator lets you in.") : null,
      h("label", { class: "field", for: "join-name" }, h("span", {}, "Your name"), name),
      h("button", { class: "btn primary big", type: "submit" }, "Join the game"),
      error,
    ),
  );
  name.focus();
  if (name.value) name.select();
}
