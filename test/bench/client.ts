/** Client benchmark: JS bundle size (gzip) and navigation → first interactive map in headless Chromium. */
import path from "node:path";
import type { Figure } from "./report";
import { percentiles } from "./report";
import { buildClient, launch, startServer } from "../e2e/harness";
import { bundleSizes } from "./bundle";

/** Measure the built client. */
export async function benchClient(): Promise<Figure[]> {
  buildClient();
  const sizes = bundleSizes(path.join(process.cwd(), "dist/client"));
  const server = await startServer();
  const browser = await launch();
  const times: number[] = [];
  try {
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
      note: `${sizes.landingFiles.length} file(s); the game page, Phaser and the map load on demand`,
    },
    {
      name: "client: JS bundle, gzip total",
      value: Math.round(sizes.total / 1024),
      unit: "KB",
      target: "≤ 450 KB",
      meets: sizes.total <= 450 * 1024,
      note: `${sizes.files} files`,
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
