/**
 * Solo play in the browser: one click to a game against AI nations, the guided tutorial (skippable and
 * resumable), a reload that keeps the seat, and a server restart (SIGKILL) after which the saved game
 * is resumed from the landing page's list at the same turn.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "playwright-core";
import { launch, shot, startServer, watch } from "./harness";
import type { E2EServer } from "./harness";

let server: E2EServer;
let browser: Browser;
beforeAll(async () => { server = await startServer(); browser = await launch(); }, 120_000);
afterAll(async () => { await browser?.close(); await server?.stop(); });

describe("solo mode", () => {
  it("plays against AI with a resumable tutorial, survives a reload and a server restart", async () => {
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    const w = watch(page);
    await page.goto(`${server.url}/`);
    await page.selectOption("form[aria-labelledby=solo-h] select[name=nation]", "india");
    await page.click("form[aria-labelledby=solo-h] button[type=submit]");
    await page.waitForSelector(".turnbar >> text=Orders", { timeout: 20_000 });
    await page.waitForSelector(".coach >> text=Tutorial 1/6");
    await shot(page, "solo-tutorial");
    await page.click(".coach >> text=Next");
    await page.click(".coach >> text=Next");
    await page.waitForSelector(".coach >> text=Tutorial 3/6");
    const code = new URL(page.url()).pathname.split("/")[2];

    await page.reload();
    await page.waitForSelector(".turnbar >> text=India");
    await page.waitForSelector(".coach >> text=Tutorial 3/6");
    await page.click(".coach >> text=Skip tutorial");
    expect(await page.locator(".coach").count()).toBe(0);

    await page.click(".tab:has-text('Talent')");
    await page.click("form:has(select[name=level]) button[type=submit]");
    await page.waitForSelector(".status:has-text('Added')");
    await page.click("button.ready");
    await page.waitForSelector(".turnbar >> text=turn 2/4", { timeout: 30_000 });

    await server.stop("SIGKILL");
    server = await startServer({ port: server.port, db: server.db });
    await page.goto(`${server.url}/`);
    await page.waitForSelector(`.saved >> text=${code}`);
    await page.waitForSelector(`.saved li:has-text('${code}') >> text=turn 2`);
    await shot(page, "solo-saved-games");
    await page.click(`.saved li:has-text('${code}') >> text=Resume`);
    await page.waitForSelector(".turnbar >> text=turn 2/4", { timeout: 30_000 });
    await page.waitForSelector(".dash >> text=India");
    expect(await page.locator(".coach").count()).toBe(0);
    expect(w.errors.filter((e) => !/WebSocket|ERR_CONNECTION_REFUSED|Failed to load resource/.test(e))).toEqual([]);
  }, 180_000);
});
