/** The server: WebSocket transport (64 KB frames; large ones deflated when WS_DEFLATE=1), the "game" room, the JSON API, the monitor, the built client; Redis scale-out from env. */
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
 * join); smaller ones (acks, chat, ready) go as they are. Every browser and the `ws` client negotiate it. No
 * context takeover and a 1 KB window with memLevel 4 keep the zlib state small per connection (~12 KB while
 * compressing, instead of ~300 KB with ws defaults). Opt-in with WS_DEFLATE=1 for now: it brings a player's
 * bytes per turn on `full` from ~5.6 KB to ~3.4 KB, but test/server/fuzz.test.ts (10,000 hostile messages, some
 * 5 KB that the client compresses) stalls with it and has not been explained yet.
 */
const PER_MESSAGE_DEFLATE = {
  threshold: 1024,
  serverNoContextTakeover: true,
  clientNoContextTakeover: true,
  serverMaxWindowBits: 10,
  zlibDeflateOptions: { level: 6, memLevel: 4 },
};

export default config({
  options: scaleOptions(),
  initializeTransport: (options) => {
    const server = (options as TransportOptions).server;
    if (server) stampPeerAddress(server as unknown as Parameters<typeof stampPeerAddress>[0]);
    return new WebSocketTransport({
      ...(options as TransportOptions),
      maxPayload: MAX_PAYLOAD,
      perMessageDeflate: process.env.WS_DEFLATE === "1" ? PER_MESSAGE_DEFLATE : false,
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
