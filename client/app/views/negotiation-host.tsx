/**
 * Hosts the Phaser negotiation table in the deals panel: the page's one table box (DealsState.tableBox) is
 * moved into this component's container on mount, and shown the open thread's state whenever it changes
 * or the deals tab comes on show (the table starts only once its box is displayed).
 */
import { useEffect, useLayoutEffect, useRef } from "preact/hooks";
import type { TableState } from "../negotiation-table";
import type { DealsState } from "./deal-state";

/** Props: the state holding the table, what to show, and whether the deals tab is on show. */
export interface NegotiationHostProps {
  state: DealsState;
  table: TableState | null;
  shown: boolean;
  /** The phone's open sheet tab: opening the sheet displays the box, so the table is shown again. */
  sheet: string | null;
}

/** The table's container (class "table-host"). */
export function NegotiationHost({ state, table, shown, sheet }: NegotiationHostProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const box = ref.current;
    if (box && state.tableBox.parentElement !== box) box.replaceChildren(state.tableBox);
  }, [state]);
  const key = table ? JSON.stringify(table) : "";
  useEffect(() => {
    if (!table || !shown) return;
    // After the browser has laid the tab out (the table measures its box when it starts).
    const t = setTimeout(() => state.table.show(table), 0);
    return () => clearTimeout(t);
  }, [key, shown, sheet]);
  return <div ref={ref} class="table-host" />;
}
