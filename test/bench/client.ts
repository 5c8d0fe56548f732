/** Client benchmark: JS bundle size (gzip) and navigation → first interactive map in headless Chromium. */
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type { Figure } from "./report";
import { percentiles } from "./report";
import { buildClient, launch, startServer } from "../e2e/harness";

/** Measure the built client. */
export async function benchClient(): Promise<Figure[]> {
  buildClient();
  const dir = path.join(process.cwd(), "dist/client/assets");
  const js = fs.readdirSync(dir).filter((f) => f.endsWith(".js"));
  const gzip = js.reduce((s, f) => s + zlib.gzipSync(fs.readFileSync(path.join(dir, f)), { level: 9 }).length, 0);
  const server = await startServer();
  const browser = await launch();
  const times: number[] = [];
  try {
    const res = await fetch(`${server.url}/api/games`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ scenario: "tutorial" }) });
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
    { name: "client: JS bundle, gzip total", value: Math.round(gzip / 1024), unit: "KB", target: "≤ 600 KB", meets: gzip <= 600 * 1024, note: `${js.length} files` },
    { name: "client: navigation → interactive world map (median of 5)", value: Math.round(p.p50), unit: "ms", target: "(reported)", meets: true, note: "headless Chromium, SwiftShader WebGL" },
  ];
}
