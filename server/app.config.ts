/** The server: WebSocket transport (64 KB frames; large server frames deflated unless WS_DEFLATE=0), the "game" room, the JSON API, the monitor, the built client; Redis scale-out from env. */
import config from "@colyseus/tools";
import { WebSocketTransport } from "@colyseus/ws-transport";
import type { TransportOptions } from "@colyseus/ws-transport";
import type { Express } from "express";
import { GameRoom } from "./rooms/GameRoom";
import { mountApi } from "./http/api-routes";
import { mountClient } from "./http/client-files";
import { mountMonitor } from "./http/monitor";
import { mountJsonErrors } from "./http/json-errors";
import { restoreGames } from "./games/restore-games";
import { gameStore } from "./store/instance";
import { serverSettings } from "./settings";
import { stampPeerAddress } from "./http/client-address";
import { proxyTrust } from "./http/client-address";
import { scaleOptions } from "./scale-options";
import { startLeaseKeeper, stopLeaseKeeper } from "./games/ownership";

/** Largest client→server WebSocket frame. */
const MAX_PAYLOAD = 64 * 1024;

/**
 * permessage-deflate (RFC 7692) for server frames of 1 KB and more (a turn's resolution patch, the full view at
 * join); smaller ones (acks, chat, ready) go as they are. Every browser and Node's WebSocket negotiate it. No
 * context takeover and a 1 KB window with memLevel 4 keep the zlib state small per connection (~12 KB while
 * compressing, instead of ~300 KB with ws defaults). On by default (WS_DEFLATE=0 turns it off): it brings a
 * player's bytes per turn on `full` from ~7.8 KB to ~4.5 KB and the join from ~16 KB to ~6 KB (`npm run bench patch`).
 * A client may compress what it sends too; ws inflates such a frame against MAX_PAYLOAD and closes the socket
 * with 1009 once the inflated size passes it, so a small "zip bomb" costs at most 64 KB of inflate.
 *
 * The stall test/server/fuzz.test.ts showed with deflate on (0.16 stack, Node 20) does not reproduce on Node
 * 24 + Colyseus 0.18 + ws 8.23, with Node's WebSocket or with the `ws` client compressing what it sends.
 * concurrencyLimit: Infinity takes away the likeliest cause anyway: ws runs every inflate and deflate of the
 * process through one queue of 10 slots, and PerMessageDeflate.cleanup() closes an inflate stream without
 * calling its pending job's callback (it does so for deflate only), so a slot can be lost for good; ten lost
 * and no frame of any client is compressed again. In-process `ws` clients terminated mid-inflate hung exactly
 * so (CLOSED, no 'close' event) while writing test/server/deflate.test.ts. The queue bounded zlib memory with
 * 15-bit windows; the 1 KB window and memLevel 4 here bound it already. That test sends twenty bombs from
 * another process, half closing at once, and checks honest clients and a newcomer keep going.
 */
const PER_MESSAGE_DEFLATE = {
  threshold: 1024,
  serverNoContextTakeover: true,
  clientNoContextTakeover: true,
  serverMaxWindowBits: 10,
  zlibDeflateOptions: { level: 6, memLevel: 4 },
  concurrencyLimit: Infinity,
};

export default config({
  options: scaleOptions(),
  initializeTransport: (options) => {
    const server = (options as TransportOptions).server;
    if (server) stampPeerAddress(server as unknown as Parameters<typeof stampPeerAddress>[0]);
    return new WebSocketTransport({
      ...(options as TransportOptions),
      maxPayload: MAX_PAYLOAD,
      perMessageDeflate: process.env.WS_DEFLATE === "0" ? false : PER_MESSAGE_DEFLATE,
    });
  },
  initializeGameServer: (gameServer) => {
    gameServer.define("game", GameRoom);
    gameServer.onShutdown(() => stopLeaseKeeper());
  },
  initializeExpress: (app) => {
    proxyTrust(); // a TRUST_PROXY the server does not understand stops it here, before it serves anyone
    const express = app as unknown as Express;
    mountApi(express);
    mountMonitor(express, serverSettings().monitorPassword);
    mountClient(express);
    mountJsonErrors(express);
  },
  beforeListen: async () => {
    gameStore();
    const restored = await restoreGames();
    if (restored.length > 0) console.log(`Restored ${restored.length} game(s): ${restored.join(", ")}`);
    startLeaseKeeper();
  },
});
