/**
 * A whole tutorial game in real headless Chromium: a host creates it from the landing page, a laptop
 * tab and a phone tab join with the code, choose nations, give orders through the panels, press Ready,
 * see results and the map change, and reach the end screen. WebGL is asserted (no Canvas fallback),
 * the canvas is not blank, there are no console errors and no request leaves the local server.
 */
import { describe, expect, it } from "vitest";
import type { Page } from "playwright-core";
import { dismissResults, joinByLink, LAPTOP, PHONE, shot, useE2E, watch, WIDE } from "./harness";

const e2e = useE2E({ timeout: 180_000 });

/** What the test reads of the Phaser game the page exposes as `window.__game`. */
interface GameHandle {
  renderer: { type: number; snapshot(cb: (img: HTMLImageElement) => void): void };
}

/** Phaser's renderer type (2 = WebGL) and the number of distinct colours in a snapshot of the canvas. */
async function canvasFacts(page: Page): Promise<{ renderer: number; colours: number }> {
  await page.waitForFunction(() => (window as unknown as { __game?: GameHandle }).__game?.renderer, null, { timeout: 30_000 });
  return page.evaluate(
    () =>
      new Promise<{ renderer: number; colours: number }>((resolve) => {
        const game = (window as unknown as { __game: GameHandle }).__game;
        game.renderer.snapshot((img: HTMLImageElement) => {
          const c = document.createElement("canvas");
          c.width = img.width;
          c.height = img.height;
          const ctx = c.getContext("2d")!;
          ctx.drawImage(img, 0, 0);
          const data = ctx.getImageData(0, 0, c.width, c.height).data;
          const seen = new Set<number>();
          for (let i = 0; i < data.length; i += 4 * 97) seen.add((data[i] << 16) | (data[i + 1] << 8) | data[i + 2]);
          resolve({ renderer: game.renderer.type, colours: seen.size });
        });
      }),
  );
}

async function addGpuOrder(page: Page): Promise<void> {
  await page.click(".tab:has-text('GPUs')");
  await page.fill("input[name=quantity]", "100");
  const add = page.locator("form:has(select[name=model]) button[type=submit]");
  await expect.poll(async () => add.isEnabled(), { timeout: 10_000 }).toBe(true);
  await add.click();
  await page.waitForSelector(".status:has-text('Added')", { timeout: 10_000 });
}

/** The memory agreement form previews generation, qualification, price and share from the engine (#14 part 4). */
async function checkMemoryPreview(page: Page): Promise<void> {
  await page.click(".tab:has-text('Memory')");
  await page.selectOption("select[name=maker]", "micron");
  const preview = page.locator(".memory-preview");
  await expect.poll(async () => preview.innerText(), { timeout: 10_000 }).toMatch(/HBM4 ✗ not qualified/);
  expect(await preview.innerText()).toMatch(/US\$[\d.]+\/GB a quarter/);
  // Each figure explains itself on keyboard focus: what it is, with its source ids linked to the Sources page.
  const first = preview.locator(".qfig").first();
  await first.focus();
  await expect.poll(async () => first.locator(".figure-tip").isVisible()).toBe(true);
  expect(await first.locator(".figure-tip").innerText()).toMatch(/qualification/);
  expect(await first.locator(".figure-tip a.source-link[href='/sources#M6']").count()).toBe(1);
  await page.click(".tab:has-text('GPUs')");
}

describe("a whole tutorial game in the browser", () => {
  it("host, laptop and phone play four quarters to the end screen", async () => {
    const hostCtx = await e2e.browser.newContext(LAPTOP);
    const laptopCtx = await e2e.browser.newContext(LAPTOP);
    const phoneCtx = await e2e.browser.newContext(PHONE);
    const host = await hostCtx.newPage();
    const laptop = await laptopCtx.newPage();
    const phone = await phoneCtx.newPage();
    const watched = [watch(host), watch(laptop), watch(phone)];

    await host.goto(`${e2e.url}/`);
    await shot(host, "landing");
    await host.selectOption("form[aria-labelledby=host-h] select[name=preset]", "tutorial");
    await host.click("form[aria-labelledby=host-h] button[type=submit]");
    const code = (await host.locator("[data-testid=room-code]").innerText()).trim();
    expect(code).toMatch(/^[A-Z]{5}$/);
    await shot(host, "host-created");
    await host.click("text=Open the facilitator console");
    await host.waitForSelector("text=Lobby — room");

    await laptop.goto(`${e2e.url}/`);
    await laptop.fill("input[name=code]", `${code.slice(0, 2).toLowerCase()} ${code.slice(2).toLowerCase()}`);
    await laptop.fill("input[name=name]", "Ana");
    await laptop.click("form[aria-labelledby=join-h] button[type=submit]");
    await laptop.waitForSelector("text=Lobby — room");
    await laptop.locator(".card").nth(0).locator("button:has-text('Choose')").click();
    await laptop.waitForSelector(".card.mine");

    await joinByLink(phone, e2e.url, code);
    await phone.locator(".card").nth(1).locator("button:has-text('Choose')").click();
    await phone.waitForSelector(".card.mine");
    await shot(laptop, "lobby");

    await host.waitForSelector(".card >> text=Players: Ana");
    await host.click("text=Start the game");
    await laptop.waitForSelector("text=Orders", { timeout: 15_000 });

    const facts = await canvasFacts(laptop);
    expect(facts.renderer).toBe(2); // Phaser.WEBGL
    expect(facts.colours).toBeGreaterThan(3);
    expect((await canvasFacts(phone)).renderer).toBe(2);

    const computeBefore = await laptop.locator("[data-figure=compute] .value").innerText();
    for (let turn = 1; turn <= 4; turn++) {
      await laptop.waitForSelector(`.turnbar >> text=turn ${turn}/4`, { timeout: 30_000 });
      await laptop.waitForSelector(".turnbar >> text=Orders");
      await dismissResults(laptop);
      await addGpuOrder(laptop);
      if (turn === 1) {
        await shot(laptop, "orders");
        await shot(phone, "phone-game");
        await checkMemoryPreview(laptop);
      }
      await laptop.click("button.ready");
      await phone.waitForSelector(`.turnbar .turn[data-turn="${turn}"]`); // the phone shows the short "Q1 2026 · 1/4"
      // The new turn shows a moment before the quarter's results open over it: wait for them before closing them.
      if (turn > 1) await phone.waitForSelector("[data-testid=results-screen]", { timeout: 30_000 });
      await dismissResults(phone);
      await phone.click("button.ready", { timeout: 30_000 }).catch(async (e) => {
        await shot(phone, "fail-phone");
        await shot(laptop, "fail-laptop");
        throw e;
      });
      if (turn < 4) {
        await laptop.waitForSelector("[data-testid=results-screen]", { timeout: 30_000 });
        if (turn === 1) await shot(laptop, "results");
      }
    }
    await laptop.waitForSelector("text=Final ranking", { timeout: 30_000 });
    await phone.waitForSelector("text=Final ranking", { timeout: 30_000 });
    await shot(laptop, "end");
    await laptop.click("text=Open the debrief");
    await laptop.waitForSelector("text=Questions for the room");
    expect(await laptop.locator(".screen-only .lesson").count()).toBe(6);
    await shot(laptop, "debrief");
    await laptop.click(".tab:has-text('Charts')");
    await laptop.waitForSelector(".uplot");
    await shot(laptop, "debrief-charts");
    await laptop.emulateMedia({ media: "print" });
    expect(await laptop.locator(".print-only .lesson").count()).toBe(6);
    await laptop.emulateMedia({ media: "screen" });

    const projector = await e2e.page(WIDE);
    watched.push(watch(projector));
    await projector.goto(`${e2e.url}/projector/${code}`);
    await projector.waitForSelector(".leaderboard.big li");
    await projector.waitForTimeout(1500);
    await shot(projector, "projector");
    expect(await projector.locator("text=Treasury").count()).toBe(0);

    const host0 = new URL(e2e.url).host;
    for (const w of watched) {
      expect(w.errors).toEqual([]);
      expect(
        [...w.hosts].every((h) => h === host0),
        [...w.hosts].join(","),
      ).toBe(true);
    }
    expect(computeBefore).toMatch(/PF|EF/);
  }, 360_000);
});
