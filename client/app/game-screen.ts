/**
 * The game page for every role: lobby (choose a nation), the game (turn bar, dashboard, map, news,
 * leaderboard, orders drawer), the facilitator's controls, the projector view and the end screen.
 * It renders the RoomModel and sends intents; outcomes come from the server.
 */
import { readyTally } from "../../shared/match/ready";
import type { GameConnection } from "../net/api";
import { joinGame, memoryStorage, resumeSeat } from "../net/api";
import { seatMemory } from "../net/seat-memory";
import type { RoomModel } from "../../shared/protocol/room-model";
import type { GameState, Nation } from "../../shared/engine/state";
import { describeOrder } from "../../shared/debrief/describe";
import { describeDeal } from "../../shared/engine/deals";
import type { WorldScene } from "./map";
import { focusMap, startMap } from "./map";
import { h, mount } from "./dom";
import { delta, idx, pf, quarter, usd } from "./format";
import { FIGURES, glossaryDialog } from "./glossary";
import { sourceLine } from "./source-links";
import { OrdersPanel } from "./orders-panel";
import { DealsPanel } from "./deals-panel";
import { dealContext, leasedPf } from "./deal-lines";
import { QuotePanel } from "./quote-panel";
import { LicencePanel } from "./licence-panel";
import { lineChart } from "./charts";
import { injectComposer, syncInjectTurn } from "./inject-composer";
import { rememberGame } from "./saved-games";
import { runTutorial } from "./tutorial";
import { go, joinBases } from "./landing";
import qrcode from "qrcode-generator";

type Role = "player" | "facilitator" | "projector";

const PHASE_LABEL: Record<string, string> = { lobby: "Lobby", briefing: "Briefing", orders: "Orders", resolution: "Resolving…", results: "Results", ended: "Game over" };

function figure(id: keyof typeof FIGURES, value: string, change = ""): HTMLElement {
  const f = FIGURES[id];
  const tip = `figure-tip-${id}`;
  return h("div", { class: "figure", tabindex: 0, "data-figure": id, "aria-describedby": tip },
    h("span", { class: "label" }, f.term), h("span", { class: "value" }, value), h("span", { class: `change ${change.startsWith("▼") ? "down" : "up"}` }, change),
    h("div", { class: "figure-tip", role: "tooltip", id: tip }, f.text, f.source ? sourceLine(f.source, ".") : null));
}

/** Seconds left in the orders phase below which the timer pulses amber (UI.md: the last 30 s). */
const URGENT_SECONDS = 30;

/** True when the orders clock is running and in its last 30 seconds. */
export function clockUrgent(m: RoomModel, now = Date.now()): boolean {
  return m.phase === "orders" && !m.paused && m.deadline > 0 && m.deadline - now <= URGENT_SECONDS * 1000;
}

function countdown(m: RoomModel): string {
  const ms = m.paused ? m.remainingMs : Math.max(0, m.deadline - Date.now());
  if (!m.deadline && !m.paused) return "";
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}${m.paused ? " (paused)" : ""}`;
}

/** The stack of toasts at the bottom of the page (newest last), created on first use. */
function toastStack(): HTMLElement {
  let el = document.getElementById("toasts");
  if (!el) { el = h("div", { id: "toasts", class: "toasts" }); document.body.append(el); }
  return el;
}

/** One game page. */
export class GameScreen {
  private conn: GameConnection | null = null;
  private world: WorldScene | null = null;
  private orders: OrdersPanel;
  private overlay: HTMLElement | null = null;
  private tick: ReturnType<typeof setInterval> | null = null;
  private lastTurnSeen = 0;
  private soloStarted = false;
  private lastSignature = "";
  private tutorialShown = false;

  private deals: DealsPanel;
  private quotes: QuotePanel;
  private licence: LicencePanel;

  constructor(private readonly root: HTMLElement, private readonly mapEl: HTMLElement, private readonly code: string, private readonly role: Role) {
    const send = async (o: Parameters<GameConnection["addOrder"]>[0]): Promise<{ ok: true } | { ok: false; message: string }> => {
      const r = await this.conn!.addOrder(o);
      return r.ok ? { ok: true } : { ok: false, message: r.message };
    };
    this.deals = new DealsPanel({
      propose: (to, quarters, items, replyTo) => this.conn!.proposeDeal(to, quarters, items, replyTo),
      respond: (id, accept) => this.conn!.respondDeal(id, accept),
      notify: (text) => this.notice(text),
    });
    this.quotes = new QuotePanel({ requestQuote: (r, a) => this.conn!.requestQuote(r, a), send });
    this.licence = new LicencePanel({ requestLicence: (r, a) => this.conn!.requestLicence(r, a), send });
    this.orders = new OrdersPanel({
      send,
      remove: (i) => this.conn?.removeOrder(this.conn.model().view!.turn, i),
      extraTabs: [
        { id: "quotes", label: () => "Vendor quotes", el: this.quotes.el },
        { id: "licence", label: () => "Export licence", el: this.licence.el },
        { id: "deals", label: () => `Deals${this.deals.waiting() ? ` (${this.deals.waiting()})` : ""}`, el: this.deals.el, shown: () => this.deals.shown() },
      ],
    });
  }

  /**
   * A non-blocking notice (an incoming proposal, an answer): offers to open the deals, has a close button,
   * and stays 20 seconds — longer while the pointer or the keyboard focus is on it.
   */
  private notice(text: string): void {
    const el = h("div", { class: "toast notice", role: "status", "aria-live": "polite" }, text, " ",
      h("button", { class: "btn small", onclick: () => { this.openDeals(); el.remove(); } }, "Open deals"),
      h("button", { class: "btn small ghost", "aria-label": "Dismiss", onclick: () => el.remove() }, "✕"));
    toastStack().append(el);
    const expire = (): void => { if (el.matches(":hover") || el.contains(document.activeElement)) setTimeout(expire, 3000); else el.remove(); };
    setTimeout(expire, 20_000);
  }

  private openDeals(): void {
    this.orders.open("deals");
    document.getElementById("orders")?.scrollIntoView({ block: "nearest" });
  }

  /** Connect (resuming this browser's seat when it has one) and start rendering. */
  async start(): Promise<void> {
    mount(this.root, h("div", { class: "panel center" }, h("p", {}, `Joining game ${this.code}…`)));
    try {
      this.conn = (this.role === "player" ? await resumeSeat(this.code).catch(() => null) : null)
        ?? await joinGame(this.code, { role: this.role, name: this.role === "facilitator" ? "Facilitator" : sessionStorage.getItem("sar-name") ?? (this.role === "projector" ? "Projector" : "Player") });
    } catch (err) {
      mount(this.root, h("div", { class: "panel center" }, h("h2", {}, "Could not join"), h("p", { class: "error" }, (err as Error).message), h("button", { class: "btn", onclick: () => go("/") }, "Back")));
      return;
    }
    const { world } = await startMap(this.mapEl);
    this.world = world;
    this.conn.onChange((m) => this.render(m));
    this.conn.onStatus(() => this.render(this.conn!.model()));
    this.conn.onMessage<{ message: string }>("warning", (w) => this.flash(w.message));
    this.conn.onMessage<{ message: string }>("error", (e) => this.flash(e.message));
    this.tick = setInterval(() => this.updateClock(), 500);
    document.addEventListener("keydown", (e) => this.key(e));
    this.render(this.conn.model());
  }

  private flash(text: string): void {
    const el = h("div", { class: "toast", role: "alert" }, text);
    toastStack().append(el);
    setTimeout(() => el.remove(), 5000);
  }

  private key(e: KeyboardEvent): void {
    const t = e.target as HTMLElement;
    if (["INPUT", "SELECT", "TEXTAREA"].includes(t.tagName)) return;
    const w = this.world;
    if (e.key === "g" || e.key === "G" || e.key === "?") this.toggleGlossary();
    else if (e.key === "Escape" && this.overlay) this.toggleGlossary();
    else if (e.key === "r" || e.key === "R") this.ready();
    else if (e.key === "o" || e.key === "O") document.getElementById("orders")?.scrollIntoView();
    else if (e.key === "d" || e.key === "D") this.openDeals();
    else if (e.key === "n" || e.key === "N") document.getElementById("news")?.focus();
    else if (e.key === "m" || e.key === "M") focusMap();
    else if (w && e.key === "+") w.zoomBy(1.2);
    else if (w && e.key === "-") w.zoomBy(1 / 1.2);
    else if (w && e.key.startsWith("Arrow")) w.panBy(e.key === "ArrowLeft" ? -40 : e.key === "ArrowRight" ? 40 : 0, e.key === "ArrowUp" ? -40 : e.key === "ArrowDown" ? 40 : 0);
  }

  private toggleGlossary(): void {
    if (this.overlay) { this.overlay.remove(); this.overlay = null; return; }
    this.overlay = glossaryDialog(() => this.toggleGlossary());
    document.body.append(this.overlay);
    this.overlay.querySelector("button")?.focus();
  }

  private ready(): void {
    const m = this.conn?.model();
    if (!m?.view || !m.you.nation || m.phase !== "orders") return;
    this.conn!.setReady(m.view.turn, !m.readyNations.includes(m.you.nation));
  }

  private updateClock(): void {
    const el = document.getElementById("clock");
    const m = this.conn?.model();
    if (el && m) {
      el.textContent = countdown(m);
      el.classList.toggle("urgent", clockUrgent(m));
    }
    if (m) this.broadcastBanner(m);
  }

  private bannerShownAt = new Map<number, number>();
  private bannerDismissed = new Set<number>();

  /** The facilitator's latest broadcast of this turn as a banner on every screen, for a minute or until dismissed. */
  private broadcastBanner(m: RoomModel): void {
    const turn = m.view?.turn ?? 0;
    const line = [...m.chat].reverse().find((c) => c.from === "facilitator" && c.to === "all" && c.turn >= turn - 1);
    let el = document.getElementById("broadcast");
    const now = Date.now();
    if (line && !this.bannerDismissed.has(line.id) && m.phase !== "ended") {
      const shown = this.bannerShownAt.get(line.id) ?? now;
      this.bannerShownAt.set(line.id, shown);
      if (now - shown < 60_000) {
        if (!el) { el = h("div", { id: "broadcast", class: "broadcast", role: "status", "aria-live": "polite" }); document.body.append(el); }
        if (el.dataset.id !== String(line.id)) {
          el.dataset.id = String(line.id);
          mount(el, h("strong", {}, "Facilitator: "), h("span", { class: "text" }, line.text),
            h("button", { class: "btn small ghost", "aria-label": "Dismiss the announcement", onclick: () => { this.bannerDismissed.add(line.id); document.getElementById("broadcast")?.remove(); } }, "✕"));
        }
        return;
      }
    }
    el?.remove();
  }

  private maybeStartSolo(m: RoomModel): void {
    const soloNation = sessionStorage.getItem(`sar-solo-${this.code}`);
    if (!soloNation || this.soloStarted || !m.view) return;
    if (!m.you.nation) { this.conn!.chooseSeat(soloNation); return; }
    if (m.phase !== "lobby") return;
    this.soloStarted = true;
    // The solo host uses its own in-memory seat storage so it never replaces this tab's player seat.
    const key = seatMemory().facilitatorKey(this.code) ?? undefined;
    void joinGame(this.code, { role: "facilitator", name: "Solo host", facilitatorKey: key }, seatMemory(memoryStorage())).then((fac) => { fac.facilitator({ cmd: "start" }); setTimeout(() => fac.leave(), 1500); });
  }

  private render(m: RoomModel): void {
    if (!this.conn) return;
    const signature = `${this.conn.status}|${JSON.stringify({ ...m, remainingMs: m.paused ? m.remainingMs : 0 })}`;
    if (signature === this.lastSignature) return;
    this.lastSignature = signature;
    this.world?.setView(m.view);
    this.maybeStartSolo(m);
    const bar = this.turnBar(m);
    if (!m.view) { mount(this.root, bar, h("div", { class: "panel center" }, h("p", {}, "Waiting for the game state…"))); return; }
    if (this.role === "projector") { mount(this.root, bar, this.projector(m)); return; }
    if (m.phase === "lobby") { mount(this.root, bar, this.lobby(m)); return; }
    if (m.phase === "ended" || m.view.finished) { mount(this.root, bar, this.endScreen(m)); return; }
    const own = m.view.own.find((n) => n.id === m.you.nation);
    const left = this.role === "facilitator" ? this.facilitatorPanel(m) : own ? this.dashboard(own, m.view) : h("section", { class: "panel dash" }, h("p", {}, "You are watching. Choose a nation in the lobby to play."));
    const right = h("aside", { class: "side" }, this.news(m), this.leaderboard(m), this.chatPanel(m), this.charts(m));
    const results = m.phase === "results" && own ? this.resultsPanel(m, own) : null;
    if (own) { this.deals.update(m, m.view, own.id); this.quotes.update(m.view, own.id); this.licence.update(m.view, own.id); }
    if (own && m.phase === "orders") this.orders.render(m.view, own.id, m.orders[own.id] ?? []);
    mount(this.root, bar, h("div", { class: "layout" }, left, h("div", { class: "map-space", "aria-hidden": "true" }), right), results, own && m.phase === "orders" ? this.orders.el : null);
    if (m.view.turn !== this.lastTurnSeen) this.lastTurnSeen = m.view.turn;
    const solo = sessionStorage.getItem(`sar-solo-${this.code}`) !== null || localStorage.getItem(`sar-solo-${this.code}`) !== null;
    if (own) rememberGame({ code: m.code, nation: own.id, nationName: own.name, scenario: m.view.scenarioId, turn: m.view.turn, solo });
    if (own && solo && m.phase === "orders" && !this.tutorialShown && m.view.scenarioId === "tutorial") { this.tutorialShown = true; queueMicrotask(runTutorial); }
  }

  private turnBar(m: RoomModel): HTMLElement {
    const v = m.view;
    const me = m.you.nation ? v?.nations.find((n) => n.id === m.you.nation) : undefined;
    const iAmReady = m.you.nation ? m.readyNations.includes(m.you.nation) : false;
    const tally = readyTally(v?.nations.map((n) => n.id) ?? [], m.seats, m.aiNations, m.readyNations);
    return h("header", { class: "turnbar" },
      h("strong", {}, v ? `${quarter(v.quarter)} · turn ${Math.min(v.turn, v.maxTurns)}/${v.maxTurns}` : m.code),
      h("span", { class: "phase" }, PHASE_LABEL[m.phase] ?? m.phase),
      h("span", { id: "clock", class: `clock ${clockUrgent(m) ? "urgent" : ""}`, "aria-live": "off" }, countdown(m)),
      m.phase === "orders" ? h("span", { class: "muted" }, `${tally.ready}/${tally.of} ready`) : null,
      this.conn!.status !== "connected" ? h("span", { class: "warn", role: "status" }, this.conn!.status === "reconnecting" ? "Connection lost — reconnecting…" : "Disconnected") : null,
      h("span", { class: "spacer" }),
      me ? h("span", { class: "me" }, h("span", { class: "swatch", style: `background:${me.colour}` }), `${me.name} · ${m.you.name || "you"}`) : h("span", { class: "muted" }, `${m.you.role} · ${m.code}`),
      h("button", { class: "btn ghost", onclick: () => this.toggleGlossary(), "aria-label": "Glossary (G)" }, "Glossary"),
      me && m.phase === "orders" ? h("button", { class: `btn ${iAmReady ? "" : "primary"} ready`, onclick: () => this.ready(), "aria-pressed": String(iAmReady) }, iAmReady ? "Ready ✓ (undo)" : "Ready (R)") : null,
    );
  }

  private lobby(m: RoomModel): HTMLElement {
    const v = m.view!;
    const fac = this.role === "facilitator";
    return h("section", { class: "panel lobby" },
      h("h2", {}, `Lobby — room ${m.code}`),
      h("p", { class: "muted" }, fac ? "Players join at /join/" + m.code + ". Start when everyone has a nation; empty nations are played by the AI." : "Choose your nation. Up to five people can share one."),
      h("div", { class: "cards" }, ...v.nations.map((n) => {
        const seated = m.seats.filter((s) => s.nation === n.id);
        const mine = m.you.nation === n.id;
        const own = v.own.find((o) => o.id === n.id);
        return h("article", { class: `card ${mine ? "mine" : ""}`, style: `border-color:${n.colour}` },
          h("h3", {}, h("span", { class: "swatch", style: `background:${n.colour}` }), `${n.flag.toUpperCase()} · ${n.name}`),
          h("p", {}, n.profile),
          h("p", { class: "muted" }, `${n.dataCentres.length} data centre(s), ${pf(n.compute)} peak, sovereignty ${idx(n.sovereignty)}`),
          ...n.publicObjectives.map((o) => h("p", { class: "objective" }, `Objective: ${o.text}`)),
          ...(own ? own.objectives.filter((o) => o.secret).map((o) => h("p", { class: "secret" }, `Secret objective: ${o.text}`)) : []),
          h("p", { class: "players" }, seated.length ? `Players: ${seated.map((s) => s.name).join(", ")}` : "No players yet (AI)"),
          fac ? h("div", { class: "controls" }, ...seated.flatMap((s) => [
            h("select", { "aria-label": `Move ${s.name}`, onchange: (e: Event) => this.conn!.facilitator({ cmd: "move_seat", sessionId: s.sessionId, nation: (e.target as HTMLSelectElement).value || null }) },
              h("option", { value: n.id }, `Move ${s.name}…`), ...v.nations.filter((x) => x.id !== n.id).map((x) => h("option", { value: x.id }, `→ ${x.name}`)), h("option", { value: "" }, "→ no nation")),
            h("button", { class: "btn small ghost", onclick: () => this.conn!.facilitator({ cmd: "kick", sessionId: s.sessionId }), "aria-label": `Remove ${s.name}` }, `Remove ${s.name}`)]),
            seated.length > 0 ? this.aiToggle(m, n.id) : null) : null,
          this.role === "player" ? h("button", { class: `btn ${mine ? "" : "primary"}`, onclick: () => this.conn!.chooseSeat(mine ? null : n.id) }, mine ? "Leave" : "Choose") : null,
        );
      })),
      this.waitingPlayers(m, v.nations, fac),
      fac ? h("div", { class: "controls" }, h("button", { class: "btn primary big", onclick: () => this.conn!.facilitator({ cmd: "start" }) }, "Start the game"), h("button", { class: "btn", onclick: () => this.conn!.facilitator({ cmd: "lock", locked: !m.locked }) }, m.locked ? "Unlock room" : "Lock room")) : null,
    );
  }

  /** Players who joined but have no nation yet, with online dots (the facilitator can place them). */
  private waitingPlayers(m: RoomModel, nations: { id: string; name: string }[], fac: boolean): HTMLElement {
    const waiting = m.seats.filter((s) => s.role === "player" && !s.nation);
    return h("section", { class: "waiting", "aria-label": "Joined, no nation yet" },
      h("h3", {}, `Joined, no nation yet (${waiting.length})`),
      waiting.length === 0 ? h("p", { class: "muted" }, "Everyone who joined has a nation.") : h("ul", {}, ...waiting.map((s) => h("li", {},
        h("span", { class: `dot ${s.connected ? "on" : "off"}`, title: s.connected ? "online" : "offline", "aria-label": s.connected ? "online" : "offline" }), ` ${s.name}`,
        fac ? h("select", { "aria-label": `Place ${s.name}`, onchange: (e: Event) => this.conn!.facilitator({ cmd: "move_seat", sessionId: s.sessionId, nation: (e.target as HTMLSelectElement).value || null }) },
          h("option", { value: "" }, `Place ${s.name}…`), ...nations.map((x) => h("option", { value: x.id }, `→ ${x.name}`))) : null))));
  }

  private dashboard(n: Nation, v: NonNullable<RoomModel["view"]>): HTMLElement {
    const leased = leasedPf(v, n.id);
    const inForce = v.deals.filter((d) => d.signedTurn <= v.turn && d.untilTurn >= v.turn).length;
    const h1 = n.history[n.history.length - 1];
    const h0 = n.history[n.history.length - 2];
    const d = (k: "compute" | "sovereignty" | "expertise" | "support" | "capability" | "score" | "treasury" | "utilisation"): number => (h1 && h0 ? h1[k] - h0[k] : 0);
    return h("section", { class: "panel dash", "aria-label": "Your nation" },
      h("h2", {}, h("span", { class: "swatch", style: `background:${n.colour}` }), n.name),
      figure("treasury", usd(n.treasury), delta(d("treasury"), usd)),
      figure("budget", `${usd(n.budgetPerQuarter)}/q`),
      figure("compute", pf(h1?.compute ?? 0), delta(d("compute"), pf)),
      figure("utilisation", `${Math.round((h1?.utilisation ?? 0) * 100)} %`, delta(d("utilisation") * 100, (x) => `${x.toFixed(0)} pt`)),
      figure("sovereignty", idx(n.sovereignty), delta(d("sovereignty"), idx)),
      figure("expertise", n.expertise.toFixed(0), delta(d("expertise"), (x) => x.toFixed(1))),
      figure("support", `${n.support.toFixed(0)} %`, delta(d("support"), (x) => x.toFixed(1))),
      figure("capability", n.capability.toFixed(0), n.milestoneTurn !== null ? "milestone ✓" : delta(d("capability"))),
      figure("score", String(n.score), delta(d("score"))),
      figure("profit", usd(n.cumulativeProfit ?? 0), delta(h1?.profit ?? 0, usd)),
      figure("grid", `${Math.floor(n.grid?.headroomMw ?? n.gridMw)} MW free`, n.grid?.queuedMw ? `${Math.round(n.grid.queuedMw)} MW queued` : ""),
      inForce ? figure("deals", `${inForce} in force`, leased ? `${leased > 0 ? "▲" : "▼"} ${pf(Math.abs(leased))} leased ${leased > 0 ? "in" : "out"}` : "") : null,
      h("h3", {}, "Objectives"),
      ...n.objectives.map((o) => h("p", { class: n.objectivesMet.includes(o.id) ? "objective met" : "objective" }, `${n.objectivesMet.includes(o.id) ? "✓" : "○"} ${o.secret ? "(secret) " : ""}${o.text}`)),
      n.pendingGpus.length ? h("p", { class: "muted" }, `On order: ${n.pendingGpus.map((p) => `${p.quantity.toLocaleString("en-US")} ${p.model.toUpperCase()}`).join(", ")}`) : null,
    );
  }

  private news(m: RoomModel): HTMLElement {
    const items = [...m.view!.news].reverse().slice(0, 30);
    return h("section", { class: "panel news", id: "news", tabindex: -1, "aria-label": "News" },
      h("h2", {}, "News"),
      h("ul", {}, ...items.map((e) => h("li", { class: e.nation ? "private" : "" }, h("span", { class: "muted" }, `T${e.turn} `), e.text, e.sources?.length ? sourceLine(e.sources.join(", ")) : null))));
  }

  private leaderboard(m: RoomModel, big = false): HTMLElement {
    const rows = [...m.view!.nations].sort((a, b) => b.score - a.score);
    return h("section", { class: `panel leaderboard ${big ? "big" : ""}`, "aria-label": "Leaderboard" },
      h("h2", {}, "Leaderboard"),
      h("ol", {}, ...rows.map((n) => h("li", {}, h("span", { class: "swatch", style: `background:${n.colour}` }), h("span", { class: "name" }, `${n.flag.toUpperCase()} ${n.name}`), h("span", { class: "score", title: FIGURES.score.text }, String(n.score)), h("span", { class: "muted" }, ` ${pf(n.compute)} · sov ${idx(n.sovereignty)}`)))));
  }

  private charts(m: RoomModel): HTMLElement {
    const v = m.view!;
    const series = (k: "compute" | "sovereignty" | "score") => v.nations.map((n) => ({ label: `${n.flag.toUpperCase()} ${n.name}`, colour: n.colour, points: n.history.map((x) => ({ turn: x.turn, value: x[k] })) }));
    const width = Math.min(290, window.innerWidth - 60);
    return h("section", { class: "panel charts", "aria-label": "Charts over turns" },
      lineChart("Score", series("score"), width),
      lineChart("Compute online (peak)", series("compute"), width, 140, pf),
      lineChart("Sovereignty index", series("sovereignty"), width, 140, idx));
  }

  private resultsPanel(m: RoomModel, own: Nation): HTMLElement {
    const turn = m.view!.turn - 1;
    const mine = m.view!.news.filter((e) => e.turn === turn && (e.nation === own.id || e.nation === null));
    return h("section", { class: "panel results", role: "dialog", "aria-label": "Results" },
      h("h2", {}, `What changed and why — turn ${turn}`),
      h("ul", {}, ...mine.map((e) => h("li", {}, e.text))));
  }

  private facilitatorPanel(m: RoomModel): HTMLElement {
    const v = m.view!;
    const cmd = (c: Parameters<GameConnection["facilitator"]>[0]) => () => this.conn!.facilitator(c);
    return h("section", { class: "panel dash fac", "aria-label": "Facilitator console" },
      h("h2", {}, "Facilitator"),
      h("div", { class: "controls" },
        m.paused ? h("button", { class: "btn primary", onclick: cmd({ cmd: "resume" }) }, "Resume") : h("button", { class: "btn", onclick: cmd({ cmd: "pause" }) }, "Pause"),
        h("button", { class: "btn", onclick: cmd({ cmd: "extend", seconds: 60 }) }, "+1 min"),
        h("button", { class: "btn", onclick: cmd({ cmd: "extend", seconds: -60 }) }, "−1 min"),
        h("button", { class: "btn", onclick: cmd({ cmd: "force_resolve" }) }, "Resolve now"),
        h("button", { class: "btn danger", onclick: cmd({ cmd: "end" }) }, "End game")),
      h("table", { class: "overview" },
        h("thead", {}, h("tr", {}, ...["Nation", "Players", "Ready", "Treasury", "Compute", "Orders", "Seat"].map((x) => h("th", {}, x)))),
        h("tbody", {}, ...v.own.map((n) => h("tr", {},
          h("td", {}, n.name), h("td", {}, String(m.seats.filter((s) => s.nation === n.id).length) + (m.aiNations.includes(n.id) ? " (AI)" : "")),
          h("td", {}, m.readyNations.includes(n.id) ? "✓" : ""), h("td", {}, usd(n.treasury)), h("td", {}, pf(n.history.at(-1)?.compute ?? 0)),
          h("td", {}, String((m.orders[n.id] ?? []).length)),
          h("td", {}, m.seats.some((x) => x.nation === n.id) ? this.aiToggle(m, n.id) : "AI"))))),
      h("details", { class: "drafts" }, h("summary", {}, "Draft orders and full state"),
        ...v.own.map((n) => h("div", {}, h("h3", {}, `${n.name} — treasury ${usd(n.treasury)}, expertise ${n.expertise.toFixed(0)}, sovereignty ${idx(n.sovereignty)}`),
          h("ul", {}, ...((m.orders[n.id] ?? []).length ? (m.orders[n.id] ?? []).map((o) => h("li", {}, describeOrder(this.stateFor(v), o))) : [h("li", { class: "muted" }, "No orders yet")])),
          h("p", { class: "muted" }, `Secret objectives: ${n.objectives.filter((o) => o.secret).map((o) => o.text).join("; ") || "none"}`)))),
      this.facilitatorDeals(m),
      this.composer(m),
      h("h3", {}, "Broadcast"),
      h("form", { onsubmit: (e: Event) => { e.preventDefault(); const i = (e.target as HTMLFormElement).querySelector("input")!; if (i.value.trim()) this.conn!.facilitator({ cmd: "broadcast", text: i.value.trim() }); i.value = ""; } },
        h("input", { name: "broadcast", placeholder: "Message to every player", maxlength: 500 }), " ", h("button", { class: "btn", type: "submit" }, "Send")),
    );
  }

  /** Every proposal and deal in force, with the promise ledger: the facilitator sees all of them. */
  private facilitatorDeals(m: RoomModel): HTMLElement {
    const v = m.view!;
    const s = dealContext(v);
    const name = (id: string): string => v.nations.find((n) => n.id === id)?.name ?? id;
    return h("details", { class: "fac-deals" }, h("summary", {}, `Deals: ${m.deals.filter((p) => p.status === "proposed").length} open, ${v.deals.filter((d) => d.untilTurn >= v.turn).length} in force, ${v.promises.length} statements`),
      h("ul", {}, ...[...m.deals].reverse().slice(0, 30).map((p) => h("li", {}, h("span", { class: `pill ${p.status}` }, p.status), ` T${p.turn} ${name(p.terms.from)} → ${name(p.terms.to)} (${p.byName}): ${describeDeal(s, p.terms)}`, p.note ? h("span", { class: "muted" }, ` — ${p.note}`) : null))),
      v.promises.length ? h("ul", { class: "promises" }, ...v.promises.map((p) => h("li", {}, `T${p.turn} ${name(p.from)} to ${name(p.to)}: “${p.text}”`))) : null);
  }

  /** A minimal engine state for describing orders (catalogue lookups only). */
  private stateFor(v: NonNullable<RoomModel["view"]>): GameState {
    return { catalogue: v.catalogue } as GameState;
  }

  /** A seated nation: let the AI take over, or hand it back to its players. */
  private aiToggle(m: RoomModel, nation: string): HTMLElement {
    const forced = m.aiNations.includes(nation);
    return h("button", { class: "btn small", onclick: () => this.conn!.facilitator({ cmd: "ai", nation, on: !forced }) }, forced ? "Hand back" : "AI takes over");
  }

  private chatForm: HTMLFormElement | null = null;

  /** Table and private chat: the last lines this seat may see, and a form (kept across renders). */
  private chatPanel(m: RoomModel): HTMLElement {
    const v = m.view!;
    const name = (id: string): string => (id === "all" ? "everyone" : id === "facilitator" ? "facilitator" : v.nations.find((n) => n.id === id)?.name ?? id);
    if (!this.chatForm && this.role !== "projector") {
      const to = h("select", { name: "to", "aria-label": "To" }, h("option", { value: "all" }, "Everyone"), ...v.nations.filter((n) => n.id !== m.you.nation).map((n) => h("option", { value: n.id }, `${n.name} (private)`)));
      const text = h("input", { name: "chat", placeholder: "Message", maxlength: 500, "aria-label": "Message" });
      this.chatForm = h("form", { class: "chat-form", onsubmit: (e: Event) => { e.preventDefault(); if (text.value.trim()) this.conn!.chat(to.value, text.value.trim()); text.value = ""; } }, to, text, h("button", { class: "btn small", type: "submit" }, "Send"));
    }
    return h("section", { class: "panel chat", "aria-label": "Chat" }, h("h2", {}, "Table talk"),
      h("ul", {}, ...m.chat.slice(-12).map((c) => h("li", { class: c.to === "all" ? "" : "private" }, h("strong", {}, `${c.fromName} (${name(c.from)})`), c.to === "all" ? "" : ` → ${name(c.to)}`, `: ${c.text}`))),
      this.chatForm);
  }

  private composerEl: HTMLElement | null = null;

  /** The inject composer, created once so its inputs survive re-renders. */
  private composer(m: RoomModel): HTMLElement {
    this.composerEl ??= injectComposer(this.conn!, m.view!.nations.map((n) => ({ id: n.id, name: n.name })), m.view!.turn);
    syncInjectTurn(this.composerEl, m.view!.turn);
    return this.composerEl;
  }

  private projectorJoin: HTMLElement | null = null;

  /** Join URL and QR code for the projector, built once (on the server's LAN address when opened on localhost). */
  private joinBlock(code: string): HTMLElement {
    if (this.projectorJoin) return this.projectorJoin;
    const el = h("div", { class: "join-link big" });
    void joinBases().then((bases) => {
      const url = `${bases[0]}/join/${code}`;
      const qr = qrcode(0, "M");
      qr.addData(url);
      qr.make();
      mount(el, h("img", { class: "qr", "data-testid": "projector-qr", "data-url": url, src: qr.createDataURL(10, 8), alt: `QR code for ${url}`, width: 420, height: 420 }),
        h("p", { class: "join-url", "data-testid": "projector-join-url" }, url));
    });
    this.projectorJoin = el;
    return el;
  }

  /** The projector before the start: room code, join URL and QR large enough to scan from the back, and who has joined. */
  private projectorLobby(m: RoomModel): HTMLElement {
    const v = m.view!;
    const players = m.seats.filter((s) => s.role === "player");
    return h("div", { class: "projector-lobby" },
      h("section", { class: "join" }, h("p", { class: "lead" }, "Join the game"), h("div", { class: "room-code", "data-testid": "projector-code" }, m.code), this.joinBlock(m.code)),
      h("section", { class: "joined" },
        h("h2", {}, `${players.length} joined`),
        h("ul", { class: "nations" }, ...v.nations.map((n) => {
          const names = players.filter((s) => s.nation === n.id).map((s) => s.name);
          return h("li", {}, h("span", { class: "swatch", style: `background:${n.colour}` }), h("strong", {}, `${n.flag.toUpperCase()} ${n.name}`), h("span", { class: "muted" }, names.length ? ` ${names.join(", ")}` : " AI"));
        })),
        players.some((s) => !s.nation) ? h("p", { class: "muted" }, `Choosing a nation: ${players.filter((s) => !s.nation).map((s) => s.name).join(", ")}`) : null));
  }

  /** The projector at the end: the winner, then the final ranking. */
  private projectorGameOver(m: RoomModel): HTMLElement {
    const rows = [...m.view!.nations].sort((a, b) => b.score - a.score);
    const winner = rows[0];
    return h("div", { class: "projector-over" },
      h("p", { class: "lead" }, "Game over"),
      h("h1", { class: "winner", "data-testid": "winner" }, h("span", { class: "swatch", style: `background:${winner.colour}` }), `${winner.flag.toUpperCase()} ${winner.name} wins`),
      h("p", { class: "winner-score" }, `${winner.score} points`),
      this.leaderboard(m, true));
  }

  private projector(m: RoomModel): HTMLElement {
    if (m.phase === "lobby") return this.projectorLobby(m);
    if (m.phase === "ended" || m.view!.finished) return this.projectorGameOver(m);
    return h("div", { class: "projector" }, h("div", { class: "map-space" }), h("aside", { class: "side" }, h("div", { class: "room-code" }, m.code), this.leaderboard(m, true), this.news(m)));
  }

  /** "You finished 2nd of 6" and each of your objectives met or missed. */
  private verdict(m: RoomModel): HTMLElement | null {
    const own = m.view!.own.find((n) => n.id === m.you.nation);
    if (!own) return null;
    const rows = [...m.view!.nations].sort((a, b) => b.score - a.score);
    const rank = rows.findIndex((n) => n.id === own.id) + 1;
    const ordinal = (k: number): string => `${k}${k % 100 >= 11 && k % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][k % 10] ?? "th"}`;
    return h("section", { class: "verdict", "data-testid": "verdict" },
      h("h2", {}, rank === 1 ? `You won: ${own.name} finished 1st of ${rows.length}` : `You finished ${ordinal(rank)} of ${rows.length}`),
      h("p", {}, `${own.name} · ${own.score} points`),
      h("ul", { class: "objectives" }, ...own.objectives.map((o) => {
        const met = own.objectivesMet.includes(o.id);
        return h("li", { class: met ? "met" : "missed" }, h("span", { class: "mark", "aria-hidden": "true" }, met ? "✓" : "✗"), ` ${met ? "Met" : "Missed"}${o.secret ? " (secret)" : ""}: ${o.text} `, h("span", { class: "muted" }, met ? `+${o.points} points` : `${o.points} points missed`));
      })));
  }

  private endScreen(m: RoomModel): HTMLElement {
    return h("section", { class: "panel end" },
      this.verdict(m),
      h("h2", {}, "Final ranking"),
      this.leaderboard(m, true),
      h("h3", {}, "Objectives revealed"),
      h("ul", {}, ...m.view!.nations.flatMap((n) => n.publicObjectives.map((o) => h("li", {}, `${n.name}: ${o.secret ? "(secret) " : ""}${o.text}`)))),
      h("p", {}, h("a", { class: "btn primary", href: `/debrief/${m.code}` }, "Open the debrief"), " ", h("a", { href: `/api/games/${m.code}/debrief.csv` }, "CSV"), " · ", h("a", { href: `/api/games/${m.code}/export` }, "Replay file (JSON)")),
      h("button", { class: "btn", onclick: () => go("/") }, "New game"));
  }

  /** Stop timers and leave the room. */
  stop(): void {
    if (this.tick) clearInterval(this.tick);
    this.deals.destroy();
    this.conn?.leave();
  }
}
