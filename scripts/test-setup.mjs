#!/usr/bin/env node
/**
 * `npm test` set-up: the Debian packages the tests need (Chromium for the browser tests, redis-server for
 * scale-out, postgresql for the PostgreSQL store's tests (started by the tests themselves in a temporary
 * directory), poppler-utils to render printed PDFs to images). Installs what is missing with apt-get when running as root; otherwise stops at once with the
 * exact command to run.
 */
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";

/** Debian package → the executable it provides. */
const NEEDED = [
  { pkg: "chromium", bin: "/usr/bin/chromium" },
  { pkg: "redis-server", bin: "redis-server" },
  { pkg: "poppler-utils", bin: "pdftoppm" },
  { pkg: "postgresql", bin: "/usr/lib/postgresql" },
];

/** True when an executable exists (absolute path) or is on PATH. */
function present(bin) {
  if (bin.startsWith("/")) return fs.existsSync(bin);
  return spawnSync("sh", ["-c", `command -v ${bin}`], { stdio: "ignore" }).status === 0;
}

const missing = NEEDED.filter((n) => !present(n.bin)).map((n) => n.pkg);
if (missing.length === 0) process.exit(0);

const command = `apt-get update && apt-get install -y --no-install-recommends ${missing.join(" ")}`;
const root = typeof process.getuid === "function" && process.getuid() === 0;
if (!root) {
  console.error(`The tests need Debian packages that are not installed: ${missing.join(", ")}.\nRun:\n  sudo sh -c '${command}'\nthen npm test again.`);
  process.exit(1);
}
console.log(`Installing what the tests need: ${missing.join(", ")} (apt-get)…`);
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
try {
  execFileSync("apt-get", ["update"], { stdio: "inherit", env });
  execFileSync("apt-get", ["install", "-y", "--no-install-recommends", ...missing], { stdio: "inherit", env });
} catch {
  console.error(`Installing ${missing.join(", ")} failed. Run by hand:\n  ${command}`);
  process.exit(1);
}
const still = NEEDED.filter((n) => !present(n.bin)).map((n) => n.pkg);
if (still.length > 0) {
  console.error(`Still missing after apt-get: ${still.join(", ")}.`);
  process.exit(1);
}
