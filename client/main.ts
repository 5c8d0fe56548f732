/** Browser entry: fonts, styles and a tiny router for /, /join/:code (asks a name), /game/:code, /projector/:code and /sources. */
import "@fontsource/inter/400.css";
import "@fontsource/inter/600.css";
import "./app/style.css";
import { landing } from "./app/landing";
import { GameScreen } from "./app/game-screen";
import { debriefPage } from "./app/debrief-page";
import { sourcesPage } from "./app/sources-page";
import { joinPage } from "./app/join-page";

const app = document.getElementById("app")!;
const map = document.getElementById("map")!;
let screen: GameScreen | null = null;

function route(): void {
  screen?.stop();
  screen = null;
  const path = location.pathname;
  const debrief = /^\/debrief\/([A-Za-z]{5})\/?$/.exec(path);
  if (/^\/sources\/?$/.test(path)) { document.body.dataset.page = "sources"; map.replaceChildren(); void sourcesPage(app); return; }
  if (debrief) { document.body.dataset.page = "debrief"; map.replaceChildren(); void debriefPage(app, debrief[1].toUpperCase()); return; }
  const game = /^\/(game|join|projector|facilitator)\/([A-Za-z]{5})\/?$/.exec(path);
  document.body.dataset.page = game ? game[1] : "landing";
  if (!game) { map.replaceChildren(); landing(app); return; }
  const code = game[2].toUpperCase();
  const role = game[1] === "projector" ? "projector" : game[1] === "facilitator" ? "facilitator" : new URLSearchParams(location.search).get("role") === "facilitator" ? "facilitator" : "player";
  if (game[1] === "join") { void joinPage(app, code); return; }
  screen = new GameScreen(app, map, code, role);
  void screen.start();
}

window.addEventListener("popstate", route);
route();
