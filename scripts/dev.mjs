#!/usr/bin/env node
/** npm run dev: the server under `tsx watch` plus the Vite dev server, which proxies API, matchmaking and room sockets to it. */
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createServer } from "vite";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT || 2567);
const target = `http://localhost:${port}`;
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

const server = spawn(npx, ["tsx", "watch", "server/index.ts"], { cwd: root, stdio: "inherit", env: { ...process.env, PORT: String(port) } });

const vite = await createServer({
  configFile: path.join(root, "vite.config.ts"),
  server: {
    host: true,
    proxy: {
      "/api": { target, changeOrigin: true },
      "/matchmake": { target, changeOrigin: true },
      "/monitor": { target, changeOrigin: true },
      // Room sockets: ws://host/<processId>/<ROOMCODE>?sessionId=…
      "^/[A-Za-z0-9_-]+/[A-Z]{5}(\\?.*)?$": { target, ws: true, changeOrigin: true },
    },
  },
});
await vite.listen();
vite.printUrls();
console.log(`Game server (tsx watch) on ${target}`);

const stop = async () => {
  server.kill("SIGTERM");
  await vite.close();
  process.exit(0);
};
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
