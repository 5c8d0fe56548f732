/**
 * Browser entry: fonts, styles and a tiny router for /, /join/:code (asks a name), /game/:code,
 * /projector/:code, /debrief/:code and /sources. Only the landing and join pages ship in the first
 * chunk; the game page (Phaser, the engine, the panels), the debrief and the Sources page load on demand.
 */
import "@fontsource/inter/400.css";
import "@fontsource/inter/600.css";
import "./app/style.css";
import "./app/screen.css";
import { landing } from "./app/landing";
import { joinPage } from "./app/join-page";

const app = document.getElementById("app")!;
const map = document.getElementById("map")!;
/** The page on show, if it has something to stop (the game page). */
let screen: { stop(): void } | null = null;
/** Bumped on every route, so a page that finished loading after the user moved on is not shown. */
let generation = 0;

async function route(): Promise<void> {
  screen?.stop();
  screen = null;
  const mine = ++generation;
  window.scrollTo(0, 0);
  const path = location.pathname;
  const debrief = /^\/debrief\/([A-Za-z]{5})\/?$/.exec(path);
  if (/^\/sources\/?$/.test(path)) {
    document.body.dataset.page = "sources";
    map.replaceChildren();
    const { sourcesPage } = await import("./app/sources-page");
    if (mine === generation) screen = sourcesPage(app);
    return;
  }
  if (debrief) {
    document.body.dataset.page = "debrief";
    map.replaceChildren();
    const { debriefPage } = await import("./app/debrief-page");
    if (mine === generation) screen = debriefPage(app, debrief[1].toUpperCase());
    return;
  }
  const game = /^\/(game|join|projector|facilitator)\/([A-Za-z]{5})\/?$/.exec(path);
  document.body.dataset.page = game ? game[1] : "landing";
  if (!game) {
    map.replaceChildren();
    screen = landing(app);
    return;
  }
  const code = game[2].toUpperCase();
  const role =
    game[1] === "projector"
      ? "projector"
      : game[1] === "facilitator"
        ? "facilitator"
        : new URLSearchParams(location.search).get("role") === "facilitator"
          ? "facilitator"
          : "player";
  if (game[1] === "join") {
    map.replaceChildren();
    screen = joinPage(app, code);
    return;
  }
  const { GameScreen } = await import("./app/game-screen");
  if (mine !== generation) return;
  const s = new GameScreen(app, map, code, role);
  screen = s;
  void s.start();
}

window.addEventListener("popstate", () => void route());
void route();
