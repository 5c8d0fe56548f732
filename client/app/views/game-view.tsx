/**
 * The game page as one Preact tree over the store: turn bar, then the lobby, the game (dashboard, map
 * space, side column, orders drawer, results) in a sheet that is a bottom sheet with tabs on a phone,
 * the end screen, or the projector. The panels are keyed, so inputs and focus survive.
 */
import { useEffect, useRef } from "preact/hooks";
import type { RoomModel } from "../../../shared/protocol/room-model";
import type { ScreenActions } from "./actions";
import type { RoomStore, SheetTab } from "./store";
import { TurnBar } from "./turn-bar";
import { Lobby } from "./lobby";
import { CheckCount, CheckRoster } from "./check-count";
import { Dashboard } from "./dashboard";
import { Chat, Leaderboard, News } from "./side-panels";
import { EndScreen, Projector } from "./end-screen";
import { OrdersDrawer } from "./orders-drawer";
import type { PanelTab } from "./orders-drawer";
import { QuotePanel } from "./quote-panel";
import { LicencePanel } from "./licence-panel";
import { DealsPanel } from "./deals-panel";
import type { DealsState } from "./deal-state";
import { waitingFor } from "./deal-model";
import { memoBy, sameChild } from "./memo";
import { FacilitatorPanel } from "./facilitator";
import { CheckQuiz } from "./check-quiz";
import { ChartsPanel } from "./charts-panel";
import { mySeat, PickNation, Removed, WaitingRoom } from "./admission";

type Role = "player" | "facilitator" | "projector";

/** Props of the page. */
export interface GameViewProps {
  store: RoomStore;
  role: Role;
  solo: boolean;
  actions: ScreenActions;
  /** The deals panel's state (draft, open thread, the negotiation table), kept for the page. */
  deals: DealsState;
  /** Open a sheet tab (the page also moves the orders drawer to the matching tab). */
  openSheet(tab: SheetTab | null): void;
}

const SHEET_TABS: [SheetTab, string][] = [
  ["dash", "Dashboard"],
  ["orders", "Orders"],
  ["deals", "Deals"],
  ["news", "News"],
  ["chat", "Chat"],
];

/** Which screen the model shows; each change starts the page at the top. */
function screenOf(m: RoomModel | null, role: Role, solo: boolean, closed: string): string {
  if (closed) return "removed";
  if (!m?.view) return "wait";
  if (role === "player" && mySeat(m)?.waiting) return "door";
  if (role === "projector") return `projector-${m.phase}`;
  if (m.phase === "lobby") return solo ? "solo-start" : "lobby";
  if (m.phase === "ended" || m.view.finished) return "end";
  // A player let into a running game without a nation chooses one on a page of its own (inside the phone's closed sheet it could not be seen).
  if (role === "player" && !m.you.nation) return "pick";
  return "game";
}

// Panels that skip an update leaving what they read unchanged (a ready flag, a chat line): the model keeps unchanged parts' identity (client/net/share.ts).
const DashboardPanel = memoBy(Dashboard);
const NewsPanel = memoBy(News, (a, b) => a.m.view === b.m.view);
const LeaderboardPanel = memoBy(Leaderboard, (a, b) => a.m.view === b.m.view && a.big === b.big);
const ChatPanel = memoBy(
  Chat,
  (a, b) => a.m.view === b.m.view && a.m.chat === b.m.chat && a.m.you === b.m.you && a.canSend === b.canSend && a.actions === b.actions,
);
const Charts = memoBy(ChartsPanel);
const Drawer = memoBy(
  OrdersDrawer,
  (a, b) =>
    a.m.view === b.m.view &&
    a.m.orders === b.m.orders &&
    a.own === b.own &&
    a.tab === b.tab &&
    a.actions === b.actions &&
    a.panels.length === b.panels.length &&
    a.panels.every((p, i) => p.id === b.panels[i].id && p.label === b.panels[i].label && sameChild(p.content, b.panels[i].content)),
);

/** The phone's tab bar for the bottom sheet (hidden on wider screens). */
function SheetTabs({ store, openSheet, waiting }: { store: RoomStore; openSheet: GameViewProps["openSheet"]; waiting: number }) {
  const open = store.sheet.value;
  return (
    <nav class="sheet-tabs" aria-label="Panels">
      {SHEET_TABS.map(([id, label]) => (
        <button
          key={id}
          type="button"
          class={`sheet-tab ${open === id ? "on" : ""}`}
          data-sheet-tab={id}
          aria-pressed={open === id ? "true" : "false"}
          aria-controls="sheet"
          onClick={() => openSheet(open === id ? null : id)}
        >
          {label}
          {id === "deals" && waiting ? <span class="badge">{waiting}</span> : null}
        </button>
      ))}
    </nav>
  );
}

/** The whole game page. */
export function GameView({ store, role, solo, actions, deals, openSheet }: GameViewProps) {
  const m = store.model.value;
  const status = store.status.value;
  const closed = status === "closed" ? store.closedReason.value : "";
  const screen = screenOf(m, role, solo, closed);
  const last = useRef("");
  useEffect(() => {
    if (last.current !== screen) {
      last.current = screen;
      window.scrollTo(0, 0);
      document.documentElement.dataset.screen = screen;
    }
  }, [screen]);
  if (!m)
    return (
      <div class="panel center">
        <p>Joining…</p>
      </div>
    );
  if (screen === "removed") return <Removed reason={closed} actions={actions} />;
  const bar = <TurnBar m={m} status={status} now={store.now} solo={solo} actions={actions} />;
  if (!m.view)
    return (
      <>
        {bar}
        <div class="panel center">
          <p>Waiting for the game state…</p>
        </div>
      </>
    );
  // The check: its answer counts for the facilitator, the player's own quiz for a player.
  const checkSlot = () =>
    role === "facilitator" ? (
      <div class="check-slot">
        <CheckCount m={m} />
        <CheckRoster m={m} />
      </div>
    ) : (
      <div class="check-slot">
        <CheckQuiz m={m} send={actions.answerCheck} />
      </div>
    );
  if (role === "projector")
    return (
      <>
        {bar}
        <Projector m={m} now={store.now} />
      </>
    );
  if (screen === "door")
    return (
      <>
        {bar}
        <WaitingRoom m={m} me={mySeat(m)!} actions={actions} />
      </>
    );
  if (screen === "solo-start")
    return (
      <>
        {bar}
        <div class="panel center" role="status">
          <p>Starting your solo game…</p>
        </div>
      </>
    );
  if (screen === "lobby")
    return (
      <>
        {bar}
        <Lobby m={m} role={role} actions={actions} check={checkSlot()} />
      </>
    );
  if (screen === "pick")
    return (
      <>
        {bar}
        <PickNation m={m} actions={actions} />
      </>
    );
  if (screen === "end")
    return (
      <>
        {bar}
        <EndScreen m={m} actions={actions} check={checkSlot()} />
      </>
    );
  const own = m.view.own.find((n) => n.id === m.you.nation);
  const sheet = store.sheet.value;
  const ordersOpen = !!own && m.phase === "orders";
  const waiting = m.you.nation ? waitingFor(m.deals, m.you.nation) : 0;
  // The drawer's panel tabs, quotes and licence keyed by turn (a quote or an offer lasts one quarter); the deals draft outlives a quarter.
  const panels: PanelTab[] = own
    ? [
        { id: "quotes", label: "Vendor quotes", content: <QuotePanel key={`quotes-${m.view.turn}`} v={m.view} own={own} actions={actions} /> },
        { id: "licence", label: "Export licence", content: <LicencePanel key={`licence-${m.view.turn}`} v={m.view} own={own} actions={actions} /> },
        {
          id: "deals",
          label: `Deals${waiting ? ` (${waiting})` : ""}`,
          content: (
            <DealsPanel deals={m.deals} v={m.view} nation={own.id} state={deals} shown={store.ordersTab.value === "deals"} sheet={sheet} actions={actions} />
          ),
        },
      ]
    : [];
  return (
    <>
      {bar}
      <div id="sheet" class={`sheet ${sheet ? "open" : ""}`} data-tab={sheet ?? ""}>
        <div class="layout">
          {role === "facilitator" ? (
            <FacilitatorPanel m={m} actions={actions} inject={store.inject.value} />
          ) : own ? (
            <DashboardPanel n={own} v={m.view} />
          ) : (
            <section class="panel dash" aria-label="Watching">
              <p>You are watching.</p>
            </section>
          )}
          <div class="map-space" aria-hidden="true" />
          <aside class="side" aria-label="News, standings and chat">
            <NewsPanel m={m} />
            <LeaderboardPanel m={m} />
            <ChatPanel m={m} canSend actions={actions} />
            <div class="charts-slot">
              <Charts v={m.view} />
            </div>
          </aside>
        </div>
        <div class="orders-slot">{ordersOpen && own ? <Drawer m={m} own={own} tab={store.ordersTab} actions={actions} panels={panels} /> : null}</div>
        {!ordersOpen && (sheet === "orders" || sheet === "deals") ? <p class="panel sheet-note">Orders and deals open in the orders phase.</p> : null}
      </div>
      {/* A late joiner's first check, on arrival, over the game until handed in (before their first turn resolves, #19). */}
      {own && m.check?.late && m.check.open === "pre" ? (
        <div class="late-check-slot">
          <CheckQuiz m={m} send={actions.answerCheck} />
        </div>
      ) : null}
      <SheetTabs store={store} openSheet={openSheet} waiting={waiting} />
    </>
  );
}
