/**
 * The game page for every role: lobby (choose a nation), the game (turn bar, dashboard, map, news,
 * leaderboard, orders drawer), the facilitator's controls, the projector view and the end screen.
 * The page holds the connection, the map and the page-level roots (results, toasts, broadcast banner); the Preact tree in views/game-view.tsx
 * renders the store (signals) and sends intents through ScreenActions. Outcomes come from the server.
 */
import { render as renderTree } from "preact";
import type { GameConnection } from "../net/api";
import { joinGame, memoryStorage, resumeSeat } from "../net/api";
import { seatMemory } from "../net/seat-memory";
import type { RoomModel } from "../../shared/protocol/room-model";
import type { WorldScene } from "./map";
import { focusMap, pulseSites, startMap } from "./map";
import { Dialogs, openGlossary, openShortcuts, removeDialogs } from "./dialogs";
import { renderResults } from "./ui/results-screen";
import { clearToasts, flashToast, noticeToast } from "./ui/toasts";
import { BroadcastBanner } from "./views/broadcast-banner";
import type { BannerMemory } from "./views/broadcast-banner";
import { eventContext } from "../../shared/describe/events";
import { rememberGame } from "./saved-games";
import { takeWish } from "./join-wish";
import { runTutorial, stopTutorial } from "./tutorial";
import type { TutorialHost } from "./tutorial";
import { effect } from "@preact/signals";
import { go } from "./landing";
import { RoomStore } from "./views/store";
import type { SheetTab } from "./views/store";
import type { ScreenActions } from "./views/actions";
import { GameView } from "./views/game-view";
import { DealsState } from "./views/deal-state";
import { installRenderProbe } from "./views/render-probe";
export { clockUrgent } from "./views/turn-bar";

type Role = "player" | "facilitator" | "projector";

/** True on a touch-first device (no key hints, bigger targets). */
const coarse = (): boolean => typeof matchMedia === "function" && matchMedia("(pointer: coarse)").matches;

/** One game page. */
export class GameScreen {
  private conn: GameConnection | null = null;
  private world: WorldScene | null = null;
  private tick: ReturnType<typeof setInterval> | null = null;
  private soloStarted = false;
  private tutorialShown = false;
  private readonly store = new RoomStore();
  private readonly onKey = (e: KeyboardEvent): void => this.key(e);

  /** The deals panel's draft, open thread and negotiation table, kept for the page. */
  private readonly deals = new DealsState();

  constructor(
    private readonly root: HTMLElement,
    private readonly mapEl: HTMLElement,
    private readonly code: string,
    private readonly role: Role,
  ) {
    const send = async (o: Parameters<GameConnection["addOrder"]>[0]): Promise<{ ok: true } | { ok: false; message: string }> => {
      const r = await this.conn!.addOrder(o);
      return r.ok ? { ok: true } : { ok: false, message: r.message };
    };
    this.send = send;
  }

  private readonly send: (o: Parameters<GameConnection["addOrder"]>[0]) => Promise<{ ok: true } | { ok: false; message: string }>;

  /** True when this tab plays a solo game (one human against AI nations). */
  private get solo(): boolean {
    return sessionStorage.getItem(`sar-solo-${this.code}`) !== null || localStorage.getItem(`sar-solo-${this.code}`) !== null;
  }

  /** A non-blocking notice (an incoming proposal, an answer) that offers to open the deals (ui/toasts.tsx). */
  private notice(text: string): void {
    noticeToast(text, () => this.openDeals());
  }

  private openDeals(): void {
    this.openSheet("deals");
  }

  /** Open a tab of the phone's bottom sheet (or the matching orders tab on a laptop); null collapses the sheet. */
  private openSheet(tab: SheetTab | null): void {
    this.store.sheet.value = tab;
    if (tab === "deals") this.store.ordersTab.value = "deals";
    else if (tab === "orders" && ["deals", "quotes", "licence"].includes(this.store.ordersTab.value)) this.store.ordersTab.value = "gpus";
    const sheet = document.getElementById("sheet");
    if (sheet) sheet.scrollTop = 0;
    if (tab === "deals" || tab === "orders") document.getElementById("orders")?.scrollIntoView({ block: "nearest" });
  }

  private readonly actions: ScreenActions = {
    ready: () => this.ready(),
    chooseSeat: (n) => this.conn?.chooseSeat(n),
    facilitator: (c) => this.conn?.facilitator(c),
    chat: (to, text) => this.conn?.chat(to, text),
    glossary: () => openGlossary(),
    shortcuts: () => openShortcuts(),
    openDeals: () => this.openDeals(),
    go: (path) => go(path),
    answerCheck: (stage, answers) => this.conn!.answerCheck(stage, answers),
    addOrder: (o) => this.send(o),
    requestQuote: (r, a) => this.conn!.requestQuote(r, a),
    requestLicence: (r, a) => this.conn!.requestLicence(r, a),
    removeOrder: (i) => this.conn?.removeOrder(this.conn.model().view!.turn, i),
    proposeDeal: (to, quarters, items, replyTo) => this.conn!.proposeDeal(to, quarters, items, replyTo),
    respondDeal: (id, accept) => this.conn!.respondDeal(id, accept),
  };

  private resultsHost: HTMLElement | null = null;
  /** Connect (resuming this browser's seat when it has one) and start rendering. */
  async start(): Promise<void> {
    this.root.replaceChildren();
    renderTree(
      <div class="panel center">
        <p>{this.solo ? "Starting your solo game…" : `Joining game ${this.code}…`}</p>
      </div>,
      this.root,
    );
    try {
      const resumed = this.role === "player" ? await resumeSeat(this.code).catch(() => null) : null;
      this.conn =
        resumed ??
        (await joinGame(this.code, {
          role: this.role,
          name: this.role === "facilitator" ? "Facilitator" : (sessionStorage.getItem("sar-name") ?? (this.role === "projector" ? "Projector" : "Player")),
        }));
      // The nation chosen on the join page: asked for once, as a choice in the lobby or a wish at the door (the server decides; a full one is refused with a message).
      const wish = !resumed && this.role === "player" ? takeWish(this.code) : null;
      if (wish) this.conn.chooseSeat(wish);
    } catch (err) {
      renderTree(
        <div class="panel center">
          <h2>Could not join</h2>
          <p class="error">{(err as Error).message}</p>
          <button class="btn" onClick={() => go("/")}>
            Back
          </button>
        </div>,
        this.root,
      );
      return;
    }
    document.documentElement.classList.toggle("touch", coarse());
    installRenderProbe();
    renderTree(
      <>
        <GameView
          store={this.store}
          role={this.role}
          solo={this.solo}
          actions={this.actions}
          deals={this.deals}
          openSheet={(t: SheetTab | null) => this.openSheet(t)}
        />
        <Dialogs />
      </>,
      this.root,
    );
    this.bannerHost = document.body.appendChild(Object.assign(document.createElement("div"), { className: "broadcast-host" }));
    this.bannerHost.style.display = "contents";
    renderTree(<BroadcastBanner store={this.store} memory={this.banners} />, this.bannerHost);
    this.conn.onChange((m) => this.render(m));
    this.conn.onStatus(() => {
      this.store.status.value = this.conn!.status;
      if (this.conn!.status === "closed") {
        this.store.closedReason.value = this.conn!.closeReason;
        if (this.conn!.closeReason && this.resultsHost) renderTree(null, this.resultsHost); // the removed page stands alone
      }
    });
    this.conn.onMessage("inject_preview", (p) => (this.store.inject.value = { preview: p }));
    this.conn.onMessage("facilitator_ack", (a) => {
      if (a.cmd === "inject") this.store.inject.value = { recorded: true };
    });
    this.conn.onMessage("warning", (w) => this.flash(w.message));
    this.conn.onMessage("error", (e) => this.flash(e.message));
    this.tick = setInterval(() => this.updateClock(), 500);
    document.addEventListener("keydown", this.onKey);
    this.render(this.conn.model());
    const { world } = await startMap(this.mapEl);
    this.world = world;
    this.showOnMap(this.conn.model().view);
  }

  private mapView: RoomModel["view"] | undefined = undefined;

  /** Draw a view on the map (once the map has started). */
  private showOnMap(view: RoomModel["view"]): void {
    if (!this.world) return;
    this.mapView = view;
    this.world.setView(view);
  }

  private flash(text: string): void {
    flashToast(text);
  }

  private key(e: KeyboardEvent): void {
    const t = e.target as HTMLElement;
    if (["INPUT", "SELECT", "TEXTAREA"].includes(t.tagName) || t.isContentEditable) return;
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    if (document.querySelector("dialog[open]")) return;
    const w = this.world;
    const k = e.key.length === 1 ? e.key.toLowerCase() : e.key;
    if (k === "g") openGlossary();
    else if (k === "?") openShortcuts();
    else if (k === "r") this.ready();
    else if (k === "o") {
      this.openSheet("orders");
      document.querySelector<HTMLElement>("#orders .tab.on")?.focus();
    } else if (k === "d") {
      this.openDeals();
      document.querySelector<HTMLElement>("#orders .tab.on")?.focus();
    } else if (k === "n") {
      this.openSheet("news");
      document.getElementById("news")?.focus();
    } else if (k === "m") focusMap();
    else if (w && (k === "+" || k === "=")) w.zoomBy(1.2);
    else if (w && k === "-") w.zoomBy(1 / 1.2);
    else if (w && k.startsWith("Arrow") && (t === document.body || t === this.mapEl)) {
      e.preventDefault();
      w.panBy(k === "ArrowLeft" ? -40 : k === "ArrowRight" ? 40 : 0, k === "ArrowUp" ? -40 : k === "ArrowDown" ? 40 : 0);
    } else return;
  }

  private ready(): void {
    const m = this.conn?.model();
    if (!m?.view || !m.you.nation || m.phase !== "orders") return;
    this.conn!.setReady(m.view.turn, !m.readyNations.includes(m.you.nation));
  }

  private updateClock(): void {
    const m = this.conn?.model();
    if (m && (m.deadline || m.paused)) this.store.now.value = Date.now();
  }

  /** When each facilitator broadcast was first shown, and the ones dismissed (the banner's memory for this page). */
  private readonly banners: BannerMemory = { shownAt: new Map(), dismissed: new Set() };
  /** The broadcast banner's own Preact root on the body (over the map and the panels, like the toasts). */
  private bannerHost: HTMLElement | null = null;

  private maybeStartSolo(m: RoomModel): void {
    const soloNation = sessionStorage.getItem(`sar-solo-${this.code}`);
    if (!soloNation || this.soloStarted || !m.view) return;
    if (!m.you.nation) {
      this.conn!.chooseSeat(soloNation);
      return;
    }
    if (m.phase !== "lobby") return;
    this.soloStarted = true;
    // The solo host uses its own in-memory seat storage so it never replaces this tab's player seat.
    const key = seatMemory().facilitatorKey(this.code) ?? undefined;
    void joinGame(this.code, { role: "facilitator", name: "Solo host", facilitatorKey: key }, seatMemory(memoryStorage())).then((fac) => {
      fac.facilitator({ cmd: "start" });
      setTimeout(() => fac.leave(), 1500);
    });
  }

  private render(m: RoomModel): void {
    if (!this.conn) return;
    // The map redraws only for a new view (a chat line or a ready flag keeps the same view object, client/net/share.ts).
    if (m.view !== this.mapView) this.showOnMap(m.view);
    this.maybeStartSolo(m);
    this.resultsHost ??= document.body.appendChild(Object.assign(document.createElement("div"), { id: "results-host" }));
    renderResults(
      this.resultsHost,
      m.code,
      // A late joiner answering the first check on arrival sees no results screen over it (#19).
      this.role === "player" && m.view && !m.view.finished && m.phase !== "lobby" && m.phase !== "ended" && !(m.check?.late && m.check.open === "pre")
        ? m.view.own.find((n) => n.id === m.you.nation)
        : undefined,
      m.view?.news ?? [],
      m.view ? eventContext(m.view) : undefined,
      (ids) => pulseSites(ids),
    );
    const own = m.view?.own.find((n) => n.id === m.you.nation);
    // Incoming proposals and answers to ours: a notice that does not interrupt play.
    if (own && m.view) for (const text of this.deals.update(m, own.id)) this.notice(text);
    this.store.model.value = m;
    this.store.status.value = this.conn.status;
    if (!m.view || !own) return;
    rememberGame({ code: m.code, nation: own.id, nationName: own.name, scenario: m.view.scenarioId, turn: m.view.turn, solo: this.solo });
    if (this.solo && m.phase === "orders" && !this.tutorialShown && m.view.scenarioId === "tutorial") {
      this.tutorialShown = true;
      queueMicrotask(() => runTutorial(this.tutorialHost()));
    }
  }

  /** What the tutorial reads (your orders, ready) and may do (open an orders tab). */
  private tutorialHost(): TutorialHost {
    const startTurn = this.conn?.model().view?.turn ?? 0;
    const mine = (): { m: RoomModel | null; nation: string | null } => ({ m: this.store.model.value, nation: this.store.model.value?.you.nation ?? null });
    return {
      orders: () => {
        const { m, nation } = mine();
        return m && nation ? (m.orders[nation] ?? []) : [];
      },
      ready: () => {
        const { m, nation } = mine();
        return !!m && !!nation && (m.readyNations.includes(nation) || (m.view?.turn ?? 0) > startTurn);
      },
      openTab: (tab) => (this.store.ordersTab.value = tab),
      onChange: (cb) => {
        let first = true;
        return effect(() => {
          void this.store.model.value;
          if (first) {
            first = false;
            return;
          }
          cb();
        });
      },
    };
  }

  /** Stop timers, listeners and the tree, and leave the room. */
  stop(): void {
    if (this.tick) clearInterval(this.tick);
    document.removeEventListener("keydown", this.onKey);
    removeDialogs();
    renderTree(null, this.root);
    stopTutorial();
    if (this.bannerHost) renderTree(null, this.bannerHost);
    this.bannerHost?.remove();
    clearToasts();
    this.deals.destroy();
    this.resultsHost?.remove();
    void this.conn?.leave();
  }
}
