/**
 * Client benchmark: JS bundle size (gzip: the landing page's chunks from the built files, and what Chromium actually requests
 * on the landing page before any click), CSS, and navigation → first interactive map in headless Chromium.
 */
import fs from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import type { Figure } from "./report";
import { percentiles } from "./report";
import { buildClient, launch, startServer } from "../e2e/harness";
import { bundleSizes, gzipSize } from "./bundle";

/** The JavaScript files the landing page (`/`) requests in Chromium before any click (until the network is idle), gzip -9 bytes of each as built. */
export async function landingRequests(browser: Browser, url: string, clientDir: string): Promise<{ bytes: number; files: string[] }> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
  const files: string[] = [];
  page.on("request", (r) => {
    const p = new URL(r.url()).pathname;
    if (r.resourceType() === "script" || p.endsWith(".js")) files.push(p);
  });
  try {
    await page.goto(`${url}/`, { waitUntil: "networkidle" });
    await page.getByRole("heading", { level: 1 }).first().waitFor();
  } finally {
    await page.context().close();
  }
  const local = files.map((p) => path.join(clientDir, p)).filter((f) => fs.existsSync(f));
  return { bytes: local.reduce((s, f) => s + gzipSize(f), 0), files: local.map((f) => path.basename(f)) };
}

/** Measure the built client. */
export async function benchClient(): Promise<Figure[]> {
  buildClient();
  const clientDir = path.join(process.cwd(), "dist/client");
  const sizes = bundleSizes(clientDir);
  const assets = path.join(clientDir, "assets");
  const css = fs
    .readdirSync(assets)
    .filter((f) => f.endsWith(".css"))
    .reduce((s, f) => s + gzipSize(path.join(assets, f)), 0);
  const server = await startServer();
  const browser = await launch();
  const times: number[] = [];
  let requested = { bytes: 0, files: [] as string[] };
  try {
    requested = await landingRequests(browser, server.url, clientDir);
    const res = await fetch(`${server.url}/api/games`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ scenario: "tutorial" }),
    });
    const { code } = (await res.json()) as { code: string };
    for (let i = 0; i < 5; i++) {
      const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
      await page.goto(`${server.url}/projector/${code}`);
      await page.waitForFunction(() => (window as unknown as { __mapReadyMs?: number }).__mapReadyMs, null, { timeout: 60_000 });
      times.push(await page.evaluate(() => (window as unknown as { __mapReadyMs: number }).__mapReadyMs));
      await page.context().close();
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  const p = percentiles(times);
  return [
    {
      name: "client: landing page JS, gzip",
      value: Math.round(sizes.landing / 1024),
      unit: "KB",
      target: "≤ 100 KB",
      meets: sizes.landing <= 100 * 1024,
      note: `${sizes.landingFiles.length} file(s): the entry and its static imports; the game page, Phaser and the map load on demand`,
    },
    {
      name: "client: landing JS requested in Chromium, gzip",
      value: Math.round(requested.bytes / 1024),
      unit: "KB",
      target: "≤ 100 KB",
      meets: requested.files.length > 0 && requested.bytes <= 100 * 1024,
      note: `${requested.files.length} file(s): ${requested.files.join(", ")}`,
    },
    {
      name: "client: JS bundle, gzip total",
      value: Math.round(sizes.total / 1024),
      unit: "KB",
      target: "≤ 450 KB",
      meets: sizes.total <= 450 * 1024,
      note: `${sizes.files} files; no zod (test/client/bundle.test.ts); CSS ${Math.round(css / 102.4) / 10} KB gzip besides`,
    },
    {
      name: "client: navigation → interactive world map (median of 5)",
      value: Math.round(p.p50),
      unit: "ms",
      target: "(reported)",
      meets: true,
      note: "headless Chromium, SwiftShader WebGL",
    },
  ];
}
