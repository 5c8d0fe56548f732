/** The landing page: Play solo · Host a workshop · Join with a code. */
import qrcode from "qrcode-generator";
import { createGame, gameInfo, normaliseCode } from "../net/http";
import { serverUrl } from "../net/endpoint";
import { h, mount } from "./dom";
import { forgetGame, savedGames } from "./saved-games";
import { resetTutorial } from "./tutorial";
import { rememberedName, rememberName } from "./join-page";
import { PRESET_INDEX } from "../../shared/scenario/preset-index";
import { presetLabel } from "../../shared/describe/presets";

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

/** True when the page was opened on this machine's loopback address, which other devices cannot reach. */
function onLoopback(): boolean {
  return /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(location.hostname);
}

/**
 * Addresses players can open, best first: the server's LAN addresses when the host opened localhost
 * (phones in the room cannot reach localhost), otherwise the address the host used.
 */
export async function joinBases(): Promise<string[]> {
  if (!onLoopback()) return [location.origin];
  const lan = await fetch(`${serverUrl()}/api/lan`)
    .then((r) => (r.ok ? (r.json() as Promise<{ urls: string[] }>) : { urls: [] }))
    .catch(() => ({ urls: [] as string[] }));
  return lan.urls.length > 0 ? lan.urls : [location.origin];
}

/** Navigate within the single-page app. */
export function go(path: string): void {
  history.pushState({}, "", path);
  window.dispatchEvent(new PopStateEvent("popstate"));
}

function field(label: string, control: HTMLElement, hint?: string | HTMLElement): HTMLElement {
  return h("label", { class: "field" }, h("span", {}, label), control, typeof hint === "string" ? h("small", { class: "muted" }, hint) : (hint ?? null));
}

/** A line under a select that explains the chosen option (the option's own label stays short enough to show whole). */
function choiceHint(sel: HTMLSelectElement, options: { id: string; hint: string }[]): HTMLElement {
  const el = h("small", { class: "muted" });
  const show = (): void => {
    el.textContent = options.find((o) => o.id === sel.value)?.hint ?? "";
  };
  sel.addEventListener("change", show);
  show();
  return el;
}

function select(name: string, options: { id: string; label: string }[]): HTMLSelectElement {
  return h("select", { name }, ...options.map((o) => h("option", { value: o.id }, o.label)));
}

/** The list of games this browser played, to resume after a break, a reload or a server restart. */
function yourGames(): HTMLElement | null {
  const list = savedGames();
  if (list.length === 0) return null;
  const box = h("section", { class: "panel saved", "aria-label": "Your games" }, h("h2", {}, "Your games"));
  const ul = h("ul", {});
  for (const g of list) {
    const status = h("span", { class: "muted" }, " checking…");
    const li = h(
      "li",
      {},
      h("strong", {}, g.code),
      ` · ${g.nationName} · ${g.scenario}${g.solo ? " (solo)" : ""} · turn ${g.turn} · ${new Date(g.savedAt).toLocaleString()}`,
      status,
      " ",
      h("button", { class: "btn small primary", onclick: () => go(`/game/${g.code}`) }, "Resume"),
      " ",
      h(
        "button",
        {
          class: "btn small ghost",
          onclick: () => {
            forgetGame(g.code);
            li.remove();
          },
        },
        "Forget",
      ),
    );
    ul.append(li);
    void gameInfo(g.code)
      .then((info) => {
        status.textContent = info ? ` — ${info.phase}, turn ${info.turn}` : " — ended or expired";
      })
      .catch(() => {
        status.textContent = "";
      });
  }
  box.append(
    ul,
    h(
      "button",
      {
        class: "btn ghost small",
        onclick: (e: Event) => {
          resetTutorial();
          (e.target as HTMLButtonElement).textContent = "The tutorial will show again in your next solo game";
        },
      },
      "Show the tutorial again",
    ),
  );
  return box;
}

/** Render the landing page into `root`. */
export function landing(root: HTMLElement): void {
  const error = h("p", { class: "error", role: "alert" });
  const codeInput = h("input", { name: "code", inputmode: "text", autocomplete: "off", placeholder: "e.g. KXTPM", "aria-label": "Room code", maxlength: 12 });
  const nameInput = h("input", { name: "name", placeholder: "Your name", "aria-label": "Your name", maxlength: 40, value: rememberedName() });
  const join = async (e: Event): Promise<void> => {
    e.preventDefault();
    const code = normaliseCode(codeInput.value);
    if (code.length !== 5) {
      error.textContent = "A room code has 5 letters.";
      return;
    }
    const info = await gameInfo(code).catch(() => null);
    if (!info) {
      error.textContent = `There is no running game with code ${code}. Check the code with your facilitator.`;
      return;
    }
    if (!nameInput.value.trim()) {
      go(`/join/${code}`);
      return;
    }
    rememberName(nameInput.value.trim());
    go(`/game/${code}`);
  };

  const hostPreset = select("preset", PRESETS);
  hostPreset.value = "workshop";
  const timer = select("timer", [
    { id: "180", label: "3 minutes" },
    { id: "300", label: "5 minutes" },
    { id: "480", label: "8 minutes" },
    { id: "60", label: "1 minute" },
  ]);
  timer.value = "300";
  const absent = select("absent", [
    { id: "ai", label: "AI plays empty or absent nations" },
    { id: "hold", label: "Empty nations hold" },
  ]);
  const hostDifficulty = select("ai-difficulty", DIFFICULTY_OPTIONS);
  const turns = h("input", { name: "turns", type: "number", min: 1, max: 40, placeholder: "as the scenario", inputmode: "numeric" });
  const seed = h("input", { name: "seed", type: "number", min: 0, placeholder: "random", inputmode: "numeric" });
  const team = h("input", { name: "team", type: "number", min: 1, max: 5, value: 5, inputmode: "numeric" });
  const upload = h("input", { name: "scenarioFile", type: "file", accept: ".json,application/json" });
  const hostOut = h("div", { class: "host-out" });
  const host = async (e: Event): Promise<void> => {
    e.preventDefault();
    try {
      const file = upload.files?.[0];
      let scenarioFile: unknown;
      if (file) {
        try {
          scenarioFile = JSON.parse(await file.text());
        } catch {
          error.textContent = `${file.name} is not valid JSON.`;
          return;
        }
      }
      const g = await createGame({
        scenario: hostPreset.value,
        turnSeconds: Number(timer.value),
        absent: absent.value as "ai" | "hold",
        aiDifficulty: hostDifficulty.value as "easy" | "normal" | "hard",
        teamSize: Number(team.value) || 5,
        ...(turns.value ? { turns: Number(turns.value) } : {}),
        ...(seed.value ? { seed: Number(seed.value) } : {}),
        ...(file ? { scenarioFile } : {}),
      });
      const bases = await joinBases();
      const link = h("div", { class: "join-link" });
      const showLink = (base: string): void => {
        const url = `${base}/join/${g.code}`;
        const qr = qrcode(0, "M");
        qr.addData(url);
        qr.make();
        mount(
          link,
          h("p", {}, "Players open ", h("strong", { "data-testid": "join-url" }, url), " or scan:"),
          h("img", { class: "qr", "data-testid": "join-qr", "data-url": url, src: qr.createDataURL(8, 8), alt: `QR code for ${url}`, width: 240, height: 240 }),
        );
      };
      const choice =
        bases.length > 1
          ? select(
              "join-base",
              bases.map((b) => ({ id: b, label: b })),
            )
          : null;
      choice?.addEventListener("change", () => showLink(choice.value));
      showLink(bases[0]);
      mount(
        hostOut,
        h("p", {}, "Room code"),
        h("div", { class: "room-code", "data-testid": "room-code" }, g.code),
        choice ? field("Address players use (this computer has several)", choice) : null,
        link,
        h("button", { class: "btn primary", onclick: () => go(`/game/${g.code}?role=facilitator`) }, "Open the facilitator console"),
        h("button", { class: "btn", onclick: () => window.open(`/projector/${g.code}`, "_blank") }, "Open the projector view"),
      );
    } catch (err) {
      error.textContent = `Could not create the game: ${(err as Error).message}`;
    }
  };

  const soloPreset = select("solo-preset", SOLO_PRESETS);
  const soloNation = select("nation", []);
  const fillNations = (): void => {
    const keep = soloNation.value;
    soloNation.replaceChildren(...SOLO_NATIONS[soloPreset.value].map((n) => h("option", { value: n.id }, n.name)));
    if (SOLO_NATIONS[soloPreset.value].some((n) => n.id === keep)) soloNation.value = keep;
  };
  fillNations();
  soloPreset.addEventListener("change", fillNations);
  const difficulty = select("difficulty", DIFFICULTY_OPTIONS);
  const solo = async (e: Event): Promise<void> => {
    e.preventDefault();
    try {
      const g = await createGame({
        scenario: soloPreset.value,
        turnSeconds: 3600,
        absent: "ai",
        solo: { nation: soloNation.value, difficulty: difficulty.value as "easy" | "normal" | "hard" },
      });
      sessionStorage.setItem("sar-name", "You");
      sessionStorage.setItem(`sar-solo-${g.code}`, soloNation.value);
      localStorage.setItem(`sar-solo-${g.code}`, soloNation.value);
      go(`/game/${g.code}`);
    } catch (err) {
      error.textContent = `Could not start a solo game: ${(err as Error).message}`;
    }
  };

  mount(
    root,
    h(
      "div",
      { class: "landing" },
      h(
        "header",
        { class: "hero" },
        h("h1", {}, "Sovereign AI Race"),
        h(
          "p",
          { class: "lead" },
          "Nations race to build sovereign AI compute: fund data centres, choose US integrators or local partners, buy NVIDIA or AMD GPUs, fight for HBM memory — one quarter per turn, every number sourced.",
        ),
      ),
      h(
        "div",
        { class: "paths" },
        h(
          "form",
          { class: "panel path", onsubmit: solo, "aria-labelledby": "solo-h" },
          h("h2", { id: "solo-h" }, "Play solo"),
          h("p", { class: "muted" }, "Against AI nations, each with its own personality. Start with the guided tutorial."),
          field("Scenario", soloPreset),
          field("Your nation", soloNation),
          field("AI difficulty", difficulty, choiceHint(difficulty, DIFFICULTY_OPTIONS)),
          h("button", { class: "btn primary big", type: "submit" }, "Play solo"),
        ),
        h(
          "form",
          { class: "panel path", onsubmit: host, "aria-labelledby": "host-h" },
          h("h2", { id: "host-h" }, "Host a workshop"),
          field("Scenario", hostPreset),
          field("Turn timer", timer),
          field("Absent seats", absent),
          h(
            "details",
            {},
            h("summary", {}, "More options"),
            field("AI difficulty", hostDifficulty, choiceHint(hostDifficulty, DIFFICULTY_OPTIONS)),
            field("Number of turns", turns),
            field("Seed (replays exactly)", seed),
            field("People per nation", team),
            field("Or upload a scenario file (JSON)", upload, "Checked on the server; every problem is listed"),
          ),
          h("button", { class: "btn primary big", type: "submit" }, "Create the game"),
          hostOut,
        ),
        h(
          "form",
          { class: "panel path", onsubmit: join, "aria-labelledby": "join-h" },
          h("h2", { id: "join-h" }, "Join with a code"),
          field("Room code", codeInput, "5 letters; lower case and spaces are fine"),
          field("Your name", nameInput),
          h("button", { class: "btn primary big", type: "submit" }, "Join"),
        ),
      ),
      error,
      yourGames(),
      h(
        "footer",
        { class: "muted" },
        "Figures: sourced fact sheet (accelerators, HBM, data-centre costs, power, nation programmes, export controls) — ",
        h(
          "a",
          {
            href: "/sources",
            onclick: (e: Event) => {
              e.preventDefault();
              go("/sources");
            },
          },
          "see every source",
        ),
        ". Press G in a game for the glossary.",
      ),
    ),
  );
}
