/**
 * One negotiation of the orders drawer (vendor quotes, the export licence): the request asked, the counter-offers
 * so far, the latest terms and a status line, with its two moves: ask (again, with one more counter-offer) and sign.
 */
import { useState } from "preact/hooks";
import type { Order } from "../../../shared/protocol/orders";
import type { SendResult } from "./order-forms";

/** What the other side answered: its terms, or why there are none. */
export type Heard<C> = { ok: true; current: C } | { ok: false; message: string };

/** How a negotiation talks to the server and what its status line says. */
export interface NegotiationTalk<R, A, C> {
  /** Status while the answer is awaited. */
  waiting: string;
  /** Status prefix when no terms came back. */
  failed: string;
  /** Asks the other side. */
  send(request: R, asks: A[]): Promise<Heard<C>>;
  /** Status once terms came back (countered: the answer to a counter-offer). */
  heard(current: C, countered: boolean): string;
  /** The order that signs the request with its counter-offers, and how to add it. */
  order(request: R, asks: A[]): Order;
  addOrder(order: Order): Promise<SendResult>;
  /** Status once signed. */
  signed: string;
}

/** The state and moves of one negotiation (mount its panel keyed by turn: terms last one quarter). */
export function useNegotiation<R, A, C>(talk: NegotiationTalk<R, A, C>) {
  const [request, setRequest] = useState<R | null>(null);
  const [asks, setAsks] = useState<A[]>([]);
  const [current, setCurrent] = useState<C | null>(null);
  const [answered, setAnswered] = useState(0);
  const [status, setStatus] = useState("");
  const ask = async (req: R, prior: A[], extra?: A): Promise<void> => {
    const next = extra ? [...prior, extra] : prior;
    setStatus(talk.waiting);
    const r = await talk.send(req, next);
    if (!r.ok) {
      setStatus(`${talk.failed}: ${r.message}`);
      return;
    }
    setRequest(req);
    setAsks(next);
    setCurrent(r.current);
    setAnswered((n) => n + 1);
    setStatus(talk.heard(r.current, extra !== undefined));
  };
  const sign = async (): Promise<void> => {
    if (!request) return;
    const r = await talk.addOrder(talk.order(request, asks));
    setStatus(r.ok ? talk.signed : `Refused: ${r.message}`);
  };
  return { request, asks, current, answered, status, ask, sign };
}
