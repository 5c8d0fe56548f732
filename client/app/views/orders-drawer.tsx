/**
 * The orders drawer: a tab a kind of order (and tabs for vendor quotes, the export licence and deals),
 * the form of the open tab, the nation's current order set with the engine's preview of what it does.
 * Keyed throughout, so a server update re-renders in place: typed values, focus and scroll stay.
 */
import type { ComponentChildren } from "preact";
import { useLayoutEffect, useMemo, useRef, useState } from "preact/hooks";
import type { Signal } from "@preact/signals";
import type { RoomModel } from "../../../shared/protocol/room-model";
import type { Nation } from "../../../shared/engine/state";
import { beliefState } from "../../../shared/ai/belief";
import { previewOrders } from "../../../shared/engine/preview";
import { describeOrder } from "../../../shared/debrief/describe";
import { idxDelta, pf, usd } from "../format";
import type { OrderCtx, SendResult } from "./order-forms";
import { CloudTab, DcTab, GpusTab, InvestTab, MemoryTab, PolicyTab, TalentTab } from "./order-forms";
import type { Order } from "../../../shared/protocol/orders";
import { Why } from "./why";

/** The tabs with an order form, in order. */
export const FORM_TABS = [
  ["dc", "Data centres", DcTab],
  ["gpus", "GPUs", GpusTab],
  ["cloud", "Cloud", CloudTab],
  ["memory", "Memory & CXL", MemoryTab],
  ["talent", "Talent", TalentTab],
  ["policy", "Policy", PolicyTab],
  ["invest", "Partners", InvestTab],
] as const;

/** A tab whose content another panel owns (vendor quotes, licence, deals): kept mounted, hidden while another tab is open, so its state survives. */
export interface PanelTab {
  id: string;
  label: string;
  content: ComponentChildren;
}

/** What the drawer may ask of the page. */
export interface OrdersActions {
  addOrder(order: Order): Promise<SendResult>;
  removeOrder(index: number): void;
}

/** Props of the drawer. */
export interface OrdersDrawerProps {
  m: RoomModel;
  own: Nation;
  /** The open tab (the page's store, so keys and the tutorial can open one). */
  tab: Signal<string>;
  actions: OrdersActions;
  panels: PanelTab[];
}

/** Your orders this quarter, each removable, and what the set does according to the engine. */
function OrderList({ m, own, belief, actions }: { m: RoomModel; own: Nation; belief: ReturnType<typeof beliefState>; actions: OrdersActions }) {
  const v = m.view!;
  const orders = m.orders[own.id] ?? [];
  const p = belief && orders.length ? previewOrders(belief, own.id, orders).difference : null;
  const parts = p
    ? [
        p.pendingCompute > 0 ? `+${pf(p.pendingCompute)} on order${p.onlineBy ? ` (due ${p.onlineBy})` : ""}` : null,
        `${usd(p.treasury)} this quarter`,
        idxDelta(p.sovereignty) ? `sovereignty ${idxDelta(p.sovereignty)}` : null,
        p.expertise !== 0 ? `expertise ${p.expertise > 0 ? "+" : ""}${p.expertise.toFixed(1)}` : null,
      ].filter(Boolean)
    : [];
  return (
    <div>
      <h3>{`Your orders for ${v.quarter.q ? `Q${v.quarter.q} ${v.quarter.year}` : ""}`}</h3>
      <div class="order-list">
        {!belief ? null : orders.length === 0 ? (
          <p class="muted">No orders yet: the nation holds.</p>
        ) : (
          <ol>
            {orders.map((o, i) => (
              <li key={`${i}-${o.type}`}>
                {describeOrder(belief, o)}{" "}
                <button class="btn ghost small" type="button" aria-label={`Remove order ${i + 1}`} onClick={() => actions.removeOrder(i)}>
                  Remove
                </button>
              </li>
            ))}
          </ol>
        )}
      </div>
      <div class="preview">
        {p ? (
          <Why
            id="orders-preview"
            term="Engine preview"
            class="preview-line"
            why="Computed with the shared engine on a copy of your state with this quarter's orders (random events excluded): what the set changes by the next resolution."
          >
            {`Preview: ${parts.join(", ")}`}
          </Why>
        ) : null}
      </div>
    </div>
  );
}

/**
 * Bring the drawer of a clicked tab on screen: on a laptop it starts below the map, so a tab's form (the deals
 * panel, a quote) would open below the fold. Scrolls only when the drawer's bottom is off screen (as the D key does).
 */
function revealDrawer(tabEl: HTMLElement): void {
  const drawer = tabEl.closest<HTMLElement>("#orders");
  // After the tab's content is drawn (its height decides how far to scroll).
  requestAnimationFrame(() => {
    if (drawer?.isConnected && drawer.getBoundingClientRect().bottom > window.innerHeight) drawer.scrollIntoView({ block: "nearest" });
  });
}

/** Scroll a tab row sideways so its open tab is fully in view (on a phone the row scrolls: "Deals" sits past the right edge). */
function showOpenTab(row: HTMLElement | null): void {
  const on = row?.querySelector<HTMLElement>(".tab.on");
  if (!row || !on || row.clientWidth === 0) return;
  const r = row.getBoundingClientRect(),
    t = on.getBoundingClientRect();
  if (t.left < r.left) row.scrollLeft -= r.left - t.left + 8;
  else if (t.right > r.right) row.scrollLeft += t.right - r.right + 8;
}

/** Keep the open tab in view when it changes and when the row is shown again (a closed phone sheet hides it; its scroll is lost). */
function useOpenTabInView(current: string) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => showOpenTab(ref.current), [current]);
  useLayoutEffect(() => {
    const row = ref.current;
    if (!row || typeof ResizeObserver !== "function") return;
    const ro = new ResizeObserver(() => showOpenTab(row));
    ro.observe(row);
    return () => ro.disconnect();
  }, []);
  return ref;
}

/** The orders drawer of a seated nation in the orders phase. */
export function OrdersDrawer({ m, own, tab, actions, panels }: OrdersDrawerProps) {
  const v = m.view!;
  const current = tab.value;
  const [status, setStatus] = useState("");
  const belief = useMemo(() => beliefState(v, own.id), [v, own.id]);
  const ids = [...FORM_TABS.map((t) => t[0] as string), ...panels.map((p) => p.id)];
  const labels = [...FORM_TABS.map((t): [string, string] => [t[0], t[1]]), ...panels.map((p): [string, string] => [p.id, p.label])];
  const form = FORM_TABS.find((t) => t[0] === current);
  const ctx: OrderCtx = { v, own, orders: m.orders[own.id] ?? [], belief, send: actions.addOrder, setStatus };
  // Left/right arrows move between tabs (the ARIA tabs pattern), keeping the focus on the tab bar.
  const onKey = (e: KeyboardEvent): void => {
    if (e.key !== "ArrowLeft" && e.key !== "ArrowRight") return;
    e.preventDefault();
    e.stopPropagation();
    const i = ids.indexOf(current);
    const next = ids[(i + (e.key === "ArrowRight" ? 1 : ids.length - 1)) % ids.length];
    tab.value = next;
    (e.currentTarget as HTMLElement).parentElement?.querySelector<HTMLElement>(`[data-tab="${next}"]`)?.focus();
  };
  const Form = form?.[2];
  const row = useOpenTabInView(current);
  return (
    <section class="orders panel" id="orders" aria-label="Orders">
      <div class="tabs" role="tablist" aria-label="Order types" ref={row}>
        {labels.map(([id, label]) => (
          <button
            key={id}
            type="button"
            class={`tab ${current === id ? "on" : ""}`}
            role="tab"
            data-tab={id}
            aria-selected={current === id ? "true" : "false"}
            tabIndex={current === id ? 0 : -1}
            onClick={(e) => {
              tab.value = id;
              revealDrawer(e.currentTarget as HTMLElement);
            }}
            onKeyDown={onKey}
          >
            {label}
          </button>
        ))}
      </div>
      <div class="orders-main">
        {Form ? (
          <div class="orders-body">
            <div class="order-form">
              <Form key={`${current}:${v.turn}`} ctx={ctx} />
            </div>
            <OrderList m={m} own={own} belief={belief} actions={actions} />
          </div>
        ) : null}
        {panels.map((p) => (
          <div key={p.id} class="panel-tab" data-panel={p.id} hidden={p.id !== current}>
            {p.content}
          </div>
        ))}
      </div>
      <p class="status" role="status">
        {status}
      </p>
    </section>
  );
}
