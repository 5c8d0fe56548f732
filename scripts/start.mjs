#!/usr/bin/env node
/**
 * npm start: build the browser client with Vite only when its sources changed since the last build, compile the
 * server to plain JavaScript with esbuild (dist/server/index.mjs, npm packages left as imports) when its sources
 * changed, then run it with this Node, without a TypeScript loader, and print where to open it.
 * Each build records a hash of its inputs (dist/<part>/.sources-hash); SKIP_BUILD=1 serves the last builds as they are.
 */
import { spawn, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
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

/** Every file under the given paths (relative to the root), sorted. */
function filesUnder(paths) {
  const out = [];
  const walk = (p) => {
    const abs = path.join(root, p);
    if (!fs.existsSync(abs)) return;
    if (fs.statSync(abs).isDirectory()) for (const name of fs.readdirSync(abs).sort()) walk(path.join(p, name));
    else out.push(p);
  };
  for (const p of paths) walk(p);
  return out;
}

/** A hash of the names and contents of the inputs, with the installed package versions. */
function sourcesHash(paths) {
  const h = createHash("sha256");
  for (const f of filesUnder([...paths, "package-lock.json"]))
    h.update(f)
      .update("\0")
      .update(fs.readFileSync(path.join(root, f)))
      .update("\0");
  return h.digest("hex");
}

/** Run `build` when the inputs' hash differs from the one recorded in `outDir`; record it after a good build. */
function buildIfChanged(label, outDir, inputs, build) {
  const stamp = path.join(root, outDir, ".sources-hash");
  const hash = sourcesHash(inputs);
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === hash) {
    console.log(`The ${label} is up to date (${outDir}).`);
    return;
  }
  console.log(`Building the ${label}…`);
  const r = build();
  if (r.status !== 0) {
    console.error(`The ${label} build failed; fix it or set SKIP_BUILD=1 to serve the last build.`);
    process.exit(r.status ?? 1);
  }
  fs.writeFileSync(stamp, hash);
}

const SERVER_ENTRY = path.join("dist", "server", "index.mjs");

if (process.env.SKIP_BUILD !== "1") {
  if (fs.existsSync(path.join(root, "client", "index.html"))) {
    buildIfChanged("client (vite build)", "dist/client", ["client", "shared", "assets", "vite.config.ts"], () =>
      spawnSync(npx, ["vite", "build"], { cwd: root, stdio: "inherit" }),
    );
  }
  buildIfChanged("server (esbuild)", "dist/server", ["server", "shared", "assets/scenarios"], () =>
    spawnSync(
      npx,
      [
        "esbuild",
        "server/index.ts",
        "--bundle",
        "--platform=node",
        "--format=esm",
        "--target=node24",
        "--packages=external",
        "--sourcemap",
        "--log-level=warning",
        `--outfile=${SERVER_ENTRY}`,
      ],
      { cwd: root, stdio: "inherit" },
    ),
  );
}

const server = spawn(process.execPath, ["--enable-source-maps", SERVER_ENTRY], {
  cwd: root,
  stdio: ["inherit", "pipe", "inherit"],
  env: { ...process.env, PORT: String(port) },
});
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
