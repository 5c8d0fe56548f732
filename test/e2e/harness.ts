/** E2E harness: the built client served by a real server process, driven by Debian's Chromium through playwright-core. */
import { spawn, spawnSync } from "node:child_process";
import type { ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import net from "node:net";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
/** Where screenshots go on every run. */
export const ARTIFACTS = path.join(root, "test/e2e/artifacts");

/** Chromium flags for real WebGL on SwiftShader (STACK.md §2.4) and no background traffic. */
export const CHROMIUM_ARGS = [
  "--headless=new",
  "--no-sandbox",
  "--disable-gpu",
  "--use-angle=swiftshader",
  "--enable-unsafe-swiftshader",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-dev-shm-usage",
];

/** Build the client once per run (skipped when dist is newer than client sources). */
export function buildClient(): void {
  const r = spawnSync("npx", ["vite", "build"], { cwd: root, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, "127.0.0.1", () => {
      const p = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(p));
    });
  });
}

/** A running server process serving the built client. */
export interface E2EServer {
  url: string;
  port: number;
  db: string;
  proc: ChildProcess;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Start `tsx server/index.ts` on a free port (or `opts.port`) with a temporary (or the given) database. */
export async function startServer(opts: { port?: number; db?: string } = {}): Promise<E2EServer> {
  const port = opts.port ?? (await freePort());
  const db = opts.db ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), "sar-e2e-")), "e2e.db");
  const proc = spawn("npx", ["tsx", "server/index.ts"], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DB_FILE: db, RESULTS_SECONDS: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let log = "";
  proc.stdout!.on("data", (d) => {
    log += d;
  });
  proc.stderr!.on("data", (d) => {
    log += d;
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 250));
    if (i === 119) throw new Error(`server did not start:\n${log}`);
  }
  return {
    url,
    port,
    db,
    proc,
    stop: async (signal: NodeJS.Signals = "SIGTERM") => {
      const exited = new Promise((r) => proc.once("exit", r));
      try {
        process.kill(-proc.pid!, signal);
      } catch {
        return;
      }
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
    },
  };
}

/** Launch Debian's Chromium. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: "/usr/bin/chromium", args: CHROMIUM_ARGS });
}

/** Watch a page: console errors and every request's host. */
export function watch(page: Page): { errors: string[]; hosts: Set<string> } {
  const errors: string[] = [];
  const hosts = new Set<string>();
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("request", (r) => {
    const u = new URL(r.url());
    if (u.protocol.startsWith("http") || u.protocol.startsWith("ws")) hosts.add(u.host);
  });
  return { errors, hosts };
}

/** Save a screenshot under test/e2e/artifacts. */
export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** Host a game of `preset` from the landing page and open the facilitator console; returns the room code. */
export async function hostGame(page: Page, url: string, preset: string): Promise<string> {
  await page.goto(`${url}/`);
  await page.selectOption("form[aria-labelledby=host-h] select[name=preset]", preset);
  await page.click("form[aria-labelledby=host-h] button[type=submit]");
  const code = (await page.locator("[data-testid=room-code]").innerText()).trim();
  await page.click("text=Open the facilitator console");
  await page.waitForSelector("text=Lobby — room");
  return code;
}

/** Follow a game's join link as a player does: the join page asks a name, then the lobby opens. */
export async function joinByLink(page: Page, url: string, code: string, name = "Player"): Promise<void> {
  await page.goto(`${url}/join/${code}`);
  await page.fill("input[name=name]", name);
  await page.click("button:has-text('Join the game')");
  await page.waitForSelector("text=Lobby — room");
}

/** Close the results screen if it is open (it stays until dismissed, and covers part of the page). */
export async function dismissResults(page: Page): Promise<void> {
  const results = page.locator("[data-testid=results-screen]");
  if (await results.count()) await results.locator("button:has-text('Back to the map')").click();
}

/** A laptop page (1280×800). */
export const LAPTOP: BrowserContextOptions = { viewport: { width: 1280, height: 800 } };
/** A touch phone page (390×844). */
export const PHONE: BrowserContextOptions = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };
/** A projector or wide screen page (1920×1080). */
export const WIDE: BrowserContextOptions = { viewport: { width: 1920, height: 1080 } };

/** A test file's server process and Chromium, started before its tests and closed after them. */
export interface E2E {
  /** The running server (a new one after `restart`). */
  readonly server: E2EServer;
  /** The server's address, e.g. http://127.0.0.1:40123. */
  readonly url: string;
  /** Debian's Chromium. */
  readonly browser: Browser;
  /** A page in a fresh browser context (its own storage), at the given size and input. */
  page(opts?: BrowserContextOptions): Promise<Page>;
  /** Stop the server (SIGKILL by default) and start it again on the same port and database. */
  restart(signal?: NodeJS.Signals): Promise<void>;
}

/**
 * Register the file's beforeAll/afterAll: (optionally build the client,) start a server and launch Chromium,
 * then run `setup`; afterwards close the browser and stop the server. Call once at the top of a test file.
 */
export function useE2E(opts: { build?: boolean; timeout?: number; setup?: (e2e: E2E) => Promise<void> } = {}): E2E {
  let server: E2EServer | undefined;
  let browser: Browser | undefined;
  const e2e: E2E = {
    get server() {
      if (!server) throw new Error("the e2e server is not started (use it inside a test)");
      return server;
    },
    get url() {
      return e2e.server.url;
    },
    get browser() {
      if (!browser) throw new Error("the e2e browser is not launched (use it inside a test)");
      return browser;
    },
    page: async (o) => (await e2e.browser.newContext(o)).newPage(),
    restart: async (signal = "SIGKILL") => {
      const old = e2e.server;
      await old.stop(signal);
      server = await startServer({ port: old.port, db: old.db });
    },
  };
  beforeAll(async () => {
    if (opts.build) buildClient();
    server = await startServer();
    browser = await launch();
    await opts.setup?.(e2e);
  }, opts.timeout ?? 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  return e2e;
}
