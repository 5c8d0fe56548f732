#!/usr/bin/env node
/** npm start: build the browser client with Vite (when client/index.html exists), then run the server and print where to open it. */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT || 2567);
const npx = process.platform === "win32" ? "npx.cmd" : "npx";

/** LAN addresses (IPv4, not internal) other devices can reach this machine on. */
function lanAddresses() {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((a) => a && a.family === "IPv4" && !a.internal)
    .map((a) => a.address);
}

if (fs.existsSync(path.join(root, "client", "index.html")) && process.env.SKIP_BUILD !== "1") {
  console.log("Building the client (vite build)…");
  const build = spawnSync(npx, ["vite", "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) {
    console.error("The client build failed; fix it or set SKIP_BUILD=1 to serve the last build.");
    process.exit(build.status ?? 1);
  }
}

const server = spawn(npx, ["tsx", "server/index.ts"], { cwd: root, stdio: ["inherit", "pipe", "inherit"], env: { ...process.env, PORT: String(port) } });
let announced = false;
server.stdout.on("data", (chunk) => {
  process.stdout.write(chunk);
  if (!announced && /Listening on/.test(String(chunk))) {
    announced = true;
    console.log("\nSovereign AI Race is running. Open:");
    console.log(`  on this computer:  http://localhost:${port}`);
    for (const ip of lanAddresses()) console.log(`  on the network:    http://${ip}:${port}`);
    console.log("Press Ctrl+C to stop.\n");
  }
});
for (const sig of ["SIGINT", "SIGTERM"]) process.on(sig, () => server.kill(sig));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
