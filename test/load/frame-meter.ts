/**
 * Counts the bytes of every WebSocket frame an in-process server sends, per client session and per kind
 * (full state or full view at join, state patch or view patch, other message), WebSocket frame header included,
 * before any permessage-deflate. It wraps WebSocketClient.raw, the one call every outgoing frame takes.
 */
import { WebSocketClient } from "@colyseus/ws-transport";

/** Bytes one session received, by kind. */
export interface Received {
  full: number;
  patch: number;
  message: number;
  frames: number;
}

/** Protocol codes of the first byte of a frame (Colyseus 0.16). */
const ROOM_DATA = 13;
const ROOM_STATE = 14;
const ROOM_STATE_PATCH = 15;

const counts = new Map<string, Received>();
let installed = false;

/** The name of a ROOM_DATA message (a msgpack fixstr after the protocol byte), or "". */
function messageType(data: Uint8Array | Buffer): string {
  const head = data[1];
  if (head === undefined || (head & 0xe0) !== 0xa0) return "";
  return Buffer.from(data.subarray(2, 2 + (head & 0x1f))).toString("utf8");
}

/** Bytes of the WebSocket frame header around a server→client payload of `n` bytes (RFC 6455 §5.2, unmasked). */
export function wsHeaderBytes(n: number): number {
  return n < 126 ? 2 : n < 65_536 ? 4 : 10;
}

/** Start counting (idempotent). */
export function installFrameMeter(): void {
  if (installed) return;
  installed = true;
  const proto = WebSocketClient.prototype as unknown as { raw(this: WebSocketClient, data: Uint8Array | Buffer, ...rest: unknown[]): void };
  const original = proto.raw;
  proto.raw = function (this: WebSocketClient, data, ...rest) {
    const r = received(this.sessionId);
    const bytes = data.byteLength + wsHeaderBytes(data.byteLength);
    r.frames += 1;
    const type = data[0] === ROOM_DATA ? messageType(data) : "";
    if (data[0] === ROOM_STATE || type === "view") r.full += bytes;
    else if (data[0] === ROOM_STATE_PATCH || type === "view_patch") r.patch += bytes;
    else if (data[0] === ROOM_DATA) r.message += bytes;
    else r.message += bytes;
    return original.call(this, data, ...rest);
  };
}

/** The counters of one session (created on first use). */
export function received(sessionId: string): Received {
  let r = counts.get(sessionId);
  if (!r) counts.set(sessionId, (r = { full: 0, patch: 0, message: 0, frames: 0 }));
  return r;
}

/** Reset every counter except full-state bytes (call at the start of a turn). */
export function resetTurnCounters(): void {
  for (const r of counts.values()) {
    r.patch = 0;
    r.message = 0;
    r.frames = 0;
  }
}
