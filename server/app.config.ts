/** The server: WebSocket transport (64 KB frames), the "game" room, the JSON API, the monitor, the built client; Redis scale-out from env. */
import config from "@colyseus/tools";
import { WebSocketTransport } from "@colyseus/ws-transport";
import type { Express } from "express";
import { GameRoom } from "./rooms/GameRoom";
import { mountApi } from "./http/api-routes";
import { mountClient } from "./http/client-files";
import { mountMonitor } from "./http/monitor";
import { mountJsonErrors } from "./http/json-errors";
import { restoreGames } from "./games/restore-games";
import { gameStore } from "./store/instance";
import { serverSettings } from "./settings";
import { scaleOptions } from "./scale-options";
import { startLeaseKeeper, stopLeaseKeeper } from "./games/ownership";

/** Largest client→server WebSocket frame. */
const MAX_PAYLOAD = 64 * 1024;

export default config({
  options: scaleOptions(),
  initializeTransport: (options) => new WebSocketTransport({ ...options, maxPayload: MAX_PAYLOAD }),
  initializeGameServer: (gameServer) => {
    gameServer.define("game", GameRoom);
    gameServer.onShutdown(() => stopLeaseKeeper());
  },
  initializeExpress: (app) => {
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
